<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AccountLabel</name>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>@%1 on %2</source>
        <extracomment>An account: %1 is the user name, %2 the server (&quot;this computer&quot; or a host name).</extracomment>
        <translation>@%1 sur %2</translation>
    </message>
    <message>
        <source>%1 (@%2) on %3</source>
        <extracomment>An account: %1 is the person&apos;s name, %2 the user name, %3 the server.</extracomment>
        <translation>%1 (@%2) sur %3</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>Confab chat. Without --server it hosts a chat server on this computer.</source>
        <translation>Discussion Confab. Sans --server, un serveur de discussion est hébergé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Sign in to the Confab server at this address (http or https; host:port means http).</source>
        <translation>Se connecter au serveur Confab à cette adresse (http ou https&#xa0;; hôte:port signifie http).</translation>
    </message>
    <message>
        <source>url</source>
        <comment>command-line value name</comment>
        <translation>url</translation>
    </message>
    <message>
        <source>Port of the server hosted on this computer (1-65535).</source>
        <translation>Port du serveur hébergé sur cet ordinateur (1-65535).</translation>
    </message>
    <message>
        <source>port</source>
        <comment>command-line value name</comment>
        <translation>port</translation>
    </message>
    <message>
        <source>Folder of the server hosted on this computer.</source>
        <translation>Dossier du serveur hébergé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>folder</source>
        <comment>command-line value name</comment>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Language of the user interface, such as de or pt_BR.</source>
        <translation>Langue de l’interface, par exemple de ou pt_BR.</translation>
    </message>
    <message>
        <source>code</source>
        <comment>command-line value name: a language code</comment>
        <translation>code</translation>
    </message>
    <message>
        <source>Start even if Confab is already running.</source>
        <translation>Démarrer même si Confab est déjà en cours d’exécution.</translation>
    </message>
    <message>
        <source>Start in the system tray, without a window.</source>
        <translation>Démarrer dans la zone de notification, sans fenêtre.</translation>
    </message>
    <message>
        <source>--server needs an address such as https://chat.example.org.</source>
        <translation>--server attend une adresse comme https://chat.example.org.</translation>
    </message>
    <message>
        <source>Invalid server address &quot;%1&quot;.</source>
        <translation>Adresse de serveur «&#xa0;%1&#xa0;» non valide.</translation>
    </message>
    <message>
        <source>Invalid server address &quot;%1&quot;: only http and https are supported.</source>
        <translation>Adresse de serveur «&#xa0;%1&#xa0;» non valide&#xa0;: seuls http et https sont pris en charge.</translation>
    </message>
    <message>
        <source>Invalid server address &quot;%1&quot;: the host name is missing.</source>
        <translation>Adresse de serveur «&#xa0;%1&#xa0;» non valide&#xa0;: le nom d’hôte manque.</translation>
    </message>
    <message>
        <source>Invalid port &quot;%1&quot;: expected a number from 1 to 65535.</source>
        <translation>Port «&#xa0;%1&#xa0;» non valide&#xa0;: un nombre de 1 à 65535 est attendu.</translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir attend un dossier.</translation>
    </message>
    <message>
        <source>Invalid data folder &quot;%1&quot;: it is a file.</source>
        <translation>Dossier de données «&#xa0;%1&#xa0;» non valide&#xa0;: c’est un fichier.</translation>
    </message>
    <message>
        <source>Invalid language &quot;%1&quot;: expected a code such as de or pt_BR.</source>
        <translation>Langue «&#xa0;%1&#xa0;» non valide&#xa0;: un code comme de ou pt_BR est attendu.</translation>
    </message>
    <message>
        <source>--%1 applies to the server hosted on this computer and cannot be combined with --server.</source>
        <translation>--%1 s’applique au serveur hébergé sur cet ordinateur et ne peut pas être combiné avec --server.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Let other computers on your local network sign in to the server hosted on this computer, with accounts created here.</source>
        <translation>Permettre aux autres ordinateurs de votre réseau local de se connecter au serveur hébergé sur cet ordinateur, avec des comptes créés ici.</translation>
    </message>
</context>
<context>
    <name>Confirmations</name>
    <message>
        <source>Leave conversation</source>
        <translation>Quitter la conversation</translation>
    </message>
    <message>
        <source>Leave “%1”?</source>
        <translation>Quitter «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>You will stop receiving its messages. Someone will have to add you again.</source>
        <translation>Vous ne recevrez plus ses messages. Quelqu’un devra vous ajouter à nouveau.</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>ErrorTexts</name>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Une erreur s’est produite. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>The user name or password is not correct.</source>
        <translation>Le nom d’utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>That user name is taken. Please choose another one.</source>
        <translation>Ce nom d’utilisateur est déjà pris. Veuillez en choisir un autre.</translation>
    </message>
    <message>
        <source>Too many attempts. Please wait a moment and try again.</source>
        <translation>Trop de tentatives. Patientez un instant, puis réessayez.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check the address and your connection.</source>
        <translation>Impossible de joindre le serveur. Vérifiez l’adresse et votre connexion.</translation>
    </message>
    <message>
        <source>You are not allowed to do that on this server.</source>
        <translation>Vous n’êtes pas autorisé à faire cela sur ce serveur.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Votre session a expiré. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>This no longer exists, or you do not have access to it.</source>
        <translation>Cet élément n’existe plus, ou vous n’y avez pas accès.</translation>
    </message>
    <message>
        <source>The server did not accept this. Please check what you entered.</source>
        <translation>Le serveur a refusé cette demande. Vérifiez ce que vous avez saisi.</translation>
    </message>
    <message>
        <source>This is too large to send.</source>
        <translation>C’est trop volumineux pour être envoyé.</translation>
    </message>
    <message>
        <source>This conversation is archived. Nothing can be changed in it.</source>
        <translation>Cette conversation est archivée. Rien ne peut y être modifié.</translation>
    </message>
    <message>
        <source>The server ran into a problem. Please try again later.</source>
        <translation>Le serveur a rencontré un problème. Veuillez réessayer plus tard.</translation>
    </message>
    <message>
        <source>The server took too long to answer. Please try again.</source>
        <translation>Le serveur a mis trop de temps à répondre. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>The connection to the server was lost. Please try again.</source>
        <translation>La connexion au serveur a été perdue. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Not connected to this conversation yet. Please try again in a moment.</source>
        <extracomment>The client is not (yet) subscribed to the conversation it tried to act on.</extracomment>
        <translation>Pas encore connecté à cette conversation. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Too many conversations are open at once. Please try again later.</source>
        <translation>Trop de conversations sont ouvertes en même temps. Veuillez réessayer plus tard.</translation>
    </message>
    <message>
        <source>The server sent an answer this app does not understand. It may be a different version.</source>
        <translation>Le serveur a envoyé une réponse que cette application ne comprend pas. Il s’agit peut-être d’une autre version.</translation>
    </message>
    <message>
        <source>The system keychain could not read or store your sign-in. Please sign in again.</source>
        <translation>Le trousseau du système n’a pas pu lire ou enregistrer votre connexion. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>No system keychain is available, so your sign-in cannot be saved. You will need to sign in again next time.</source>
        <translation>Aucun trousseau système n’est disponible&#xa0;: votre connexion ne peut donc pas être enregistrée. Vous devrez vous reconnecter la prochaine fois.</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused, so your sign-in cannot be saved or read. Allow Confab to use the keychain, or sign in again.</source>
        <translation>L’accès au trousseau du système a été refusé&#xa0;: votre connexion ne peut donc être ni enregistrée ni lue. Autorisez Confab à utiliser le trousseau, ou reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcuts</name>
    <message>
        <source>Jump to a conversation (quick switcher)</source>
        <translation>Aller à une conversation (sélecteur rapide)</translation>
    </message>
    <message>
        <source>Filter the conversation list</source>
        <translation>Filtrer la liste des conversations</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Quit Confab</source>
        <translation>Quitter Confab</translation>
    </message>
    <message>
        <source>Show these keyboard shortcuts</source>
        <translation>Afficher ces raccourcis clavier</translation>
    </message>
    <message>
        <source>Previous conversation in the list</source>
        <translation>Conversation précédente dans la liste</translation>
    </message>
    <message>
        <source>Next conversation in the list</source>
        <translation>Conversation suivante dans la liste</translation>
    </message>
    <message>
        <source>Open the selected conversation; in the message box: send</source>
        <translation>Ouvrir la conversation sélectionnée&#xa0;; dans la zone de message&#xa0;: envoyer</translation>
    </message>
    <message>
        <source>New line in the message box</source>
        <translation>Nouvelle ligne dans la zone de message</translation>
    </message>
    <message>
        <source>Edit your last message (empty message box)</source>
        <translation>Modifier votre dernier message (zone de message vide)</translation>
    </message>
    <message>
        <source>Clear the filter, close the side panel, or cancel an edit or reply</source>
        <translation>Effacer le filtre, fermer le panneau latéral, ou annuler une modification ou une réponse</translation>
    </message>
    <message>
        <source>Actions for the selected message</source>
        <translation>Actions sur le message sélectionné</translation>
    </message>
</context>
<context>
    <name>MessageData</name>
    <message>
        <source>Unknown user</source>
        <translation>Utilisateur inconnu</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>This message was deleted</source>
        <translation>Ce message a été supprimé</translation>
    </message>
    <message>
        <source>edited</source>
        <comment>state of a message</comment>
        <translation>modifié</translation>
    </message>
    <message>
        <source>starred</source>
        <comment>state of a message</comment>
        <translation>favori</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n reaction(s)</source>
        <translation>
            <numerusform>%1 %n réaction</numerusform>
            <numerusform>%1 %n réactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repl(y|ies)</source>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
    <message>
        <source>sending</source>
        <comment>state of a message</comment>
        <translation>envoi en cours</translation>
    </message>
    <message>
        <source>not sent</source>
        <comment>state of a message</comment>
        <translation>non envoyé</translation>
    </message>
</context>
<context>
    <name>MessageLayout</name>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message numerus="yes">
        <source>%n repl(y|ies)</source>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>reaction chip: emoji, count</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>Seen by %1</source>
        <translation>Vu par %1</translation>
    </message>
    <message>
        <source>This message was deleted</source>
        <translation>Ce message a été supprimé</translation>
    </message>
    <message>
        <source>(edited)</source>
        <translation>(modifié)</translation>
    </message>
</context>
<context>
    <name>UsernameHint</name>
    <message>
        <source>User names are lowercase: yours will be “%1”.</source>
        <extracomment>%1 is the user name as it will be created, e.g. &quot;ada&quot;.</extracomment>
        <translation>Les noms d’utilisateur sont en minuscules&#xa0;: le vôtre sera «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>User names are lowercase: signing in as “%1”.</source>
        <extracomment>%1 is the user name as it will be sent, e.g. &quot;ada&quot;.</extracomment>
        <translation>Les noms d’utilisateur sont en minuscules&#xa0;: connexion en tant que «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Lowercase letters, digits, “.”, “_” and “-”.</source>
        <translation>Lettres minuscules, chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» et «&#xa0;-&#xa0;».</translation>
    </message>
</context>
<context>
    <name>confab::app::AppController</name>
    <message>
        <source>Add another account…</source>
        <translation>Ajouter un autre compte…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Confab is still running</source>
        <translation>Confab est toujours en cours d’exécution</translation>
    </message>
    <message>
        <source>Closing the window keeps Confab in the tray, so messages still arrive. To quit, choose Quit in the tray menu or press Ctrl+Q.</source>
        <translation>Fermer la fenêtre laisse Confab dans la zone de notification&#xa0;: les messages continuent donc d’arriver. Pour quitter, choisissez Quitter dans le menu de la zone de notification ou appuyez sur Ctrl+Q.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n unread</source>
        <extracomment>An account menu entry: %1 names the account, %n is its number of unread messages.</extracomment>
        <translation>
            <numerusform>%1 — %n non lu</numerusform>
            <numerusform>%1 — %n non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>confab::app::EmbeddedHost</name>
    <message>
        <source>No data folder is set for the server on this computer.</source>
        <translation>Aucun dossier de données n’est défini pour le serveur de cet ordinateur.</translation>
    </message>
    <message>
        <source>Could not create the data folder %1.</source>
        <translation>Impossible de créer le dossier de données %1.</translation>
    </message>
    <message>
        <source>The server on this computer stopped.</source>
        <translation>Le serveur de cet ordinateur s’est arrêté.</translation>
    </message>
    <message>
        <source>The server on this computer is not running.</source>
        <translation>Le serveur de cet ordinateur n’est pas démarré.</translation>
    </message>
    <message>
        <source>The server on this computer is still stopping; try again.</source>
        <translation>Le serveur de cet ordinateur est encore en cours d’arrêt&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>Could not start the server on this computer: %1</source>
        <translation>Impossible de démarrer le serveur sur cet ordinateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Another Confab server is already using the data folder %1. Stop it first, or choose another folder.</source>
        <translation>Un autre serveur Confab utilise déjà le dossier de données %1. Arrêtez-le d’abord ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Another Confab server (process %1) is already using the data folder %2. Stop it first, or choose another folder.</source>
        <translation>Un autre serveur Confab (processus %1) utilise déjà le dossier de données %2. Arrêtez-le d’abord ou choisissez un autre dossier.</translation>
    </message>
</context>
<context>
    <name>confab::app::NotificationRouter</name>
    <message>
        <source>You were added to this conversation</source>
        <translation>Vous avez été ajouté à cette conversation</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <extracomment>Notification title: %1 is who wrote, %2 the group&apos;s name.</extracomment>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Nouveau message</translation>
    </message>
    <message>
        <source>You have a new message</source>
        <translation>Vous avez un nouveau message</translation>
    </message>
</context>
<context>
    <name>confab::ui::AddMembersDialog</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message numerus="yes">
        <source>Add %n (person|people)</source>
        <translation>
            <numerusform>Ajouter %n personne</numerusform>
            <numerusform>Ajouter %n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Add people</source>
        <translation>Ajouter des personnes</translation>
    </message>
    <message>
        <source>Search by name or user name</source>
        <translation>Rechercher par nom ou nom d’utilisateur</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Rechercher des personnes</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Personnes trouvées</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>État de la recherche</translation>
    </message>
    <message>
        <source>Type a name to find people.</source>
        <translation>Saisissez un nom pour trouver des personnes.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>No one found who is not already here.</source>
        <translation>Personne n’a été trouvé qui ne soit pas déjà ici.</translation>
    </message>
    <message>
        <source>Tick everyone you want to add.</source>
        <translation>Cochez toutes les personnes à ajouter.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Tick everyone you want to add, then choose Add.</source>
        <translation>Cochez toutes les personnes à ajouter, puis choisissez Ajouter.</translation>
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
        <translation>%1 caractères utilisés sur %2</translation>
    </message>
    <message>
        <source>This message is too long to send: at most %1 characters fit in one message.</source>
        <translation>Ce message est trop long pour être envoyé&#xa0;: un message contient au plus %1 caractères.</translation>
    </message>
    <message>
        <source>A message cannot be empty. To remove it, delete it instead.</source>
        <translation>Un message ne peut pas être vide. Pour le retirer, supprimez-le.</translation>
    </message>
    <message>
        <source>Editing message · Esc to cancel</source>
        <translation>Modification du message · Échap pour annuler</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <source>Replying to %1: %2</source>
        <extracomment>%1 is the sender&apos;s name, %2 the start of the message being replied to.</extracomment>
        <translation>Réponse à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cancel reply</source>
        <translation>Annuler la réponse</translation>
    </message>
    <message>
        <source>This conversation is archived</source>
        <translation>Cette conversation est archivée</translation>
    </message>
    <message>
        <source>Write a message…</source>
        <translation>Écrire un message…</translation>
    </message>
    <message>
        <source>Message</source>
        <comment>noun: the message being written</comment>
        <translation>Message</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line, Up edits your last message.</source>
        <translation>Entrée envoie, Maj+Entrée commence une nouvelle ligne, Haut modifie votre dernier message.</translation>
    </message>
    <message>
        <source>Send</source>
        <extracomment>Button that sends the message being written.</extracomment>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <source>Keeps the text and stops editing or replying; Esc does the same.</source>
        <translation>Conserve le texte et arrête la modification ou la réponse&#xa0;; Échap fait de même.</translation>
    </message>
    <message>
        <source>Sends what you wrote; while offline it waits in the outbox and goes out later.</source>
        <translation>Envoie ce que vous avez écrit&#xa0;; hors ligne, le message attend dans la boîte d’envoi et part plus tard.</translation>
    </message>
</context>
<context>
    <name>confab::ui::ConnectionBanner</name>
    <message>
        <source>Connection status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>Retry connecting now</source>
        <translation>Se reconnecter maintenant</translation>
    </message>
    <message>
        <source>Sign in</source>
        <extracomment>Button: sign in again after the session ended.</extracomment>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>You are offline</source>
        <translation>Vous êtes hors ligne</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s…</source>
        <extracomment>%n is a number of seconds; &quot;s&quot; is the unit symbol.</extracomment>
        <translation>
            <numerusform>Reconnexion dans %n s…</numerusform>
            <numerusform>Reconnexion dans %n s…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
    <message>
        <source>Waiting to reconnect…</source>
        <translation>En attente de reconnexion…</translation>
    </message>
    <message>
        <source>You are signed out</source>
        <translation>Vous êtes déconnecté</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting to be sent</source>
        <translation>
            <numerusform>%n message en attente d’envoi</numerusform>
            <numerusform>%n messages en attente d’envoi</numerusform>
        </translation>
    </message>
    <message>
        <source>Connects at once instead of waiting; messages you wrote are sent then.</source>
        <translation>Se connecte immédiatement au lieu d’attendre&#xa0;; les messages que vous avez écrits sont alors envoyés.</translation>
    </message>
    <message>
        <source>Your sign-in ended on the server; opens the sign-in page.</source>
        <translation>Votre connexion a expiré sur le serveur&#xa0;; ouvre la page de connexion.</translation>
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
        <translation>Aucun message pour l’instant</translation>
    </message>
    <message>
        <source>Message deleted</source>
        <translation>Message supprimé</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Vous&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>sender: message preview</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n non lu</numerusform>
            <numerusform>%n non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>pinned</source>
        <comment>state of a conversation</comment>
        <translation>épinglée</translation>
    </message>
    <message>
        <source>muted</source>
        <comment>state of a conversation</comment>
        <translation>en sourdine</translation>
    </message>
    <message>
        <source>archived</source>
        <comment>state of a conversation</comment>
        <translation>archivée</translation>
    </message>
    <message>
        <source>last message: %1</source>
        <translation>dernier message&#xa0;: %1</translation>
    </message>
    <message>
        <source>Direct message</source>
        <translation>Message privé</translation>
    </message>
    <message numerus="yes">
        <source>Group of %n</source>
        <comment>members</comment>
        <translation>
            <numerusform>Groupe de %n membre</numerusform>
            <numerusform>Groupe de %n membres</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>%1, topic: %2</source>
        <translation>%1, sujet&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>confab::ui::ConversationSettingsPanel</name>
    <message>
        <source>Unarchive conversation</source>
        <translation>Désarchiver la conversation</translation>
    </message>
    <message>
        <source>Archive conversation</source>
        <translation>Archiver la conversation</translation>
    </message>
    <message>
        <source>This conversation is archived. Unarchive it to change it.</source>
        <translation>Cette conversation est archivée. Désarchivez-la pour la modifier.</translation>
    </message>
    <message>
        <source>Only the owner of this conversation can change this.</source>
        <translation>Seul le propriétaire de cette conversation peut modifier cela.</translation>
    </message>
    <message>
        <source>A group needs a title.</source>
        <translation>Un groupe doit avoir un titre.</translation>
    </message>
    <message>
        <source>Save the title and topic (Enter)</source>
        <translation>Enregistrer le titre et le sujet (Entrée)</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Rien à enregistrer.</translation>
    </message>
    <message>
        <source>Archived conversations are read-only.</source>
        <translation>Les conversations archivées sont en lecture seule.</translation>
    </message>
    <message>
        <source>Only the owner can archive this conversation.</source>
        <translation>Seul le propriétaire peut archiver cette conversation.</translation>
    </message>
    <message>
        <source>Leave this conversation</source>
        <translation>Quitter cette conversation</translation>
    </message>
    <message>
        <source>Conversation settings</source>
        <translation>Paramètres de la conversation</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>name of a group conversation</comment>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Name of the group</source>
        <translation>Nom du groupe</translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation>S&amp;ujet</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>What this conversation is about</source>
        <translation>De quoi parle cette conversation</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save title and topic</source>
        <translation>Enregistrer le titre et le sujet</translation>
    </message>
    <message>
        <source>&amp;Pin to the top of the list</source>
        <translation>É&amp;pingler en haut de la liste</translation>
    </message>
    <message>
        <source>Pin to the top of the list</source>
        <translation>Épingler en haut de la liste</translation>
    </message>
    <message>
        <source>&amp;Mute notifications</source>
        <translation>&amp;Désactiver les notifications</translation>
    </message>
    <message>
        <source>Mute notifications</source>
        <translation>Désactiver les notifications</translation>
    </message>
    <message>
        <source>No notifications for new messages; mentions of you still notify.</source>
        <translation>Pas de notification pour les nouveaux messages&#xa0;; les mentions vous concernant restent notifiées.</translation>
    </message>
    <message>
        <source>Leave conversation</source>
        <translation>Quitter la conversation</translation>
    </message>
    <message>
        <source>Pinned conversations stay above the others, whatever their last activity.</source>
        <translation>Les conversations épinglées restent au-dessus des autres, quelle que soit leur dernière activité.</translation>
    </message>
</context>
<context>
    <name>confab::ui::ConversationView</name>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Ne pas déranger</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Select a conversation</source>
        <translation>Sélectionnez une conversation</translation>
    </message>
    <message>
        <source>Pick one from the list on the left, or start a new one with Ctrl+N.</source>
        <translation>Choisissez-en une dans la liste à gauche, ou commencez-en une nouvelle avec Ctrl+N.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Show the members of this conversation</source>
        <translation>Afficher les membres de cette conversation</translation>
    </message>
    <message>
        <source>Starred</source>
        <comment>button: show the starred messages</comment>
        <translation>Favoris</translation>
    </message>
    <message>
        <source>Show starred messages</source>
        <translation>Afficher les messages favoris</translation>
    </message>
    <message>
        <source>Starred messages</source>
        <translation>Messages favoris</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Conversation settings</source>
        <translation>Paramètres de la conversation</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Menu key or Shift+F10 opens the actions of the selected message.</source>
        <translation>La touche Menu ou Maj+F10 ouvre les actions du message sélectionné.</translation>
    </message>
    <message>
        <source>↓ New messages</source>
        <translation>↓ Nouveaux messages</translation>
    </message>
    <message>
        <source>Jump to the newest message</source>
        <translation>Aller au message le plus récent</translation>
    </message>
    <message>
        <source>Jump to new messages</source>
        <translation>Aller aux nouveaux messages</translation>
    </message>
    <message>
        <source>Direct conversation</source>
        <translation>Conversation privée</translation>
    </message>
    <message>
        <source>Untitled group</source>
        <translation>Groupe sans titre</translation>
    </message>
    <message>
        <source>Conversation: %1</source>
        <translation>Conversation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Sujet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Presence: %1</source>
        <translation>Présence&#xa0;: %1</translation>
    </message>
    <message>
        <source>Presence unknown</source>
        <translation>Présence inconnue</translation>
    </message>
</context>
<context>
    <name>confab::ui::CreateAccountDialog</name>
    <message>
        <source>The account %1 was created. Its owner can sign in with it now.</source>
        <translation>Le compte %1 a été créé. Son titulaire peut s’y connecter dès maintenant.</translation>
    </message>
    <message>
        <source>A user name has 2 to 32 characters: lowercase letters, digits, “.”, “_” and “-”.</source>
        <translation>Un nom d’utilisateur comporte de 2 à 32 caractères&#xa0;: lettres minuscules, chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» et «&#xa0;-&#xa0;».</translation>
    </message>
    <message>
        <source>A name can have at most %1 characters.</source>
        <translation>Un nom peut comporter au plus %1 caractères.</translation>
    </message>
    <message>
        <source>Use a password of at least %1 characters.</source>
        <translation>Utilisez un mot de passe d’au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>Les deux mots de passe ne correspondent pas.</translation>
    </message>
    <message>
        <source>Create an Account</source>
        <translation>Créer un compte</translation>
    </message>
    <message>
        <source>Create an account on the server on this computer for someone on your local network. Tell them the user name and password; they sign in with them from their own computer.</source>
        <translation>Créez un compte sur le serveur de cet ordinateur pour une personne de votre réseau local. Communiquez-lui le nom d’utilisateur et le mot de passe&#xa0;; elle s’en sert pour se connecter depuis son propre ordinateur.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name shown to others:</source>
        <translation>&amp;Nom affiché aux autres&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>&amp;Confirmer le mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <extracomment>Button: create the account described in the dialog.</extracomment>
        <translation>C&amp;réer</translation>
    </message>
    <message>
        <source>Creates the account; the dialog stays open for the next one.</source>
        <translation>Crée le compte&#xa0;; la boîte de dialogue reste ouverte pour le suivant.</translation>
    </message>
    <message>
        <source>What they sign in with: lowercase letters, digits, “.”, “_” and “-”.</source>
        <translation>Le nom avec lequel la personne se connecte&#xa0;: lettres minuscules, chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» et «&#xa0;-&#xa0;».</translation>
    </message>
    <message>
        <source>Shown to others in conversations; the user name when left empty.</source>
        <translation>Affiché aux autres dans les conversations&#xa0;; le nom d’utilisateur s’il est laissé vide.</translation>
    </message>
    <message>
        <source>At least %1 characters; give it to them with the user name.</source>
        <translation>Au moins %1 caractères&#xa0;; communiquez-le à la personne avec le nom d’utilisateur.</translation>
    </message>
    <message>
        <source>The same password again, to catch a typo.</source>
        <translation>Le même mot de passe une seconde fois, pour éviter une faute de frappe.</translation>
    </message>
</context>
<context>
    <name>confab::ui::InlineError</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>No error</source>
        <translation>Aucune erreur</translation>
    </message>
</context>
<context>
    <name>confab::ui::KeychainNoticeDialog</name>
    <message>
        <source>Sign-in Not Saved</source>
        <translation>Connexion non enregistrée</translation>
    </message>
    <message>
        <source>No keychain (such as GNOME Keyring or KWallet) is available to keep the sign-in of %1 safe. You are signed in now, but you will have to enter your password again after Confab quits.</source>
        <extracomment>%1 names an account, e.g. &quot;Ada Lovelace (@ada) on this computer&quot;.</extracomment>
        <translation>Aucun trousseau (comme GNOME Keyring ou KWallet) n’est disponible pour conserver en sécurité la connexion de %1. Vous êtes connecté pour le moment, mais vous devrez saisir à nouveau votre mot de passe après la fermeture de Confab.</translation>
    </message>
    <message>
        <source>The keychain refused to keep the sign-in of %1. You are signed in now, but you will have to enter your password again after Confab quits.</source>
        <translation>Le trousseau a refusé de conserver la connexion de %1. Vous êtes connecté pour le moment, mais vous devrez saisir à nouveau votre mot de passe après la fermeture de Confab.</translation>
    </message>
    <message>
        <source>The keychain could not keep the sign-in of %1. You are signed in now, but you will have to enter your password again after Confab quits.</source>
        <translation>Le trousseau n’a pas pu conserver la connexion de %1. Vous êtes connecté pour le moment, mais vous devrez saisir à nouveau votre mot de passe après la fermeture de Confab.</translation>
    </message>
    <message>
        <source>What happened to the sign-in</source>
        <translation>Ce qu’il est advenu de la connexion</translation>
    </message>
    <message>
        <source>&amp;Store it unencrypted on this computer</source>
        <translation>&amp;Stocker sans chiffrement sur cet ordinateur</translation>
    </message>
    <message>
        <source>Store the sign-in unencrypted on this computer</source>
        <translation>Stocker la connexion sans chiffrement sur cet ordinateur</translation>
    </message>
    <message>
        <source>Anyone who can read your files could use it. You can change this in Settings.</source>
        <translation>Toute personne pouvant lire vos fichiers pourrait l’utiliser. Vous pouvez modifier cela dans les Paramètres.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Try the keychain again</source>
        <translation>Réessayer avec le trousseau</translation>
    </message>
    <message>
        <source>Asks the keychain once more, for example after unlocking it.</source>
        <translation>Interroge à nouveau le trousseau, par exemple après l’avoir déverrouillé.</translation>
    </message>
    <message>
        <source>&amp;Keep me signed in only until I quit</source>
        <translation>Rester &amp;connecté seulement jusqu’à ce que je quitte</translation>
    </message>
    <message>
        <source>Keep me signed in only until I quit</source>
        <translation>Rester connecté seulement jusqu’à ce que je quitte</translation>
    </message>
    <message>
        <source>Nothing is written to disk; the next start asks for the password.</source>
        <translation>Rien n’est écrit sur le disque&#xa0;; le mot de passe sera demandé au prochain démarrage.</translation>
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
        <translation>propriétaire</translation>
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
        <translation>en ligne</translation>
    </message>
    <message>
        <source>away</source>
        <comment>presence, read by screen readers</comment>
        <translation>absent</translation>
    </message>
    <message>
        <source>do not disturb</source>
        <comment>presence, read by screen readers</comment>
        <translation>ne pas déranger</translation>
    </message>
    <message>
        <source>offline</source>
        <comment>presence, read by screen readers</comment>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>%1 (@%2)</source>
        <translation>%1 (@%2)</translation>
    </message>
    <message>
        <source>owner</source>
        <comment>member role tag</comment>
        <translation>propriétaire</translation>
    </message>
    <message>
        <source>presence unknown</source>
        <comment>presence, read by screen readers</comment>
        <extracomment>While we are offline ourselves: we cannot see whether they are online.</extracomment>
        <translation>présence inconnue</translation>
    </message>
</context>
<context>
    <name>confab::ui::MembersPanel</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message>
        <source>This conversation is archived.</source>
        <translation>Cette conversation est archivée.</translation>
    </message>
    <message>
        <source>Add people to this conversation</source>
        <translation>Ajouter des personnes à cette conversation</translation>
    </message>
    <message>
        <source>Only the owner can add people.</source>
        <translation>Seul le propriétaire peut ajouter des personnes.</translation>
    </message>
    <message>
        <source>Leave this conversation</source>
        <translation>Quitter cette conversation</translation>
    </message>
    <message>
        <source>Member actions</source>
        <translation>Actions sur le membre</translation>
    </message>
    <message>
        <source>Remove %1…</source>
        <extracomment>%1 is a person&apos;s display name.</extracomment>
        <translation>Retirer %1…</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Retirer le membre</translation>
    </message>
    <message>
        <source>Remove %1 from this conversation?</source>
        <translation>Retirer %1 de cette conversation&#xa0;?</translation>
    </message>
    <message>
        <source>They will no longer see new messages. You can add them again later.</source>
        <translation>Cette personne ne verra plus les nouveaux messages. Vous pourrez l’ajouter à nouveau plus tard.</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>button: remove the member</comment>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>The owner can remove a member from its menu (Menu key or right click).</source>
        <translation>Le propriétaire peut retirer un membre depuis son menu (touche Menu ou clic droit).</translation>
    </message>
    <message>
        <source>Add people…</source>
        <translation>Ajouter des personnes…</translation>
    </message>
    <message>
        <source>Add people</source>
        <translation>Ajouter des personnes</translation>
    </message>
    <message>
        <source>Leave conversation</source>
        <translation>Quitter la conversation</translation>
    </message>
</context>
<context>
    <name>confab::ui::MessageActions</name>
    <message>
        <source>Message actions</source>
        <translation>Actions sur le message</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>Réessayer l’envoi</translation>
    </message>
    <message>
        <source>This message is still being sent.</source>
        <translation>Ce message est encore en cours d’envoi.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>This conversation is archived.</source>
        <translation>Cette conversation est archivée.</translation>
    </message>
    <message>
        <source>Reply in thread</source>
        <translation>Répondre dans le fil</translation>
    </message>
    <message>
        <source>Unstar</source>
        <comment>verb: remove the message&apos;s star</comment>
        <translation>Retirer des favoris</translation>
    </message>
    <message>
        <source>Star</source>
        <comment>verb: mark the message with a star</comment>
        <translation>Ajouter aux favoris</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copier le texte</translation>
    </message>
    <message>
        <source>React</source>
        <comment>verb: add an emoji reaction</comment>
        <translation>Réagir</translation>
    </message>
    <message>
        <source>React with %1</source>
        <extracomment>%1 is an emoji.</extracomment>
        <translation>Réagir avec %1</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Autre…</translation>
    </message>
    <message>
        <source>Add a reaction</source>
        <translation>Ajouter une réaction</translation>
    </message>
    <message>
        <source>Reaction</source>
        <comment>the emoji typed in the reaction field</comment>
        <translation>Réaction</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>Supprimer le message</translation>
    </message>
    <message>
        <source>Delete this message for everyone?</source>
        <translation>Supprimer ce message pour tout le monde&#xa0;?</translation>
    </message>
    <message>
        <source>You are deleting someone else&apos;s message as the owner.</source>
        <translation>Vous supprimez le message de quelqu’un d’autre en tant que propriétaire.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Type one emoji:</source>
        <translation>Saisissez un seul emoji :</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Réactions</translation>
    </message>
</context>
<context>
    <name>confab::ui::MessageDelegate</name>
    <message>
        <source>%1 reacted with %2</source>
        <translation>%1 a réagi avec %2</translation>
    </message>
    <message>
        <source>Open the thread</source>
        <translation>Ouvrir le fil</translation>
    </message>
    <message>
        <source>Send this message again</source>
        <translation>Renvoyer ce message</translation>
    </message>
    <message>
        <source>Delete this unsent message</source>
        <translation>Supprimer ce message non envoyé</translation>
    </message>
</context>
<context>
    <name>confab::ui::MessageHoverBar</name>
    <message>
        <source>Message toolbar</source>
        <translation>Barre d’outils du message</translation>
    </message>
    <message>
        <source>This conversation is archived.</source>
        <translation>Cette conversation est archivée.</translation>
    </message>
    <message>
        <source>React</source>
        <comment>verb: add an emoji reaction</comment>
        <translation>Réagir</translation>
    </message>
    <message>
        <source>Add a reaction</source>
        <translation>Ajouter une réaction</translation>
    </message>
    <message>
        <source>Reply</source>
        <comment>verb: reply in a thread</comment>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Reply in thread</source>
        <translation>Répondre dans le fil</translation>
    </message>
    <message>
        <source>Unstar</source>
        <comment>verb: remove the message&apos;s star</comment>
        <translation>Retirer des favoris</translation>
    </message>
    <message>
        <source>Star</source>
        <comment>verb: mark the message with a star</comment>
        <translation>Ajouter aux favoris</translation>
    </message>
    <message>
        <source>Remove the star</source>
        <translation>Retirer ce message des favoris</translation>
    </message>
    <message>
        <source>Star this message</source>
        <translation>Ajouter ce message aux favoris</translation>
    </message>
    <message>
        <source>More</source>
        <comment>button: more actions on a message</comment>
        <translation>Plus</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Plus d’actions</translation>
    </message>
    <message>
        <source>Opens the message&apos;s menu, as the Menu key does.</source>
        <translation>Ouvre le menu du message, comme la touche Menu.</translation>
    </message>
</context>
<context>
    <name>confab::ui::NewConversationDialog</name>
    <message>
        <source>Choose the person to write to.</source>
        <translation>Choisissez la personne à qui écrire.</translation>
    </message>
    <message>
        <source>A direct conversation is with one person. Choose one, or start a group.</source>
        <translation>Une conversation privée se fait avec une seule personne. Choisissez-en une, ou créez un groupe.</translation>
    </message>
    <message>
        <source>Give the group a name.</source>
        <translation>Donnez un nom au groupe.</translation>
    </message>
    <message>
        <source>A group name can have at most %1 characters.</source>
        <translation>Un nom de groupe peut comporter au plus %1 caractères.</translation>
    </message>
    <message>
        <source>Add at least one person to the group.</source>
        <translation>Ajoutez au moins une personne au groupe.</translation>
    </message>
    <message>
        <source>Could not start the conversation.</source>
        <translation>Impossible de démarrer la conversation.</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Choisi&#xa0;: %1</translation>
    </message>
    <message>
        <source>No one found.</source>
        <translation>Personne n’a été trouvé.</translation>
    </message>
    <message>
        <source>Search for people by their name or user name.</source>
        <translation>Recherchez des personnes par leur nom ou leur nom d’utilisateur.</translation>
    </message>
    <message>
        <source>New Group</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message>
        <source>New Direct Message</source>
        <translation>Nouveau message privé</translation>
    </message>
    <message>
        <source>&amp;Direct message</source>
        <translation>Message &amp;privé</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <extracomment>A conversation with several people.</extracomment>
        <translation>&amp;Groupe</translation>
    </message>
    <message>
        <source>Group &amp;name:</source>
        <translation>&amp;Nom du groupe&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Release planning</source>
        <translation>p. ex. Planification de la version</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nom du groupe</translation>
    </message>
    <message>
        <source>&amp;Add people:</source>
        <translation>&amp;Ajouter des personnes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Write to:</source>
        <translation>&amp;Écrire à&#xa0;:</translation>
    </message>
    <message>
        <source>Search by name…</source>
        <translation>Rechercher par nom…</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Rechercher des personnes</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Personnes trouvées</translation>
    </message>
    <message>
        <source>Start</source>
        <extracomment>Button: create the conversation.</extracomment>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Type a name and press Enter to search. Enter on a single result chooses it; Down moves into the results.</source>
        <translation>Saisissez un nom et appuyez sur Entrée pour rechercher. Entrée sur un résultat unique le choisit&#xa0;; Bas permet d’aller dans les résultats.</translation>
    </message>
    <message>
        <source>The name everyone in the group sees.</source>
        <translation>Le nom que voient tous les membres du groupe.</translation>
    </message>
    <message>
        <source>Space or Enter adds the highlighted person to the group.</source>
        <translation>Espace ou Entrée ajoute la personne en surbrillance au groupe.</translation>
    </message>
    <message>
        <source>Enter starts the conversation with the highlighted person.</source>
        <translation>Entrée démarre la conversation avec la personne en surbrillance.</translation>
    </message>
    <message>
        <source>Opens the conversation with the people chosen; Enter in the list does the same.</source>
        <translation>Ouvre la conversation avec les personnes choisies&#xa0;; Entrée dans la liste fait de même.</translation>
    </message>
    <message>
        <source>A private conversation with one person.</source>
        <translation>Une conversation privée avec une seule personne.</translation>
    </message>
    <message>
        <source>A named conversation with several people; you can add more later.</source>
        <translation>Une conversation nommée avec plusieurs personnes&#xa0;; vous pourrez en ajouter d’autres plus tard.</translation>
    </message>
</context>
<context>
    <name>confab::ui::PanelHeader</name>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Close panel</source>
        <translation>Fermer le panneau</translation>
    </message>
    <message>
        <source>Close %1</source>
        <extracomment>%1 is the title of the side panel, e.g. &quot;Thread&quot;.</extracomment>
        <translation>Fermer %1</translation>
    </message>
</context>
<context>
    <name>confab::ui::QuickSwitcher</name>
    <message>
        <source>Quick switcher</source>
        <translation>Sélecteur rapide</translation>
    </message>
    <message>
        <source>Jump to a conversation…</source>
        <translation>Aller à une conversation…</translation>
    </message>
    <message>
        <source>Conversation name</source>
        <translation>Nom de la conversation</translation>
    </message>
    <message>
        <source>Matching conversations</source>
        <translation>Conversations correspondantes</translation>
    </message>
    <message>
        <source>No conversation matches.</source>
        <translation>Aucune conversation ne correspond.</translation>
    </message>
    <message>
        <source>Type part of a name. Up and Down pick a match, Enter opens it, Escape closes.</source>
        <translation>Saisissez une partie d’un nom. Haut et Bas choisissent un résultat, Entrée l’ouvre, Échap ferme.</translation>
    </message>
</context>
<context>
    <name>confab::ui::SettingsDialog</name>
    <message>
        <source>Where the Local Server Keeps Its Data</source>
        <translation>Emplacement des données du serveur local</translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <extracomment>Marks the account the window currently shows.</extracomment>
        <translation>%1 (actif)</translation>
    </message>
    <message>
        <source>The sign-in token is stored unencrypted.</source>
        <translation>Le jeton de connexion est stocké sans chiffrement.</translation>
    </message>
    <message>
        <source>No keychain was available, so the sign-in token of %1 is stored unencrypted on this computer. Anyone who can read your files can use it.</source>
        <translation>Aucun trousseau n’était disponible&#xa0;: le jeton de connexion de %1 est donc stocké sans chiffrement sur cet ordinateur. Toute personne pouvant lire vos fichiers peut l’utiliser.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>General</source>
        <extracomment>Settings tab for behaviour that fits nowhere else.</extracomment>
        <translation>Général</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Local server</source>
        <translation>Serveur local</translation>
    </message>
    <message>
        <source>&amp;Signed-in accounts:</source>
        <translation>&amp;Comptes connectés&#xa0;:</translation>
    </message>
    <message>
        <source>Signed-in accounts</source>
        <translation>Comptes connectés</translation>
    </message>
    <message>
        <source>S&amp;witch to</source>
        <extracomment>Button: show another signed-in account in the window.</extracomment>
        <translation>&amp;Basculer vers</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Ajouter un compte…</translation>
    </message>
    <message>
        <source>Allow storing sign-in tokens unencrypted when no keychain is available</source>
        <translation>Autoriser le stockage des jetons de connexion sans chiffrement si aucun trousseau n’est disponible</translation>
    </message>
    <message>
        <source>Keep Confab running in the tray when its window is closed</source>
        <translation>Laisser Confab tourner dans la zone de notification quand sa fenêtre est fermée</translation>
    </message>
    <message>
        <source>Set me as &amp;away after:</source>
        <translation>Me mettre &amp;absent après&#xa0;:</translation>
    </message>
    <message>
        <source>Minutes of inactivity before Away</source>
        <translation>Minutes d’inactivité avant Absent</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>Spin box suffix: a number of minutes follows.</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <extracomment>Auto-away spin box at 0: never become away automatically.</extracomment>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Show &amp;notifications for new messages</source>
        <translation>Afficher les &amp;notifications des nouveaux messages</translation>
    </message>
    <message>
        <source>Show the message &amp;text in notifications</source>
        <translation>Afficher le &amp;texte des messages dans les notifications</translation>
    </message>
    <message>
        <source>Play a &amp;sound</source>
        <translation>Jouer un &amp;son</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>System default</source>
        <extracomment>The first entry of the language list: follow the operating system&apos;s language.</extracomment>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The new language applies at once.</source>
        <translation>La nouvelle langue s’applique immédiatement.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>Local server port</source>
        <translation>Port du serveur local</translation>
    </message>
    <message>
        <source>Allow other &amp;computers on the network to connect</source>
        <translation>Autoriser les autres &amp;ordinateurs du réseau à se connecter</translation>
    </message>
    <message>
        <source>&amp;Data location:</source>
        <translation>Emplacement des &amp;données&#xa0;:</translation>
    </message>
    <message>
        <source>Local server data location</source>
        <translation>Emplacement des données du serveur local</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parco&amp;urir…</translation>
    </message>
    <message>
        <source>Choose the data location</source>
        <translation>Choisir l’emplacement des données</translation>
    </message>
    <message>
        <source>This computer has no address on a private network (such as 192.168.x.x), so nobody else can reach this server. It is never offered on a public address.</source>
        <translation>Cet ordinateur n’a aucune adresse sur un réseau privé (comme 192.168.x.x)&#xa0;: personne d’autre ne peut donc joindre ce serveur. Il n’est jamais proposé sur une adresse publique.</translation>
    </message>
    <message>
        <source>People on your local network can reach this server at %1 and sign in with accounts you create; nobody can create an account from another computer.</source>
        <extracomment>%1 is a list of addresses such as &quot;192.168.1.20:4100 and [fd00::2]:4100&quot;.</extracomment>
        <translation>Les personnes de votre réseau local peuvent joindre ce serveur à l’adresse %1 et se connecter avec les comptes que vous créez&#xa0;; personne ne peut créer de compte depuis un autre ordinateur.</translation>
    </message>
    <message>
        <source>Create an &amp;account for someone…</source>
        <translation>Créer un &amp;compte pour quelqu’un…</translation>
    </message>
    <message>
        <source>The local server is running.</source>
        <extracomment>%1 is where the local server listens, e.g. &quot;127.0.0.1:4100&quot;.</extracomment>
        <translation>Le serveur local fonctionne.</translation>
    </message>
    <message>
        <source>The local server is running at %1.</source>
        <translation>Le serveur local fonctionne à l’adresse %1.</translation>
    </message>
    <message>
        <source>Restarting the local server…</source>
        <translation>Redémarrage du serveur local…</translation>
    </message>
    <message>
        <source>The local server is not running; the new settings apply when it starts.</source>
        <translation>Le serveur local n’est pas démarré&#xa0;; les nouveaux paramètres s’appliqueront à son démarrage.</translation>
    </message>
    <message>
        <source>The local server could not start: %1</source>
        <extracomment>%1 is the reason, as the server reported it.</extracomment>
        <translation>Le serveur local n’a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Teammates connect to:</source>
        <extracomment>Label of the addresses teammates type as the server address.</extracomment>
        <translation>Votre équipe se connecte à&#xa0;:</translation>
    </message>
    <message>
        <source>Addresses teammates connect to</source>
        <translation>Adresses auxquelles votre équipe se connecte</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <source>Copy the addresses teammates connect to</source>
        <translation>Copier les adresses auxquelles votre équipe se connecte</translation>
    </message>
    <message>
        <source>Local server status</source>
        <translation>État du serveur local</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Sections des paramètres</translation>
    </message>
    <message>
        <source>Account, General, Notifications, Language and Local server; Ctrl+Tab moves to the next section.</source>
        <translation>Compte, Général, Notifications, Langue et Serveur local&#xa0;; Ctrl+Tab passe à la section suivante.</translation>
    </message>
    <message>
        <source>The accounts signed in on this computer; the one shown in the window is marked.</source>
        <translation>Les comptes connectés sur cet ordinateur&#xa0;; celui affiché dans la fenêtre est signalé.</translation>
    </message>
    <message>
        <source>Shows the selected account in the window.</source>
        <translation>Affiche le compte sélectionné dans la fenêtre.</translation>
    </message>
    <message>
        <source>Signs the selected account out and forgets its token on this computer.</source>
        <translation>Déconnecte le compte sélectionné et oublie son jeton sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Opens the sign-in page to add another account; the others stay signed in.</source>
        <translation>Ouvre la page de connexion pour ajouter un autre compte&#xa0;; les autres restent connectés.</translation>
    </message>
    <message>
        <source>Without a keychain, a sign-in token can only be kept in a file readable by your user; otherwise you sign in again after each start.</source>
        <translation>Sans trousseau, un jeton de connexion ne peut être conservé que dans un fichier lisible par votre utilisateur&#xa0;; sinon, vous devez vous reconnecter à chaque démarrage.</translation>
    </message>
    <message>
        <source>Closing the window hides it; Quit (Ctrl+Q) ends Confab.</source>
        <translation>Fermer la fenêtre la masque&#xa0;; Quitter (Ctrl+Q) ferme Confab.</translation>
    </message>
    <message>
        <source>Others see you as away after this many minutes without input; 0 never.</source>
        <translation>Les autres vous voient absent après ce nombre de minutes d’inactivité&#xa0;; 0 pour jamais.</translation>
    </message>
    <message>
        <source>A desktop notification for each message in a conversation that is not muted.</source>
        <translation>Une notification de bureau pour chaque message d’une conversation qui n’est pas en sourdine.</translation>
    </message>
    <message>
        <source>Off: notifications say who wrote, not what they wrote.</source>
        <translation>Désactivé&#xa0;: les notifications indiquent qui a écrit, mais pas ce qui a été écrit.</translation>
    </message>
    <message>
        <source>A sound with each notification.</source>
        <translation>Un son à chaque notification.</translation>
    </message>
    <message>
        <source>The language of Confab&apos;s texts.</source>
        <translation>La langue des textes de Confab.</translation>
    </message>
    <message>
        <source>The port the server on this computer listens on; applied with OK or Apply.</source>
        <translation>Le port sur lequel écoute le serveur de cet ordinateur&#xa0;; appliqué avec OK ou Appliquer.</translation>
    </message>
    <message>
        <source>The server then also listens on this computer&apos;s private network addresses, for teammates with accounts you create.</source>
        <translation>Le serveur écoute alors aussi sur les adresses de réseau privé de cet ordinateur, pour les membres de votre équipe disposant des comptes que vous créez.</translation>
    </message>
    <message>
        <source>Makes an account on this computer&apos;s server for a teammate.</source>
        <translation>Crée un compte sur le serveur de cet ordinateur pour un membre de votre équipe.</translation>
    </message>
    <message>
        <source>The folder that holds the local server&apos;s database.</source>
        <translation>Le dossier qui contient la base de données du serveur local.</translation>
    </message>
    <message>
        <source>Opens a folder picker.</source>
        <translation>Ouvre un sélecteur de dossier.</translation>
    </message>
    <message>
        <source>Teammates type one of these as the server address.</source>
        <translation>Les membres de votre équipe saisissent l’une de ces adresses comme adresse du serveur.</translation>
    </message>
    <message>
        <source>Copies the addresses to the clipboard, to send to teammates.</source>
        <translation>Copie les adresses dans le presse-papiers, pour les envoyer aux membres de votre équipe.</translation>
    </message>
</context>
<context>
    <name>confab::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Everything in Confab can be done from the keyboard. Tab moves between the parts of the window.</source>
        <translation>Tout peut se faire au clavier dans Confab. Tab permet de passer d’une partie de la fenêtre à l’autre.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Each row: the keys, then what they do.</source>
        <translation>Chaque ligne&#xa0;: les touches, puis ce qu’elles font.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>confab::ui::SidePanelStack</name>
    <message>
        <source>Side panel</source>
        <translation>Panneau latéral</translation>
    </message>
</context>
<context>
    <name>confab::ui::Sidebar</name>
    <message>
        <source>Switch or add accounts</source>
        <translation>Changer de compte ou en ajouter</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Settings (Ctrl+,)</source>
        <translation>Paramètres (Ctrl+,)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>New conversation (Ctrl+N)</source>
        <translation>Nouvelle conversation (Ctrl+N)</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <source>Filter conversations (Ctrl+F)</source>
        <translation>Filtrer les conversations (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter conversations</source>
        <translation>Filtrer les conversations</translation>
    </message>
    <message>
        <source>Show archived conversations</source>
        <translation>Afficher les conversations archivées</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <source>Pin to top</source>
        <translation>Épingler en haut</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Réactiver les notifications</translation>
    </message>
    <message>
        <source>Mute notifications</source>
        <translation>Désactiver les notifications</translation>
    </message>
    <message numerus="yes">
        <source>%n unread in other accounts</source>
        <translation>
            <numerusform>%n message non lu dans les autres comptes</numerusform>
            <numerusform>%n messages non lus dans les autres comptes</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows only conversations whose name contains the text. Down moves into the list; Escape clears the filter.</source>
        <translation>N’affiche que les conversations dont le nom contient le texte. Bas permet d’aller dans la liste&#xa0;; Échap efface le filtre.</translation>
    </message>
    <message>
        <source>Arrow keys move, Enter opens. Alt+Up and Alt+Down open the previous or next conversation from anywhere in the window.</source>
        <translation>Les flèches déplacent la sélection, Entrée ouvre. Alt+Haut et Alt+Bas ouvrent la conversation précédente ou suivante depuis n’importe quel endroit de la fenêtre.</translation>
    </message>
    <message>
        <source>Start a conversation</source>
        <translation>Démarrer une conversation</translation>
    </message>
    <message>
        <source>Opens the dialog to write to a person or to start a group.</source>
        <translation>Ouvre la boîte de dialogue pour écrire à une personne ou créer un groupe.</translation>
    </message>
    <message>
        <source>No conversations match “%1”.</source>
        <translation>Aucune conversation ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Every conversation is archived.</source>
        <translation>Toutes les conversations sont archivées.</translation>
    </message>
    <message>
        <source>No conversations yet. Write to someone or start a group.</source>
        <translation>Aucune conversation pour l’instant. Écrivez à quelqu’un ou créez un groupe.</translation>
    </message>
</context>
<context>
    <name>confab::ui::SignInPage</name>
    <message>
        <source>Enter the address of the server.</source>
        <translation>Saisissez l’adresse du serveur.</translation>
    </message>
    <message>
        <source>That is not a server address. Use a form like chat.example.com or 192.168.1.10:4100.</source>
        <translation>Ce n’est pas une adresse de serveur. Utilisez une forme comme chat.example.com ou 192.168.1.10:4100.</translation>
    </message>
    <message>
        <source>Your name can have at most %1 characters.</source>
        <translation>Votre nom peut comporter au plus %1 caractères.</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Saisissez un nom d’utilisateur.</translation>
    </message>
    <message>
        <source>A user name has 2 to 32 characters: lowercase letters, digits, “.”, “_” and “-”.</source>
        <translation>Un nom d’utilisateur comporte de 2 à 32 caractères&#xa0;: lettres minuscules, chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» et «&#xa0;-&#xa0;».</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Use a password of at least %1 characters.</source>
        <translation>Utilisez un mot de passe d’au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>Les deux mots de passe ne correspondent pas.</translation>
    </message>
    <message>
        <source>This server does not accept new accounts. Ask its administrator for one.</source>
        <translation>Ce serveur n’accepte pas de nouveaux comptes. Demandez-en un à son administrateur.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <comment>page name</comment>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Welcome to Confab</source>
        <translation>Bienvenue dans Confab</translation>
    </message>
    <message>
        <source>Sign in to a Confab server run by you or your organisation.</source>
        <translation>Connectez-vous à un serveur Confab géré par vous ou votre organisation.</translation>
    </message>
    <message>
        <source>Sign in to the Confab server on this computer.</source>
        <translation>Connectez-vous au serveur Confab de cet ordinateur.</translation>
    </message>
    <message>
        <source>Confab can run its own server on this computer. Create the first account to start; others can join once you allow it in Settings.</source>
        <translation>Confab peut faire tourner son propre serveur sur cet ordinateur. Créez le premier compte pour commencer&#xa0;; d’autres personnes pourront rejoindre dès que vous l’autoriserez dans les Paramètres.</translation>
    </message>
    <message>
        <source>Continue with a recent account:</source>
        <translation>Continuer avec un compte récent&#xa0;:</translation>
    </message>
    <message>
        <source>Continue as %1</source>
        <extracomment>%1 is an account, e.g. &quot;ada on chat.example.com&quot;.</extracomment>
        <translation>Continuer en tant que %1</translation>
    </message>
    <message>
        <source>Host on this computer</source>
        <translation>Héberger sur cet ordinateur</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>I have an account</source>
        <translation>J’ai un compte</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>Créer un compte</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>Adresse du &amp;serveur&#xa0;:</translation>
    </message>
    <message>
        <source>chat.example.com or 192.168.1.10:4100</source>
        <translation>chat.example.com ou 192.168.1.10:4100</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <extracomment>The name other people see, e.g. &quot;Ada Lovelace&quot;.</extracomment>
        <translation>&amp;Votre nom&#xa0;:</translation>
    </message>
    <message>
        <source>Shown to others, e.g. Ada Lovelace</source>
        <translation>Visible par les autres, p. ex. Ada Lovelace</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. ada</source>
        <translation>p. ex. ada</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Au moins %1 caractères</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>&amp;Confirmer le mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Confirmer le mot de passe</translation>
    </message>
    <message>
        <source>Create account and start</source>
        <translation>Créer le compte et commencer</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Créer le compte</translation>
    </message>
    <message>
        <source>Sign in</source>
        <extracomment>Button.</extracomment>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation>Création de votre compte…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Confab runs the chat server itself; your messages stay on this computer.</source>
        <translation>Confab fait tourner lui-même le serveur de discussion&#xa0;; vos messages restent sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Sign in to a Confab server that you or your team run elsewhere.</source>
        <translation>Connectez-vous à un serveur Confab que vous ou votre équipe gérez ailleurs.</translation>
    </message>
    <message>
        <source>Sign in with your user name and password.</source>
        <translation>Connectez-vous avec votre nom d’utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <source>Make a new account on this server.</source>
        <translation>Créez un nouveau compte sur ce serveur.</translation>
    </message>
    <message>
        <source>The same password again, to catch a typo.</source>
        <translation>Le même mot de passe une seconde fois, pour éviter une faute de frappe.</translation>
    </message>
    <message>
        <source>No sign-in is stored for %1. Enter its password to continue.</source>
        <extracomment>%1 names an account, e.g. &quot;Ada Lovelace (@ada) on this computer&quot;.</extracomment>
        <translation>Aucune connexion n’est enregistrée pour %1. Saisissez son mot de passe pour continuer.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Button: leave the sign-in page and go back to the chat.</extracomment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel adding an account</source>
        <translation>Annuler l’ajout d’un compte</translation>
    </message>
    <message>
        <source>Goes back to the chat of the signed-in account.</source>
        <translation>Revient à la discussion du compte connecté.</translation>
    </message>
    <message>
        <source>Creates the account and signs in with it.</source>
        <translation>Crée le compte et s’y connecte.</translation>
    </message>
    <message>
        <source>Signs in with the user name and password above.</source>
        <translation>Se connecte avec le nom d’utilisateur et le mot de passe ci-dessus.</translation>
    </message>
</context>
<context>
    <name>confab::ui::StarredPanel</name>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Starred messages</source>
        <translation>Messages favoris</translation>
    </message>
    <message>
        <source>Enter shows the message in the conversation.</source>
        <translation>Entrée affiche le message dans la conversation.</translation>
    </message>
    <message>
        <source>No starred messages yet</source>
        <translation>Aucun message favori pour l’instant</translation>
    </message>
    <message>
        <source>Star a message from its menu (right click, or the Menu key) to find it here.</source>
        <translation>Ajoutez un message aux favoris depuis son menu (clic droit ou touche Menu) pour le retrouver ici.</translation>
    </message>
</context>
<context>
    <name>confab::ui::StatusSelector</name>
    <message>
        <source>Online</source>
        <extracomment>Presence status.</extracomment>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Away</source>
        <extracomment>Presence status.</extracomment>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <extracomment>Presence status.</extracomment>
        <translation>Ne pas déranger</translation>
    </message>
    <message>
        <source>Offline</source>
        <extracomment>Presence status.</extracomment>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Your status: %1</source>
        <extracomment>%1 is a presence status such as &quot;Away&quot;, or &quot;Offline&quot; while not connected.</extracomment>
        <translation>Votre statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Change your status</source>
        <translation>Changer votre statut</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <extracomment>Shown instead of the user&apos;s own status while the app connects.</extracomment>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Presence unknown</source>
        <extracomment>Presence status of others while we are offline ourselves.</extracomment>
        <translation>Présence inconnue</translation>
    </message>
    <message>
        <source>Others see you as offline; your status, %1, applies once connected</source>
        <extracomment>%1 is the status the user chose, such as &quot;Away&quot;.</extracomment>
        <translation>Les autres vous voient hors ligne&#xa0;; votre statut, %1, s’appliquera une fois connecté</translation>
    </message>
</context>
<context>
    <name>confab::ui::ThreadPane</name>
    <message>
        <source>No replies yet</source>
        <translation>Aucune réponse pour l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n repl(y|ies)</source>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
    <message>
        <source>Thread</source>
        <comment>noun: panel title, a message and its replies</comment>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Thread messages</source>
        <translation>Messages du fil</translation>
    </message>
    <message>
        <source>The first message and its replies.</source>
        <translation>Le premier message et ses réponses.</translation>
    </message>
</context>
<context>
    <name>confab::ui::TimelineModel</name>
    <message>
        <source>This is the beginning of this conversation.</source>
        <translation>C’est le début de cette conversation.</translation>
    </message>
    <message>
        <source>This is the beginning of your conversation with %1.</source>
        <translation>C’est le début de votre conversation avec %1.</translation>
    </message>
    <message>
        <source>you</source>
        <comment>who created a group: This is the start of #name, created by you</comment>
        <translation>vous</translation>
    </message>
    <message>
        <source>This is the start of #%1, created by %2.</source>
        <translation>C’est le début de #%1, créé par %2.</translation>
    </message>
    <message>
        <source>This is the start of #%1, created by %2 on %3.</source>
        <translation>C’est le début de #%1, créé par %2 le %3.</translation>
    </message>
</context>
<context>
    <name>confab::ui::TrayNotifier</name>
    <message>
        <source>Show Confab</source>
        <translation>Afficher Confab</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message numerus="yes">
        <source>Confab — %n unread</source>
        <translation>
            <numerusform>Confab — %n non lu</numerusform>
            <numerusform>Confab — %n non lus</numerusform>
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
        <translation>%1 est en train d’écrire…</translation>
    </message>
    <message>
        <source>%1 and %2 are typing…</source>
        <translation>%1 et %2 sont en train d’écrire…</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 and %n other(s) are typing…</source>
        <translation>
            <numerusform>%1, %2 et %n autre personne sont en train d’écrire…</numerusform>
            <numerusform>%1, %2 et %n autres personnes sont en train d’écrire…</numerusform>
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
        <translation>%1 (@%2), sélectionné</translation>
    </message>
    <message>
        <source>%1 (@%2)</source>
        <translation>%1 (@%2)</translation>
    </message>
</context>
</TS>
