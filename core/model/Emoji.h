#pragma once

#include <QString>

namespace confab::model {

// Whether `text` is exactly one emoji: a single extended grapheme cluster (UAX #29) that is an
// emoji by Unicode's emoji properties. Accepted: a pictograph with an optional variation
// selector and skin tone (👍, ❤️, 👍🏽), ZWJ sequences of those (👨‍👩‍👧, ❤️‍🔥),
// flags (🇩🇪), keycaps (1️⃣) and tag sequences (🏴󠁧󠁢󠁳󠁣󠁴󠁿). Refused: letters,
// digits, words, white space, two emoji. Reactions must be one: the server refuses anything else,
// and the client before sending.
bool isSingleEmoji(const QString &text);

} // namespace confab::model
