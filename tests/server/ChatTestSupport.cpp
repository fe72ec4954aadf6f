#include "ChatTestSupport.h"

#include "wire/FrameCodec.h"

#include <QDebug>
#include <QJsonDocument>
#include <QRegularExpression>

namespace confab::testing {

QString status(const QJsonObject &reply)
{
    return reply.value(QLatin1StringView("status")).toString();
}

QJsonObject response(const QJsonObject &reply)
{
    return reply.value(QLatin1StringView("response")).toObject();
}

QString reason(const QJsonObject &reply)
{
    return response(reply).value(QLatin1StringView("reason")).toString();
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString describe(const wire::Frame &frame)
{
    return QStringLiteral("%1 %2 %3")
        .arg(frame.topic, frame.event, compact(frame.payload).left(300));
}

QString userTopic(qint64 id)
{
    return QStringLiteral("user:%1").arg(id);
}

QString chatTopic(qint64 id)
{
    return QStringLiteral("chat:%1").arg(id);
}

QString notificationsTopic(qint64 id)
{
    return QStringLiteral("notifications:%1").arg(id);
}

qint64 conversationId(const QJsonObject &answer)
{
    return answer.value(QLatin1StringView("conversation"))
        .toObject()
        .value(QLatin1StringView("id"))
        .toInteger();
}

std::optional<QJsonObject> okPush(PhoenixClient &client, const QString &topic, const QString &event,
                                  const QJsonObject &payload)
{
    const QJsonObject reply = client.push(topic, event, payload);
    if (status(reply) != kOk) {
        qWarning() << "push" << event << "on" << topic << "failed:" << compact(reply);
        return std::nullopt;
    }
    return response(reply);
}

qint64 sendMessage(PhoenixClient &client, qint64 conversation, const QString &content,
                   const QString &ref, qint64 parent)
{
    QJsonObject payload{{QStringLiteral("content"), content},
                        {QStringLiteral("mobile_ref_id"), ref}};
    if (parent)
        payload.insert(QStringLiteral("parent_id"), parent);
    const auto sent =
        okPush(client, chatTopic(conversation), QStringLiteral("send_message"), payload);
    if (!sent || !client.waitForEvent(chatTopic(conversation), QStringLiteral("message_sent")))
        return 0;
    return sent->value(QLatin1StringView("message"))
        .toObject()
        .value(QLatin1StringView("id"))
        .toInteger();
}

bool settle(PhoenixClient &owner, const QString &ownerTopic, const QList<PhoenixClient *> &clients)
{
    if (!okPush(owner, ownerTopic, QStringLiteral("list_starred"), {}))
        return false;
    for (PhoenixClient *client : clients) {
        const QString ref = client->send(QStringLiteral("phoenix"), QStringLiteral("heartbeat"));
        if (!client->waitForReply(ref))
            return false;
    }
    return true;
}

Marks mark(const QList<PhoenixClient *> &clients)
{
    Marks marks;
    for (PhoenixClient *client : clients)
        marks.insert(client, client->received().size());
    return marks;
}

QStringList framesSince(const Marks &marks)
{
    QStringList frames;
    for (auto it = marks.cbegin(); it != marks.cend(); ++it) {
        const QList<wire::Frame> &received = it.key()->received();
        for (qsizetype i = it.value(); i < received.size(); ++i)
            frames.append(describe(received.at(i)));
        if (received.size() < it.value())
            frames.append(QStringLiteral("(a recorded frame was consumed unexpectedly)"));
    }
    return frames;
}

QString fillPlaceholders(QString templ, const QHash<QString, QString> &values)
{
    static const QRegularExpression placeholder(QStringLiteral("\\$([A-Z_]+)"));
    QRegularExpressionMatch match;
    while ((match = placeholder.match(templ)).hasMatch()) {
        const QString name = match.captured(1);
        Q_ASSERT_X(values.contains(name), "fillPlaceholders", qPrintable(name));
        templ.replace(match.capturedStart(), match.capturedLength(), values.value(name));
    }
    return templ;
}

} // namespace confab::testing
