<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AccountLabel</name>
    <message>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
    <message>
        <source>@%1 on %2</source>
        <extracomment>An account: %1 is the user name, %2 the server (&quot;this computer&quot; or a host name).</extracomment>
        <translation>@%1 auf %2</translation>
    </message>
    <message>
        <source>%1 (@%2) on %3</source>
        <extracomment>An account: %1 is the person&apos;s name, %2 the user name, %3 the server.</extracomment>
        <translation>%1 (@%2) auf %3</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>Confab chat. Without --server it hosts a chat server on this computer.</source>
        <translation>Confab-Chat. Ohne --server wird ein Chatserver auf diesem Computer bereitgestellt.</translation>
    </message>
    <message>
        <source>Sign in to the Confab server at this address (http or https; host:port means http).</source>
        <translation>Am Confab-Server unter dieser Adresse anmelden (http oder https; host:port bedeutet http).</translation>
    </message>
    <message>
        <source>url</source>
        <comment>command-line value name</comment>
        <translation>URL</translation>
    </message>
    <message>
        <source>Port of the server hosted on this computer (1-65535).</source>
        <translation>Port des Servers auf diesem Computer (1–65535).</translation>
    </message>
    <message>
        <source>port</source>
        <comment>command-line value name</comment>
        <translation>Port</translation>
    </message>
    <message>
        <source>Folder of the server hosted on this computer.</source>
        <translation>Ordner des Servers auf diesem Computer.</translation>
    </message>
    <message>
        <source>folder</source>
        <comment>command-line value name</comment>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Language of the user interface, such as de or pt_BR.</source>
        <translation>Sprache der Benutzeroberfläche, z. B. de oder pt_BR.</translation>
    </message>
    <message>
        <source>code</source>
        <comment>command-line value name: a language code</comment>
        <translation>Code</translation>
    </message>
    <message>
        <source>Start even if Confab is already running.</source>
        <translation>Auch starten, wenn Confab bereits läuft.</translation>
    </message>
    <message>
        <source>Start in the system tray, without a window.</source>
        <translation>Im Infobereich starten, ohne Fenster.</translation>
    </message>
    <message>
        <source>--server needs an address such as https://chat.example.org.</source>
        <translation>--server braucht eine Adresse wie https://chat.example.org.</translation>
    </message>
    <message>
        <source>Invalid server address &quot;%1&quot;.</source>
        <translation>Ungültige Serveradresse „%1“.</translation>
    </message>
    <message>
        <source>Invalid server address &quot;%1&quot;: only http and https are supported.</source>
        <translation>Ungültige Serveradresse „%1“: Nur http und https werden unterstützt.</translation>
    </message>
    <message>
        <source>Invalid server address &quot;%1&quot;: the host name is missing.</source>
        <translation>Ungültige Serveradresse „%1“: Der Hostname fehlt.</translation>
    </message>
    <message>
        <source>Invalid port &quot;%1&quot;: expected a number from 1 to 65535.</source>
        <translation>Ungültiger Port „%1“: Erwartet wird eine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir braucht einen Ordner.</translation>
    </message>
    <message>
        <source>Invalid data folder &quot;%1&quot;: it is a file.</source>
        <translation>Ungültiger Datenordner „%1“: Das ist eine Datei.</translation>
    </message>
    <message>
        <source>Invalid language &quot;%1&quot;: expected a code such as de or pt_BR.</source>
        <translation>Ungültige Sprache „%1“: Erwartet wird ein Code wie de oder pt_BR.</translation>
    </message>
    <message>
        <source>--%1 applies to the server hosted on this computer and cannot be combined with --server.</source>
        <translation>--%1 gilt für den Server auf diesem Computer und kann nicht mit --server kombiniert werden.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>Let other computers on your local network sign in to the server hosted on this computer, with accounts created here.</source>
        <translation>Anderen Computern in deinem lokalen Netzwerk erlauben, sich mit hier erstellten Konten beim Server auf diesem Computer anzumelden.</translation>
    </message>
</context>
<context>
    <name>Confirmations</name>
    <message>
        <source>Leave conversation</source>
        <translation>Unterhaltung verlassen</translation>
    </message>
    <message>
        <source>Leave “%1”?</source>
        <translation>„%1“ verlassen?</translation>
    </message>
    <message>
        <source>You will stop receiving its messages. Someone will have to add you again.</source>
        <translation>Du erhältst keine Nachrichten mehr daraus. Jemand muss dich erneut hinzufügen.</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Verlassen</translation>
    </message>
</context>
<context>
    <name>ErrorTexts</name>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Etwas ist schiefgelaufen. Bitte versuche es erneut.</translation>
    </message>
    <message>
        <source>The user name or password is not correct.</source>
        <translation>Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>That user name is taken. Please choose another one.</source>
        <translation>Dieser Benutzername ist vergeben. Bitte wähle einen anderen.</translation>
    </message>
    <message>
        <source>Too many attempts. Please wait a moment and try again.</source>
        <translation>Zu viele Versuche. Bitte warte einen Moment und versuche es erneut.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check the address and your connection.</source>
        <translation>Der Server ist nicht erreichbar. Prüfe die Adresse und deine Verbindung.</translation>
    </message>
    <message>
        <source>You are not allowed to do that on this server.</source>
        <translation>Das darfst du auf diesem Server nicht.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Deine Sitzung ist abgelaufen. Bitte melde dich erneut an.</translation>
    </message>
    <message>
        <source>This no longer exists, or you do not have access to it.</source>
        <translation>Das gibt es nicht mehr, oder du hast keinen Zugriff darauf.</translation>
    </message>
    <message>
        <source>The server did not accept this. Please check what you entered.</source>
        <translation>Der Server hat das nicht angenommen. Bitte prüfe deine Eingabe.</translation>
    </message>
    <message>
        <source>This is too large to send.</source>
        <translation>Das ist zu groß zum Senden.</translation>
    </message>
    <message>
        <source>This conversation is archived. Nothing can be changed in it.</source>
        <translation>Diese Unterhaltung ist archiviert. Darin kann nichts geändert werden.</translation>
    </message>
    <message>
        <source>The server ran into a problem. Please try again later.</source>
        <translation>Auf dem Server ist ein Problem aufgetreten. Bitte versuche es später erneut.</translation>
    </message>
    <message>
        <source>The server took too long to answer. Please try again.</source>
        <translation>Der Server hat zu lange nicht geantwortet. Bitte versuche es erneut.</translation>
    </message>
    <message>
        <source>The connection to the server was lost. Please try again.</source>
        <translation>Die Verbindung zum Server wurde unterbrochen. Bitte versuche es erneut.</translation>
    </message>
    <message>
        <source>Not connected to this conversation yet. Please try again in a moment.</source>
        <extracomment>The client is not (yet) subscribed to the conversation it tried to act on.</extracomment>
        <translation>Noch nicht mit dieser Unterhaltung verbunden. Bitte versuche es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Too many conversations are open at once. Please try again later.</source>
        <translation>Zu viele Unterhaltungen sind gleichzeitig geöffnet. Bitte versuche es später erneut.</translation>
    </message>
    <message>
        <source>The server sent an answer this app does not understand. It may be a different version.</source>
        <translation>Der Server hat eine Antwort geschickt, die diese App nicht versteht. Möglicherweise ist es eine andere Version.</translation>
    </message>
    <message>
        <source>The system keychain could not read or store your sign-in. Please sign in again.</source>
        <translation>Der Schlüsselbund des Systems konnte deine Anmeldung nicht lesen oder speichern. Bitte melde dich erneut an.</translation>
    </message>
    <message>
        <source>No system keychain is available, so your sign-in cannot be saved. You will need to sign in again next time.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar, daher kann deine Anmeldung nicht gespeichert werden. Du musst dich beim nächsten Mal erneut anmelden.</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused, so your sign-in cannot be saved or read. Allow Confab to use the keychain, or sign in again.</source>
        <translation>Der Zugriff auf den Schlüsselbund des Systems wurde verweigert, daher kann deine Anmeldung weder gespeichert noch gelesen werden. Erlaube Confab, den Schlüsselbund zu verwenden, oder melde dich erneut an.</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcuts</name>
    <message>
        <source>Jump to a conversation (quick switcher)</source>
        <translation>Zu einer Unterhaltung springen (Schnellwechsel)</translation>
    </message>
    <message>
        <source>Filter the conversation list</source>
        <translation>Unterhaltungsliste filtern</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Quit Confab</source>
        <translation>Confab beenden</translation>
    </message>
    <message>
        <source>Show these keyboard shortcuts</source>
        <translation>Diese Tastenkürzel anzeigen</translation>
    </message>
    <message>
        <source>Previous conversation in the list</source>
        <translation>Vorherige Unterhaltung in der Liste</translation>
    </message>
    <message>
        <source>Next conversation in the list</source>
        <translation>Nächste Unterhaltung in der Liste</translation>
    </message>
    <message>
        <source>Open the selected conversation; in the message box: send</source>
        <translation>Ausgewählte Unterhaltung öffnen; im Nachrichtenfeld: senden</translation>
    </message>
    <message>
        <source>New line in the message box</source>
        <translation>Neue Zeile im Nachrichtenfeld</translation>
    </message>
    <message>
        <source>Edit your last message (empty message box)</source>
        <translation>Deine letzte Nachricht bearbeiten (leeres Nachrichtenfeld)</translation>
    </message>
    <message>
        <source>Clear the filter, close the side panel, or cancel an edit or reply</source>
        <translation>Filter leeren, Seitenbereich schließen oder Bearbeiten bzw. Antworten abbrechen</translation>
    </message>
    <message>
        <source>Actions for the selected message</source>
        <translation>Aktionen für die ausgewählte Nachricht</translation>
    </message>
</context>
<context>
    <name>MessageData</name>
    <message>
        <source>Unknown user</source>
        <translation>Unbekannter Benutzer</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>This message was deleted</source>
        <translation>Diese Nachricht wurde gelöscht</translation>
    </message>
    <message>
        <source>edited</source>
        <comment>state of a message</comment>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>starred</source>
        <comment>state of a message</comment>
        <translation>mit Stern</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n reaction(s)</source>
        <translation>
            <numerusform>%1 %n Reaktion</numerusform>
            <numerusform>%1 %n Reaktionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repl(y|ies)</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>sending</source>
        <comment>state of a message</comment>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <source>not sent</source>
        <comment>state of a message</comment>
        <translation>nicht gesendet</translation>
    </message>
</context>
<context>
    <name>MessageLayout</name>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message numerus="yes">
        <source>%n repl(y|ies)</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>reaction chip: emoji, count</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Seen by %1</source>
        <translation>Gesehen von %1</translation>
    </message>
    <message>
        <source>This message was deleted</source>
        <translation>Diese Nachricht wurde gelöscht</translation>
    </message>
    <message>
        <source>(edited)</source>
        <translation>(bearbeitet)</translation>
    </message>
</context>
<context>
    <name>UsernameHint</name>
    <message>
        <source>User names are lowercase: yours will be “%1”.</source>
        <extracomment>%1 is the user name as it will be created, e.g. &quot;ada&quot;.</extracomment>
        <translation>Benutzernamen werden kleingeschrieben: Deiner wird „%1“ lauten.</translation>
    </message>
    <message>
        <source>User names are lowercase: signing in as “%1”.</source>
        <extracomment>%1 is the user name as it will be sent, e.g. &quot;ada&quot;.</extracomment>
        <translation>Benutzernamen werden kleingeschrieben: Anmeldung als „%1“.</translation>
    </message>
    <message>
        <source>Lowercase letters, digits, “.”, “_” and “-”.</source>
        <translation>Kleinbuchstaben, Ziffern, „.“, „_“ und „-“.</translation>
    </message>
</context>
<context>
    <name>confab::app::AppController</name>
    <message>
        <source>Add another account…</source>
        <translation>Weiteres Konto hinzufügen …</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Confab is still running</source>
        <translation>Confab läuft weiter</translation>
    </message>
    <message>
        <source>Closing the window keeps Confab in the tray, so messages still arrive. To quit, choose Quit in the tray menu or press Ctrl+Q.</source>
        <translation>Wenn du das Fenster schließt, bleibt Confab im Infobereich, damit weiterhin Nachrichten ankommen. Zum Beenden wähle „Beenden“ im Menü des Infobereichs oder drücke Strg+Q.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n unread</source>
        <extracomment>An account menu entry: %1 names the account, %n is its number of unread messages.</extracomment>
        <translation>
            <numerusform>%1 — %n ungelesen</numerusform>
            <numerusform>%1 — %n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>confab::app::EmbeddedHost</name>
    <message>
        <source>No data folder is set for the server on this computer.</source>
        <translation>Für den Server auf diesem Computer ist kein Datenordner festgelegt.</translation>
    </message>
    <message>
        <source>Could not create the data folder %1.</source>
        <translation>Der Datenordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The server on this computer stopped.</source>
        <translation>Der Server auf diesem Computer wurde beendet.</translation>
    </message>
    <message>
        <source>The server on this computer is not running.</source>
        <translation>Der Server auf diesem Computer läuft nicht.</translation>
    </message>
    <message>
        <source>The server on this computer is still stopping; try again.</source>
        <translation>Der Server auf diesem Computer wird noch beendet; versuche es erneut.</translation>
    </message>
    <message>
        <source>Could not start the server on this computer: %1</source>
        <translation>Der Server auf diesem Computer konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Another Confab server is already using the data folder %1. Stop it first, or choose another folder.</source>
        <translation>Ein anderer Confab-Server verwendet bereits den Datenordner %1. Beende ihn zuerst oder wähle einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Another Confab server (process %1) is already using the data folder %2. Stop it first, or choose another folder.</source>
        <translation>Ein anderer Confab-Server (Prozess %1) verwendet bereits den Datenordner %2. Beende ihn zuerst oder wähle einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>confab::app::NotificationRouter</name>
    <message>
        <source>You were added to this conversation</source>
        <translation>Du wurdest zu dieser Unterhaltung hinzugefügt</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <extracomment>Notification title: %1 is who wrote, %2 the group&apos;s name.</extracomment>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Neue Nachricht</translation>
    </message>
    <message>
        <source>You have a new message</source>
        <translation>Du hast eine neue Nachricht</translation>
    </message>
</context>
<context>
    <name>confab::ui::AddMembersDialog</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Add %n (person|people)</source>
        <translation>
            <numerusform>%n Person hinzufügen</numerusform>
            <numerusform>%n Personen hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add people</source>
        <translation>Personen hinzufügen</translation>
    </message>
    <message>
        <source>Search by name or user name</source>
        <translation>Nach Name oder Benutzername suchen</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Personen suchen</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Gefundene Personen</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Suchstatus</translation>
    </message>
    <message>
        <source>Type a name to find people.</source>
        <translation>Gib einen Namen ein, um Personen zu finden.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche …</translation>
    </message>
    <message>
        <source>No one found who is not already here.</source>
        <translation>Niemand gefunden, der nicht schon hier ist.</translation>
    </message>
    <message>
        <source>Tick everyone you want to add.</source>
        <translation>Hake alle an, die du hinzufügen möchtest.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Tick everyone you want to add, then choose Add.</source>
        <translation>Hake alle an, die du hinzufügen möchtest, und wähle dann „Hinzufügen“.</translation>
    </message>
</context>
<context>
    <name>confab::ui::Composer</name>
    <message>
        <source>%1 / %2</source>
        <extracomment>Characters used / characters allowed in one message.</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 of %2 characters used</source>
        <translation>%1 von %2 Zeichen verwendet</translation>
    </message>
    <message>
        <source>This message is too long to send: at most %1 characters fit in one message.</source>
        <translation>Diese Nachricht ist zu lang zum Senden: Höchstens %1 Zeichen passen in eine Nachricht.</translation>
    </message>
    <message>
        <source>A message cannot be empty. To remove it, delete it instead.</source>
        <translation>Eine Nachricht kann nicht leer sein. Lösche sie stattdessen, um sie zu entfernen.</translation>
    </message>
    <message>
        <source>Editing message · Esc to cancel</source>
        <translation>Nachricht bearbeiten · Esc zum Abbrechen</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Bearbeiten abbrechen</translation>
    </message>
    <message>
        <source>Replying to %1: %2</source>
        <extracomment>%1 is the sender&apos;s name, %2 the start of the message being replied to.</extracomment>
        <translation>Antwort an %1: %2</translation>
    </message>
    <message>
        <source>Cancel reply</source>
        <translation>Antwort abbrechen</translation>
    </message>
    <message>
        <source>This conversation is archived</source>
        <translation>Diese Unterhaltung ist archiviert</translation>
    </message>
    <message>
        <source>Write a message…</source>
        <translation>Nachricht schreiben …</translation>
    </message>
    <message>
        <source>Message</source>
        <comment>noun: the message being written</comment>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line, Up edits your last message.</source>
        <translation>Eingabetaste sendet, Umschalt+Eingabetaste beginnt eine neue Zeile, Pfeil nach oben bearbeitet deine letzte Nachricht.</translation>
    </message>
    <message>
        <source>Send</source>
        <extracomment>Button that sends the message being written.</extracomment>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <source>Keeps the text and stops editing or replying; Esc does the same.</source>
        <translation>Behält den Text und beendet das Bearbeiten oder Antworten; Esc bewirkt dasselbe.</translation>
    </message>
    <message>
        <source>Sends what you wrote; while offline it waits in the outbox and goes out later.</source>
        <translation>Sendet, was du geschrieben hast; offline wartet die Nachricht im Postausgang und wird später gesendet.</translation>
    </message>
</context>
<context>
    <name>confab::ui::ConnectionBanner</name>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Retry connecting now</source>
        <translation>Jetzt erneut verbinden</translation>
    </message>
    <message>
        <source>Sign in</source>
        <extracomment>Button: sign in again after the session ended.</extracomment>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde …</translation>
    </message>
    <message>
        <source>You are offline</source>
        <translation>Du bist offline</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s…</source>
        <extracomment>%n is a number of seconds; &quot;s&quot; is the unit symbol.</extracomment>
        <translation>
            <numerusform>Neuer Verbindungsversuch in %n s …</numerusform>
            <numerusform>Neuer Verbindungsversuch in %n s …</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Verbinde erneut …</translation>
    </message>
    <message>
        <source>Waiting to reconnect…</source>
        <translation>Warte auf erneuten Verbindungsversuch …</translation>
    </message>
    <message>
        <source>You are signed out</source>
        <translation>Du bist abgemeldet</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting to be sent</source>
        <translation>
            <numerusform>%n Nachricht wartet auf das Senden</numerusform>
            <numerusform>%n Nachrichten warten auf das Senden</numerusform>
        </translation>
    </message>
    <message>
        <source>Connects at once instead of waiting; messages you wrote are sent then.</source>
        <translation>Verbindet sofort, statt zu warten; von dir geschriebene Nachrichten werden dann gesendet.</translation>
    </message>
    <message>
        <source>Your sign-in ended on the server; opens the sign-in page.</source>
        <translation>Deine Anmeldung auf dem Server ist abgelaufen; öffnet die Anmeldeseite.</translation>
    </message>
</context>
<context>
    <name>confab::ui::ConversationDelegate</name>
    <message>
        <source>99+</source>
        <comment>unread badge over 99</comment>
        <translation>99+</translation>
    </message>
</context>
<context>
    <name>confab::ui::ConversationListModel</name>
    <message>
        <source>No messages yet</source>
        <translation>Noch keine Nachrichten</translation>
    </message>
    <message>
        <source>Message deleted</source>
        <translation>Nachricht gelöscht</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Du: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>sender: message preview</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>pinned</source>
        <comment>state of a conversation</comment>
        <translation>angeheftet</translation>
    </message>
    <message>
        <source>muted</source>
        <comment>state of a conversation</comment>
        <translation>stummgeschaltet</translation>
    </message>
    <message>
        <source>archived</source>
        <comment>state of a conversation</comment>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>last message: %1</source>
        <translation>letzte Nachricht: %1</translation>
    </message>
    <message>
        <source>Direct message</source>
        <translation>Direktnachricht</translation>
    </message>
    <message numerus="yes">
        <source>Group of %n</source>
        <comment>members</comment>
        <translation>
            <numerusform>Gruppe mit %n Mitglied</numerusform>
            <numerusform>Gruppe mit %n Mitgliedern</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>%1, topic: %2</source>
        <translation>%1, Thema: %2</translation>
    </message>
</context>
<context>
    <name>confab::ui::ConversationSettingsPanel</name>
    <message>
        <source>Unarchive conversation</source>
        <translation>Archivierung aufheben</translation>
    </message>
    <message>
        <source>Archive conversation</source>
        <translation>Unterhaltung archivieren</translation>
    </message>
    <message>
        <source>This conversation is archived. Unarchive it to change it.</source>
        <translation>Diese Unterhaltung ist archiviert. Hebe die Archivierung auf, um sie zu ändern.</translation>
    </message>
    <message>
        <source>Only the owner of this conversation can change this.</source>
        <translation>Nur der Eigentümer dieser Unterhaltung kann das ändern.</translation>
    </message>
    <message>
        <source>A group needs a title.</source>
        <translation>Eine Gruppe braucht einen Titel.</translation>
    </message>
    <message>
        <source>Save the title and topic (Enter)</source>
        <translation>Titel und Thema speichern (Eingabetaste)</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Nichts zu speichern.</translation>
    </message>
    <message>
        <source>Archived conversations are read-only.</source>
        <translation>Archivierte Unterhaltungen sind schreibgeschützt.</translation>
    </message>
    <message>
        <source>Only the owner can archive this conversation.</source>
        <translation>Nur der Eigentümer kann diese Unterhaltung archivieren.</translation>
    </message>
    <message>
        <source>Leave this conversation</source>
        <translation>Diese Unterhaltung verlassen</translation>
    </message>
    <message>
        <source>Conversation settings</source>
        <translation>Unterhaltungseinstellungen</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>name of a group conversation</comment>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Name of the group</source>
        <translation>Name der Gruppe</translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation>T&amp;hema</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>What this conversation is about</source>
        <translation>Worum es in dieser Unterhaltung geht</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save title and topic</source>
        <translation>Titel und Thema speichern</translation>
    </message>
    <message>
        <source>&amp;Pin to the top of the list</source>
        <translation>Oben in der Liste an&amp;heften</translation>
    </message>
    <message>
        <source>Pin to the top of the list</source>
        <translation>Oben in der Liste anheften</translation>
    </message>
    <message>
        <source>&amp;Mute notifications</source>
        <translation>Benachrichtigungen &amp;stummschalten</translation>
    </message>
    <message>
        <source>Mute notifications</source>
        <translation>Benachrichtigungen stummschalten</translation>
    </message>
    <message>
        <source>No notifications for new messages; mentions of you still notify.</source>
        <translation>Keine Benachrichtigungen für neue Nachrichten; Erwähnungen von dir benachrichtigen weiterhin.</translation>
    </message>
    <message>
        <source>Leave conversation</source>
        <translation>Unterhaltung verlassen</translation>
    </message>
    <message>
        <source>Pinned conversations stay above the others, whatever their last activity.</source>
        <translation>Angeheftete Unterhaltungen bleiben über den anderen, unabhängig von ihrer letzten Aktivität.</translation>
    </message>
</context>
<context>
    <name>confab::ui::ConversationView</name>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Nicht stören</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Select a conversation</source>
        <translation>Wähle eine Unterhaltung</translation>
    </message>
    <message>
        <source>Pick one from the list on the left, or start a new one with Ctrl+N.</source>
        <translation>Wähle eine aus der Liste links, oder beginne mit Strg+N eine neue.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Show the members of this conversation</source>
        <translation>Mitglieder dieser Unterhaltung anzeigen</translation>
    </message>
    <message>
        <source>Starred</source>
        <comment>button: show the starred messages</comment>
        <translation>Mit Stern</translation>
    </message>
    <message>
        <source>Show starred messages</source>
        <translation>Nachrichten mit Stern anzeigen</translation>
    </message>
    <message>
        <source>Starred messages</source>
        <translation>Nachrichten mit Stern</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Conversation settings</source>
        <translation>Unterhaltungseinstellungen</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Menu key or Shift+F10 opens the actions of the selected message.</source>
        <translation>Die Menütaste oder Umschalt+F10 öffnet die Aktionen der ausgewählten Nachricht.</translation>
    </message>
    <message>
        <source>↓ New messages</source>
        <translation>↓ Neue Nachrichten</translation>
    </message>
    <message>
        <source>Jump to the newest message</source>
        <translation>Zur neuesten Nachricht springen</translation>
    </message>
    <message>
        <source>Jump to new messages</source>
        <translation>Zu neuen Nachrichten springen</translation>
    </message>
    <message>
        <source>Direct conversation</source>
        <translation>Direkte Unterhaltung</translation>
    </message>
    <message>
        <source>Untitled group</source>
        <translation>Gruppe ohne Titel</translation>
    </message>
    <message>
        <source>Conversation: %1</source>
        <translation>Unterhaltung: %1</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Thema: %1</translation>
    </message>
    <message>
        <source>Presence: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Presence unknown</source>
        <translation>Status unbekannt</translation>
    </message>
</context>
<context>
    <name>confab::ui::CreateAccountDialog</name>
    <message>
        <source>The account %1 was created. Its owner can sign in with it now.</source>
        <translation>Das Konto %1 wurde erstellt. Die Person kann sich jetzt damit anmelden.</translation>
    </message>
    <message>
        <source>A user name has 2 to 32 characters: lowercase letters, digits, “.”, “_” and “-”.</source>
        <translation>Ein Benutzername hat 2 bis 32 Zeichen: Kleinbuchstaben, Ziffern, „.“, „_“ und „-“.</translation>
    </message>
    <message>
        <source>A name can have at most %1 characters.</source>
        <translation>Ein Name kann höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>Use a password of at least %1 characters.</source>
        <translation>Verwende ein Passwort mit mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Create an Account</source>
        <translation>Konto erstellen</translation>
    </message>
    <message>
        <source>Create an account on the server on this computer for someone on your local network. Tell them the user name and password; they sign in with them from their own computer.</source>
        <translation>Erstelle ein Konto auf dem Server dieses Computers für jemanden in deinem lokalen Netzwerk. Teile der Person Benutzernamen und Passwort mit; sie meldet sich damit von ihrem eigenen Computer aus an.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Name shown to others:</source>
        <translation>&amp;Name für andere:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>Passwort &amp;bestätigen:</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <extracomment>Button: create the account described in the dialog.</extracomment>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>Creates the account; the dialog stays open for the next one.</source>
        <translation>Erstellt das Konto; der Dialog bleibt für das nächste geöffnet.</translation>
    </message>
    <message>
        <source>What they sign in with: lowercase letters, digits, “.”, “_” and “-”.</source>
        <translation>Damit meldet sich die Person an: Kleinbuchstaben, Ziffern, „.“, „_“ und „-“.</translation>
    </message>
    <message>
        <source>Shown to others in conversations; the user name when left empty.</source>
        <translation>Wird anderen in Unterhaltungen angezeigt; bleibt das Feld leer, der Benutzername.</translation>
    </message>
    <message>
        <source>At least %1 characters; give it to them with the user name.</source>
        <translation>Mindestens %1 Zeichen; teile es der Person zusammen mit dem Benutzernamen mit.</translation>
    </message>
    <message>
        <source>The same password again, to catch a typo.</source>
        <translation>Noch einmal dasselbe Passwort, um Tippfehler zu erkennen.</translation>
    </message>
</context>
<context>
    <name>confab::ui::InlineError</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>No error</source>
        <translation>Kein Fehler</translation>
    </message>
</context>
<context>
    <name>confab::ui::KeychainNoticeDialog</name>
    <message>
        <source>Sign-in Not Saved</source>
        <translation>Anmeldung nicht gespeichert</translation>
    </message>
    <message>
        <source>No keychain (such as GNOME Keyring or KWallet) is available to keep the sign-in of %1 safe. You are signed in now, but you will have to enter your password again after Confab quits.</source>
        <extracomment>%1 names an account, e.g. &quot;Ada Lovelace (@ada) on this computer&quot;.</extracomment>
        <translation>Es ist kein Schlüsselbund (wie GNOME Keyring oder KWallet) verfügbar, um die Anmeldung von %1 sicher aufzubewahren. Du bist jetzt angemeldet, musst dein Passwort aber erneut eingeben, nachdem Confab beendet wurde.</translation>
    </message>
    <message>
        <source>The keychain refused to keep the sign-in of %1. You are signed in now, but you will have to enter your password again after Confab quits.</source>
        <translation>Der Schlüsselbund hat verweigert, die Anmeldung von %1 aufzubewahren. Du bist jetzt angemeldet, musst dein Passwort aber erneut eingeben, nachdem Confab beendet wurde.</translation>
    </message>
    <message>
        <source>The keychain could not keep the sign-in of %1. You are signed in now, but you will have to enter your password again after Confab quits.</source>
        <translation>Der Schlüsselbund konnte die Anmeldung von %1 nicht aufbewahren. Du bist jetzt angemeldet, musst dein Passwort aber erneut eingeben, nachdem Confab beendet wurde.</translation>
    </message>
    <message>
        <source>What happened to the sign-in</source>
        <translation>Was mit der Anmeldung passiert ist</translation>
    </message>
    <message>
        <source>&amp;Store it unencrypted on this computer</source>
        <translation>Unverschlüsselt auf diesem Computer &amp;speichern</translation>
    </message>
    <message>
        <source>Store the sign-in unencrypted on this computer</source>
        <translation>Anmeldung unverschlüsselt auf diesem Computer speichern</translation>
    </message>
    <message>
        <source>Anyone who can read your files could use it. You can change this in Settings.</source>
        <translation>Wer deine Dateien lesen kann, könnte sie verwenden. Du kannst das in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Try the keychain again</source>
        <translation>Schlüsselbund erneut versuchen</translation>
    </message>
    <message>
        <source>Asks the keychain once more, for example after unlocking it.</source>
        <translation>Fragt den Schlüsselbund noch einmal, zum Beispiel nachdem du ihn entsperrt hast.</translation>
    </message>
    <message>
        <source>&amp;Keep me signed in only until I quit</source>
        <translation>Nur bis zum &amp;Beenden angemeldet bleiben</translation>
    </message>
    <message>
        <source>Keep me signed in only until I quit</source>
        <translation>Nur bis zum Beenden angemeldet bleiben</translation>
    </message>
    <message>
        <source>Nothing is written to disk; the next start asks for the password.</source>
        <translation>Es wird nichts auf die Festplatte geschrieben; beim nächsten Start wird nach dem Passwort gefragt.</translation>
    </message>
</context>
<context>
    <name>confab::ui::MainWindow</name>
    <message>
        <source>(%1) %2</source>
        <extracomment>Window title with unread messages: %1 is their number, %2 the app&apos;s name.</extracomment>
        <translation>(%1) %2</translation>
    </message>
</context>
<context>
    <name>confab::ui::MemberDelegate</name>
    <message>
        <source>owner</source>
        <comment>member role tag</comment>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>@%1</source>
        <translation>@%1</translation>
    </message>
</context>
<context>
    <name>confab::ui::MemberListModel</name>
    <message>
        <source>online</source>
        <comment>presence, read by screen readers</comment>
        <translation>online</translation>
    </message>
    <message>
        <source>away</source>
        <comment>presence, read by screen readers</comment>
        <translation>abwesend</translation>
    </message>
    <message>
        <source>do not disturb</source>
        <comment>presence, read by screen readers</comment>
        <translation>nicht stören</translation>
    </message>
    <message>
        <source>offline</source>
        <comment>presence, read by screen readers</comment>
        <translation>offline</translation>
    </message>
    <message>
        <source>%1 (@%2)</source>
        <translation>%1 (@%2)</translation>
    </message>
    <message>
        <source>owner</source>
        <comment>member role tag</comment>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>presence unknown</source>
        <comment>presence, read by screen readers</comment>
        <extracomment>While we are offline ourselves: we cannot see whether they are online.</extracomment>
        <translation>Status unbekannt</translation>
    </message>
</context>
<context>
    <name>confab::ui::MembersPanel</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>This conversation is archived.</source>
        <translation>Diese Unterhaltung ist archiviert.</translation>
    </message>
    <message>
        <source>Add people to this conversation</source>
        <translation>Personen zu dieser Unterhaltung hinzufügen</translation>
    </message>
    <message>
        <source>Only the owner can add people.</source>
        <translation>Nur der Eigentümer kann Personen hinzufügen.</translation>
    </message>
    <message>
        <source>Leave this conversation</source>
        <translation>Diese Unterhaltung verlassen</translation>
    </message>
    <message>
        <source>Member actions</source>
        <translation>Mitgliederaktionen</translation>
    </message>
    <message>
        <source>Remove %1…</source>
        <extracomment>%1 is a person&apos;s display name.</extracomment>
        <translation>%1 entfernen …</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Mitglied entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from this conversation?</source>
        <translation>%1 aus dieser Unterhaltung entfernen?</translation>
    </message>
    <message>
        <source>They will no longer see new messages. You can add them again later.</source>
        <translation>Die Person sieht dann keine neuen Nachrichten mehr. Du kannst sie später wieder hinzufügen.</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>button: remove the member</comment>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>The owner can remove a member from its menu (Menu key or right click).</source>
        <translation>Der Eigentümer kann ein Mitglied über dessen Menü entfernen (Menütaste oder Rechtsklick).</translation>
    </message>
    <message>
        <source>Add people…</source>
        <translation>Personen hinzufügen …</translation>
    </message>
    <message>
        <source>Add people</source>
        <translation>Personen hinzufügen</translation>
    </message>
    <message>
        <source>Leave conversation</source>
        <translation>Unterhaltung verlassen</translation>
    </message>
</context>
<context>
    <name>confab::ui::MessageActions</name>
    <message>
        <source>Message actions</source>
        <translation>Nachrichtenaktionen</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>This message is still being sent.</source>
        <translation>Diese Nachricht wird noch gesendet.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>This conversation is archived.</source>
        <translation>Diese Unterhaltung ist archiviert.</translation>
    </message>
    <message>
        <source>Reply in thread</source>
        <translation>Im Thread antworten</translation>
    </message>
    <message>
        <source>Unstar</source>
        <comment>verb: remove the message&apos;s star</comment>
        <translation>Stern entfernen</translation>
    </message>
    <message>
        <source>Star</source>
        <comment>verb: mark the message with a star</comment>
        <translation>Mit Stern markieren</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Text kopieren</translation>
    </message>
    <message>
        <source>React</source>
        <comment>verb: add an emoji reaction</comment>
        <translation>Reagieren</translation>
    </message>
    <message>
        <source>React with %1</source>
        <extracomment>%1 is an emoji.</extracomment>
        <translation>Mit %1 reagieren</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Andere …</translation>
    </message>
    <message>
        <source>Add a reaction</source>
        <translation>Reaktion hinzufügen</translation>
    </message>
    <message>
        <source>Reaction</source>
        <comment>the emoji typed in the reaction field</comment>
        <translation>Reaktion</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>Nachricht löschen</translation>
    </message>
    <message>
        <source>Delete this message for everyone?</source>
        <translation>Diese Nachricht für alle löschen?</translation>
    </message>
    <message>
        <source>You are deleting someone else&apos;s message as the owner.</source>
        <translation>Du löschst als Eigentümer die Nachricht einer anderen Person.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Type one emoji:</source>
        <translation>Gib ein einzelnes Emoji ein:</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reaktionen</translation>
    </message>
</context>
<context>
    <name>confab::ui::MessageDelegate</name>
    <message>
        <source>%1 reacted with %2</source>
        <translation>%1 hat mit %2 reagiert</translation>
    </message>
    <message>
        <source>Open the thread</source>
        <translation>Thread öffnen</translation>
    </message>
    <message>
        <source>Send this message again</source>
        <translation>Diese Nachricht erneut senden</translation>
    </message>
    <message>
        <source>Delete this unsent message</source>
        <translation>Diese nicht gesendete Nachricht löschen</translation>
    </message>
</context>
<context>
    <name>confab::ui::MessageHoverBar</name>
    <message>
        <source>Message toolbar</source>
        <translation>Werkzeugleiste der Nachricht</translation>
    </message>
    <message>
        <source>This conversation is archived.</source>
        <translation>Diese Unterhaltung ist archiviert.</translation>
    </message>
    <message>
        <source>React</source>
        <comment>verb: add an emoji reaction</comment>
        <translation>Reagieren</translation>
    </message>
    <message>
        <source>Add a reaction</source>
        <translation>Reaktion hinzufügen</translation>
    </message>
    <message>
        <source>Reply</source>
        <comment>verb: reply in a thread</comment>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Reply in thread</source>
        <translation>Im Thread antworten</translation>
    </message>
    <message>
        <source>Unstar</source>
        <comment>verb: remove the message&apos;s star</comment>
        <translation>Stern entfernen</translation>
    </message>
    <message>
        <source>Star</source>
        <comment>verb: mark the message with a star</comment>
        <translation>Mit Stern markieren</translation>
    </message>
    <message>
        <source>Remove the star</source>
        <translation>Stern entfernen</translation>
    </message>
    <message>
        <source>Star this message</source>
        <translation>Diese Nachricht mit Stern markieren</translation>
    </message>
    <message>
        <source>More</source>
        <comment>button: more actions on a message</comment>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Weitere Aktionen</translation>
    </message>
    <message>
        <source>Opens the message&apos;s menu, as the Menu key does.</source>
        <translation>Öffnet das Menü der Nachricht, wie die Menütaste.</translation>
    </message>
</context>
<context>
    <name>confab::ui::NewConversationDialog</name>
    <message>
        <source>Choose the person to write to.</source>
        <translation>Wähle die Person, der du schreiben möchtest.</translation>
    </message>
    <message>
        <source>A direct conversation is with one person. Choose one, or start a group.</source>
        <translation>Eine direkte Unterhaltung ist mit einer Person. Wähle eine aus, oder starte eine Gruppe.</translation>
    </message>
    <message>
        <source>Give the group a name.</source>
        <translation>Gib der Gruppe einen Namen.</translation>
    </message>
    <message>
        <source>A group name can have at most %1 characters.</source>
        <translation>Ein Gruppenname kann höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>Add at least one person to the group.</source>
        <translation>Füge der Gruppe mindestens eine Person hinzu.</translation>
    </message>
    <message>
        <source>Could not start the conversation.</source>
        <translation>Die Unterhaltung konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Ausgewählt: %1</translation>
    </message>
    <message>
        <source>No one found.</source>
        <translation>Niemand gefunden.</translation>
    </message>
    <message>
        <source>Search for people by their name or user name.</source>
        <translation>Suche Personen nach Name oder Benutzername.</translation>
    </message>
    <message>
        <source>New Group</source>
        <translation>Neue Gruppe</translation>
    </message>
    <message>
        <source>New Direct Message</source>
        <translation>Neue Direktnachricht</translation>
    </message>
    <message>
        <source>&amp;Direct message</source>
        <translation>&amp;Direktnachricht</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <extracomment>A conversation with several people.</extracomment>
        <translation>&amp;Gruppe</translation>
    </message>
    <message>
        <source>Group &amp;name:</source>
        <translation>Gruppen&amp;name:</translation>
    </message>
    <message>
        <source>e.g. Release planning</source>
        <translation>z. B. Release-Planung</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Gruppenname</translation>
    </message>
    <message>
        <source>&amp;Add people:</source>
        <translation>Personen &amp;hinzufügen:</translation>
    </message>
    <message>
        <source>&amp;Write to:</source>
        <translation>&amp;Schreiben an:</translation>
    </message>
    <message>
        <source>Search by name…</source>
        <translation>Nach Name suchen …</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Personen suchen</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Gefundene Personen</translation>
    </message>
    <message>
        <source>Start</source>
        <extracomment>Button: create the conversation.</extracomment>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Type a name and press Enter to search. Enter on a single result chooses it; Down moves into the results.</source>
        <translation>Gib einen Namen ein und drücke die Eingabetaste, um zu suchen. Bei einem einzigen Ergebnis wählt die Eingabetaste es aus; Pfeil nach unten wechselt in die Ergebnisse.</translation>
    </message>
    <message>
        <source>The name everyone in the group sees.</source>
        <translation>Der Name, den alle in der Gruppe sehen.</translation>
    </message>
    <message>
        <source>Space or Enter adds the highlighted person to the group.</source>
        <translation>Leertaste oder Eingabetaste fügt die markierte Person der Gruppe hinzu.</translation>
    </message>
    <message>
        <source>Enter starts the conversation with the highlighted person.</source>
        <translation>Die Eingabetaste startet die Unterhaltung mit der markierten Person.</translation>
    </message>
    <message>
        <source>Opens the conversation with the people chosen; Enter in the list does the same.</source>
        <translation>Öffnet die Unterhaltung mit den ausgewählten Personen; die Eingabetaste in der Liste bewirkt dasselbe.</translation>
    </message>
    <message>
        <source>A private conversation with one person.</source>
        <translation>Eine private Unterhaltung mit einer Person.</translation>
    </message>
    <message>
        <source>A named conversation with several people; you can add more later.</source>
        <translation>Eine Unterhaltung mit Namen und mehreren Personen; du kannst später weitere hinzufügen.</translation>
    </message>
</context>
<context>
    <name>confab::ui::PanelHeader</name>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Close panel</source>
        <translation>Bereich schließen</translation>
    </message>
    <message>
        <source>Close %1</source>
        <extracomment>%1 is the title of the side panel, e.g. &quot;Thread&quot;.</extracomment>
        <translation>%1 schließen</translation>
    </message>
</context>
<context>
    <name>confab::ui::QuickSwitcher</name>
    <message>
        <source>Quick switcher</source>
        <translation>Schnellwechsel</translation>
    </message>
    <message>
        <source>Jump to a conversation…</source>
        <translation>Zu einer Unterhaltung springen …</translation>
    </message>
    <message>
        <source>Conversation name</source>
        <translation>Name der Unterhaltung</translation>
    </message>
    <message>
        <source>Matching conversations</source>
        <translation>Passende Unterhaltungen</translation>
    </message>
    <message>
        <source>No conversation matches.</source>
        <translation>Keine passende Unterhaltung.</translation>
    </message>
    <message>
        <source>Type part of a name. Up and Down pick a match, Enter opens it, Escape closes.</source>
        <translation>Gib einen Teil eines Namens ein. Pfeil nach oben und Pfeil nach unten wählen einen Treffer, die Eingabetaste öffnet ihn, Esc schließt.</translation>
    </message>
</context>
<context>
    <name>confab::ui::SettingsDialog</name>
    <message>
        <source>Where the Local Server Keeps Its Data</source>
        <translation>Wo der lokale Server seine Daten speichert</translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <extracomment>Marks the account the window currently shows.</extracomment>
        <translation>%1 (aktiv)</translation>
    </message>
    <message>
        <source>The sign-in token is stored unencrypted.</source>
        <translation>Das Anmeldetoken ist unverschlüsselt gespeichert.</translation>
    </message>
    <message>
        <source>No keychain was available, so the sign-in token of %1 is stored unencrypted on this computer. Anyone who can read your files can use it.</source>
        <translation>Es war kein Schlüsselbund verfügbar, daher ist das Anmeldetoken von %1 unverschlüsselt auf diesem Computer gespeichert. Wer deine Dateien lesen kann, kann es verwenden.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>General</source>
        <extracomment>Settings tab for behaviour that fits nowhere else.</extracomment>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Local server</source>
        <translation>Lokaler Server</translation>
    </message>
    <message>
        <source>&amp;Signed-in accounts:</source>
        <translation>&amp;Angemeldete Konten:</translation>
    </message>
    <message>
        <source>Signed-in accounts</source>
        <translation>Angemeldete Konten</translation>
    </message>
    <message>
        <source>S&amp;witch to</source>
        <extracomment>Button: show another signed-in account in the window.</extracomment>
        <translation>&amp;Wechseln zu</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>Konto &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Allow storing sign-in tokens unencrypted when no keychain is available</source>
        <translation>Anmeldetokens unverschlüsselt speichern, wenn kein Schlüsselbund verfügbar ist</translation>
    </message>
    <message>
        <source>Keep Confab running in the tray when its window is closed</source>
        <translation>Confab im Infobereich weiterlaufen lassen, wenn das Fenster geschlossen wird</translation>
    </message>
    <message>
        <source>Set me as &amp;away after:</source>
        <translation>Mich als &amp;abwesend setzen nach:</translation>
    </message>
    <message>
        <source>Minutes of inactivity before Away</source>
        <translation>Minuten ohne Aktivität bis Abwesend</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>Spin box suffix: a number of minutes follows.</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <extracomment>Auto-away spin box at 0: never become away automatically.</extracomment>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Show &amp;notifications for new messages</source>
        <translation>&amp;Benachrichtigungen für neue Nachrichten anzeigen</translation>
    </message>
    <message>
        <source>Show the message &amp;text in notifications</source>
        <translation>Nachrichten&amp;text in Benachrichtigungen anzeigen</translation>
    </message>
    <message>
        <source>Play a &amp;sound</source>
        <translation>&amp;Ton abspielen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>System default</source>
        <extracomment>The first entry of the language list: follow the operating system&apos;s language.</extracomment>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>The new language applies at once.</source>
        <translation>Die neue Sprache gilt sofort.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Local server port</source>
        <translation>Port des lokalen Servers</translation>
    </message>
    <message>
        <source>Allow other &amp;computers on the network to connect</source>
        <translation>Anderen &amp;Computern im Netzwerk die Verbindung erlauben</translation>
    </message>
    <message>
        <source>&amp;Data location:</source>
        <translation>&amp;Datenablage:</translation>
    </message>
    <message>
        <source>Local server data location</source>
        <translation>Datenablage des lokalen Servers</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen …</translation>
    </message>
    <message>
        <source>Choose the data location</source>
        <translation>Datenablage wählen</translation>
    </message>
    <message>
        <source>This computer has no address on a private network (such as 192.168.x.x), so nobody else can reach this server. It is never offered on a public address.</source>
        <translation>Dieser Computer hat keine Adresse in einem privaten Netzwerk (wie 192.168.x.x), daher kann niemand sonst diesen Server erreichen. Unter einer öffentlichen Adresse wird er nie angeboten.</translation>
    </message>
    <message>
        <source>People on your local network can reach this server at %1 and sign in with accounts you create; nobody can create an account from another computer.</source>
        <extracomment>%1 is a list of addresses such as &quot;192.168.1.20:4100 and [fd00::2]:4100&quot;.</extracomment>
        <translation>Personen in deinem lokalen Netzwerk erreichen diesen Server unter %1 und können sich mit Konten anmelden, die du erstellst; von einem anderen Computer aus kann niemand ein Konto erstellen.</translation>
    </message>
    <message>
        <source>Create an &amp;account for someone…</source>
        <translation>&amp;Konto für jemanden erstellen …</translation>
    </message>
    <message>
        <source>The local server is running.</source>
        <extracomment>%1 is where the local server listens, e.g. &quot;127.0.0.1:4100&quot;.</extracomment>
        <translation>Der lokale Server läuft.</translation>
    </message>
    <message>
        <source>The local server is running at %1.</source>
        <translation>Der lokale Server läuft unter %1.</translation>
    </message>
    <message>
        <source>Restarting the local server…</source>
        <translation>Der lokale Server wird neu gestartet …</translation>
    </message>
    <message>
        <source>The local server is not running; the new settings apply when it starts.</source>
        <translation>Der lokale Server läuft nicht; die neuen Einstellungen gelten, sobald er startet.</translation>
    </message>
    <message>
        <source>The local server could not start: %1</source>
        <extracomment>%1 is the reason, as the server reported it.</extracomment>
        <translation>Der lokale Server konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Teammates connect to:</source>
        <extracomment>Label of the addresses teammates type as the server address.</extracomment>
        <translation>Teammitglieder verbinden sich mit:</translation>
    </message>
    <message>
        <source>Addresses teammates connect to</source>
        <translation>Adressen, mit denen sich Teammitglieder verbinden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Kop&amp;ieren</translation>
    </message>
    <message>
        <source>Copy the addresses teammates connect to</source>
        <translation>Adressen kopieren, mit denen sich Teammitglieder verbinden</translation>
    </message>
    <message>
        <source>Local server status</source>
        <translation>Status des lokalen Servers</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Bereiche der Einstellungen</translation>
    </message>
    <message>
        <source>Account, General, Notifications, Language and Local server; Ctrl+Tab moves to the next section.</source>
        <translation>Konto, Allgemein, Benachrichtigungen, Sprache und Lokaler Server; Strg+Tab wechselt zum nächsten Bereich.</translation>
    </message>
    <message>
        <source>The accounts signed in on this computer; the one shown in the window is marked.</source>
        <translation>Die auf diesem Computer angemeldeten Konten; das im Fenster angezeigte ist markiert.</translation>
    </message>
    <message>
        <source>Shows the selected account in the window.</source>
        <translation>Zeigt das ausgewählte Konto im Fenster an.</translation>
    </message>
    <message>
        <source>Signs the selected account out and forgets its token on this computer.</source>
        <translation>Meldet das ausgewählte Konto ab und entfernt sein Anmeldetoken von diesem Computer.</translation>
    </message>
    <message>
        <source>Opens the sign-in page to add another account; the others stay signed in.</source>
        <translation>Öffnet die Anmeldeseite, um ein weiteres Konto hinzuzufügen; die anderen bleiben angemeldet.</translation>
    </message>
    <message>
        <source>Without a keychain, a sign-in token can only be kept in a file readable by your user; otherwise you sign in again after each start.</source>
        <translation>Ohne Schlüsselbund kann ein Anmeldetoken nur in einer für deinen Benutzer lesbaren Datei aufbewahrt werden; andernfalls meldest du dich nach jedem Start erneut an.</translation>
    </message>
    <message>
        <source>Closing the window hides it; Quit (Ctrl+Q) ends Confab.</source>
        <translation>Das Schließen des Fensters blendet es nur aus; Beenden (Strg+Q) beendet Confab.</translation>
    </message>
    <message>
        <source>Others see you as away after this many minutes without input; 0 never.</source>
        <translation>Andere sehen dich nach so vielen Minuten ohne Eingabe als abwesend; 0: nie.</translation>
    </message>
    <message>
        <source>A desktop notification for each message in a conversation that is not muted.</source>
        <translation>Eine Desktop-Benachrichtigung für jede Nachricht in einer Unterhaltung, die nicht stummgeschaltet ist.</translation>
    </message>
    <message>
        <source>Off: notifications say who wrote, not what they wrote.</source>
        <translation>Aus: Benachrichtigungen zeigen, wer geschrieben hat, aber nicht, was.</translation>
    </message>
    <message>
        <source>A sound with each notification.</source>
        <translation>Ein Ton bei jeder Benachrichtigung.</translation>
    </message>
    <message>
        <source>The language of Confab&apos;s texts.</source>
        <translation>Die Sprache der Texte von Confab.</translation>
    </message>
    <message>
        <source>The port the server on this computer listens on; applied with OK or Apply.</source>
        <translation>Der Port, auf dem der Server auf diesem Computer lauscht; wird mit OK oder Anwenden übernommen.</translation>
    </message>
    <message>
        <source>The server then also listens on this computer&apos;s private network addresses, for teammates with accounts you create.</source>
        <translation>Der Server lauscht dann auch auf den privaten Netzwerkadressen dieses Computers, für Teammitglieder mit Konten, die du erstellst.</translation>
    </message>
    <message>
        <source>Makes an account on this computer&apos;s server for a teammate.</source>
        <translation>Erstellt ein Konto auf dem Server dieses Computers für ein Teammitglied.</translation>
    </message>
    <message>
        <source>The folder that holds the local server&apos;s database.</source>
        <translation>Der Ordner mit der Datenbank des lokalen Servers.</translation>
    </message>
    <message>
        <source>Opens a folder picker.</source>
        <translation>Öffnet eine Ordnerauswahl.</translation>
    </message>
    <message>
        <source>Teammates type one of these as the server address.</source>
        <translation>Teammitglieder geben eine davon als Serveradresse ein.</translation>
    </message>
    <message>
        <source>Copies the addresses to the clipboard, to send to teammates.</source>
        <translation>Kopiert die Adressen in die Zwischenablage, um sie an Teammitglieder zu senden.</translation>
    </message>
</context>
<context>
    <name>confab::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Everything in Confab can be done from the keyboard. Tab moves between the parts of the window.</source>
        <translation>In Confab lässt sich alles mit der Tastatur erledigen. Tab wechselt zwischen den Teilen des Fensters.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Each row: the keys, then what they do.</source>
        <translation>Jede Zeile: die Tasten, dann was sie bewirken.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>confab::ui::SidePanelStack</name>
    <message>
        <source>Side panel</source>
        <translation>Seitenbereich</translation>
    </message>
</context>
<context>
    <name>confab::ui::Sidebar</name>
    <message>
        <source>Switch or add accounts</source>
        <translation>Konten wechseln oder hinzufügen</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Settings (Ctrl+,)</source>
        <translation>Einstellungen (Strg+,)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>New conversation (Ctrl+N)</source>
        <translation>Neue Unterhaltung (Strg+N)</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
    <message>
        <source>Filter conversations (Ctrl+F)</source>
        <translation>Unterhaltungen filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter conversations</source>
        <translation>Unterhaltungen filtern</translation>
    </message>
    <message>
        <source>Show archived conversations</source>
        <translation>Archivierte Unterhaltungen anzeigen</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Pin to top</source>
        <translation>Oben anheften</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Stummschaltung aufheben</translation>
    </message>
    <message>
        <source>Mute notifications</source>
        <translation>Benachrichtigungen stummschalten</translation>
    </message>
    <message numerus="yes">
        <source>%n unread in other accounts</source>
        <translation>
            <numerusform>%n ungelesene Nachricht in anderen Konten</numerusform>
            <numerusform>%n ungelesene Nachrichten in anderen Konten</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows only conversations whose name contains the text. Down moves into the list; Escape clears the filter.</source>
        <translation>Zeigt nur Unterhaltungen, deren Name den Text enthält. Pfeil nach unten wechselt in die Liste; Esc leert den Filter.</translation>
    </message>
    <message>
        <source>Arrow keys move, Enter opens. Alt+Up and Alt+Down open the previous or next conversation from anywhere in the window.</source>
        <translation>Pfeiltasten bewegen, die Eingabetaste öffnet. Alt+Pfeil nach oben und Alt+Pfeil nach unten öffnen die vorherige oder nächste Unterhaltung von überall im Fenster.</translation>
    </message>
    <message>
        <source>Start a conversation</source>
        <translation>Unterhaltung starten</translation>
    </message>
    <message>
        <source>Opens the dialog to write to a person or to start a group.</source>
        <translation>Öffnet den Dialog, um einer Person zu schreiben oder eine Gruppe zu starten.</translation>
    </message>
    <message>
        <source>No conversations match “%1”.</source>
        <translation>Keine Unterhaltung passt zu „%1“.</translation>
    </message>
    <message>
        <source>Every conversation is archived.</source>
        <translation>Alle Unterhaltungen sind archiviert.</translation>
    </message>
    <message>
        <source>No conversations yet. Write to someone or start a group.</source>
        <translation>Noch keine Unterhaltungen. Schreib jemandem oder starte eine Gruppe.</translation>
    </message>
</context>
<context>
    <name>confab::ui::SignInPage</name>
    <message>
        <source>Enter the address of the server.</source>
        <translation>Gib die Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>That is not a server address. Use a form like chat.example.com or 192.168.1.10:4100.</source>
        <translation>Das ist keine Serveradresse. Verwende eine Form wie chat.example.com oder 192.168.1.10:4100.</translation>
    </message>
    <message>
        <source>Your name can have at most %1 characters.</source>
        <translation>Dein Name kann höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Gib einen Benutzernamen ein.</translation>
    </message>
    <message>
        <source>A user name has 2 to 32 characters: lowercase letters, digits, “.”, “_” and “-”.</source>
        <translation>Ein Benutzername hat 2 bis 32 Zeichen: Kleinbuchstaben, Ziffern, „.“, „_“ und „-“.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Gib dein Passwort ein.</translation>
    </message>
    <message>
        <source>Use a password of at least %1 characters.</source>
        <translation>Verwende ein Passwort mit mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>This server does not accept new accounts. Ask its administrator for one.</source>
        <translation>Dieser Server nimmt keine neuen Konten an. Bitte den Administrator um eines.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <comment>page name</comment>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Welcome to Confab</source>
        <translation>Willkommen bei Confab</translation>
    </message>
    <message>
        <source>Sign in to a Confab server run by you or your organisation.</source>
        <translation>Melde dich an einem Confab-Server an, den du oder deine Organisation betreibt.</translation>
    </message>
    <message>
        <source>Sign in to the Confab server on this computer.</source>
        <translation>Melde dich am Confab-Server auf diesem Computer an.</translation>
    </message>
    <message>
        <source>Confab can run its own server on this computer. Create the first account to start; others can join once you allow it in Settings.</source>
        <translation>Confab kann einen eigenen Server auf diesem Computer betreiben. Lege zum Start das erste Konto an; andere können beitreten, sobald du es in den Einstellungen erlaubst.</translation>
    </message>
    <message>
        <source>Continue with a recent account:</source>
        <translation>Mit einem zuletzt verwendeten Konto fortfahren:</translation>
    </message>
    <message>
        <source>Continue as %1</source>
        <extracomment>%1 is an account, e.g. &quot;ada on chat.example.com&quot;.</extracomment>
        <translation>Als %1 fortfahren</translation>
    </message>
    <message>
        <source>Host on this computer</source>
        <translation>Auf diesem Computer bereitstellen</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>Mit einem Server verbinden</translation>
    </message>
    <message>
        <source>I have an account</source>
        <translation>Ich habe ein Konto</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>Konto anlegen</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Serveradresse:</translation>
    </message>
    <message>
        <source>chat.example.com or 192.168.1.10:4100</source>
        <translation>chat.example.com oder 192.168.1.10:4100</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <extracomment>The name other people see, e.g. &quot;Ada Lovelace&quot;.</extracomment>
        <translation>Dein &amp;Name:</translation>
    </message>
    <message>
        <source>Shown to others, e.g. Ada Lovelace</source>
        <translation>Für andere sichtbar, z. B. Ada Lovelace</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Dein Name</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>e.g. ada</source>
        <translation>z. B. ada</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Mindestens %1 Zeichen</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>Passwort bes&amp;tätigen:</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Passwort bestätigen</translation>
    </message>
    <message>
        <source>Create account and start</source>
        <translation>Konto anlegen und starten</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Konto anlegen</translation>
    </message>
    <message>
        <source>Sign in</source>
        <extracomment>Button.</extracomment>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation>Dein Konto wird angelegt …</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <source>Confab runs the chat server itself; your messages stay on this computer.</source>
        <translation>Confab betreibt den Chatserver selbst; deine Nachrichten bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <source>Sign in to a Confab server that you or your team run elsewhere.</source>
        <translation>Melde dich an einem Confab-Server an, den du oder dein Team anderswo betreibt.</translation>
    </message>
    <message>
        <source>Sign in with your user name and password.</source>
        <translation>Melde dich mit deinem Benutzernamen und Passwort an.</translation>
    </message>
    <message>
        <source>Make a new account on this server.</source>
        <translation>Lege ein neues Konto auf diesem Server an.</translation>
    </message>
    <message>
        <source>The same password again, to catch a typo.</source>
        <translation>Noch einmal dasselbe Passwort, um Tippfehler zu erkennen.</translation>
    </message>
    <message>
        <source>No sign-in is stored for %1. Enter its password to continue.</source>
        <extracomment>%1 names an account, e.g. &quot;Ada Lovelace (@ada) on this computer&quot;.</extracomment>
        <translation>Für %1 ist keine Anmeldung gespeichert. Gib das Passwort ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Button: leave the sign-in page and go back to the chat.</extracomment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel adding an account</source>
        <translation>Hinzufügen eines Kontos abbrechen</translation>
    </message>
    <message>
        <source>Goes back to the chat of the signed-in account.</source>
        <translation>Kehrt zum Chat des angemeldeten Kontos zurück.</translation>
    </message>
    <message>
        <source>Creates the account and signs in with it.</source>
        <translation>Legt das Konto an und meldet dich damit an.</translation>
    </message>
    <message>
        <source>Signs in with the user name and password above.</source>
        <translation>Meldet dich mit dem Benutzernamen und Passwort oben an.</translation>
    </message>
</context>
<context>
    <name>confab::ui::StarredPanel</name>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Starred messages</source>
        <translation>Nachrichten mit Stern</translation>
    </message>
    <message>
        <source>Enter shows the message in the conversation.</source>
        <translation>Die Eingabetaste zeigt die Nachricht in der Unterhaltung.</translation>
    </message>
    <message>
        <source>No starred messages yet</source>
        <translation>Noch keine Nachrichten mit Stern</translation>
    </message>
    <message>
        <source>Star a message from its menu (right click, or the Menu key) to find it here.</source>
        <translation>Markiere eine Nachricht über ihr Menü (Rechtsklick oder Menütaste) mit einem Stern, um sie hier zu finden.</translation>
    </message>
</context>
<context>
    <name>confab::ui::StatusSelector</name>
    <message>
        <source>Online</source>
        <extracomment>Presence status.</extracomment>
        <translation>Online</translation>
    </message>
    <message>
        <source>Away</source>
        <extracomment>Presence status.</extracomment>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <extracomment>Presence status.</extracomment>
        <translation>Nicht stören</translation>
    </message>
    <message>
        <source>Offline</source>
        <extracomment>Presence status.</extracomment>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Your status: %1</source>
        <extracomment>%1 is a presence status such as &quot;Away&quot;, or &quot;Offline&quot; while not connected.</extracomment>
        <translation>Dein Status: %1</translation>
    </message>
    <message>
        <source>Change your status</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <extracomment>Shown instead of the user&apos;s own status while the app connects.</extracomment>
        <translation>Verbinde …</translation>
    </message>
    <message>
        <source>Presence unknown</source>
        <extracomment>Presence status of others while we are offline ourselves.</extracomment>
        <translation>Status unbekannt</translation>
    </message>
    <message>
        <source>Others see you as offline; your status, %1, applies once connected</source>
        <extracomment>%1 is the status the user chose, such as &quot;Away&quot;.</extracomment>
        <translation>Andere sehen dich als offline; dein Status „%1“ gilt, sobald du verbunden bist</translation>
    </message>
</context>
<context>
    <name>confab::ui::ThreadPane</name>
    <message>
        <source>No replies yet</source>
        <translation>Noch keine Antworten</translation>
    </message>
    <message numerus="yes">
        <source>%n repl(y|ies)</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>Thread</source>
        <comment>noun: panel title, a message and its replies</comment>
        <translation>Thread</translation>
    </message>
    <message>
        <source>Thread messages</source>
        <translation>Nachrichten im Thread</translation>
    </message>
    <message>
        <source>The first message and its replies.</source>
        <translation>Die erste Nachricht und ihre Antworten.</translation>
    </message>
</context>
<context>
    <name>confab::ui::TimelineModel</name>
    <message>
        <source>This is the beginning of this conversation.</source>
        <translation>Dies ist der Anfang dieser Unterhaltung.</translation>
    </message>
    <message>
        <source>This is the beginning of your conversation with %1.</source>
        <translation>Dies ist der Anfang deiner Unterhaltung mit %1.</translation>
    </message>
    <message>
        <source>you</source>
        <comment>who created a group: This is the start of #name, created by you</comment>
        <translation>dir</translation>
    </message>
    <message>
        <source>This is the start of #%1, created by %2.</source>
        <translation>Dies ist der Anfang von #%1, erstellt von %2.</translation>
    </message>
    <message>
        <source>This is the start of #%1, created by %2 on %3.</source>
        <translation>Dies ist der Anfang von #%1, erstellt von %2 am %3.</translation>
    </message>
</context>
<context>
    <name>confab::ui::TrayNotifier</name>
    <message>
        <source>Show Confab</source>
        <translation>Confab anzeigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message numerus="yes">
        <source>Confab — %n unread</source>
        <translation>
            <numerusform>Confab — %n ungelesen</numerusform>
            <numerusform>Confab — %n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
</context>
<context>
    <name>confab::ui::TypingIndicator</name>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 schreibt …</translation>
    </message>
    <message>
        <source>%1 and %2 are typing…</source>
        <translation>%1 und %2 schreiben …</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 and %n other(s) are typing…</source>
        <translation>
            <numerusform>%1, %2 und %n weitere Person schreiben …</numerusform>
            <numerusform>%1, %2 und %n weitere Personen schreiben …</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>confab::ui::UserListModel</name>
    <message>
        <source>@%1</source>
        <translation>@%1</translation>
    </message>
    <message>
        <source>%1 (@%2), selected</source>
        <translation>%1 (@%2), ausgewählt</translation>
    </message>
    <message>
        <source>%1 (@%2)</source>
        <translation>%1 (@%2)</translation>
    </message>
</context>
</TS>
