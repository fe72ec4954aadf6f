#pragma once

#include <QHash>
#include <QString>

namespace confab::server {

// Process-wide counters, rendered in the Prometheus text format at /metrics. Lives on the
// network thread; nothing else writes to it.
class Metrics
{
public:
    qint64 connectionsOpen = 0;
    qint64 connectionsTotal = 0;
    qint64 connectionsRejected = 0;
    qint64 joins = 0;
    qint64 framesIn = 0;
    qint64 framesOut = 0;
    qint64 framesMalformed = 0;
    qint64 framesDropped = 0; // typing/presence shed from slow consumers
    qint64 messagesStored = 0;
    qint64 httpRequests = 0;
    qint64 passwordHashesSkipped = 0; // queued hashes dropped: the client had hung up

    void countError(const QString &reason) { ++m_errorsByReason[reason]; }
    qint64 errors(const QString &reason) const { return m_errorsByReason.value(reason); }

    QByteArray renderPrometheus(qint64 dbCommits, qint64 dbLargestBatch) const;

private:
    QHash<QString, qint64> m_errorsByReason;
};

} // namespace confab::server
