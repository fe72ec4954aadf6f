#include "panels/PanelHeader.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace confab::ui {

PanelHeader::PanelHeader(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("panelHeader"));
    m_title->setObjectName(QStringLiteral("panelTitle"));
    m_close->setObjectName(QStringLiteral("panelCloseButton"));
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->hide();
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));

    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 6, 8);
    layout->addLayout(titles, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_close, &QToolButton::clicked, this, &PanelHeader::closeRequested);
    retranslateUi();
}

void PanelHeader::setTitle(const QString &title)
{
    m_title->setText(title);
    m_title->setAccessibleName(title);
    retranslateUi(); // the close button names the panel
}

QString PanelHeader::title() const
{
    return m_title->text();
}

void PanelHeader::setSubtitle(const QString &subtitle)
{
    m_subtitle->setText(subtitle);
    m_subtitle->setAccessibleName(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
}

void PanelHeader::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PanelHeader::retranslateUi()
{
    m_close->setToolTip(tr("Close (Esc)"));
    if (title().isEmpty()) {
        m_close->setAccessibleName(tr("Close panel"));
    } else {
        //: %1 is the title of the side panel, e.g. "Thread".
        m_close->setAccessibleName(tr("Close %1").arg(title()));
    }
}

} // namespace confab::ui
