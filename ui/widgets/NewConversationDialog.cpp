#include "widgets/NewConversationDialog.h"

#include "model/Conversation.h"
#include "widgets/ErrorTexts.h"

#include <QAbstractItemModel>
#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>
#include <utility>

namespace confab::ui {

namespace {

constexpr int SearchDebounceMs = 250;
constexpr qsizetype MaxTitleLength = model::Conversation::MaxTitleLength;

} // namespace

NewConversationDialog::NewConversationDialog(QWidget *parent)
    : QDialog(parent)
    , m_directRadio(new QRadioButton(this))
    , m_groupRadio(new QRadioButton(this))
    , m_titleLabel(new QLabel(this))
    , m_titleEdit(new QLineEdit(this))
    , m_searchLabel(new QLabel(this))
    , m_searchEdit(new QLineEdit(this))
    , m_resultsView(new QListView(this))
    , m_emptyLabel(new QLabel(this))
    , m_summaryLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_searchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("newConversationDialog"));
    m_directRadio->setObjectName(QStringLiteral("directRadio"));
    m_groupRadio->setObjectName(QStringLiteral("groupRadio"));
    m_titleEdit->setObjectName(QStringLiteral("groupTitleEdit"));
    m_searchEdit->setObjectName(QStringLiteral("peopleSearchEdit"));
    m_resultsView->setObjectName(QStringLiteral("peopleResults"));
    m_errorLabel->setObjectName(QStringLiteral("newConversationError"));
    m_directRadio->setChecked(true);
    auto *kindGroup = new QButtonGroup(this);
    kindGroup->addButton(m_directRadio);
    kindGroup->addButton(m_groupRadio);

    m_titleEdit->setMaxLength(int(MaxTitleLength));
    m_titleLabel->setBuddy(m_titleEdit);
    m_searchLabel->setBuddy(m_searchEdit);
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->installEventFilter(this);
    m_resultsView->installEventFilter(this);
    m_resultsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resultsView->setUniformItemSizes(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    // The hint sits inside the empty list rather than below it.
    auto *overlay = new QVBoxLayout(m_resultsView->viewport());
    overlay->addWidget(m_emptyLabel);
    m_summaryLabel->setWordWrap(true);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    m_startButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_startButton->setObjectName(QStringLiteral("startButton"));
    m_startButton->setDefault(true);

    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_directRadio);
    kindRow->addWidget(m_groupRadio);
    kindRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(kindRow);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_titleEdit);
    layout->addWidget(m_searchLabel);
    layout->addWidget(m_searchEdit);
    layout->addWidget(m_resultsView, 1);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);
    setMinimumSize(420, 460);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDebounceMs);
    connect(m_searchTimer, &QTimer::timeout, this, &NewConversationDialog::flushSearch);
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        clearProblem();
        // Nothing to search for is not a search: keep the last results and stay quiet.
        if (text.trimmed().isEmpty())
            m_searchTimer->stop();
        else
            m_searchTimer->start();
    });
    connect(m_titleEdit, &QLineEdit::textChanged, this, &NewConversationDialog::clearProblem);
    connect(m_groupRadio, &QRadioButton::toggled, this,
            [this](bool group) { setKind(group ? Kind::Group : Kind::Direct); });
    connect(m_resultsView, &QListView::activated, this, &NewConversationDialog::onActivated);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewConversationDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewConversationDialog::reject);

    retranslateUi();
    updateKindUi();
}

// --- model ---

void NewConversationDialog::setResultsModel(QAbstractItemModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_resultsView->setModel(model);
    if (!model)
        return;
    connect(m_resultsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &NewConversationDialog::onHighlightChanged);
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight,
                   const QList<int> &roles) {
                if (roles.isEmpty() || roles.contains(Qt::CheckStateRole))
                    onCheckStatesChanged(topLeft.row(), bottomRight.row());
            });
    // New results show who is already chosen.
    connect(model, &QAbstractItemModel::modelReset, this, &NewConversationDialog::syncCheckStates);
    connect(model, &QAbstractItemModel::rowsInserted, this,
            &NewConversationDialog::syncCheckStates);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &NewConversationDialog::updateSummary);
    syncCheckStates();
}

void NewConversationDialog::onCheckStatesChanged(int firstRow, int lastRow)
{
    for (int row = firstRow; row <= lastRow; ++row) {
        const QModelIndex index = m_model->index(row, 0);
        const qint64 id = index.data(m_idRole).toLongLong();
        const bool checked = index.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked;
        if (checked == m_selected.contains(id))
            continue;
        clearProblem();
        if (!checked) {
            m_selected.removeAll(id);
            // Unchecking the highlighted row is a "no": it must not count as chosen by its
            // highlight.
            if (highlightedRow().row() == row)
                m_resultsView->selectionModel()->clearSelection();
            continue;
        }
        m_selected.append(id);
        m_names.insert(id, index.data(Qt::DisplayRole).toString());
        // A direct conversation has one other person: checking someone replaces the choice.
        if (m_kind == Kind::Direct) {
            const QList<qint64> others = m_selected.mid(0, m_selected.size() - 1);
            m_selected = {id};
            for (int other = 0; other < m_model->rowCount(); ++other)
                if (others.contains(m_model->index(other, 0).data(m_idRole).toLongLong()))
                    setChecked(other, false);
        }
    }
    updateSummary();
}

void NewConversationDialog::setChecked(int row, bool checked)
{
    m_model->setData(m_model->index(row, 0), checked ? Qt::Checked : Qt::Unchecked,
                     Qt::CheckStateRole);
}

void NewConversationDialog::syncCheckStates()
{
    if (!m_model)
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        const qint64 id = index.data(m_idRole).toLongLong();
        const bool checked = index.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked;
        if (m_selected.contains(id) && !checked)
            setChecked(row, true);
        else if (checked && !m_selected.contains(id))
            onCheckStatesChanged(row, row);
    }
    updateSummary();
}

void NewConversationDialog::onActivated(const QModelIndex &index)
{
    chooseRow(index);
}

void NewConversationDialog::chooseRow(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    setChecked(index.row(), true);
    const qint64 id = index.data(m_idRole).toLongLong();
    if (!m_selected.contains(id)) { // the model may not be checkable
        if (m_kind == Kind::Direct)
            m_selected.clear();
        m_selected.append(id);
        m_names.insert(id, index.data(Qt::DisplayRole).toString());
        updateSummary();
    }
    if (m_kind == Kind::Direct) {
        start(); // one person is the whole choice
        return;
    }
    // Ready for the next name.
    m_searchEdit->setFocus(Qt::OtherFocusReason);
    m_searchEdit->selectAll();
}

QModelIndex NewConversationDialog::highlightedRow() const
{
    const QItemSelectionModel *selection = m_resultsView->selectionModel();
    return selection ? selection->selectedIndexes().value(0) : QModelIndex();
}

QModelIndex NewConversationDialog::rowToChoose() const
{
    const QModelIndex highlighted = highlightedRow();
    if (highlighted.isValid() || !m_model || m_model->rowCount() != 1)
        return highlighted;
    return m_model->index(0, 0);
}

void NewConversationDialog::onHighlightChanged()
{
    const QModelIndex highlighted = highlightedRow();
    if (highlighted.isValid()) {
        const qint64 id = highlighted.data(m_idRole).toLongLong();
        m_names.insert(id, highlighted.data(Qt::DisplayRole).toString());
        // A direct conversation has one other person: highlighting someone new replaces the
        // checked one rather than leaving two candidates.
        if (m_kind == Kind::Direct && !m_selected.contains(id)) {
            const QList<qint64> others = std::exchange(m_selected, {});
            for (int row = 0; row < m_model->rowCount(); ++row)
                if (others.contains(m_model->index(row, 0).data(m_idRole).toLongLong()))
                    setChecked(row, false);
        }
    }
    clearProblem();
    updateSummary();
}

QList<qint64> NewConversationDialog::chosenIds() const
{
    QList<qint64> chosen = m_selected;
    const QModelIndex highlighted = highlightedRow();
    if (!highlighted.isValid())
        return chosen;
    // Clicking a name highlights it; people mean that as a choice, checked or not.
    const qint64 id = highlighted.data(m_idRole).toLongLong();
    if (m_kind == Kind::Direct && chosen.isEmpty())
        chosen = {id};
    else if (m_kind == Kind::Group && !chosen.contains(id))
        chosen.append(id);
    return chosen;
}

void NewConversationDialog::clearProblem()
{
    // An error about an earlier attempt is stale once the user changes what they chose.
    if (m_problem == Problem::None && m_errorReason.isEmpty())
        return;
    m_problem = Problem::None;
    m_errorReason.clear();
    updateSummary();
}

// --- kind, search, start ---

void NewConversationDialog::setKind(Kind kind)
{
    {
        const QSignalBlocker blocker(m_groupRadio);
        m_groupRadio->setChecked(kind == Kind::Group);
        m_directRadio->setChecked(kind == Kind::Direct);
    }
    if (kind == m_kind)
        return;
    m_kind = kind;
    m_problem = Problem::None;
    m_errorReason.clear();
    updateKindUi();
}

void NewConversationDialog::flushSearch()
{
    m_searchTimer->stop();
    const QString text = m_searchEdit->text().trimmed();
    if (text.isEmpty())
        return;
    m_searched = true;
    Q_EMIT searchRequested(text);
    updateSummary();
}

bool NewConversationDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_searchEdit && searchKeyPressed(key))
            return true;
        // Enter on a result chooses it, and must not also press "Start".
        if (watched == m_resultsView &&
            (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            chooseRow(m_resultsView->currentIndex());
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

bool NewConversationDialog::searchKeyPressed(const QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        // Text typed since the last search is searched first; otherwise Enter picks the
        // highlighted or only result. It never presses "Start" by itself.
        const QModelIndex row = rowToChoose();
        if (m_searchTimer->isActive() || !row.isValid())
            flushSearch();
        else
            chooseRow(row);
        return true;
    }
    case Qt::Key_Down:
        if (!m_model || m_model->rowCount() == 0)
            return false;
        if (!m_resultsView->currentIndex().isValid())
            m_resultsView->setCurrentIndex(m_model->index(0, 0));
        m_resultsView->setFocus(Qt::OtherFocusReason);
        return true;
    default:
        return false;
    }
}

void NewConversationDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Finding the person is the first thing to do, whichever kind is chosen.
    m_searchEdit->setFocus(Qt::OtherFocusReason);
}

NewConversationDialog::Problem NewConversationDialog::validate() const
{
    const QList<qint64> chosen = chosenIds();
    if (m_kind == Kind::Direct) {
        if (chosen.isEmpty())
            return Problem::NoPerson;
        return chosen.size() > 1 ? Problem::TooManyPeople : Problem::None;
    }
    const QString title = m_titleEdit->text().trimmed();
    if (title.isEmpty())
        return Problem::NoTitle;
    if (title.size() > MaxTitleLength)
        return Problem::TitleTooLong;
    return chosen.isEmpty() ? Problem::NoMembers : Problem::None;
}

void NewConversationDialog::start()
{
    if (m_busy)
        return;
    m_errorReason.clear();
    m_problem = validate();
    updateSummary();
    if (m_problem != Problem::None) {
        (m_problem == Problem::NoTitle || m_problem == Problem::TitleTooLong ? m_titleEdit
                                                                             : m_searchEdit)
            ->setFocus();
        return;
    }
    const QList<qint64> chosen = chosenIds();
    if (m_kind == Kind::Direct)
        Q_EMIT createDirectRequested(chosen.constFirst());
    else
        Q_EMIT createGroupRequested(m_titleEdit->text().trimmed(), chosen);
}

void NewConversationDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_startButton->setEnabled(!busy);
    m_directRadio->setEnabled(!busy);
    m_groupRadio->setEnabled(!busy);
    m_titleEdit->setEnabled(!busy);
}

void NewConversationDialog::setError(const QString &reason)
{
    setBusy(false);
    m_problem = Problem::None;
    m_errorReason = reason;
    updateSummary();
}

QString NewConversationDialog::errorMessage() const
{
    return m_errorLabel->isVisibleTo(this) ? m_errorLabel->text() : QString();
}

QString NewConversationDialog::problemText(Problem problem) const
{
    switch (problem) {
    case Problem::None:
        break;
    case Problem::NoPerson:
        return tr("Choose the person to write to.");
    case Problem::TooManyPeople:
        return tr("A direct conversation is with one person. Choose one, or start a group.");
    case Problem::NoTitle:
        return tr("Give the group a name.");
    case Problem::TitleTooLong:
        return tr("A group name can have at most %1 characters.").arg(MaxTitleLength);
    case Problem::NoMembers:
        return tr("Add at least one person to the group.");
    }
    if (!m_errorReason.isEmpty())
        return errorText(m_errorReason, tr("Could not start the conversation."));
    return {};
}

// --- presentation ---

void NewConversationDialog::updateKindUi()
{
    const bool group = m_kind == Kind::Group;
    m_titleLabel->setVisible(group);
    m_titleEdit->setVisible(group);
    if (m_kind == Kind::Direct && m_selected.size() > 1) {
        // Keep the first choice; a direct conversation cannot have more.
        const QList<qint64> dropped = m_selected.mid(1);
        m_selected.resize(1);
        for (int row = 0; m_model && row < m_model->rowCount(); ++row)
            if (dropped.contains(m_model->index(row, 0).data(m_idRole).toLongLong()))
                setChecked(row, false);
    }
    retranslateUi();
}

void NewConversationDialog::updateSummary()
{
    QStringList names;
    const QList<qint64> chosen = chosenIds();
    for (qint64 id : chosen)
        names << m_names.value(id);
    m_summaryLabel->setText(names.isEmpty()
                                ? QString()
                                //: %1 lists the people chosen so far, e.g. "Ada, Bob and Eve".
                                : tr("Chosen: %1").arg(QLocale().createSeparatedList(names)));
    m_summaryLabel->setVisible(!names.isEmpty());

    const bool noRows = !m_model || m_model->rowCount() == 0;
    m_emptyLabel->setText(m_searched ? tr("No one found.")
                                     : tr("Search for people by their name or user name."));
    m_emptyLabel->setVisible(noRows);

    const QString error = problemText(m_problem);
    m_errorLabel->setText(error);
    QPalette errorPalette = palette();
    errorPalette.setColor(QPalette::WindowText, errorColor(palette()));
    m_errorLabel->setPalette(errorPalette);
    m_errorLabel->setVisible(!error.isEmpty());
}

void NewConversationDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        updateSummary();
}

void NewConversationDialog::retranslateUi()
{
    setWindowTitle(m_kind == Kind::Group ? tr("New Group") : tr("New Direct Message"));
    m_directRadio->setText(tr("&Direct message"));
    //: A conversation with several people.
    m_groupRadio->setText(tr("&Group"));
    m_titleLabel->setText(tr("Group &name:"));
    m_titleEdit->setPlaceholderText(tr("e.g. Release planning"));
    m_titleEdit->setAccessibleName(tr("Group name"));
    m_searchLabel->setText(m_kind == Kind::Group ? tr("&Add people:") : tr("&Write to:"));
    m_searchEdit->setPlaceholderText(tr("Search by name…"));
    m_searchEdit->setAccessibleName(tr("Search people"));
    m_searchEdit->setAccessibleDescription(
        tr("Type a name and press Enter to search. Enter on a single result chooses it; Down "
           "moves into the results."));
    m_titleEdit->setAccessibleDescription(tr("The name everyone in the group sees."));
    m_resultsView->setAccessibleName(tr("People found"));
    m_resultsView->setAccessibleDescription(
        m_kind == Kind::Group ? tr("Space or Enter adds the highlighted person to the group.")
                              : tr("Enter starts the conversation with the highlighted person."));
    //: Button: create the conversation.
    m_startButton->setText(tr("Start"));
    m_startButton->setAccessibleDescription(
        tr("Opens the conversation with the people chosen; Enter in the list does the same."));
    m_directRadio->setAccessibleDescription(tr("A private conversation with one person."));
    m_groupRadio->setAccessibleDescription(
        tr("A named conversation with several people; you can add more later."));
    updateSummary();
}

} // namespace confab::ui
