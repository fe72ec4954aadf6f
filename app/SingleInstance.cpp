#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDeadlineTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTimer>
#include <QtEndian>
#include <optional>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace confab::app {

namespace {

Q_LOGGING_CATEGORY(lcInstance, "confab.app.instance")

// A request is a header (magic, payload length) and a QDataStream-encoded QStringList; the
// answer is one byte. The length is checked before anything is allocated for the payload.
constexpr quint32 kMagic = 0x43464231; // "CFB1"
constexpr qsizetype kHeaderBytes = 8;
constexpr quint32 kMaxPayloadBytes = 64 * 1024;
constexpr char kAck = 'k';
// A client that connects and then says nothing is dropped after this.
constexpr int kRequestTimeoutMs = 5000;
constexpr int kProbeTimeoutMs = 1000;

QString userIdentity()
{
#ifdef Q_OS_UNIX
    return QString::number(::getuid());
#else
    return qEnvironmentVariable("USERNAME");
#endif
}

// In the user's runtime directory (mode 0700) nobody else can connect to the socket or
// squat its name, and binding an existing path fails, which is what makes claim() atomic.
QString serverNameFor(const QString &suffix)
{
    const QByteArray hash =
        QCryptographicHash::hash(userIdentity().toUtf8(), QCryptographicHash::Sha256).toHex();
    QString name = QStringLiteral("confab-") + QString::fromLatin1(hash.left(16));
    if (!suffix.isEmpty())
        name += QLatin1Char('-') + suffix;
    const QString runtimeDir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return runtimeDir.isEmpty() ? name : runtimeDir + QLatin1Char('/') + name;
}

QByteArray encodeRequest(const QStringList &arguments)
{
    QByteArray payload;
    {
        QDataStream out(&payload, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << arguments;
    }
    QByteArray request(kHeaderBytes, Qt::Uninitialized);
    qToBigEndian<quint32>(kMagic, request.data());
    qToBigEndian<quint32>(quint32(payload.size()), request.data() + 4);
    return request + payload;
}

std::optional<QStringList> decodePayload(const QByteArray &payload)
{
    QDataStream in(payload);
    in.setVersion(QDataStream::Qt_6_4);
    QStringList arguments;
    in >> arguments;
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return std::nullopt;
    return arguments;
}

} // namespace

SingleInstance::SingleInstance(const QString &suffix, QObject *parent)
    : QObject(parent)
    , m_name(serverNameFor(suffix))
    , m_server(new QLocalServer(this))
{
    // No socket options: with them Qt binds elsewhere and renames the socket into place,
    // silently replacing a running primary's socket instead of failing.
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnections);
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::isPrimary() const
{
    return m_server->isListening();
}

bool SingleInstance::claim()
{
    if (m_server->isListening())
        return true;
    if (m_server->listen(m_name))
        return true;
    if (m_server->serverError() != QAbstractSocket::AddressInUseError) {
        qCWarning(lcInstance) << "cannot listen on" << m_name << m_server->errorString();
        return false;
    }
    if (primaryAnswers())
        return false;
    // A primary that crashed leaves its socket file behind, and nobody answers on it.
    qCInfo(lcInstance) << "taking over the stale socket" << m_name;
    QLocalServer::removeServer(m_name);
    if (!m_server->listen(m_name)) {
        qCWarning(lcInstance) << "cannot listen on" << m_name << m_server->errorString();
        return false;
    }
    return true;
}

bool SingleInstance::primaryAnswers() const
{
    QLocalSocket probe;
    probe.connectToServer(m_name);
    return probe.waitForConnected(kProbeTimeoutMs);
}

bool SingleInstance::notifyPrimary(const QStringList &arguments, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(int(deadline.remainingTime())))
        return false;
    socket.write(encodeRequest(arguments));
    socket.flush();
    while (socket.bytesAvailable() < 1) {
        if (deadline.hasExpired() || !socket.waitForReadyRead(int(deadline.remainingTime()))) {
            qCWarning(lcInstance) << "the running instance did not answer";
            return false;
        }
    }
    char answer = 0;
    return socket.getChar(&answer) && answer == kAck;
}

void SingleInstance::acceptConnections()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readRequest(socket); });
        QTimer::singleShot(kRequestTimeoutMs, socket, &QObject::deleteLater);
    }
}

void SingleInstance::readRequest(QLocalSocket *socket)
{
    if (socket->bytesAvailable() < kHeaderBytes)
        return;
    const QByteArray header = socket->peek(kHeaderBytes);
    const quint32 magic = qFromBigEndian<quint32>(header.constData());
    const quint32 length = qFromBigEndian<quint32>(header.constData() + 4);
    if (magic != kMagic || length > kMaxPayloadBytes) {
        qCWarning(lcInstance) << "dropping a malformed request from another instance";
        socket->abort();
        socket->deleteLater();
        return;
    }
    if (socket->bytesAvailable() < kHeaderBytes + qsizetype(length))
        return;
    socket->skip(kHeaderBytes);
    const std::optional<QStringList> arguments = decodePayload(socket->read(length));
    if (!arguments) {
        qCWarning(lcInstance) << "dropping a malformed request from another instance";
        socket->abort();
        socket->deleteLater();
        return;
    }
    socket->putChar(kAck);
    socket->flush();
    Q_EMIT activated(*arguments);
}

} // namespace confab::app
