#pragma once

#include <QString>

namespace confab::server {

struct PasswordInput
{
    QString password;
    QString error; // empty when `password` was read
};

// Reads a new password from standard input. On a terminal it asks twice with echo off and
// checks that both agree; otherwise (a pipe, a file) it reads one line, so scripts can do
// `printf '%s\n' "$PW" | confabd user add alice`. Prompts go to stderr.
PasswordInput readNewPassword();

} // namespace confab::server
