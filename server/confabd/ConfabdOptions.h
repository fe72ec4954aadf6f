#pragma once

#include "DaemonSettings.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace confab::server {

enum class ConfabdCommand { Serve, Help, Version, UserAdd, UserList, UserPasswd, UserDisable };

struct ConfabdOptions
{
    ConfabdCommand command = ConfabdCommand::Serve;
    DaemonSettings settings;
    QString userName;    // user add / passwd / disable
    QString displayName; // user add; the user name when not given
    QString configFile;  // the INI file that was read, if any
};

struct ParsedOptions
{
    ConfabdOptions options;
    QString error; // one line; empty when `options` is usable
};

// Turns the command line (arguments[0] is the program) into what to do and the settings to
// do it with: built-in defaults, overridden by the [server] group of the config file
// (--config or CONFAB_CONFIG), overridden by CONFAB_* environment variables, overridden by
// command-line options. Everything is checked here, so a typo fails before anything starts.
// Never prints and never exits.
ParsedOptions parseConfabdOptions(const QStringList &arguments,
                                  const QProcessEnvironment &environment);

QString confabdHelpText();
QString confabdVersion();

} // namespace confab::server
