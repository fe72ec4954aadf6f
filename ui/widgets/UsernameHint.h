#pragma once

#include <QString>

namespace confab::ui {

// User names are lowercase on every server: "Ada" can only have meant "ada".
QString storedUsername(const QString &typed);

// The line under a user name field: the name that will really be used when it differs from what
// was typed (instead of changing the text behind the user's back), the rules while creating an
// account, nothing otherwise.
QString usernameHintText(const QString &typed, bool creating);

} // namespace confab::ui
