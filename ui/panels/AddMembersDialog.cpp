#include "panels/AddMembersDialog.h"
#include "models/PlainText.h"

#include "client/ClientSession.h"
#include "models/UserListModel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace confab::ui {

namespace {
// Searching on every key press would flood the server while the user is still typing.
constexpr int kSearchDelayMs = 250;
} // namespace

AddMembersDialog::AddMembersDialog(client::ClientSession *session, qint64 conversationId,
                                   QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_conversationId(conversationId)
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_results(new UserListModel(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("addMembersDialog"));
    m_search->setObjectName(QStringLiteral("addMembersSearch"));
    m_list->setObjectName(QStringLiteral("addMembersResults"));
    m_search->setClearButtonEnabled(true);
    m_list->setModel(m_results);
    m_list->setUniformItemSizes(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kSearchDelayMs);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    setMinimumSize(320, 360);

    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &AddMembersDialog::search);
    connect(m_results, &UserListModel::checkedIdsChanged, this, &AddMembersDialog::updateButtons);
    // Space ticks the current row (the view's default); Enter in the list ticks too.
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        const bool checked = index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
        m_results->setData(index, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    updateButtons();
}

AddMembersDialog::~AddMembersDialog() = default;

QList<qint64> AddMembersDialog::selectedIds() const
{
    return m_results->checkedIds();
}

void AddMembersDialog::search()
{
    const QString query = m_search->text().trimmed();
    m_lastQuery = query;
    if (query.isEmpty() || !m_session) {
        m_results->setUsers({});
        m_statusKind = Status::Idle;
        retranslateUi();
        return;
    }
    m_statusKind = Status::Searching;
    retranslateUi();
    m_session->searchUsers(query, [this, guard = QPointer<AddMembersDialog>(this),
                                   query](const QList<model::User> &users) {
        if (guard)
            showResults(query, users);
    });
}

void AddMembersDialog::showResults(const QString &query, const QList<model::User> &users)
{
    if (query != m_lastQuery || !m_session)
        return; // an answer to a search the user already typed past
    const client::ClientState *state = m_session->state();
    QList<model::User> candidates;
    for (const model::User &user : users) {
        if (user.id != state->me().id && !state->member(m_conversationId, user.id))
            candidates.append(user);
    }
    m_results->setUsers(candidates);
    m_statusKind = candidates.isEmpty() ? Status::NothingFound : Status::Found;
    retranslateUi();
}

void AddMembersDialog::updateButtons()
{
    const int count = int(selectedIds().size());
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(count > 0);
    // One has its own text so English reads right without an English .qm file.
    if (count == 0)
        ok->setText(tr("Add"));
    else
        ok->setText(englishPlural(tr("Add %n (person|people)", nullptr, count), count));
    ok->setAccessibleName(ok->text());
}

void AddMembersDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AddMembersDialog::retranslateUi()
{
    setWindowTitle(tr("Add people"));
    m_search->setPlaceholderText(tr("Search by name or user name"));
    m_search->setAccessibleName(tr("Search people"));
    m_list->setAccessibleName(tr("People found"));
    m_list->setAccessibleDescription(tr("Tick everyone you want to add, then choose Add."));
    m_status->setAccessibleName(tr("Search status"));
    switch (m_statusKind) {
    case Status::Idle:
        m_status->setText(tr("Type a name to find people."));
        break;
    case Status::Searching:
        m_status->setText(tr("Searching…"));
        break;
    case Status::NothingFound:
        m_status->setText(tr("No one found who is not already here."));
        break;
    case Status::Found:
        m_status->setText(tr("Tick everyone you want to add."));
        break;
    }
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    updateButtons();
}

} // namespace confab::ui
