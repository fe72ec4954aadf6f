#pragma once

#include <QString>

namespace confab::model {

// Whether `text` is exactly one emoji: a single extended grapheme cluster (UAX #29) that is an
// emoji by Unicode's emoji properties. Accepted: a pictograph with an optional variation
// selector and skin tone (thumbs up, red heart with U+FE0F, thumbs up with a skin tone), ZWJ
// sequences of those (a family, heart on fire), flags (two regional indicators), keycaps
// (digit, U+FE0F, U+20E3) and tag sequences (the flag of Scotland). Refused: letters, digits,
// words, white space, two emoji. Reactions must be one: the server refuses anything else, and
// the client before sending. (Examples in words: clang-format counts emoji columns unstably.)
bool isSingleEmoji(const QString &text);

} // namespace confab::model
