#include "storage/DataDirLock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace confab::server {

namespace {

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// The PID the holder wrote, or an empty string when it has not written it yet.
QString readOwner(int fd)
{
    char buffer[32] = {};
    const ssize_t length = pread(fd, buffer, sizeof buffer - 1, 0);
    return length > 0 ? QString::fromLatin1(buffer, length).trimmed() : QString();
}

bool writeOwner(int fd)
{
    const QByteArray pid = QByteArray::number(qint64(getpid())) + '\n';
    return ftruncate(fd, 0) == 0 && pwrite(fd, pid.constData(), pid.size(), 0) == pid.size();
}

QString ensureDirectory(const QString &dataDir)
{
    if (QFileInfo::exists(dataDir))
        return {};
    // Password and token hashes will live here: a directory we create is the owner's alone.
    if (!QDir().mkpath(dataDir))
        return QStringLiteral("cannot create directory %1").arg(dataDir);
    QFile::setPermissions(dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return {};
}

} // namespace

QString DataDirLock::fileName()
{
    return QStringLiteral("confabd.lock");
}

QString DataDirLock::acquire(const QString &dataDir)
{
    release();
    m_ownerPid = 0;
    if (const QString error = ensureDirectory(dataDir); !error.isEmpty())
        return error;
    const QString path = QDir(dataDir).filePath(fileName());
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return QStringLiteral("cannot open lock file %1: %2").arg(path, systemError());
    if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const bool taken = errno == EWOULDBLOCK;
        const QString reason = systemError();
        const QString owner = readOwner(fd);
        ::close(fd);
        if (!taken)
            return QStringLiteral("cannot lock %1: %2").arg(path, reason);
        bool numeric = false;
        const qint64 pid = owner.toLongLong(&numeric);
        m_ownerPid = numeric && pid > 0 ? pid : -1;
        return QStringLiteral("data directory %1 is in use by another Confab server (PID %2, "
                              "see %3); stop it first or give this server its own data directory")
            .arg(dataDir, owner.isEmpty() ? QStringLiteral("unknown") : owner, path);
    }
    if (!writeOwner(fd)) {
        const QString reason = systemError();
        ::close(fd);
        return QStringLiteral("cannot write lock file %1: %2").arg(path, reason);
    }
    m_fd = fd;
    return {};
}

void DataDirLock::release()
{
    if (m_fd < 0)
        return;
    // The file stays: deleting it would let a third server lock a new file while a second
    // still waits on the old one. An empty file says nobody holds it.
    if (ftruncate(m_fd, 0) != 0) {
        // Harmless: the next holder overwrites it, and the lock is what counts.
    }
    ::close(m_fd);
    m_fd = -1;
}

} // namespace confab::server
