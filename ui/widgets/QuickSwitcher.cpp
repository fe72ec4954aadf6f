#include "widgets/QuickSwitcher.h"

#include <QEvent>
#include <QFrame>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace confab::ui {

namespace {

constexpr int PopupWidth = 480;
constexpr int VisibleRows = 9;

} // namespace

QuickSwitcher::QuickSwitcher(QWidget *parent)
    : QDialog(parent, Qt::Popup | Qt::FramelessWindowHint)
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_emptyLabel(new QLabel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("quickSwitcher"));
    m_search->setObjectName(QStringLiteral("quickSwitcherSearch"));
    m_list->setObjectName(QStringLiteral("quickSwitcherList"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterRole(Qt::DisplayRole);
    m_list->setModel(m_proxy);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setFocusPolicy(Qt::NoFocus); // typing always goes to the search field
    m_list->setMinimumHeight(m_list->fontMetrics().lineSpacing() * VisibleRows);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyLabel->hide();
    // The hint sits inside the empty list rather than below it.
    auto *overlay = new QVBoxLayout(m_list->viewport());
    overlay->addWidget(m_emptyLabel);

    // A popup has no window frame; this panel gives it an edge against what lies below.
    auto *panel = new QFrame(this);
    panel->setFrameShape(QFrame::StyledPanel);
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(8, 8, 8, 8);
    panelLayout->setSpacing(6);
    panelLayout->addWidget(m_search);
    panelLayout->addWidget(m_list, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(panel);
    setFixedWidth(PopupWidth);

    connect(m_search, &QLineEdit::textChanged, this, &QuickSwitcher::onFilterChanged);
    connect(m_list, &QListView::clicked, this, &QuickSwitcher::chooseIndex);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &QuickSwitcher::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &QuickSwitcher::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &QuickSwitcher::updateEmptyState);

    retranslateUi();
}

void QuickSwitcher::setSourceModel(QAbstractItemModel *model)
{
    m_proxy->setSourceModel(model);
    onFilterChanged(m_search->text());
}

QString QuickSwitcher::filterText() const
{
    return m_search->text();
}

void QuickSwitcher::popup()
{
    show();
    raise();
    activateWindow();
}

void QuickSwitcher::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    placeOverParent(); // here, so open() and exec() place it too
    m_search->setFocus();
    m_search->selectAll();
}

void QuickSwitcher::placeOverParent()
{
    const QWidget *window = parentWidget() ? parentWidget()->window() : nullptr;
    if (!window)
        return;
    const QRect frame = window->geometry();
    adjustSize();
    move(frame.center().x() - width() / 2, frame.top() + frame.height() / 6);
}

void QuickSwitcher::onFilterChanged(const QString &text)
{
    m_proxy->setFilterFixedString(text.trimmed());
    // The best guess is always selected, so Enter alone opens it.
    m_list->setCurrentIndex(m_proxy->index(0, 0));
    updateEmptyState();
}

void QuickSwitcher::updateEmptyState()
{
    const bool empty = m_proxy->rowCount() == 0;
    m_emptyLabel->setVisible(empty);
    if (!empty && !m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_proxy->index(0, 0));
}

bool QuickSwitcher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_search || event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    switch (key->key()) {
    case Qt::Key_Down:
        moveSelection(1);
        return true;
    case Qt::Key_Up:
        moveSelection(-1);
        return true;
    case Qt::Key_PageDown:
        moveSelection(VisibleRows - 1);
        return true;
    case Qt::Key_PageUp:
        moveSelection(-(VisibleRows - 1));
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        chooseCurrent();
        return true;
    case Qt::Key_Escape:
        reject();
        return true;
    default:
        return QDialog::eventFilter(watched, event);
    }
}

void QuickSwitcher::moveSelection(int delta)
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return;
    const int current = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
    const int next = qBound(0, current + delta, rows - 1);
    m_list->setCurrentIndex(m_proxy->index(next, 0));
}

void QuickSwitcher::chooseCurrent()
{
    chooseIndex(m_list->currentIndex());
}

void QuickSwitcher::chooseIndex(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    bool ok = false;
    const qint64 id = index.data(m_idRole).toLongLong(&ok);
    if (!ok)
        return;
    accept();
    Q_EMIT conversationChosen(id);
}

void QuickSwitcher::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void QuickSwitcher::retranslateUi()
{
    setAccessibleName(tr("Quick switcher"));
    m_search->setPlaceholderText(tr("Jump to a conversation…"));
    m_search->setAccessibleName(tr("Conversation name"));
    m_search->setAccessibleDescription(
        tr("Type part of a name. Up and Down pick a match, Enter opens it, Escape closes."));
    m_list->setAccessibleName(tr("Matching conversations"));
    m_emptyLabel->setText(tr("No conversation matches."));
}

} // namespace confab::ui
