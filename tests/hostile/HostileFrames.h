#pragma once

// Client frames the raw-socket hostile suites send: masked text frames with Phoenix V2
// arrays in them.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace confab::testing {

// A masked text frame carrying `frame` as compact JSON.
QByteArray textFrame(const QJsonArray &frame);
// [join_ref, ref, topic, event, payload] in a text frame.
QByteArray push(const QString &joinRef, const QString &ref, const QString &topic,
                const QString &event, const QJsonObject &payload);
// A Phoenix heartbeat with `ref`.
QByteArray heartbeat(const QString &ref);

} // namespace confab::testing
