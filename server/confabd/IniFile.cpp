#include "IniFile.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace confab::server {

namespace {
QString unquote(const QString &value)
{
    if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
        return value.mid(1, value.size() - 2);
    return value;
}
} // namespace

IniFile IniFile::read(const QString &path)
{
    IniFile result;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.error = QStringLiteral("config file %1 does not exist").arg(path);
        return result;
    }
    if (info.isDir()) {
        result.error = QStringLiteral("config file %1 is a directory").arg(path);
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        result.error =
            QStringLiteral("cannot read config file %1: %2").arg(path, file.errorString());
        return result;
    }
    QString text = QString::fromUtf8(file.readAll());
    // Editors on Windows like to start UTF-8 files with a byte order mark.
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return parse(text, path);
}

IniFile IniFile::parse(const QString &text, const QString &path)
{
    IniFile result;
    QString group;
    QSet<QString> seen;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const int lineNumber = int(index + 1);
        const QString line = lines.at(index).trimmed();
        const auto fail = [&](const QString &problem) {
            result.entries.clear();
            result.error = QStringLiteral("%1 line %2: %3").arg(path).arg(lineNumber).arg(problem);
            return result;
        };
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) ||
            line.startsWith(QLatin1Char(';')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            if (!line.endsWith(QLatin1Char(']')) || line.size() < 3)
                return fail(QStringLiteral("malformed group header %1").arg(line));
            group = line.mid(1, line.size() - 2).trimmed();
            continue;
        }
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return fail(QStringLiteral("expected key = value"));
        const QString key = line.left(equals).trimmed();
        const QString qualified = group + QLatin1Char('/') + key;
        if (seen.contains(qualified))
            return fail(QStringLiteral("%1 is set twice").arg(key));
        seen.insert(qualified);
        result.entries.append({group, key, unquote(line.mid(equals + 1).trimmed()), lineNumber});
    }
    return result;
}

} // namespace confab::server
