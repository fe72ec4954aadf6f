#include "widgets/ErrorTexts.h"

#include "client/FailureReason.h"

#include <QCoreApplication>

namespace confab::ui {

namespace {

// Gives the texts below one translation context, "ErrorTexts", for every caller.
class ErrorTexts
{
    Q_DECLARE_TR_FUNCTIONS(ErrorTexts)

public:
    static QString textFor(const QString &reason);
    static QString forServer(wire::ErrorReason reason);
    static QString forClient(client::LocalReason reason);
    static QString notJoined();
    static QString generic() { return tr("Something went wrong. Please try again."); }
};

QString ErrorTexts::textFor(const QString &reason)
{
    if (const auto server = wire::errorReasonFromName(reason))
        return forServer(*server);
    if (const auto local = client::localReasonFromName(reason))
        return forClient(*local);
    return {};
}

QString ErrorTexts::forServer(wire::ErrorReason reason)
{
    using wire::ErrorReason;
    switch (reason) {
    case ErrorReason::InvalidCredentials:
        return tr("The user name or password is not correct.");
    case ErrorReason::Conflict:
        return tr("That user name is taken. Please choose another one.");
    case ErrorReason::RateLimited:
        return tr("Too many attempts. Please wait a moment and try again.");
    case ErrorReason::Forbidden:
        return tr("You are not allowed to do that on this server.");
    case ErrorReason::Unauthorized:
        return tr("Your session has ended. Please sign in again.");
    case ErrorReason::NotFound:
        return tr("This no longer exists, or you do not have access to it.");
    case ErrorReason::Invalid:
        return tr("The server did not accept this. Please check what you entered.");
    case ErrorReason::TooLarge:
        return tr("This is too large to send.");
    case ErrorReason::Archived:
        return tr("This conversation is archived. Nothing can be changed in it.");
    case ErrorReason::Internal:
        return tr("The server ran into a problem. Please try again later.");
    case ErrorReason::UnmatchedTopic:
        return notJoined();
    case ErrorReason::TooManyChannels:
        return tr("Too many conversations are open at once. Please try again later.");
    }
    return {};
}

QString ErrorTexts::forClient(client::LocalReason reason)
{
    using client::LocalReason;
    switch (reason) {
    case LocalReason::Network:
        return tr("Cannot reach the server. Check the address and your connection.");
    case LocalReason::Timeout:
        return tr("The server took too long to answer. Please try again.");
    case LocalReason::Disconnected:
        return tr("The connection to the server was lost. Please try again.");
    case LocalReason::NotJoined:
        return notJoined();
    case LocalReason::BadResponse:
        return tr("The server sent an answer this app does not understand. It may be a "
                  "different version.");
    // A keychain that is missing and one that says no need different fixes.
    case LocalReason::Keychain:
        return tr("The system keychain could not read or store your sign-in. Please sign in "
                  "again.");
    case LocalReason::KeychainUnavailable:
        return tr("No system keychain is available, so your sign-in cannot be saved. You will "
                  "need to sign in again next time.");
    case LocalReason::KeychainRefused:
        return tr("Access to the system keychain was refused, so your sign-in cannot be saved "
                  "or read. Allow Confab to use the keychain, or sign in again.");
    }
    return {};
}

QString ErrorTexts::notJoined()
{
    //: The client is not (yet) subscribed to the conversation it tried to act on.
    return tr("Not connected to this conversation yet. Please try again in a moment.");
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
    QStringList known;
    for (int value = 0; value <= int(wire::ErrorReason::InvalidCredentials); ++value)
        known.append(client::reasonName(wire::ErrorReason(value)));
    for (const auto local :
         {client::LocalReason::Network, client::LocalReason::BadResponse,
          client::LocalReason::Timeout, client::LocalReason::Disconnected,
          client::LocalReason::NotJoined, client::LocalReason::Keychain,
          client::LocalReason::KeychainUnavailable, client::LocalReason::KeychainRefused})
        known.append(client::reasonName(local));
    return known;
}

QColor errorColor(const QPalette &palette)
{
    // A fixed red would be too dark on a dark window or too light on a light one.
    const bool darkWindow = palette.color(QPalette::Window).lightnessF() < 0.5;
    return darkWindow ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
}

} // namespace confab::ui
