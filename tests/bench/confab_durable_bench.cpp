// confab-durable-bench: how many durable messages per second confabd acknowledges.
//
// Starts a server on loopback with a fresh temporary data directory (the confabd binary by
// default, or an in-process ServerModule on its own thread with --in-process), registers
// --clients users, puts them in one group conversation, and has each send send_message pushes
// as fast as it can on its own WebSocket, with up to --window unacknowledged pushes. A message
// counts once its {status: "ok"} reply arrived: the server sends that only after COMMIT with
// synchronous=FULL. The first --warmup seconds are not counted, then --seconds are.
//
// Not a test: it is never registered with ctest. See docs/benchmarks.md.

#include "ServerModule.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QWebSocket>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

struct Options
{
    int clients = 8;
    int window = 64;
    double seconds = 10;
    double warmup = 2;
    int contentBytes = 64;
    bool json = false;
    bool inProcess = false;
    bool keepFloodLimits = false;
    QString confabd;
    quint16 attachPort = 0; // a server someone else started (e.g. under a profiler)
    qint64 serverPid = 0;   // its process id, for CPU accounting
};

// CPU time of one thread or process, in seconds, from /proc.
struct CpuSample
{
    qint64 tid = 0;
    QString name;
    double seconds = 0;
};

double ticksToSeconds(qint64 ticks)
{
    static const double perSecond = double(::sysconf(_SC_CLK_TCK));
    return double(ticks) / perSecond;
}

std::optional<CpuSample> readStat(const QString &path, qint64 tid)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray stat = file.readAll();
    // pid (comm) state ppid ... field 14 utime, 15 stime; comm may contain spaces.
    const qsizetype open = stat.indexOf('(');
    const qsizetype close = stat.lastIndexOf(')');
    if (open < 0 || close < 0)
        return std::nullopt;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    if (fields.size() < 13)
        return std::nullopt;
    CpuSample sample;
    sample.tid = tid;
    sample.name = QString::fromUtf8(stat.mid(open + 1, close - open - 1));
    sample.seconds = ticksToSeconds(fields[11].toLongLong() + fields[12].toLongLong());
    return sample;
}

QList<CpuSample> threadsOf(qint64 pid)
{
    QList<CpuSample> samples;
    const QDir tasks(u"/proc/%1/task"_s.arg(pid));
    const QStringList entries = tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        if (auto sample = readStat(tasks.filePath(entry + u"/stat"_s), entry.toLongLong()))
            samples.append(*sample);
    }
    return samples;
}

double processCpu(qint64 pid)
{
    const auto sample = readStat(u"/proc/%1/stat"_s.arg(pid), pid);
    return sample ? sample->seconds : 0;
}

// Runs the event loop until `done` holds or `timeoutMs` passes. Setup only.
bool spin(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

QJsonObject object(const QJsonValue &value)
{
    return value.toObject();
}

// ServerModule on a thread of its own, so that the clients on the main thread do not share an
// event loop with it.
class InProcessServer
{
public:
    ~InProcessServer() { stop(); }

    QString start(const QString &dataDir, bool keepFloodLimits)
    {
        m_thread.setObjectName(u"confab-server"_s);
        m_thread.start();
        m_anchor.moveToThread(&m_thread);
        QString error;
        QMetaObject::invokeMethod(
            &m_anchor,
            [&] {
                confab::server::ServerConfig config;
                config.host = QHostAddress::LocalHost;
                config.port = 0;
                config.dataDir = dataDir;
                if (!keepFloodLimits) {
                    config.floodBurst = 1e9;
                    config.floodPerSecond = 1e9;
                }
                m_module = new confab::server::ServerModule(config);
                m_module->setPasswordHashCost(confab::server::PasswordHashCost::minimal());
                error = m_module->start();
                m_port = m_module->port();
            },
            Qt::BlockingQueuedConnection);
        return error;
    }

    void stop()
    {
        if (!m_thread.isRunning())
            return;
        QMetaObject::invokeMethod(
            &m_anchor,
            [this] {
                if (m_module) {
                    m_module->stop();
                    delete m_module;
                    m_module = nullptr;
                }
                m_anchor.moveToThread(QCoreApplication::instance()->thread());
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    quint16 port() const { return m_port; }

private:
    QThread m_thread;
    QObject m_anchor;
    confab::server::ServerModule *m_module = nullptr;
    quint16 m_port = 0;
};

struct Client
{
    int index = 0;
    qint64 userId = 0;
    QString token;
    std::unique_ptr<QWebSocket> socket;
    QString joinRef;
    bool joined = false;
    QString joinError;
    int nextRef = 1;
    int inflight = 0;
    qint64 sent = 0;
    QHash<int, qint64> sentAtNs; // push ref -> send time, for latencies
};

class Bench : public QObject
{
public:
    explicit Bench(Options options)
        : m_options(std::move(options))
    {
        m_network.setProxy(QNetworkProxy::NoProxy);
    }

    int run();

private:
    QString startServer();
    void stopServer();
    bool httpRequest(const QByteArray &verb, const QString &path, const QByteArray &body,
                     int *status, QByteArray *answer);
    QString setUp();
    void onText(Client &client, const QString &text);
    void pump(Client &client);
    QByteArray metricsText();
    // CPU seconds of the clients: this process, or only its main thread when the server
    // runs in it too.
    double benchCpu() const
    {
        const qint64 pid = QCoreApplication::applicationPid();
        if (!m_options.inProcess)
            return processCpu(pid);
        const auto sample = readStat(u"/proc/%1/task/%1/stat"_s.arg(pid), pid);
        return sample ? sample->seconds : 0;
    }
    static qint64 metric(const QByteArray &text, const QByteArray &name);

    Options m_options;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<InProcessServer> m_inProcess;
    quint16 m_port = 0;
    qint64 m_serverPid = 0;
    QByteArray m_serverLog; // tail of confabd's output
    QNetworkAccessManager m_network;
    std::vector<Client> m_clients;
    qint64 m_conversation = 0;
    QString m_topic;
    QByteArray m_content;
    QElapsedTimer m_clock;

    enum class Phase { Setup, Warmup, Measure, Drain };
    Phase m_phase = Phase::Setup;
    qint64 m_acked = 0;    // in the measured window
    qint64 m_ackedAll = 0; // ever
    qint64 m_errors = 0;   // error replies
    QMap<QString, qint64> m_errorReasons;
    qint64 m_closed = 0; // sockets the server closed
    QList<int> m_closeCodes;
    qint64 m_framesIn = 0;             // frames the clients received in the window
    std::vector<qint64> m_latenciesUs; // in the window
};

QString Bench::startServer()
{
    if (m_options.attachPort) {
        m_port = m_options.attachPort;
        m_serverPid = m_options.serverPid;
        return {};
    }
    const QString dataDir = m_dir.filePath(u"data"_s);
    if (m_options.inProcess) {
        m_inProcess = std::make_unique<InProcessServer>();
        const QString error = m_inProcess->start(dataDir, m_options.keepFloodLimits);
        m_port = m_inProcess->port();
        m_serverPid = QCoreApplication::applicationPid();
        return error;
    }
    m_process = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : environment.keys()) {
        if (name.startsWith("CONFAB_"_L1))
            environment.remove(name);
    }
    environment.insert(u"HOME"_s, m_dir.path());
    if (!m_options.keepFloodLimits) {
        // The default flood control (200 pushes per second per user) would cap 8 users at
        // 1,600 msg/s; this measures storage and transport, not the limiter.
        environment.insert(u"CONFAB_FLOOD_BURST"_s, u"1000000000"_s);
        environment.insert(u"CONFAB_FLOOD_PER_SECOND"_s, u"1000000000"_s);
    }
    m_process->setProcessEnvironment(environment);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(m_options.confabd, {u"--data-dir"_s, dataDir, u"--password-hash-cost"_s,
                                         u"minimal"_s, u"--port"_s, u"0"_s});
    if (!m_process->waitForStarted(30'000))
        return u"cannot start %1: %2"_s.arg(m_options.confabd, m_process->errorString());
    m_serverPid = m_process->processId();
    QByteArray output;
    static const QRegularExpression listening(u"listening on \\S+ port (\\d+)"_s);
    const bool up = spin(
        [&] {
            output += m_process->readAll();
            const auto match = listening.match(QString::fromUtf8(output));
            if (match.hasMatch())
                m_port = quint16(match.captured(1).toUInt());
            return m_port != 0 || m_process->state() == QProcess::NotRunning;
        },
        60'000);
    if (!up || m_port == 0)
        return u"confabd did not start listening: %1"_s.arg(QString::fromUtf8(output));
    // Keep reading its log so that it can never block on a full pipe; keep only the tail.
    m_serverLog = output;
    QProcess *process = m_process.get();
    QObject::connect(process, &QProcess::readyRead, process, [this, process] {
        m_serverLog += process->readAll();
        if (m_serverLog.size() > 64 * 1024)
            m_serverLog = m_serverLog.right(32 * 1024);
    });
    return {};
}

void Bench::stopServer()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(60'000))
            m_process->kill();
    }
    if (m_inProcess)
        m_inProcess->stop();
}

bool Bench::httpRequest(const QByteArray &verb, const QString &path, const QByteArray &body,
                        int *status, QByteArray *answer)
{
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(path)));
    request.setTransferTimeout(60'000);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
    const bool finished = spin([reply] { return reply->isFinished(); }, 60'000);
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    *answer = reply->readAll();
    reply->deleteLater();
    return finished;
}

QByteArray Bench::metricsText()
{
    int status = 0;
    QByteArray text;
    httpRequest("GET", u"/metrics"_s, {}, &status, &text);
    return text;
}

qint64 Bench::metric(const QByteArray &text, const QByteArray &name)
{
    const QList<QByteArray> lines = text.split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(name + ' '))
            return line.mid(name.size() + 1).trimmed().toLongLong();
    }
    return -1;
}

QString Bench::setUp()
{
    // Unique names, so that --attach can be used on the same server more than once.
    const QString run = QString::number(QDateTime::currentMSecsSinceEpoch() % 100'000'000);
    m_clients.resize(std::size_t(m_options.clients));
    for (int i = 0; i < m_options.clients; ++i) {
        Client &client = m_clients[std::size_t(i)];
        client.index = i;
        const QJsonObject body{{u"username"_s, u"bench%1_%2"_s.arg(run).arg(i)},
                               {u"password"_s, u"benchmark password"_s},
                               {u"display_name"_s, u"Bench %1"_s.arg(i)}};
        int status = 0;
        QByteArray answer;
        httpRequest("POST", u"/api/v1/register"_s,
                    QJsonDocument(body).toJson(QJsonDocument::Compact), &status, &answer);
        if (status != 201)
            return u"register: HTTP %1 %2"_s.arg(status).arg(QString::fromUtf8(answer));
        const QJsonObject json = QJsonDocument::fromJson(answer).object();
        client.userId = qint64(object(json.value("user"_L1)).value("id"_L1).toDouble());
        client.token = json.value("token"_L1).toString();
    }

    const auto openSocket = [this](Client &client) -> QString {
        client.socket = std::make_unique<QWebSocket>();
        QWebSocket *socket = client.socket.get();
        bool connected = false;
        QObject::connect(socket, &QWebSocket::connected, socket,
                         [&connected] { connected = true; });
        socket->open(
            QUrl(u"ws://127.0.0.1:%1/socket/websocket?vsn=2.0.0&token=%2"_s.arg(m_port).arg(
                client.token)));
        if (!spin([&] { return connected; }, 30'000))
            return u"client %1 cannot connect"_s.arg(client.index);
        QObject::disconnect(socket, &QWebSocket::connected, socket, nullptr);
        return {};
    };

    // The conversation is created on a separate socket that then closes, so that no client
    // also receives conversation_activity for every message.
    {
        Client owner;
        owner.token = m_clients.front().token;
        if (const QString error = openSocket(owner); !error.isEmpty())
            return error;
        QJsonObject reply;
        QObject::connect(owner.socket.get(), &QWebSocket::textMessageReceived, owner.socket.get(),
                         [&reply](const QString &text) {
                             const QJsonArray frame =
                                 QJsonDocument::fromJson(text.toUtf8()).array();
                             if (frame.size() == 5 && frame.at(1).toString() == "2"_L1)
                                 reply = frame.at(4).toObject();
                         });
        const QString userTopic = u"user:%1"_s.arg(m_clients.front().userId);
        QJsonArray members;
        for (std::size_t i = 1; i < m_clients.size(); ++i)
            members.append(m_clients[i].userId);
        const auto frame = [](const QJsonArray &array) {
            return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
        };
        owner.socket->sendTextMessage(
            frame({u"1"_s, u"1"_s, userTopic, u"phx_join"_s, QJsonObject()}));
        owner.socket->sendTextMessage(frame({u"1"_s, u"2"_s, userTopic, u"create_conversation"_s,
                                             QJsonObject{{u"kind"_s, u"group"_s},
                                                         {u"title"_s, u"benchmark"_s},
                                                         {u"member_ids"_s, members}}}));
        if (!spin([&] { return !reply.isEmpty(); }, 30'000) || reply.value("status"_L1) != "ok"_L1)
            return u"create_conversation: %1"_s.arg(
                QString::fromUtf8(QJsonDocument(reply).toJson(QJsonDocument::Compact)));
        m_conversation = qint64(object(object(reply.value("response"_L1)).value("conversation"_L1))
                                    .value("id"_L1)
                                    .toDouble());
        owner.socket->close();
        spin([&] { return owner.socket->state() == QAbstractSocket::UnconnectedState; }, 5000);
    }
    m_topic = u"chat:%1"_s.arg(m_conversation);

    for (Client &client : m_clients) {
        if (const QString error = openSocket(client); !error.isEmpty())
            return error;
        Client *self = &client;
        QObject::connect(client.socket.get(), &QWebSocket::textMessageReceived, client.socket.get(),
                         [this, self](const QString &text) { onText(*self, text); });
        QObject::connect(client.socket.get(), &QWebSocket::disconnected, client.socket.get(),
                         [this, self] {
                             ++m_closed;
                             m_closeCodes.append(int(self->socket->closeCode()));
                         });
        client.joinRef = QString::number(client.nextRef++);
        client.socket->sendTextMessage(
            u"[\"%1\",\"%1\",\"%2\",\"phx_join\",{}]"_s.arg(client.joinRef, m_topic));
    }
    if (!spin(
            [this] {
                return std::all_of(m_clients.cbegin(), m_clients.cend(), [](const Client &c) {
                    return c.joined || !c.joinError.isEmpty();
                });
            },
            30'000))
        return u"joins timed out"_s;
    for (const Client &client : m_clients) {
        if (!client.joinError.isEmpty())
            return u"join: "_s + client.joinError;
    }
    return {};
}

void Bench::pump(Client &client)
{
    if (m_phase != Phase::Warmup && m_phase != Phase::Measure)
        return;
    while (client.inflight < m_options.window &&
           client.socket->state() == QAbstractSocket::ConnectedState) {
        const int ref = client.nextRef++;
        const qint64 n = client.sent++;
        // Built by hand: the content is plain ASCII and needs no escaping.
        client.socket->sendTextMessage(
            u"[\"%1\",\"%2\",\"%3\",\"send_message\",{\"content\":\"%4 %5\",\"mobile_ref_id\":\"b%6-%5\"}]"_s
                .arg(client.joinRef)
                .arg(ref)
                .arg(m_topic, QString::fromLatin1(m_content))
                .arg(n)
                .arg(client.index));
        client.sentAtNs.insert(ref, m_clock.nsecsElapsed());
        ++client.inflight;
    }
}

void Bench::onText(Client &client, const QString &text)
{
    if (m_phase == Phase::Measure)
        ++m_framesIn;
    // Broadcasts ([null, null, ...]) and message_sent pushes need no parsing; only replies do.
    if (text.startsWith("[null"_L1) || !text.contains("\"phx_reply\""_L1))
        return;
    const QJsonArray frame = QJsonDocument::fromJson(text.toUtf8()).array();
    if (frame.size() != 5)
        return;
    const QString ref = frame.at(1).toString();
    const QJsonObject payload = frame.at(3 + 1).toObject();
    const bool ok = payload.value("status"_L1) == "ok"_L1;
    if (ref == client.joinRef) {
        if (ok)
            client.joined = true;
        else
            client.joinError = QString::fromUtf8(QJsonDocument(payload).toJson());
        return;
    }
    const auto sentAt = client.sentAtNs.constFind(ref.toInt());
    if (sentAt == client.sentAtNs.cend())
        return;
    const qint64 latencyNs = m_clock.nsecsElapsed() - sentAt.value();
    client.sentAtNs.erase(sentAt);
    --client.inflight;
    if (ok) {
        ++m_ackedAll;
        if (m_phase == Phase::Measure) {
            ++m_acked;
            m_latenciesUs.push_back(latencyNs / 1000);
        }
    } else {
        ++m_errors;
        ++m_errorReasons[object(payload.value("response"_L1)).value("reason"_L1).toString()];
    }
    pump(client);
}

int Bench::run()
{
    if (!m_dir.isValid()) {
        std::fprintf(stderr, "cannot create a temporary directory\n");
        return 1;
    }
    m_content = QByteArray(qMax(1, m_options.contentBytes), 'x');
    if (const QString error = startServer(); !error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        stopServer();
        return 1;
    }
    if (const QString error = setUp(); !error.isEmpty()) {
        std::fprintf(stderr, "setup failed: %s\n", qPrintable(error));
        stopServer();
        if (m_process)
            std::fprintf(stderr, "confabd said:\n%s\n",
                         (m_serverLog + m_process->readAll()).right(4000).constData());
        return 1;
    }

    m_clock.start();
    m_phase = Phase::Warmup;
    for (Client &client : m_clients)
        pump(client);

    QEventLoop loop;
    QByteArray metricsBefore;
    QByteArray metricsAfter;
    QList<CpuSample> threadsBefore;
    double clientCpuBefore = 0;
    qint64 windowStartNs = 0;
    qint64 windowNs = 0;
    QTimer::singleShot(int(m_options.warmup * 1000), Qt::PreciseTimer, &loop, [&] {
        m_phase = Phase::Measure;
        // The server's counters at the start of the window, read without blocking the loop.
        QNetworkReply *reply =
            m_network.get(QNetworkRequest(QUrl(u"http://127.0.0.1:%1/metrics"_s.arg(m_port))));
        QObject::connect(reply, &QNetworkReply::finished, reply, [reply, &metricsBefore] {
            metricsBefore = reply->readAll();
            reply->deleteLater();
        });
        windowStartNs = m_clock.nsecsElapsed();
        if (m_serverPid && !m_options.inProcess)
            threadsBefore = threadsOf(m_serverPid);
        else if (m_options.inProcess)
            threadsBefore = threadsOf(QCoreApplication::applicationPid());
        clientCpuBefore = benchCpu();
        QTimer::singleShot(int(m_options.seconds * 1000), Qt::PreciseTimer, &loop, [&] {
            windowNs = m_clock.nsecsElapsed() - windowStartNs;
            m_phase = Phase::Drain;
            QNetworkReply *reply =
                m_network.get(QNetworkRequest(QUrl(u"http://127.0.0.1:%1/metrics"_s.arg(m_port))));
            QObject::connect(reply, &QNetworkReply::finished, reply, [reply, &metricsAfter] {
                metricsAfter = reply->readAll();
                reply->deleteLater();
            });
            loop.quit();
        });
    });
    loop.exec();
    const double clientCpu = benchCpu() - clientCpuBefore;
    QList<CpuSample> threadsAfter;
    if (m_serverPid)
        threadsAfter =
            threadsOf(m_options.inProcess ? QCoreApplication::applicationPid() : m_serverPid);

    // Let what is in flight finish (not counted), then read the server's counters.
    spin(
        [this] {
            return std::all_of(m_clients.cbegin(), m_clients.cend(),
                               [](const Client &c) { return c.inflight == 0; });
        },
        30'000);
    spin([&] { return !metricsBefore.isEmpty() && !metricsAfter.isEmpty(); }, 10'000);
    const QByteArray metrics = metricsText();
    const qint64 commits = metric(metrics, "confab_db_commits_total");
    const qint64 windowCommits = metric(metricsAfter, "confab_db_commits_total") -
                                 metric(metricsBefore, "confab_db_commits_total");
    const qint64 largestBatch = metric(metrics, "confab_db_largest_batch");
    const qint64 stored = metric(metrics, "confab_messages_stored_total");

    for (Client &client : m_clients) {
        QObject::disconnect(client.socket.get(), nullptr, nullptr, nullptr);
        client.socket->abort();
    }
    stopServer();

    const double seconds = double(windowNs) / 1e9;
    const double rate = seconds > 0 ? double(m_acked) / seconds : 0;
    std::sort(m_latenciesUs.begin(), m_latenciesUs.end());
    const auto percentile = [this](double p) -> double {
        if (m_latenciesUs.empty())
            return 0;
        const std::size_t index =
            std::min(m_latenciesUs.size() - 1, std::size_t(p * double(m_latenciesUs.size())));
        return double(m_latenciesUs[index]) / 1000.0;
    };

    // Server CPU in the window, per thread (threads that did not exist before count fully).
    QJsonArray threadsJson;
    double serverCpu = 0;
    for (const CpuSample &after : threadsAfter) {
        double before = 0;
        for (const CpuSample &sample : threadsBefore) {
            if (sample.tid == after.tid)
                before = sample.seconds;
        }
        const double used = after.seconds - before;
        if (used <= 0)
            continue;
        // In-process, the main thread is the clients'; every other thread is the server's.
        if (!m_options.inProcess || after.tid != QCoreApplication::applicationPid())
            serverCpu += used;
        threadsJson.append(QJsonObject{{u"tid"_s, after.tid},
                                       {u"name"_s, after.name},
                                       {u"cpu_s"_s, used},
                                       {u"cpu_share"_s, seconds > 0 ? used / seconds : 0}});
    }

    const QString mode = m_options.attachPort  ? u"attached"_s
                         : m_options.inProcess ? u"in-process"_s
                                               : u"confabd"_s;
    std::printf("durable: %lld acked msgs in %.2f s = %.0f msg/s (clients %d, window %d)\n",
                static_cast<long long>(m_acked), seconds, rate, m_options.clients,
                m_options.window);
    std::fprintf(stderr,
                 "  mode %s; ack latency p50 %.2f ms p99 %.2f ms; client frames in %.0f/s; "
                 "errors %lld; sockets closed %lld\n"
                 "  db commits in window %lld (%.1f acked msgs per commit); whole run: commits "
                 "%lld, largest batch %lld, messages stored %lld\n  "
                 "CPU in window: server %.2f s, bench process %.2f s\n",
                 qPrintable(mode), percentile(0.5), percentile(0.99),
                 seconds > 0 ? double(m_framesIn) / seconds : 0.0, static_cast<long long>(m_errors),
                 static_cast<long long>(m_closed), static_cast<long long>(windowCommits),
                 windowCommits > 0 ? double(m_acked) / double(windowCommits) : 0.0,
                 static_cast<long long>(commits), static_cast<long long>(largestBatch),
                 static_cast<long long>(stored), serverCpu, clientCpu);
    for (const QJsonValue &thread : std::as_const(threadsJson)) {
        const QJsonObject t = thread.toObject();
        std::fprintf(stderr, "    thread %lld %-16s %.2f s (%.0f%% of one core)\n",
                     static_cast<long long>(t.value("tid"_L1).toInteger()),
                     qPrintable(t.value("name"_L1).toString()), t.value("cpu_s"_L1).toDouble(),
                     100 * t.value("cpu_share"_L1).toDouble());
    }
    if (m_options.json) {
        QJsonObject errors;
        for (auto it = m_errorReasons.cbegin(); it != m_errorReasons.cend(); ++it)
            errors.insert(it.key(), it.value());
        QJsonArray closeCodes;
        for (int code : std::as_const(m_closeCodes))
            closeCodes.append(code);
        const QJsonObject result{
            {u"benchmark"_s, u"durable"_s},
            {u"mode"_s, mode},
            {u"clients"_s, m_options.clients},
            {u"window"_s, m_options.window},
            {u"warmup_s"_s, m_options.warmup},
            {u"seconds"_s, seconds},
            {u"content_bytes"_s, m_options.contentBytes},
            {u"acked"_s, m_acked},
            {u"msgs_per_s"_s, rate},
            {u"latency_ms"_s, QJsonObject{{u"p50"_s, percentile(0.5)},
                                          {u"p90"_s, percentile(0.9)},
                                          {u"p99"_s, percentile(0.99)},
                                          {u"max"_s, percentile(1.0)}}},
            {u"client_frames_in_per_s"_s, seconds > 0 ? double(m_framesIn) / seconds : 0},
            {u"errors"_s, errors},
            {u"sockets_closed"_s, m_closed},
            {u"close_codes"_s, closeCodes},
            {u"db_commits_in_window"_s, windowCommits},
            {u"acked_per_commit"_s,
             windowCommits > 0 ? double(m_acked) / double(windowCommits) : 0.0},
            {u"db_commits_total"_s, commits},
            {u"db_largest_batch"_s, largestBatch},
            {u"messages_stored_total"_s, stored},
            {u"acked_total"_s, m_ackedAll},
            {u"server_cpu_s"_s, serverCpu},
            {u"bench_process_cpu_s"_s, clientCpu},
            {u"threads"_s, threadsJson},
        };
        std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    }
    return m_errors == 0 && m_closed == 0 ? 0 : 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"confab-durable-bench"_s);
    // As confabd does: an in-process server would otherwise log every socket.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(u"confab.*.debug=false"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Durable send_message throughput of confabd: acknowledged messages per second."_s);
    parser.addHelpOption();
    const QCommandLineOption clients(u"clients"_s, u"Users, one WebSocket each (default 8)."_s,
                                     u"n"_s, u"8"_s);
    const QCommandLineOption window(
        u"window"_s, u"Unacknowledged pushes per client (default 64)."_s, u"n"_s, u"64"_s);
    const QCommandLineOption seconds(u"seconds"_s, u"Measured seconds (default 10)."_s, u"s"_s,
                                     u"10"_s);
    const QCommandLineOption warmup(u"warmup"_s, u"Seconds sent but not counted (default 2)."_s,
                                    u"s"_s, u"2"_s);
    const QCommandLineOption contentBytes(
        u"content-bytes"_s, u"Bytes of filler per message (default 64)."_s, u"n"_s, u"64"_s);
    const QCommandLineOption json(u"json"_s, u"Also print the results as one JSON line."_s);
    const QCommandLineOption inProcess(
        u"in-process"_s, u"Run a ServerModule on a thread of this process instead of confabd."_s);
    const QCommandLineOption confabd(u"confabd"_s, u"The confabd binary to start."_s, u"path"_s,
                                     QStringLiteral(CONFABD_PATH));
    const QCommandLineOption attach(
        u"attach"_s,
        u"Use a server already listening on 127.0.0.1:<port> (registration open, flood limits "
        "raised), e.g. one running under a profiler."_s,
        u"port"_s);
    const QCommandLineOption serverPid(
        u"server-pid"_s, u"With --attach: the server's process id, to report its CPU time."_s,
        u"pid"_s);
    const QCommandLineOption keepFlood(
        u"keep-flood-limits"_s,
        u"Keep the default flood control (200 pushes/s per user) instead of raising it."_s);
    parser.addOptions({clients, window, seconds, warmup, contentBytes, json, inProcess, confabd,
                       attach, serverPid, keepFlood});
    parser.process(app);

    Options options;
    bool ok = true;
    const auto positive = [&](const QCommandLineOption &option, double minimum) {
        bool parsed = false;
        const double value = parser.value(option).toDouble(&parsed);
        if (!parsed || value < minimum) {
            std::fprintf(stderr, "--%s: expected a number >= %g\n",
                         qPrintable(option.names().first()), minimum);
            ok = false;
        }
        return value;
    };
    options.clients = int(positive(clients, 1));
    options.window = int(positive(window, 1));
    options.seconds = positive(seconds, 0.1);
    options.warmup = positive(warmup, 0);
    options.contentBytes = int(positive(contentBytes, 1));
    options.json = parser.isSet(json);
    options.inProcess = parser.isSet(inProcess);
    options.keepFloodLimits = parser.isSet(keepFlood);
    options.confabd = parser.value(confabd);
    if (parser.isSet(attach))
        options.attachPort = quint16(positive(attach, 1));
    if (parser.isSet(serverPid))
        options.serverPid = qint64(positive(serverPid, 1));
    if (!ok)
        return 64;
    Bench bench(options);
    return bench.run();
}
