#pragma once

#include "model/Message.h"

#include <functional>
#include <optional>

namespace confab::client {
class ClientSession;
}

namespace confab::ui {

class Composer;
class InlineError;
class TimelineScroller;

// Finds the message that Up in an empty composer edits: the user's last own one where the
// composer writes, or nullopt.
using LastOwnMessageFinder = std::function<std::optional<model::Message>()>;

// Turns what the user does in `composer` into session calls for the conversation the composer
// is in: sending (then scrolling `scroller` to the newest message), editing, Up to edit the
// last own message, and typing. `errorLine` is cleared on send and told to expect the outcome
// of an edit. Shared by the conversation view and the thread pane so both composers talk to
// the server the same way. The connections live as long as the composer.
void bindComposer(Composer *composer, client::ClientSession *session, InlineError *errorLine,
                  TimelineScroller *scroller, LastOwnMessageFinder lastOwnMessage);

} // namespace confab::ui
