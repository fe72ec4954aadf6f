#include "models/TimelineModel.h"

#include "client/ClientState.h"
#include "models/MessageData.h"
#include "models/ModelRoles.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QSet>
#include <QTimer>
#include <algorithm>
#include <limits>

namespace confab::ui {

using client::ClientState;
using client::Delivery;

namespace {

// Consecutive messages of one sender within this gap share one header.
constexpr qint64 kGroupingSeconds = 5 * 60;

// What a messageChanged can change (edit, delete, reactions, star, thread count).
const QList<int> kMessageRoles = {
    Qt::DisplayRole, Qt::AccessibleTextRole, ContentRole, EditedRole,
    DeletedRole,     ReactionsRole,          StarredRole, ReplyCountRole};
const QList<int> kOutboxRoles = {Qt::DisplayRole, Qt::AccessibleTextRole, ContentRole, DeliveryRole,
                                 FailureReasonRole};
const QList<int> kMemberRoles = {SenderNameRole, SeenByRole, ReactionsRole, Qt::AccessibleTextRole};

QDate localDate(const QDateTime &time)
{
    return messagedata::localTime(time).date();
}

} // namespace

TimelineModel::TimelineModel(ClientState *state, QObject *parent)
    : QAbstractListModel(parent)
    , m_state(state)
{
    connect(state, &ClientState::messagesReset, this, &TimelineModel::onMessagesReset);
    connect(state, &ClientState::messagesInserted, this, &TimelineModel::onMessagesInserted);
    connect(state, &ClientState::messageChanged, this, &TimelineModel::onMessageChanged);
    connect(state, &ClientState::outboxChanged, this, &TimelineModel::onOutboxChanged);
    connect(state, &ClientState::membersChanged, this, &TimelineModel::onMembersChanged);
    connect(state, &ClientState::readStatesChanged, this, &TimelineModel::onReadStatesChanged);
    connect(state, &ClientState::conversationRemoved, this, &TimelineModel::onConversationGone);
    connect(state, &ClientState::conversationsReset, this, &TimelineModel::onConversationsReset);
    connect(state, &ClientState::conversationChanged, this, [this](qint64 conversationId) {
        if (conversationId == m_conversationId)
            updateIntro(); // renamed
    });
    connect(state, &ClientState::membersChanged, this, [this](qint64 conversationId) {
        if (conversationId == m_conversationId)
            updateIntro(); // a direct conversation is named after the other member
    });
}

QString TimelineModel::introText() const
{
    if (m_conversationId == 0 || m_threadRootId != 0 || m_state->hasOlderMessages(m_conversationId))
        return {};
    const model::Conversation *conversation = m_state->conversation(m_conversationId);
    if (!conversation)
        return {};
    const QString name = m_state->displayName(m_conversationId);
    if (conversation->kind == model::Conversation::Kind::Direct)
        return name.isEmpty() ? tr("This is the beginning of this conversation.")
                              : tr("This is the beginning of your conversation with %1.").arg(name);
    const QString creator =
        conversation->createdBy == m_state->me().id
            ? tr("you", "who created a group: This is the start of #name, created by you")
            : messagedata::senderName(*m_state, m_conversationId, conversation->createdBy);
    if (!conversation->createdAt.isValid())
        return tr("This is the start of #%1, created by %2.").arg(name, creator);
    const QString day = QLocale().toString(messagedata::localTime(conversation->createdAt).date(),
                                           QLocale::LongFormat);
    return tr("This is the start of #%1, created by %2 on %3.").arg(name, creator, day);
}

void TimelineModel::updateIntro()
{
    const QString intro = introText();
    if (intro == m_intro)
        return;
    m_intro = intro;
    if (!m_rows.isEmpty() || !m_outboxRefs.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(0, 0), {IntroRole});
    Q_EMIT introChanged();
}

TimelineModel::~TimelineModel() = default;

void TimelineModel::setConversation(qint64 conversationId)
{
    if (conversationId == m_conversationId && m_threadRootId == 0)
        return;
    m_conversationId = conversationId;
    m_threadRootId = 0;
    rebuild();
}

void TimelineModel::setThreadRoot(qint64 conversationId, qint64 rootId)
{
    if (conversationId == m_conversationId && rootId == m_threadRootId)
        return;
    m_conversationId = conversationId;
    m_threadRootId = rootId;
    rebuild();
}

void TimelineModel::clear()
{
    m_conversationId = 0;
    m_threadRootId = 0;
    rebuild();
}

void TimelineModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    m_outboxRefs.clear();
    if (m_conversationId != 0) {
        const QList<model::Message> &messages = m_state->messages(m_conversationId);
        m_rows.reserve(messages.size());
        for (const model::Message &message : messages) {
            if (accepts(message))
                m_rows.append({message.id, message.seq});
        }
        m_outboxRefs = visibleOutboxRefs();
    }
    m_historyPending = false;
    rememberReadSeqs();
    m_intro = introText();
    endResetModel();
    Q_EMIT introChanged();
}

bool TimelineModel::accepts(const model::Message &message) const
{
    if (m_threadRootId == 0)
        return !message.parentId.has_value();
    return message.id == m_threadRootId || message.parentId == m_threadRootId;
}

QStringList TimelineModel::visibleOutboxRefs() const
{
    QStringList refs;
    for (const client::OutboxEntry &entry : m_state->outbox()) {
        if (entry.conversationId != m_conversationId)
            continue;
        const bool belongs =
            m_threadRootId == 0 ? !entry.parentId.has_value() : entry.parentId == m_threadRootId;
        if (belongs)
            refs.append(entry.mobileRefId);
    }
    return refs;
}

// --- lookups ---

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size() + m_outboxRefs.size());
}

qsizetype TimelineModel::lowerBound(qint64 seq) const
{
    const auto at = std::lower_bound(m_rows.cbegin(), m_rows.cend(), seq,
                                     [](const Row &row, qint64 value) { return row.seq < value; });
    return at - m_rows.cbegin();
}

int TimelineModel::rowOfMessage(qint64 messageId) const
{
    const model::Message *message = m_state->message(m_conversationId, messageId);
    if (!message)
        return -1;
    const qsizetype at = lowerBound(message->seq);
    return at < m_rows.size() && m_rows.at(at).id == messageId ? int(at) : -1;
}

// The row a read position lands on: the last shown message at or before it.
int TimelineModel::rowOfReadSeq(qint64 seq) const
{
    const auto after =
        std::upper_bound(m_rows.cbegin(), m_rows.cend(), seq,
                         [](qint64 value, const Row &row) { return value < row.seq; });
    return int(after - m_rows.cbegin()) - 1;
}

QModelIndex TimelineModel::indexOfMessage(qint64 messageId) const
{
    const int row = rowOfMessage(messageId);
    return row < 0 ? QModelIndex() : index(row);
}

QModelIndex TimelineModel::indexOfOutboxEntry(const QString &mobileRefId) const
{
    const qsizetype at = m_outboxRefs.indexOf(mobileRefId);
    return at < 0 ? QModelIndex() : index(int(m_rows.size() + at));
}

const model::Message *TimelineModel::messageAt(int row, model::Message &scratch) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    if (row < m_rows.size())
        return m_state->message(m_conversationId, m_rows.at(row).id);
    const client::OutboxEntry *entry = m_state->outboxEntry(m_outboxRefs.at(row - m_rows.size()));
    if (!entry)
        return nullptr;
    scratch = messagedata::messageFromOutbox(*entry, m_state->me().id);
    return &scratch;
}

// --- incremental updates ---

void TimelineModel::onMessagesReset(qint64 conversationId)
{
    if (conversationId == m_conversationId)
        rebuild();
}

void TimelineModel::onMessagesInserted(qint64 conversationId, const QList<qint64> &messageIds)
{
    if (conversationId != m_conversationId)
        return;
    QList<Row> fresh;
    fresh.reserve(messageIds.size());
    for (qint64 id : messageIds) {
        const model::Message *message = m_state->message(conversationId, id);
        if (!message)
            continue;
        notifyReplyCount(*message); // in either mode the root, if shown, counts one more
        if (!accepts(*message))
            continue;
        // Our own message stored: its outbox row goes, whatever order the signals came in.
        if (message->mobileRefId && message->senderId == m_state->me().id) {
            const qsizetype pending = m_outboxRefs.indexOf(*message->mobileRefId);
            if (pending >= 0)
                removeOutboxRow(pending);
        }
        fresh.append({message->id, message->seq});
    }
    insertMessageRows(std::move(fresh));
    // The state says whether older pages remain only after it announced this one.
    QTimer::singleShot(0, this, &TimelineModel::updateIntro);
    if (m_historyPending &&
        (m_historyBeforeSeq == 0 || !m_state->hasOlderMessages(conversationId) ||
         m_state->oldestLoadedSeq(conversationId) < m_historyBeforeSeq))
        m_historyPending = false;
}

// Inserts rows at their seq positions, one beginInsertRows per run of rows that land between
// the same two existing rows (a history page at the front is a single insert).
void TimelineModel::insertMessageRows(QList<Row> rows)
{
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.seq < b.seq; });
    rows.erase(std::unique(rows.begin(), rows.end(),
                           [](const Row &a, const Row &b) { return a.seq == b.seq; }),
               rows.end());
    qsizetype i = 0;
    while (i < rows.size()) {
        const qsizetype at = lowerBound(rows.at(i).seq);
        if (at < m_rows.size() && m_rows.at(at).seq == rows.at(i).seq) {
            ++i; // already shown
            continue;
        }
        qsizetype end = i + 1;
        while (end < rows.size() && (at == m_rows.size() || rows.at(end).seq < m_rows.at(at).seq))
            ++end;
        const qsizetype count = end - i;
        beginInsertRows({}, int(at), int(at + count - 1));
        m_rows.insert(at, count, Row{});
        std::copy(rows.cbegin() + i, rows.cbegin() + end, m_rows.begin() + at);
        endInsertRows();
        notifyNeighbours(int(at), int(at + count - 1));
        i = end;
    }
}

// Rows next to an insert or removal read their neighbours: the row after it may gain or lose
// its header and day separator, and the row before it the read receipts that now land on it.
void TimelineModel::notifyNeighbours(int first, int last)
{
    if (first > 0) {
        const QModelIndex before = index(first - 1);
        Q_EMIT dataChanged(before, before, {SeenByRole});
    }
    if (last + 1 < rowCount()) {
        const QModelIndex after = index(last + 1);
        Q_EMIT dataChanged(after, after, {ShowHeaderRole, DaySeparatorRole});
    }
}

// The state counts a live reply on its root without a messageChanged for the root.
void TimelineModel::notifyReplyCount(const model::Message &reply)
{
    if (!reply.parentId)
        return;
    const int root = rowOfMessage(*reply.parentId);
    if (root >= 0) {
        const QModelIndex at = index(root);
        Q_EMIT dataChanged(at, at, {ReplyCountRole, Qt::AccessibleTextRole});
    }
}

void TimelineModel::onMessageChanged(qint64 conversationId, qint64 messageId)
{
    if (conversationId != m_conversationId)
        return;
    const model::Message *message = m_state->message(conversationId, messageId);
    if (!message)
        return;
    const int row = rowOfMessage(messageId);
    if (row >= 0) {
        const QModelIndex at = index(row);
        Q_EMIT dataChanged(at, at, kMessageRoles);
    } else if (accepts(*message)) {
        insertMessageRows({{message->id, message->seq}});
    }
}

void TimelineModel::removeOutboxRow(qsizetype outboxIndex)
{
    const int row = int(m_rows.size() + outboxIndex);
    beginRemoveRows({}, row, row);
    m_outboxRefs.removeAt(outboxIndex);
    endRemoveRows();
    if (row < rowCount()) {
        const QModelIndex after = index(row);
        Q_EMIT dataChanged(after, after, {ShowHeaderRole, DaySeparatorRole});
    }
}

void TimelineModel::insertOutboxRow(qsizetype outboxIndex, const QString &mobileRefId)
{
    const int row = int(m_rows.size() + outboxIndex);
    beginInsertRows({}, row, row);
    m_outboxRefs.insert(outboxIndex, mobileRefId);
    endInsertRows();
    notifyNeighbours(row, row);
}

// Brings the outbox rows in line with the state: drop settled entries, add new ones in
// position order, then repaint the rest (status, reason or content may have changed).
void TimelineModel::onOutboxChanged(qint64 conversationId)
{
    if (conversationId != m_conversationId)
        return;
    const QStringList wanted = visibleOutboxRefs();
    for (qsizetype k = m_outboxRefs.size() - 1; k >= 0; --k) {
        if (!wanted.contains(m_outboxRefs.at(k)))
            removeOutboxRow(k);
    }
    for (qsizetype k = 0; k < wanted.size(); ++k) {
        if (k < m_outboxRefs.size() && m_outboxRefs.at(k) == wanted.at(k))
            continue;
        const qsizetype existing = m_outboxRefs.indexOf(wanted.at(k), k);
        if (existing < 0) {
            insertOutboxRow(k, wanted.at(k));
            continue;
        }
        const int from = int(m_rows.size() + existing);
        const int to = int(m_rows.size() + k);
        beginMoveRows({}, from, from, {}, to);
        m_outboxRefs.move(existing, k);
        endMoveRows();
    }
    if (!m_outboxRefs.isEmpty())
        Q_EMIT dataChanged(index(int(m_rows.size())), index(rowCount() - 1), kOutboxRoles);
}

void TimelineModel::onMembersChanged(qint64 conversationId)
{
    if (conversationId != m_conversationId)
        return;
    rememberReadSeqs();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), kMemberRoles);
}

void TimelineModel::rememberReadSeqs()
{
    m_readSeqs.clear();
    if (m_conversationId == 0)
        return;
    for (const model::Member &member : m_state->members(m_conversationId))
        m_readSeqs.insert(member.userId, m_state->readSeqOf(m_conversationId, member.userId));
}

// Only the rows a receipt leaves and the rows it lands on repaint.
void TimelineModel::onReadStatesChanged(qint64 conversationId)
{
    if (conversationId != m_conversationId)
        return;
    const QHash<qint64, qint64> before = m_readSeqs;
    rememberReadSeqs();
    QSet<qint64> users(before.keyBegin(), before.keyEnd());
    for (auto it = m_readSeqs.cbegin(); it != m_readSeqs.cend(); ++it)
        users.insert(it.key());
    QSet<int> rows;
    for (qint64 user : std::as_const(users)) {
        const qint64 was = before.value(user);
        const qint64 now = m_readSeqs.value(user);
        if (was != now) {
            rows.insert(rowOfReadSeq(was));
            rows.insert(rowOfReadSeq(now));
        }
    }
    rows.remove(-1);
    for (int row : std::as_const(rows)) {
        const QModelIndex at = index(row);
        Q_EMIT dataChanged(at, at, {SeenByRole});
    }
}

void TimelineModel::onConversationGone(qint64 conversationId)
{
    if (conversationId != m_conversationId)
        return;
    if (rowCount() > 0) {
        beginRemoveRows({}, 0, rowCount() - 1);
        m_rows.clear();
        m_outboxRefs.clear();
        endRemoveRows();
    }
    m_conversationId = 0;
    m_threadRootId = 0;
    m_readSeqs.clear();
    m_historyPending = false;
}

void TimelineModel::onConversationsReset()
{
    if (m_conversationId != 0 && !m_state->conversation(m_conversationId))
        onConversationGone(m_conversationId);
}

// --- history ---

bool TimelineModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_conversationId != 0 && m_threadRootId == 0 && !m_historyPending &&
           m_state->hasOlderMessages(m_conversationId);
}

void TimelineModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_historyPending = true;
    m_historyBeforeSeq = m_state->oldestLoadedSeq(m_conversationId);
    Q_EMIT historyRequested(m_conversationId, m_historyBeforeSeq);
}

void TimelineModel::historyRequestFinished()
{
    m_historyPending = false;
    updateIntro(); // an empty last page inserts nothing
}

// --- data ---

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    model::Message scratch;
    const model::Message *message = messageAt(index.row(), scratch);
    return message ? value(index.row(), *message, role) : QVariant();
}

// A delegate reads a dozen roles per row: find the message once for all of them.
void TimelineModel::multiData(const QModelIndex &index, QModelRoleDataSpan roleDataSpan) const
{
    model::Message scratch;
    const model::Message *message =
        checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
            ? messageAt(index.row(), scratch)
            : nullptr;
    for (QModelRoleData &roleData : roleDataSpan)
        roleData.setData(message ? value(index.row(), *message, roleData.role()) : QVariant());
}

QVariant TimelineModel::value(int row, const model::Message &message, int role) const
{
    if (role == ShowHeaderRole || role == DaySeparatorRole || role == SeenByRole)
        return neighbourData(row, message, role);
    if (role == IntroRole)
        return row == 0 ? introText() : QString(); // live: it follows a language switch
    if (row < m_rows.size())
        return messagedata::value(*m_state, message, Delivery::Sent, {}, role);
    const client::OutboxEntry *entry = m_state->outboxEntry(*message.mobileRefId);
    const bool failed = entry->status == client::OutboxEntry::Status::Failed;
    return messagedata::value(*m_state, message, failed ? Delivery::Failed : Delivery::Pending,
                              entry->failureReason, role);
}

QVariant TimelineModel::neighbourData(int row, const model::Message &message, int role) const
{
    if (role == SeenByRole)
        return seenBy(row, message);
    model::Message scratch;
    const model::Message *previous = messageAt(row - 1, scratch);
    const QDate day = localDate(message.sentAt);
    const bool newDay = !previous || localDate(previous->sentAt) != day;
    if (role == DaySeparatorRole)
        return newDay ? day : QDate();
    return newDay || previous->senderId != message.senderId ||
           previous->sentAt.secsTo(message.sentAt) > kGroupingSeconds;
}

// Members (not me, not the sender) whose read position is this row's seq or later but
// before the next shown message's.
QStringList TimelineModel::seenBy(int row, const model::Message &message) const
{
    if (m_threadRootId != 0 || row >= m_rows.size())
        return {};
    const qint64 seq = m_rows.at(row).seq;
    const qint64 nextSeq =
        row + 1 < m_rows.size() ? m_rows.at(row + 1).seq : std::numeric_limits<qint64>::max();
    QStringList names;
    const qint64 me = m_state->me().id;
    for (const model::Member &member : m_state->members(m_conversationId)) {
        if (member.userId == me || member.userId == message.senderId)
            continue;
        const qint64 read = m_readSeqs.value(member.userId);
        if (read >= seq && read < nextSeq)
            names.append(member.displayName);
    }
    return names;
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(confabRoleNames());
    return names;
}

} // namespace confab::ui
