#include "model/Emoji.h"

#include <QList>
#include <QTextBoundaryFinder>
#include <algorithm>
#include <array>
#include <utility>

namespace confab::model {

namespace {

// Unicode's Extended_Pictographic property (emoji-data.txt, Unicode 14), as ranges. It covers
// every emoji base, including those unassigned yet (so a newer emoji is not refused) and
// leaves out skin tones, keycap bases and regional indicators, which are handled apart.
constexpr std::array<std::pair<char32_t, char32_t>, 78> kExtendedPictographic{{
    {0x00A9, 0x00A9},   {0x00AE, 0x00AE},   {0x203C, 0x203C},   {0x2049, 0x2049},
    {0x2122, 0x2122},   {0x2139, 0x2139},   {0x2194, 0x2199},   {0x21A9, 0x21AA},
    {0x231A, 0x231B},   {0x2328, 0x2328},   {0x2388, 0x2388},   {0x23CF, 0x23CF},
    {0x23E9, 0x23F3},   {0x23F8, 0x23FA},   {0x24C2, 0x24C2},   {0x25AA, 0x25AB},
    {0x25B6, 0x25B6},   {0x25C0, 0x25C0},   {0x25FB, 0x25FE},   {0x2600, 0x2605},
    {0x2607, 0x2612},   {0x2614, 0x2685},   {0x2690, 0x2705},   {0x2708, 0x2712},
    {0x2714, 0x2714},   {0x2716, 0x2716},   {0x271D, 0x271D},   {0x2721, 0x2721},
    {0x2728, 0x2728},   {0x2733, 0x2734},   {0x2744, 0x2744},   {0x2747, 0x2747},
    {0x274C, 0x274C},   {0x274E, 0x274E},   {0x2753, 0x2755},   {0x2757, 0x2757},
    {0x2763, 0x2767},   {0x2795, 0x2797},   {0x27A1, 0x27A1},   {0x27B0, 0x27B0},
    {0x27BF, 0x27BF},   {0x2934, 0x2935},   {0x2B05, 0x2B07},   {0x2B1B, 0x2B1C},
    {0x2B50, 0x2B50},   {0x2B55, 0x2B55},   {0x3030, 0x3030},   {0x303D, 0x303D},
    {0x3297, 0x3297},   {0x3299, 0x3299},   {0x1F000, 0x1F0FF}, {0x1F10D, 0x1F10F},
    {0x1F12F, 0x1F12F}, {0x1F16C, 0x1F171}, {0x1F17E, 0x1F17F}, {0x1F18E, 0x1F18E},
    {0x1F191, 0x1F19A}, {0x1F1AD, 0x1F1E5}, {0x1F201, 0x1F20F}, {0x1F21A, 0x1F21A},
    {0x1F22F, 0x1F22F}, {0x1F232, 0x1F23A}, {0x1F23C, 0x1F23F}, {0x1F249, 0x1F3FA},
    {0x1F400, 0x1F53D}, {0x1F546, 0x1F64F}, {0x1F680, 0x1F6FF}, {0x1F774, 0x1F77F},
    {0x1F7D5, 0x1F7FF}, {0x1F80C, 0x1F80F}, {0x1F848, 0x1F84F}, {0x1F85A, 0x1F85F},
    {0x1F888, 0x1F88F}, {0x1F8AE, 0x1F8FF}, {0x1F90C, 0x1F93A}, {0x1F93C, 0x1F945},
    {0x1F947, 0x1FAFF}, {0x1FC00, 0x1FFFD},
}};

constexpr char32_t kZeroWidthJoiner = 0x200D;
constexpr char32_t kTextStyle = 0xFE0E;
constexpr char32_t kEmojiStyle = 0xFE0F; // VS16
constexpr char32_t kKeycap = 0x20E3;
constexpr char32_t kBlackFlag = 0x1F3F4;
constexpr char32_t kCancelTag = 0xE007F;

bool isPictographic(char32_t c)
{
    const auto it =
        std::upper_bound(kExtendedPictographic.cbegin(), kExtendedPictographic.cend(), c,
                         [](char32_t value, const std::pair<char32_t, char32_t> &range) {
                             return value < range.first;
                         });
    return it != kExtendedPictographic.cbegin() && c <= std::prev(it)->second;
}

bool isSkinTone(char32_t c)
{
    return c >= 0x1F3FB && c <= 0x1F3FF;
}

bool isRegionalIndicator(char32_t c)
{
    return c >= 0x1F1E6 && c <= 0x1F1FF;
}

bool isTag(char32_t c)
{
    return c >= 0xE0020 && c <= 0xE007E;
}

bool isKeycapBase(char32_t c)
{
    return (c >= U'0' && c <= U'9') || c == U'#' || c == U'*';
}

// 🇩🇪: exactly two regional indicators.
bool isFlag(const QList<char32_t> &cps)
{
    return cps.size() == 2 && isRegionalIndicator(cps[0]) && isRegionalIndicator(cps[1]);
}

// 1️⃣: a digit, # or *, an optional VS16, and the combining keycap.
bool isKeycapSequence(const QList<char32_t> &cps)
{
    if (cps.size() == 2)
        return isKeycapBase(cps[0]) && cps[1] == kKeycap;
    return cps.size() == 3 && isKeycapBase(cps[0]) && cps[1] == kEmojiStyle && cps[2] == kKeycap;
}

// 🏴󠁧󠁢󠁳󠁣󠁴󠁿: the black flag, tag characters, and the cancel tag.
bool isTagSequence(const QList<char32_t> &cps)
{
    if (cps.size() < 3 || cps.first() != kBlackFlag || cps.last() != kCancelTag)
        return false;
    return std::all_of(cps.cbegin() + 1, cps.cend() - 1, isTag);
}

// One element of a ZWJ sequence from `i`: a pictograph (or a lone skin tone), then an optional
// variation selector and skin tone, in either order as keyboards send them. Returns the index
// after it, or -1.
qsizetype endOfElement(const QList<char32_t> &cps, qsizetype i)
{
    if (i >= cps.size() || !(isPictographic(cps[i]) || isSkinTone(cps[i])))
        return -1;
    ++i;
    bool style = false;
    bool tone = false;
    while (i < cps.size()) {
        const char32_t c = cps[i];
        if (!style && (c == kEmojiStyle || c == kTextStyle))
            style = true;
        else if (!tone && isSkinTone(c))
            tone = true;
        else
            break;
        ++i;
    }
    return i;
}

// 👍, ❤️, 👍🏽, 👨‍👩‍👧: elements joined by ZWJ.
bool isPictographicSequence(const QList<char32_t> &cps)
{
    qsizetype i = endOfElement(cps, 0);
    while (i > 0 && i < cps.size()) {
        if (cps[i] != kZeroWidthJoiner)
            return false;
        i = endOfElement(cps, i + 1);
    }
    return i == cps.size();
}

bool isOneGrapheme(const QString &text)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    return finder.toNextBoundary() == text.size();
}

} // namespace

bool isSingleEmoji(const QString &text)
{
    if (text.isEmpty() || !isOneGrapheme(text))
        return false;
    const QList<uint> ucs4 = text.toUcs4();
    const QList<char32_t> cps(ucs4.cbegin(), ucs4.cend());
    return isFlag(cps) || isKeycapSequence(cps) || isTagSequence(cps) ||
           isPictographicSequence(cps);
}

} // namespace confab::model
