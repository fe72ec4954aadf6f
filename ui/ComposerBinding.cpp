#include "ComposerBinding.h"

#include "TimelineScroller.h"
#include "client/ClientSession.h"
#include "panels/InlineError.h"
#include "widgets/Composer.h"

#include <utility>

namespace confab::ui {

void bindComposer(Composer *composer, client::ClientSession *session, InlineError *errorLine,
                  TimelineScroller *scroller, LastOwnMessageFinder lastOwnMessage)
{
    QObject::connect(composer, &Composer::sendRequested, composer,
                     [composer, session, errorLine, scroller](const QString &text,
                                                              std::optional<qint64> parentId) {
                         if (composer->conversation() == 0)
                             return;
                         errorLine->clearError();
                         session->sendMessage(composer->conversation(), text, parentId);
                         scroller->scrollToBottom(); // what I just wrote is what I want to see
                     });
    QObject::connect(composer, &Composer::editLastRequested, composer,
                     [composer, finder = std::move(lastOwnMessage)] {
                         if (const std::optional<model::Message> last = finder())
                             composer->beginEdit(last->id, last->content);
                     });
    QObject::connect(composer, &Composer::editSubmitted, composer,
                     [composer, session, errorLine](qint64 messageId, const QString &text) {
                         errorLine->expect(QStringLiteral("edit"));
                         session->editMessage(composer->conversation(), messageId, text);
                     });
    // The composer reports the end of typing while it still names the conversation it was in.
    QObject::connect(composer, &Composer::typingChanged, composer,
                     [composer, session](bool typing) {
                         if (composer->conversation() != 0)
                             session->setTyping(composer->conversation(), typing);
                     });
}

} // namespace confab::ui
