#pragma once

// Helpers shared by the chat tests that talk to the server over real loopback WebSockets:
// reading phx_reply payloads, naming topics, pushing and sending, and checking that nothing
// else reached any socket.

#include "TestServer.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace confab::testing {

inline const QString kOk = QStringLiteral("ok");

// The parts of a phx_reply payload ({status, response}).
QString status(const QJsonObject &reply);
QJsonObject response(const QJsonObject &reply);
QString reason(const QJsonObject &reply);

QString compact(const QJsonObject &object);
// One line per frame, for the failure messages of framesSince().
QString describe(const wire::Frame &frame);

QString userTopic(qint64 id);
QString chatTopic(qint64 id);
QString notificationsTopic(qint64 id);
// The id of the conversation in a create_conversation answer.
qint64 conversationId(const QJsonObject &answer);

// Pushes and returns the reply's response when its status is ok; logs the reply otherwise.
std::optional<QJsonObject> okPush(PhoenixClient &client, const QString &topic, const QString &event,
                                  const QJsonObject &payload);

// Sends a message (a reply to `parent` unless 0) and consumes its message_sent push, so that
// later waits see only their own. Returns the message id, 0 on failure.
qint64 sendMessage(PhoenixClient &client, qint64 conversation, const QString &content,
                   const QString &ref, qint64 parent = 0);

// Waits until everything the server did so far has reached every client: one database round
// trip through `owner` on `ownerTopic` (jobs run and are answered in order), then a heartbeat
// on every socket.
bool settle(PhoenixClient &owner, const QString &ownerTopic, const QList<PhoenixClient *> &clients);

// How many frames each client had received, to tell later frames apart.
using Marks = QHash<PhoenixClient *, qsizetype>;
Marks mark(const QList<PhoenixClient *> &clients);
// Frames that arrived after `marks` and were not consumed as replies.
QStringList framesSince(const Marks &marks);

// Replaces every $NAME in `templ` with values[NAME]; every name must have a value.
QString fillPlaceholders(QString templ, const QHash<QString, QString> &values);

} // namespace confab::testing
