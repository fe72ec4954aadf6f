#pragma once

#include <QString>

namespace confab::server {

// An exclusive claim on a data directory for the life of one server: the file confabd.lock in
// it, held with flock(LOCK_EX | LOCK_NB) and holding the owner's PID. Two servers on one
// database would each accept clients and never see the other's messages; the second is
// refused instead. The kernel drops the lock when the process ends, however it ends, so a
// crash leaves nothing to clean up. The admin commands do not take it: they are meant to run
// beside the daemon.
class DataDirLock
{
public:
    DataDirLock() = default;
    ~DataDirLock() { release(); }
    DataDirLock(const DataDirLock &) = delete;
    DataDirLock &operator=(const DataDirLock &) = delete;

    static QString fileName();

    // Creates the directory (owner only) if needed and takes the lock. Returns an error text
    // naming the other server's PID when it is taken, empty on success.
    QString acquire(const QString &dataDir);
    void release();
    bool isHeld() const { return m_fd >= 0; }
    // After acquire() failed because another process holds the lock: its PID, or -1 when it
    // has not written one yet. 0 otherwise.
    qint64 ownerPid() const { return m_ownerPid; }

private:
    int m_fd = -1;
    qint64 m_ownerPid = 0;
};

} // namespace confab::server
