// confab-loadgen: the same load against Confab (Phoenix V2) or the Socket.IO peer (Engine.IO 4),
// with one client implementation and one clock for both. See docs/benchmarks.md.

#include "ConfabdProcess.h"
#include "Dialect.h"
#include "Options.h"
#include "Report.h"
#include "Scenarios.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <arpa/inet.h>
#include <csignal>
#include <cstdio>
#include <sys/resource.h>

using namespace confab::loadgen;
using namespace Qt::StringLiterals;

namespace {

// Every connection is a descriptor: take all the kernel allows this process.
void raiseFileLimit(int wanted)
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return;
    limit.rlim_cur = limit.rlim_max;
    ::setrlimit(RLIMIT_NOFILE, &limit);
    if (rlim_t(wanted) > limit.rlim_max)
        std::fprintf(stderr,
                     "confab-loadgen: warning: %d connections need more descriptors than the "
                     "limit of %llu (ulimit -Hn)\n",
                     wanted, static_cast<unsigned long long>(limit.rlim_max));
}

bool writeJson(const QString &path, const QJsonObject &report)
{
    const QByteArray json = QJsonDocument(report).toJson(QJsonDocument::Indented);
    if (path == "-"_L1) {
        std::fwrite(json.constData(), 1, std::size_t(json.size()), stdout);
        return true;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(json) == json.size();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Options options;
    QString error;
    if (!parseOptions(QCoreApplication::arguments(), options, error)) {
        if (error.isEmpty())
            return 0; // --help
        std::fprintf(stderr, "confab-loadgen: %s\n", qPrintable(error));
        return 64;
    }
    ::signal(SIGPIPE, SIG_IGN);
    raiseFileLimit(options.users + options.connections + options.idle + 256);

    ConfabdProcess confabd;
    qint64 serverPid = options.serverPid;
    int port = options.port;
    if (!options.confabd.isEmpty()) {
        if (const std::string failed = confabd.start(options.confabd.toStdString());
            !failed.empty()) {
            std::fprintf(stderr, "confab-loadgen: %s\n", failed.c_str());
            return 1;
        }
        port = confabd.port();
        serverPid = confabd.pid();
    }
    sockaddr_in server{};
    server.sin_family = AF_INET;
    server.sin_port = htons(quint16(port));
    if (::inet_pton(AF_INET, options.host.toLatin1().constData(), &server.sin_addr) != 1) {
        std::fprintf(stderr, "confab-loadgen: --host: not an IPv4 address: %s\n",
                     qPrintable(options.host));
        return 64;
    }

    const auto dialect =
        options.dialect == "confab"_L1 ? makeConfabDialect() : makeSocketIoDialect();
    const QJsonObject report = runScenario(options, *dialect, server, serverPid);
    if (report.contains("setup_error"_L1)) {
        std::fprintf(stderr, "confab-loadgen: setup failed: %s\n",
                     qPrintable(report.value("setup_error"_L1).toString()));
        if (!options.confabd.isEmpty())
            std::fprintf(stderr, "confabd log:\n%s\n", confabd.logTail().c_str());
    } else {
        std::printf("%s\n", qPrintable(summaryLine(report)));
    }
    if (!options.jsonPath.isEmpty() && !writeJson(options.jsonPath, report)) {
        std::fprintf(stderr, "confab-loadgen: cannot write %s\n", qPrintable(options.jsonPath));
        return 1;
    }
    std::fflush(stdout);
    return report.value("ok"_L1).toBool() ? 0 : 1;
}
