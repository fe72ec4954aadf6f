#pragma once

#include <QList>
#include <QString>

namespace confab::server {

// A deliberately small INI reader: `[group]` lines, `key = value` lines, and whole-line
// comments starting with # or ;. Values are taken verbatim (trimmed, optional surrounding
// double quotes removed). Unlike QSettings it reports the line of every problem and never
// turns "a, b" into a list behind the caller's back.
struct IniEntry
{
    QString group;
    QString key;
    QString value;
    int line = 0;
};

struct IniFile
{
    QList<IniEntry> entries;
    QString error; // empty when the file was read and parsed

    static IniFile read(const QString &path);
    static IniFile parse(const QString &text, const QString &path);
};

} // namespace confab::server
