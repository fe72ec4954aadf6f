#include "Metrics.h"

#include <QStringList>

namespace confab::server {

namespace {
void appendMetric(QByteArray &out, const char *name, const char *type, const char *help,
                  qint64 value)
{
    out += QByteArray("# HELP ") + name + ' ' + help + '\n';
    out += QByteArray("# TYPE ") + name + ' ' + type + '\n';
    out += QByteArray(name) + ' ' + QByteArray::number(value) + '\n';
}
} // namespace

QByteArray Metrics::renderPrometheus(qint64 dbCommits, qint64 dbLargestBatch) const
{
    QByteArray out;
    appendMetric(out, "confab_connections", "gauge", "Open WebSocket connections.",
                 connectionsOpen);
    appendMetric(out, "confab_connections_total", "counter", "WebSocket connections accepted.",
                 connectionsTotal);
    appendMetric(out, "confab_connections_rejected_total", "counter",
                 "WebSocket connections refused (auth or origin).", connectionsRejected);
    appendMetric(out, "confab_channel_joins_total", "counter", "Successful channel joins.", joins);
    appendMetric(out, "confab_frames_in_total", "counter", "Frames received.", framesIn);
    appendMetric(out, "confab_frames_out_total", "counter", "Frames sent.", framesOut);
    appendMetric(out, "confab_frames_malformed_total", "counter",
                 "Frames dropped because they were malformed.", framesMalformed);
    appendMetric(out, "confab_frames_shed_total", "counter",
                 "Typing and presence frames not sent to slow consumers.", framesDropped);
    appendMetric(out, "confab_messages_stored_total", "counter", "Messages durably stored.",
                 messagesStored);
    appendMetric(out, "confab_http_requests_total", "counter", "HTTP requests handled.",
                 httpRequests);
    appendMetric(out, "confab_password_hashes_skipped_total", "counter",
                 "Queued password hashes dropped because the client hung up first.",
                 passwordHashesSkipped);
    appendMetric(out, "confab_db_commits_total", "counter", "Database transactions committed.",
                 dbCommits);
    appendMetric(out, "confab_db_largest_batch", "gauge",
                 "Most jobs committed in one group commit.", dbLargestBatch);

    out += "# HELP confab_errors_total Error replies and refusals by reason.\n";
    out += "# TYPE confab_errors_total counter\n";
    QStringList reasons = m_errorsByReason.keys();
    reasons.sort();
    for (const QString &reason : reasons) {
        out += "confab_errors_total{reason=\"" + reason.toUtf8() + "\"} " +
               QByteArray::number(m_errorsByReason.value(reason)) + '\n';
    }
    return out;
}

} // namespace confab::server
