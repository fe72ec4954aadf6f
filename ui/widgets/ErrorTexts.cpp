#include "widgets/ErrorTexts.h"

#include <QCoreApplication>

namespace confab::ui {

namespace {

// Gives the texts below one translation context, "ErrorTexts", for every caller.
class ErrorTexts
{
    Q_DECLARE_TR_FUNCTIONS(ErrorTexts)

public:
    static QString textFor(const QString &reason);
    static QString generic() { return tr("Something went wrong. Please try again."); }
};

QString ErrorTexts::textFor(const QString &reason)
{
    // A switch over strings would need a map anyway; the chain keeps each text next to its code.
    if (reason == u"invalid_credentials")
        return tr("The user name or password is not correct.");
    if (reason == u"conflict")
        return tr("That user name is taken. Please choose another one.");
    if (reason == u"rate_limited")
        return tr("Too many attempts. Please wait a moment and try again.");
    if (reason == u"network")
        return tr("Cannot reach the server. Check the address and your connection.");
    if (reason == u"forbidden")
        return tr("You are not allowed to do that on this server.");
    if (reason == u"unauthorized")
        return tr("Your session has ended. Please sign in again.");
    if (reason == u"not_found")
        return tr("This no longer exists, or you do not have access to it.");
    if (reason == u"invalid")
        return tr("The server did not accept this. Please check what you entered.");
    if (reason == u"too_large")
        return tr("This is too large to send.");
    if (reason == u"archived")
        return tr("This conversation is archived. Nothing can be changed in it.");
    if (reason == u"internal")
        return tr("The server ran into a problem. Please try again later.");
    if (reason == u"timeout")
        return tr("The server took too long to answer. Please try again.");
    if (reason == u"disconnected")
        return tr("The connection to the server was lost. Please try again.");
    if (reason == u"not_joined" || reason == u"unmatched_topic")
        //: The client is not (yet) subscribed to the conversation it tried to act on.
        return tr("Not connected to this conversation yet. Please try again in a moment.");
    if (reason == u"too_many_channels")
        return tr("Too many conversations are open at once. Please try again later.");
    if (reason == u"bad_response")
        return tr("The server sent an answer this app does not understand. It may be a "
                  "different version.");
    return {};
}

} // namespace

QString errorText(const QString &reason, const QString &fallbackMessage)
{
    const QString known = ErrorTexts::textFor(reason);
    if (!known.isEmpty())
        return known;
    if (!fallbackMessage.isEmpty())
        return fallbackMessage;
    return ErrorTexts::generic();
}

QStringList knownErrorReasons()
{
    return {QStringLiteral("invalid_credentials"),
            QStringLiteral("conflict"),
            QStringLiteral("rate_limited"),
            QStringLiteral("network"),
            QStringLiteral("forbidden"),
            QStringLiteral("unauthorized"),
            QStringLiteral("not_found"),
            QStringLiteral("invalid"),
            QStringLiteral("too_large"),
            QStringLiteral("archived"),
            QStringLiteral("internal"),
            QStringLiteral("timeout"),
            QStringLiteral("disconnected"),
            QStringLiteral("not_joined"),
            QStringLiteral("unmatched_topic"),
            QStringLiteral("too_many_channels"),
            QStringLiteral("bad_response")};
}

QColor errorColor(const QPalette &palette)
{
    // A fixed red would be too dark on a dark window or too light on a light one.
    const bool darkWindow = palette.color(QPalette::Window).lightnessF() < 0.5;
    return darkWindow ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
}

} // namespace confab::ui
