#pragma once

#include "ServerConfig.h"
#include "auth/PasswordHasher.h"

#include <QLatin1StringView>
#include <QList>
#include <QString>

namespace confab::server {

// What confabd runs with: the server's configuration plus the cost of password hashing,
// which the daemon chooses for both the server and the admin commands.
struct DaemonSettings
{
    ServerConfig server;
    PasswordHashCost hashCost = PasswordHashCost::interactive();
};

// One setting. Its name is the key in the config file's [server] group; the environment
// variable is CONFAB_<NAME IN UPPER CASE>; the command-line option, where there is one,
// is --<name with dashes>. Keeping the three together means they cannot drift apart.
struct SettingKey
{
    QLatin1StringView name;
    bool inConfigFile = true;
    bool isPath = false;            // relative values in a config file resolve against its folder
    QLatin1StringView cliValueName; // empty: no command-line option
    QLatin1StringView cliHelp;
    // Checks a textual value and stores it; returns what is wrong with it, empty when fine.
    QString (*apply)(DaemonSettings &settings, const QString &value) = nullptr;

    bool hasCliOption() const { return !cliValueName.isEmpty(); }
    QString envName() const;
    QString cliName() const;
};

const QList<SettingKey> &settingKeys();
// The setting called `name` that a config file may hold, or null.
const SettingKey *findConfigFileKey(QStringView name);

} // namespace confab::server
