<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AccountLabel</name>
    <message>
        <source>this computer</source>
        <translation>este equipo</translation>
    </message>
    <message>
        <source>@%1 on %2</source>
        <extracomment>An account: %1 is the user name, %2 the server (&quot;this computer&quot; or a host name).</extracomment>
        <translation>@%1 en %2</translation>
    </message>
    <message>
        <source>%1 (@%2) on %3</source>
        <extracomment>An account: %1 is the person&apos;s name, %2 the user name, %3 the server.</extracomment>
        <translation>%1 (@%2) en %3</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>Confab chat. Without --server it hosts a chat server on this computer.</source>
        <translation>Chat Confab. Sin --server, aloja un servidor de chat en este equipo.</translation>
    </message>
    <message>
        <source>Sign in to the Confab server at this address (http or https; host:port means http).</source>
        <translation>Iniciar sesión en el servidor Confab de esta dirección (http o https; host:puerto significa http).</translation>
    </message>
    <message>
        <source>url</source>
        <comment>command-line value name</comment>
        <translation>url</translation>
    </message>
    <message>
        <source>Port of the server hosted on this computer (1-65535).</source>
        <translation>Puerto del servidor alojado en este equipo (1-65535).</translation>
    </message>
    <message>
        <source>port</source>
        <comment>command-line value name</comment>
        <translation>puerto</translation>
    </message>
    <message>
        <source>Folder of the server hosted on this computer.</source>
        <translation>Carpeta del servidor alojado en este equipo.</translation>
    </message>
    <message>
        <source>folder</source>
        <comment>command-line value name</comment>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Language of the user interface, such as de or pt_BR.</source>
        <translation>Idioma de la interfaz, por ejemplo de o pt_BR.</translation>
    </message>
    <message>
        <source>code</source>
        <comment>command-line value name: a language code</comment>
        <translation>código</translation>
    </message>
    <message>
        <source>Start even if Confab is already running.</source>
        <translation>Iniciar aunque Confab ya esté en ejecución.</translation>
    </message>
    <message>
        <source>Start in the system tray, without a window.</source>
        <translation>Iniciar en la bandeja del sistema, sin ventana.</translation>
    </message>
    <message>
        <source>--server needs an address such as https://chat.example.org.</source>
        <translation>--server necesita una dirección como https://chat.example.org.</translation>
    </message>
    <message>
        <source>Invalid server address &quot;%1&quot;.</source>
        <translation>Dirección de servidor no válida «%1».</translation>
    </message>
    <message>
        <source>Invalid server address &quot;%1&quot;: only http and https are supported.</source>
        <translation>Dirección de servidor no válida «%1»: solo se admiten http y https.</translation>
    </message>
    <message>
        <source>Invalid server address &quot;%1&quot;: the host name is missing.</source>
        <translation>Dirección de servidor no válida «%1»: falta el nombre del host.</translation>
    </message>
    <message>
        <source>Invalid port &quot;%1&quot;: expected a number from 1 to 65535.</source>
        <translation>Puerto no válido «%1»: se esperaba un número del 1 al 65535.</translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir necesita una carpeta.</translation>
    </message>
    <message>
        <source>Invalid data folder &quot;%1&quot;: it is a file.</source>
        <translation>Carpeta de datos no válida «%1»: es un archivo.</translation>
    </message>
    <message>
        <source>Invalid language &quot;%1&quot;: expected a code such as de or pt_BR.</source>
        <translation>Idioma no válido «%1»: se esperaba un código como de o pt_BR.</translation>
    </message>
    <message>
        <source>--%1 applies to the server hosted on this computer and cannot be combined with --server.</source>
        <translation>--%1 se aplica al servidor alojado en este equipo y no se puede combinar con --server.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>Let other computers on your local network sign in to the server hosted on this computer, with accounts created here.</source>
        <translation>Permitir que otros equipos de tu red local inicien sesión en el servidor alojado en este equipo, con cuentas creadas aquí.</translation>
    </message>
</context>
<context>
    <name>Confirmations</name>
    <message>
        <source>Leave conversation</source>
        <translation>Salir de la conversación</translation>
    </message>
    <message>
        <source>Leave “%1”?</source>
        <translation>¿Salir de «%1»?</translation>
    </message>
    <message>
        <source>You will stop receiving its messages. Someone will have to add you again.</source>
        <translation>Dejarás de recibir sus mensajes. Alguien tendrá que volver a añadirte.</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>ErrorTexts</name>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Algo salió mal. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The user name or password is not correct.</source>
        <translation>El nombre de usuario o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>That user name is taken. Please choose another one.</source>
        <translation>Ese nombre de usuario ya está en uso. Elige otro.</translation>
    </message>
    <message>
        <source>Too many attempts. Please wait a moment and try again.</source>
        <translation>Demasiados intentos. Espera un momento e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check the address and your connection.</source>
        <translation>No se puede conectar con el servidor. Comprueba la dirección y tu conexión.</translation>
    </message>
    <message>
        <source>You are not allowed to do that on this server.</source>
        <translation>No tienes permiso para hacer eso en este servidor.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Tu sesión ha terminado. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>This no longer exists, or you do not have access to it.</source>
        <translation>Esto ya no existe o no tienes acceso.</translation>
    </message>
    <message>
        <source>The server did not accept this. Please check what you entered.</source>
        <translation>El servidor no lo aceptó. Revisa lo que has escrito.</translation>
    </message>
    <message>
        <source>This is too large to send.</source>
        <translation>Es demasiado grande para enviarlo.</translation>
    </message>
    <message>
        <source>This conversation is archived. Nothing can be changed in it.</source>
        <translation>Esta conversación está archivada. No se puede cambiar nada en ella.</translation>
    </message>
    <message>
        <source>The server ran into a problem. Please try again later.</source>
        <translation>El servidor tuvo un problema. Inténtalo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The server took too long to answer. Please try again.</source>
        <translation>El servidor tardó demasiado en responder. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The connection to the server was lost. Please try again.</source>
        <translation>Se perdió la conexión con el servidor. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Not connected to this conversation yet. Please try again in a moment.</source>
        <extracomment>The client is not (yet) subscribed to the conversation it tried to act on.</extracomment>
        <translation>Aún no estás conectado a esta conversación. Inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>Too many conversations are open at once. Please try again later.</source>
        <translation>Hay demasiadas conversaciones abiertas a la vez. Inténtalo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The server sent an answer this app does not understand. It may be a different version.</source>
        <translation>El servidor envió una respuesta que esta aplicación no entiende. Puede que sea otra versión.</translation>
    </message>
    <message>
        <source>The system keychain could not read or store your sign-in. Please sign in again.</source>
        <translation>El llavero del sistema no pudo leer ni guardar tu inicio de sesión. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>No system keychain is available, so your sign-in cannot be saved. You will need to sign in again next time.</source>
        <translation>No hay ningún llavero del sistema disponible, así que no se puede guardar tu inicio de sesión. Tendrás que volver a iniciar sesión la próxima vez.</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused, so your sign-in cannot be saved or read. Allow Confab to use the keychain, or sign in again.</source>
        <translation>Se denegó el acceso al llavero del sistema, así que no se puede guardar ni leer tu inicio de sesión. Permite que Confab use el llavero o vuelve a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcuts</name>
    <message>
        <source>Jump to a conversation (quick switcher)</source>
        <translation>Ir a una conversación (selector rápido)</translation>
    </message>
    <message>
        <source>Filter the conversation list</source>
        <translation>Filtrar la lista de conversaciones</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Conversación nueva</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Quit Confab</source>
        <translation>Salir de Confab</translation>
    </message>
    <message>
        <source>Show these keyboard shortcuts</source>
        <translation>Mostrar estos atajos de teclado</translation>
    </message>
    <message>
        <source>Previous conversation in the list</source>
        <translation>Conversación anterior de la lista</translation>
    </message>
    <message>
        <source>Next conversation in the list</source>
        <translation>Conversación siguiente de la lista</translation>
    </message>
    <message>
        <source>Open the selected conversation; in the message box: send</source>
        <translation>Abrir la conversación seleccionada; en el cuadro de mensaje: enviar</translation>
    </message>
    <message>
        <source>New line in the message box</source>
        <translation>Línea nueva en el cuadro de mensaje</translation>
    </message>
    <message>
        <source>Edit your last message (empty message box)</source>
        <translation>Editar tu último mensaje (con el cuadro de mensaje vacío)</translation>
    </message>
    <message>
        <source>Clear the filter, close the side panel, or cancel an edit or reply</source>
        <translation>Borrar el filtro, cerrar el panel lateral o cancelar una edición o respuesta</translation>
    </message>
    <message>
        <source>Actions for the selected message</source>
        <translation>Acciones del mensaje seleccionado</translation>
    </message>
</context>
<context>
    <name>MessageData</name>
    <message>
        <source>Unknown user</source>
        <translation>Usuario desconocido</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>This message was deleted</source>
        <translation>Este mensaje se eliminó</translation>
    </message>
    <message>
        <source>edited</source>
        <comment>state of a message</comment>
        <translation>editado</translation>
    </message>
    <message>
        <source>starred</source>
        <comment>state of a message</comment>
        <translation>destacado</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n reaction(s)</source>
        <translation>
            <numerusform>%1 %n reacción</numerusform>
            <numerusform>%1 %n reacciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repl(y|ies)</source>
        <translation>
            <numerusform>%n respuesta</numerusform>
            <numerusform>%n respuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>sending</source>
        <comment>state of a message</comment>
        <translation>enviando</translation>
    </message>
    <message>
        <source>not sent</source>
        <comment>state of a message</comment>
        <translation>no enviado</translation>
    </message>
</context>
<context>
    <name>MessageLayout</name>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message numerus="yes">
        <source>%n repl(y|ies)</source>
        <translation>
            <numerusform>%n respuesta</numerusform>
            <numerusform>%n respuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>reaction chip: emoji, count</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>Seen by %1</source>
        <translation>Visto por %1</translation>
    </message>
    <message>
        <source>This message was deleted</source>
        <translation>Este mensaje se eliminó</translation>
    </message>
    <message>
        <source>(edited)</source>
        <translation>(editado)</translation>
    </message>
</context>
<context>
    <name>UsernameHint</name>
    <message>
        <source>User names are lowercase: yours will be “%1”.</source>
        <extracomment>%1 is the user name as it will be created, e.g. &quot;ada&quot;.</extracomment>
        <translation>Los nombres de usuario van en minúsculas: el tuyo será «%1».</translation>
    </message>
    <message>
        <source>User names are lowercase: signing in as “%1”.</source>
        <extracomment>%1 is the user name as it will be sent, e.g. &quot;ada&quot;.</extracomment>
        <translation>Los nombres de usuario van en minúsculas: iniciarás sesión como «%1».</translation>
    </message>
    <message>
        <source>Lowercase letters, digits, “.”, “_” and “-”.</source>
        <translation>Letras minúsculas, dígitos, «.», «_» y «-».</translation>
    </message>
</context>
<context>
    <name>confab::app::AppController</name>
    <message>
        <source>Add another account…</source>
        <translation>Añadir otra cuenta…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Confab is still running</source>
        <translation>Confab sigue en ejecución</translation>
    </message>
    <message>
        <source>Closing the window keeps Confab in the tray, so messages still arrive. To quit, choose Quit in the tray menu or press Ctrl+Q.</source>
        <translation>Al cerrar la ventana, Confab se mantiene en la bandeja, así que los mensajes siguen llegando. Para salir, elige Salir en el menú de la bandeja o pulsa Ctrl+Q.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n unread</source>
        <extracomment>An account menu entry: %1 names the account, %n is its number of unread messages.</extracomment>
        <translation>
            <numerusform>%1 — %n sin leer</numerusform>
            <numerusform>%1 — %n sin leer</numerusform>
        </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>confab::app::EmbeddedHost</name>
    <message>
        <source>No data folder is set for the server on this computer.</source>
        <translation>No hay ninguna carpeta de datos definida para el servidor de este equipo.</translation>
    </message>
    <message>
        <source>Could not create the data folder %1.</source>
        <translation>No se pudo crear la carpeta de datos %1.</translation>
    </message>
    <message>
        <source>The server on this computer stopped.</source>
        <translation>El servidor de este equipo se detuvo.</translation>
    </message>
    <message>
        <source>The server on this computer is not running.</source>
        <translation>El servidor de este equipo no está en ejecución.</translation>
    </message>
    <message>
        <source>The server on this computer is still stopping; try again.</source>
        <translation>El servidor de este equipo todavía se está deteniendo; inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Could not start the server on this computer: %1</source>
        <translation>No se pudo iniciar el servidor en este equipo: %1</translation>
    </message>
    <message>
        <source>Another Confab server is already using the data folder %1. Stop it first, or choose another folder.</source>
        <translation>Otro servidor de Confab ya está usando la carpeta de datos %1. Detenlo primero o elige otra carpeta.</translation>
    </message>
    <message>
        <source>Another Confab server (process %1) is already using the data folder %2. Stop it first, or choose another folder.</source>
        <translation>Otro servidor de Confab (proceso %1) ya está usando la carpeta de datos %2. Detenlo primero o elige otra carpeta.</translation>
    </message>
</context>
<context>
    <name>confab::app::NotificationRouter</name>
    <message>
        <source>You were added to this conversation</source>
        <translation>Te añadieron a esta conversación</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <extracomment>Notification title: %1 is who wrote, %2 the group&apos;s name.</extracomment>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Mensaje nuevo</translation>
    </message>
    <message>
        <source>You have a new message</source>
        <translation>Tienes un mensaje nuevo</translation>
    </message>
</context>
<context>
    <name>confab::ui::AddMembersDialog</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message numerus="yes">
        <source>Add %n (person|people)</source>
        <translation>
            <numerusform>Añadir %n persona</numerusform>
            <numerusform>Añadir %n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>Add people</source>
        <translation>Añadir personas</translation>
    </message>
    <message>
        <source>Search by name or user name</source>
        <translation>Buscar por nombre o nombre de usuario</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Buscar personas</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Personas encontradas</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Estado de la búsqueda</translation>
    </message>
    <message>
        <source>Type a name to find people.</source>
        <translation>Escribe un nombre para buscar personas.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>No one found who is not already here.</source>
        <translation>No se encontró a nadie que no esté ya aquí.</translation>
    </message>
    <message>
        <source>Tick everyone you want to add.</source>
        <translation>Marca a todas las personas que quieras añadir.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Tick everyone you want to add, then choose Add.</source>
        <translation>Marca a todas las personas que quieras añadir y luego elige Añadir.</translation>
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
        <translation>%1 de %2 caracteres usados</translation>
    </message>
    <message>
        <source>This message is too long to send: at most %1 characters fit in one message.</source>
        <translation>Este mensaje es demasiado largo para enviarlo: caben como máximo %1 caracteres en un mensaje.</translation>
    </message>
    <message>
        <source>A message cannot be empty. To remove it, delete it instead.</source>
        <translation>Un mensaje no puede quedar vacío. Para quitarlo, elimínalo.</translation>
    </message>
    <message>
        <source>Editing message · Esc to cancel</source>
        <translation>Editando mensaje · Esc para cancelar</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Cancelar edición</translation>
    </message>
    <message>
        <source>Replying to %1: %2</source>
        <extracomment>%1 is the sender&apos;s name, %2 the start of the message being replied to.</extracomment>
        <translation>Respondiendo a %1: %2</translation>
    </message>
    <message>
        <source>Cancel reply</source>
        <translation>Cancelar respuesta</translation>
    </message>
    <message>
        <source>This conversation is archived</source>
        <translation>Esta conversación está archivada</translation>
    </message>
    <message>
        <source>Write a message…</source>
        <translation>Escribe un mensaje…</translation>
    </message>
    <message>
        <source>Message</source>
        <comment>noun: the message being written</comment>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line, Up edits your last message.</source>
        <translation>Intro envía, Mayús+Intro empieza una línea nueva, Flecha arriba edita tu último mensaje.</translation>
    </message>
    <message>
        <source>Send</source>
        <extracomment>Button that sends the message being written.</extracomment>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Enviar mensaje</translation>
    </message>
    <message>
        <source>Keeps the text and stops editing or replying; Esc does the same.</source>
        <translation>Conserva el texto y deja de editar o responder; Esc hace lo mismo.</translation>
    </message>
    <message>
        <source>Sends what you wrote; while offline it waits in the outbox and goes out later.</source>
        <translation>Envía lo que has escrito; sin conexión, espera en la bandeja de salida y se envía más tarde.</translation>
    </message>
</context>
<context>
    <name>confab::ui::ConnectionBanner</name>
    <message>
        <source>Connection status</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <source>Retry connecting now</source>
        <translation>Reintentar la conexión ahora</translation>
    </message>
    <message>
        <source>Sign in</source>
        <extracomment>Button: sign in again after the session ended.</extracomment>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Volver a iniciar sesión</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>You are offline</source>
        <translation>Estás sin conexión</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s…</source>
        <extracomment>%n is a number of seconds; &quot;s&quot; is the unit symbol.</extracomment>
        <translation>
            <numerusform>Reconectando en %n s…</numerusform>
            <numerusform>Reconectando en %n s…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <source>Waiting to reconnect…</source>
        <translation>Esperando para reconectar…</translation>
    </message>
    <message>
        <source>You are signed out</source>
        <translation>Has cerrado sesión</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting to be sent</source>
        <translation>
            <numerusform>%n mensaje pendiente de enviar</numerusform>
            <numerusform>%n mensajes pendientes de enviar</numerusform>
        </translation>
    </message>
    <message>
        <source>Connects at once instead of waiting; messages you wrote are sent then.</source>
        <translation>Se conecta al instante en lugar de esperar; entonces se envían los mensajes que escribiste.</translation>
    </message>
    <message>
        <source>Your sign-in ended on the server; opens the sign-in page.</source>
        <translation>Tu sesión terminó en el servidor; abre la página de inicio de sesión.</translation>
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
        <translation>Todavía no hay mensajes</translation>
    </message>
    <message>
        <source>Message deleted</source>
        <translation>Mensaje eliminado</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Tú: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>sender: message preview</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n sin leer</numerusform>
            <numerusform>%n sin leer</numerusform>
        </translation>
    </message>
    <message>
        <source>pinned</source>
        <comment>state of a conversation</comment>
        <translation>fijada</translation>
    </message>
    <message>
        <source>muted</source>
        <comment>state of a conversation</comment>
        <translation>silenciada</translation>
    </message>
    <message>
        <source>archived</source>
        <comment>state of a conversation</comment>
        <translation>archivada</translation>
    </message>
    <message>
        <source>last message: %1</source>
        <translation>último mensaje: %1</translation>
    </message>
    <message>
        <source>Direct message</source>
        <translation>Mensaje directo</translation>
    </message>
    <message numerus="yes">
        <source>Group of %n</source>
        <comment>members</comment>
        <translation>
            <numerusform>Grupo de %n miembro</numerusform>
            <numerusform>Grupo de %n miembros</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>%1, topic: %2</source>
        <translation>%1, tema: %2</translation>
    </message>
</context>
<context>
    <name>confab::ui::ConversationSettingsPanel</name>
    <message>
        <source>Unarchive conversation</source>
        <translation>Desarchivar conversación</translation>
    </message>
    <message>
        <source>Archive conversation</source>
        <translation>Archivar conversación</translation>
    </message>
    <message>
        <source>This conversation is archived. Unarchive it to change it.</source>
        <translation>Esta conversación está archivada. Desarchívala para cambiarla.</translation>
    </message>
    <message>
        <source>Only the owner of this conversation can change this.</source>
        <translation>Solo el propietario de esta conversación puede cambiar esto.</translation>
    </message>
    <message>
        <source>A group needs a title.</source>
        <translation>Un grupo necesita un título.</translation>
    </message>
    <message>
        <source>Save the title and topic (Enter)</source>
        <translation>Guardar el título y el tema (Intro)</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>No hay nada que guardar.</translation>
    </message>
    <message>
        <source>Archived conversations are read-only.</source>
        <translation>Las conversaciones archivadas son de solo lectura.</translation>
    </message>
    <message>
        <source>Only the owner can archive this conversation.</source>
        <translation>Solo el propietario puede archivar esta conversación.</translation>
    </message>
    <message>
        <source>Leave this conversation</source>
        <translation>Salir de esta conversación</translation>
    </message>
    <message>
        <source>Conversation settings</source>
        <translation>Ajustes de la conversación</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>name of a group conversation</comment>
        <translation>Título</translation>
    </message>
    <message>
        <source>Name of the group</source>
        <translation>Nombre del grupo</translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation>T&amp;ema</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>What this conversation is about</source>
        <translation>De qué trata esta conversación</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save title and topic</source>
        <translation>Guardar título y tema</translation>
    </message>
    <message>
        <source>&amp;Pin to the top of the list</source>
        <translation>&amp;Fijar al principio de la lista</translation>
    </message>
    <message>
        <source>Pin to the top of the list</source>
        <translation>Fijar al principio de la lista</translation>
    </message>
    <message>
        <source>&amp;Mute notifications</source>
        <translation>&amp;Silenciar notificaciones</translation>
    </message>
    <message>
        <source>Mute notifications</source>
        <translation>Silenciar notificaciones</translation>
    </message>
    <message>
        <source>No notifications for new messages; mentions of you still notify.</source>
        <translation>Sin notificaciones de mensajes nuevos; las menciones a ti siguen notificándose.</translation>
    </message>
    <message>
        <source>Leave conversation</source>
        <translation>Salir de la conversación</translation>
    </message>
    <message>
        <source>Pinned conversations stay above the others, whatever their last activity.</source>
        <translation>Las conversaciones fijadas se quedan por encima de las demás, sea cual sea su última actividad.</translation>
    </message>
</context>
<context>
    <name>confab::ui::ConversationView</name>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>No molestar</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Select a conversation</source>
        <translation>Selecciona una conversación</translation>
    </message>
    <message>
        <source>Pick one from the list on the left, or start a new one with Ctrl+N.</source>
        <translation>Elige una de la lista de la izquierda o empieza una nueva con Ctrl+N.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Show the members of this conversation</source>
        <translation>Mostrar los miembros de esta conversación</translation>
    </message>
    <message>
        <source>Starred</source>
        <comment>button: show the starred messages</comment>
        <translation>Destacados</translation>
    </message>
    <message>
        <source>Show starred messages</source>
        <translation>Mostrar mensajes destacados</translation>
    </message>
    <message>
        <source>Starred messages</source>
        <translation>Mensajes destacados</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Conversation settings</source>
        <translation>Ajustes de la conversación</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Menu key or Shift+F10 opens the actions of the selected message.</source>
        <translation>La tecla Menú o Mayús+F10 abre las acciones del mensaje seleccionado.</translation>
    </message>
    <message>
        <source>↓ New messages</source>
        <translation>↓ Mensajes nuevos</translation>
    </message>
    <message>
        <source>Jump to the newest message</source>
        <translation>Ir al mensaje más reciente</translation>
    </message>
    <message>
        <source>Jump to new messages</source>
        <translation>Ir a los mensajes nuevos</translation>
    </message>
    <message>
        <source>Direct conversation</source>
        <translation>Conversación directa</translation>
    </message>
    <message>
        <source>Untitled group</source>
        <translation>Grupo sin título</translation>
    </message>
    <message>
        <source>Conversation: %1</source>
        <translation>Conversación: %1</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Tema: %1</translation>
    </message>
    <message>
        <source>Presence: %1</source>
        <translation>Presencia: %1</translation>
    </message>
    <message>
        <source>Presence unknown</source>
        <translation>Presencia desconocida</translation>
    </message>
</context>
<context>
    <name>confab::ui::CreateAccountDialog</name>
    <message>
        <source>The account %1 was created. Its owner can sign in with it now.</source>
        <translation>Se creó la cuenta %1. Su titular ya puede iniciar sesión con ella.</translation>
    </message>
    <message>
        <source>A user name has 2 to 32 characters: lowercase letters, digits, “.”, “_” and “-”.</source>
        <translation>Un nombre de usuario tiene de 2 a 32 caracteres: letras minúsculas, dígitos, «.», «_» y «-».</translation>
    </message>
    <message>
        <source>A name can have at most %1 characters.</source>
        <translation>Un nombre puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Use a password of at least %1 characters.</source>
        <translation>Usa una contraseña de al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Create an Account</source>
        <translation>Crear una cuenta</translation>
    </message>
    <message>
        <source>Create an account on the server on this computer for someone on your local network. Tell them the user name and password; they sign in with them from their own computer.</source>
        <translation>Crea una cuenta en el servidor de este equipo para alguien de tu red local. Comunícale el nombre de usuario y la contraseña; con ellos inicia sesión desde su propio equipo.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Name shown to others:</source>
        <translation>&amp;Nombre visible para otros:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>C&amp;onfirmar contraseña:</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <extracomment>Button: create the account described in the dialog.</extracomment>
        <translation>C&amp;rear</translation>
    </message>
    <message>
        <source>Creates the account; the dialog stays open for the next one.</source>
        <translation>Crea la cuenta; el diálogo sigue abierto para la siguiente.</translation>
    </message>
    <message>
        <source>What they sign in with: lowercase letters, digits, “.”, “_” and “-”.</source>
        <translation>El nombre con el que iniciará sesión: letras minúsculas, dígitos, «.», «_» y «-».</translation>
    </message>
    <message>
        <source>Shown to others in conversations; the user name when left empty.</source>
        <translation>Lo que ven los demás en las conversaciones; si se deja vacío, el nombre de usuario.</translation>
    </message>
    <message>
        <source>At least %1 characters; give it to them with the user name.</source>
        <translation>Al menos %1 caracteres; comunícasela junto con el nombre de usuario.</translation>
    </message>
    <message>
        <source>The same password again, to catch a typo.</source>
        <translation>La misma contraseña otra vez, para detectar errores de escritura.</translation>
    </message>
</context>
<context>
    <name>confab::ui::InlineError</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>No error</source>
        <translation>Sin errores</translation>
    </message>
</context>
<context>
    <name>confab::ui::KeychainNoticeDialog</name>
    <message>
        <source>Sign-in Not Saved</source>
        <translation>Inicio de sesión no guardado</translation>
    </message>
    <message>
        <source>No keychain (such as GNOME Keyring or KWallet) is available to keep the sign-in of %1 safe. You are signed in now, but you will have to enter your password again after Confab quits.</source>
        <extracomment>%1 names an account, e.g. &quot;Ada Lovelace (@ada) on this computer&quot;.</extracomment>
        <translation>No hay ningún llavero (como GNOME Keyring o KWallet) disponible para guardar de forma segura el inicio de sesión de %1. Ya has iniciado sesión, pero tendrás que volver a escribir tu contraseña cuando Confab se cierre.</translation>
    </message>
    <message>
        <source>The keychain refused to keep the sign-in of %1. You are signed in now, but you will have to enter your password again after Confab quits.</source>
        <translation>El llavero se negó a guardar el inicio de sesión de %1. Ya has iniciado sesión, pero tendrás que volver a escribir tu contraseña cuando Confab se cierre.</translation>
    </message>
    <message>
        <source>The keychain could not keep the sign-in of %1. You are signed in now, but you will have to enter your password again after Confab quits.</source>
        <translation>El llavero no pudo guardar el inicio de sesión de %1. Ya has iniciado sesión, pero tendrás que volver a escribir tu contraseña cuando Confab se cierre.</translation>
    </message>
    <message>
        <source>What happened to the sign-in</source>
        <translation>Qué ha pasado con el inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;Store it unencrypted on this computer</source>
        <translation>&amp;Guardarlo sin cifrar en este equipo</translation>
    </message>
    <message>
        <source>Store the sign-in unencrypted on this computer</source>
        <translation>Guardar el inicio de sesión sin cifrar en este equipo</translation>
    </message>
    <message>
        <source>Anyone who can read your files could use it. You can change this in Settings.</source>
        <translation>Cualquiera que pueda leer tus archivos podría usarlo. Puedes cambiarlo en Ajustes.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Intentarlo de nuevo</translation>
    </message>
    <message>
        <source>Try the keychain again</source>
        <translation>Volver a intentarlo con el llavero</translation>
    </message>
    <message>
        <source>Asks the keychain once more, for example after unlocking it.</source>
        <translation>Vuelve a consultar el llavero, por ejemplo después de desbloquearlo.</translation>
    </message>
    <message>
        <source>&amp;Keep me signed in only until I quit</source>
        <translation>&amp;Mantener la sesión iniciada solo hasta que salga</translation>
    </message>
    <message>
        <source>Keep me signed in only until I quit</source>
        <translation>Mantener la sesión iniciada solo hasta que salga</translation>
    </message>
    <message>
        <source>Nothing is written to disk; the next start asks for the password.</source>
        <translation>No se escribe nada en el disco; el próximo inicio pedirá la contraseña.</translation>
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
        <translation>propietario</translation>
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
        <translation>en línea</translation>
    </message>
    <message>
        <source>away</source>
        <comment>presence, read by screen readers</comment>
        <translation>ausente</translation>
    </message>
    <message>
        <source>do not disturb</source>
        <comment>presence, read by screen readers</comment>
        <translation>no molestar</translation>
    </message>
    <message>
        <source>offline</source>
        <comment>presence, read by screen readers</comment>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>%1 (@%2)</source>
        <translation>%1 (@%2)</translation>
    </message>
    <message>
        <source>owner</source>
        <comment>member role tag</comment>
        <translation>propietario</translation>
    </message>
    <message>
        <source>presence unknown</source>
        <comment>presence, read by screen readers</comment>
        <extracomment>While we are offline ourselves: we cannot see whether they are online.</extracomment>
        <translation>presencia desconocida</translation>
    </message>
</context>
<context>
    <name>confab::ui::MembersPanel</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n miembro</numerusform>
            <numerusform>%n miembros</numerusform>
        </translation>
    </message>
    <message>
        <source>This conversation is archived.</source>
        <translation>Esta conversación está archivada.</translation>
    </message>
    <message>
        <source>Add people to this conversation</source>
        <translation>Añadir personas a esta conversación</translation>
    </message>
    <message>
        <source>Only the owner can add people.</source>
        <translation>Solo el propietario puede añadir personas.</translation>
    </message>
    <message>
        <source>Leave this conversation</source>
        <translation>Salir de esta conversación</translation>
    </message>
    <message>
        <source>Member actions</source>
        <translation>Acciones del miembro</translation>
    </message>
    <message>
        <source>Remove %1…</source>
        <extracomment>%1 is a person&apos;s display name.</extracomment>
        <translation>Quitar a %1…</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Quitar miembro</translation>
    </message>
    <message>
        <source>Remove %1 from this conversation?</source>
        <translation>¿Quitar a %1 de esta conversación?</translation>
    </message>
    <message>
        <source>They will no longer see new messages. You can add them again later.</source>
        <translation>Ya no verá los mensajes nuevos. Puedes volver a añadirlo más tarde.</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>button: remove the member</comment>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>The owner can remove a member from its menu (Menu key or right click).</source>
        <translation>El propietario puede quitar a un miembro desde su menú (tecla Menú o clic derecho).</translation>
    </message>
    <message>
        <source>Add people…</source>
        <translation>Añadir personas…</translation>
    </message>
    <message>
        <source>Add people</source>
        <translation>Añadir personas</translation>
    </message>
    <message>
        <source>Leave conversation</source>
        <translation>Salir de la conversación</translation>
    </message>
</context>
<context>
    <name>confab::ui::MessageActions</name>
    <message>
        <source>Message actions</source>
        <translation>Acciones del mensaje</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>Reintentar el envío</translation>
    </message>
    <message>
        <source>This message is still being sent.</source>
        <translation>Este mensaje todavía se está enviando.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>This conversation is archived.</source>
        <translation>Esta conversación está archivada.</translation>
    </message>
    <message>
        <source>Reply in thread</source>
        <translation>Responder en el hilo</translation>
    </message>
    <message>
        <source>Unstar</source>
        <comment>verb: remove the message&apos;s star</comment>
        <translation>Quitar de destacados</translation>
    </message>
    <message>
        <source>Star</source>
        <comment>verb: mark the message with a star</comment>
        <translation>Destacar</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copiar texto</translation>
    </message>
    <message>
        <source>React</source>
        <comment>verb: add an emoji reaction</comment>
        <translation>Reaccionar</translation>
    </message>
    <message>
        <source>React with %1</source>
        <extracomment>%1 is an emoji.</extracomment>
        <translation>Reaccionar con %1</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Otra…</translation>
    </message>
    <message>
        <source>Add a reaction</source>
        <translation>Añadir una reacción</translation>
    </message>
    <message>
        <source>Reaction</source>
        <comment>the emoji typed in the reaction field</comment>
        <translation>Reacción</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>Eliminar mensaje</translation>
    </message>
    <message>
        <source>Delete this message for everyone?</source>
        <translation>¿Eliminar este mensaje para todos?</translation>
    </message>
    <message>
        <source>You are deleting someone else&apos;s message as the owner.</source>
        <translation>Estás eliminando el mensaje de otra persona como propietario.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Type one emoji:</source>
        <translation>Escribe un solo emoji:</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reacciones</translation>
    </message>
</context>
<context>
    <name>confab::ui::MessageDelegate</name>
    <message>
        <source>%1 reacted with %2</source>
        <translation>%1 reaccionó con %2</translation>
    </message>
    <message>
        <source>Open the thread</source>
        <translation>Abrir el hilo</translation>
    </message>
    <message>
        <source>Send this message again</source>
        <translation>Volver a enviar este mensaje</translation>
    </message>
    <message>
        <source>Delete this unsent message</source>
        <translation>Eliminar este mensaje no enviado</translation>
    </message>
</context>
<context>
    <name>confab::ui::MessageHoverBar</name>
    <message>
        <source>Message toolbar</source>
        <translation>Barra de herramientas del mensaje</translation>
    </message>
    <message>
        <source>This conversation is archived.</source>
        <translation>Esta conversación está archivada.</translation>
    </message>
    <message>
        <source>React</source>
        <comment>verb: add an emoji reaction</comment>
        <translation>Reaccionar</translation>
    </message>
    <message>
        <source>Add a reaction</source>
        <translation>Añadir una reacción</translation>
    </message>
    <message>
        <source>Reply</source>
        <comment>verb: reply in a thread</comment>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Reply in thread</source>
        <translation>Responder en el hilo</translation>
    </message>
    <message>
        <source>Unstar</source>
        <comment>verb: remove the message&apos;s star</comment>
        <translation>Quitar de destacados</translation>
    </message>
    <message>
        <source>Star</source>
        <comment>verb: mark the message with a star</comment>
        <translation>Destacar</translation>
    </message>
    <message>
        <source>Remove the star</source>
        <translation>Quitar este mensaje de destacados</translation>
    </message>
    <message>
        <source>Star this message</source>
        <translation>Destacar este mensaje</translation>
    </message>
    <message>
        <source>More</source>
        <comment>button: more actions on a message</comment>
        <translation>Más</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Más acciones</translation>
    </message>
    <message>
        <source>Opens the message&apos;s menu, as the Menu key does.</source>
        <translation>Abre el menú del mensaje, como la tecla Menú.</translation>
    </message>
</context>
<context>
    <name>confab::ui::NewConversationDialog</name>
    <message>
        <source>Choose the person to write to.</source>
        <translation>Elige a la persona a la que quieres escribir.</translation>
    </message>
    <message>
        <source>A direct conversation is with one person. Choose one, or start a group.</source>
        <translation>Una conversación directa es con una sola persona. Elige una o crea un grupo.</translation>
    </message>
    <message>
        <source>Give the group a name.</source>
        <translation>Ponle un nombre al grupo.</translation>
    </message>
    <message>
        <source>A group name can have at most %1 characters.</source>
        <translation>El nombre de un grupo puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Add at least one person to the group.</source>
        <translation>Añade al menos una persona al grupo.</translation>
    </message>
    <message>
        <source>Could not start the conversation.</source>
        <translation>No se pudo iniciar la conversación.</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Elegido: %1</translation>
    </message>
    <message>
        <source>No one found.</source>
        <translation>No se encontró a nadie.</translation>
    </message>
    <message>
        <source>Search for people by their name or user name.</source>
        <translation>Busca personas por su nombre o nombre de usuario.</translation>
    </message>
    <message>
        <source>New Group</source>
        <translation>Grupo nuevo</translation>
    </message>
    <message>
        <source>New Direct Message</source>
        <translation>Mensaje directo nuevo</translation>
    </message>
    <message>
        <source>&amp;Direct message</source>
        <translation>Mensaje &amp;directo</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <extracomment>A conversation with several people.</extracomment>
        <translation>&amp;Grupo</translation>
    </message>
    <message>
        <source>Group &amp;name:</source>
        <translation>&amp;Nombre del grupo:</translation>
    </message>
    <message>
        <source>e.g. Release planning</source>
        <translation>p. ej., Planificación de la versión</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nombre del grupo</translation>
    </message>
    <message>
        <source>&amp;Add people:</source>
        <translation>&amp;Añadir personas:</translation>
    </message>
    <message>
        <source>&amp;Write to:</source>
        <translation>&amp;Escribir a:</translation>
    </message>
    <message>
        <source>Search by name…</source>
        <translation>Buscar por nombre…</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Buscar personas</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Personas encontradas</translation>
    </message>
    <message>
        <source>Start</source>
        <extracomment>Button: create the conversation.</extracomment>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Type a name and press Enter to search. Enter on a single result chooses it; Down moves into the results.</source>
        <translation>Escribe un nombre y pulsa Intro para buscar. Intro sobre un único resultado lo elige; Flecha abajo pasa a los resultados.</translation>
    </message>
    <message>
        <source>The name everyone in the group sees.</source>
        <translation>El nombre que ven todos los miembros del grupo.</translation>
    </message>
    <message>
        <source>Space or Enter adds the highlighted person to the group.</source>
        <translation>Espacio o Intro añade al grupo a la persona resaltada.</translation>
    </message>
    <message>
        <source>Enter starts the conversation with the highlighted person.</source>
        <translation>Intro inicia la conversación con la persona resaltada.</translation>
    </message>
    <message>
        <source>Opens the conversation with the people chosen; Enter in the list does the same.</source>
        <translation>Abre la conversación con las personas elegidas; Intro en la lista hace lo mismo.</translation>
    </message>
    <message>
        <source>A private conversation with one person.</source>
        <translation>Una conversación privada con una sola persona.</translation>
    </message>
    <message>
        <source>A named conversation with several people; you can add more later.</source>
        <translation>Una conversación con nombre entre varias personas; puedes añadir más después.</translation>
    </message>
</context>
<context>
    <name>confab::ui::PanelHeader</name>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>Close panel</source>
        <translation>Cerrar panel</translation>
    </message>
    <message>
        <source>Close %1</source>
        <extracomment>%1 is the title of the side panel, e.g. &quot;Thread&quot;.</extracomment>
        <translation>Cerrar %1</translation>
    </message>
</context>
<context>
    <name>confab::ui::QuickSwitcher</name>
    <message>
        <source>Quick switcher</source>
        <translation>Selector rápido</translation>
    </message>
    <message>
        <source>Jump to a conversation…</source>
        <translation>Ir a una conversación…</translation>
    </message>
    <message>
        <source>Conversation name</source>
        <translation>Nombre de la conversación</translation>
    </message>
    <message>
        <source>Matching conversations</source>
        <translation>Conversaciones que coinciden</translation>
    </message>
    <message>
        <source>No conversation matches.</source>
        <translation>Ninguna conversación coincide.</translation>
    </message>
    <message>
        <source>Type part of a name. Up and Down pick a match, Enter opens it, Escape closes.</source>
        <translation>Escribe parte de un nombre. Flecha arriba y Flecha abajo eligen una coincidencia, Intro la abre y Esc cierra.</translation>
    </message>
</context>
<context>
    <name>confab::ui::SettingsDialog</name>
    <message>
        <source>Where the Local Server Keeps Its Data</source>
        <translation>Dónde guarda sus datos el servidor local</translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <extracomment>Marks the account the window currently shows.</extracomment>
        <translation>%1 (activa)</translation>
    </message>
    <message>
        <source>The sign-in token is stored unencrypted.</source>
        <translation>El token de inicio de sesión se guarda sin cifrar.</translation>
    </message>
    <message>
        <source>No keychain was available, so the sign-in token of %1 is stored unencrypted on this computer. Anyone who can read your files can use it.</source>
        <translation>No había ningún llavero disponible, así que el token de inicio de sesión de %1 se guarda sin cifrar en este equipo. Cualquiera que pueda leer tus archivos puede usarlo.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>General</source>
        <extracomment>Settings tab for behaviour that fits nowhere else.</extracomment>
        <translation>General</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Local server</source>
        <translation>Servidor local</translation>
    </message>
    <message>
        <source>&amp;Signed-in accounts:</source>
        <translation>&amp;Cuentas con sesión iniciada:</translation>
    </message>
    <message>
        <source>Signed-in accounts</source>
        <translation>Cuentas con sesión iniciada</translation>
    </message>
    <message>
        <source>S&amp;witch to</source>
        <extracomment>Button: show another signed-in account in the window.</extracomment>
        <translation>Cam&amp;biar a</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Añadir cuenta…</translation>
    </message>
    <message>
        <source>Allow storing sign-in tokens unencrypted when no keychain is available</source>
        <translation>Permitir guardar tokens de inicio de sesión sin cifrar cuando no haya llavero</translation>
    </message>
    <message>
        <source>Keep Confab running in the tray when its window is closed</source>
        <translation>Mantener Confab en la bandeja cuando se cierre su ventana</translation>
    </message>
    <message>
        <source>Set me as &amp;away after:</source>
        <translation>Ponerme como &amp;ausente tras:</translation>
    </message>
    <message>
        <source>Minutes of inactivity before Away</source>
        <translation>Minutos de inactividad antes de Ausente</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>Spin box suffix: a number of minutes follows.</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <extracomment>Auto-away spin box at 0: never become away automatically.</extracomment>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Show &amp;notifications for new messages</source>
        <translation>Mostrar &amp;notificaciones de mensajes nuevos</translation>
    </message>
    <message>
        <source>Show the message &amp;text in notifications</source>
        <translation>Mostrar el &amp;texto del mensaje en las notificaciones</translation>
    </message>
    <message>
        <source>Play a &amp;sound</source>
        <translation>Reproducir un &amp;sonido</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>System default</source>
        <extracomment>The first entry of the language list: follow the operating system&apos;s language.</extracomment>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>The new language applies at once.</source>
        <translation>El nuevo idioma se aplica al instante.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>Local server port</source>
        <translation>Puerto del servidor local</translation>
    </message>
    <message>
        <source>Allow other &amp;computers on the network to connect</source>
        <translation>Permitir que otros &amp;equipos de la red se conecten</translation>
    </message>
    <message>
        <source>&amp;Data location:</source>
        <translation>Ubicación de los &amp;datos:</translation>
    </message>
    <message>
        <source>Local server data location</source>
        <translation>Ubicación de los datos del servidor local</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Choose the data location</source>
        <translation>Elegir la ubicación de los datos</translation>
    </message>
    <message>
        <source>This computer has no address on a private network (such as 192.168.x.x), so nobody else can reach this server. It is never offered on a public address.</source>
        <translation>Este equipo no tiene ninguna dirección en una red privada (como 192.168.x.x), así que nadie más puede llegar a este servidor. Nunca se ofrece en una dirección pública.</translation>
    </message>
    <message>
        <source>People on your local network can reach this server at %1 and sign in with accounts you create; nobody can create an account from another computer.</source>
        <extracomment>%1 is a list of addresses such as &quot;192.168.1.20:4100 and [fd00::2]:4100&quot;.</extracomment>
        <translation>Las personas de tu red local pueden llegar a este servidor en %1 e iniciar sesión con las cuentas que tú crees; nadie puede crear una cuenta desde otro equipo.</translation>
    </message>
    <message>
        <source>Create an &amp;account for someone…</source>
        <translation>Crear una &amp;cuenta para otra persona…</translation>
    </message>
    <message>
        <source>The local server is running.</source>
        <extracomment>%1 is where the local server listens, e.g. &quot;127.0.0.1:4100&quot;.</extracomment>
        <translation>El servidor local está en ejecución.</translation>
    </message>
    <message>
        <source>The local server is running at %1.</source>
        <translation>El servidor local está en ejecución en %1.</translation>
    </message>
    <message>
        <source>Restarting the local server…</source>
        <translation>Reiniciando el servidor local…</translation>
    </message>
    <message>
        <source>The local server is not running; the new settings apply when it starts.</source>
        <translation>El servidor local no está en ejecución; los nuevos ajustes se aplicarán cuando se inicie.</translation>
    </message>
    <message>
        <source>The local server could not start: %1</source>
        <extracomment>%1 is the reason, as the server reported it.</extracomment>
        <translation>No se pudo iniciar el servidor local: %1</translation>
    </message>
    <message>
        <source>Teammates connect to:</source>
        <extracomment>Label of the addresses teammates type as the server address.</extracomment>
        <translation>Tus compañeros se conectan a:</translation>
    </message>
    <message>
        <source>Addresses teammates connect to</source>
        <translation>Direcciones a las que se conectan tus compañeros</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>C&amp;opiar</translation>
    </message>
    <message>
        <source>Copy the addresses teammates connect to</source>
        <translation>Copiar las direcciones a las que se conectan tus compañeros</translation>
    </message>
    <message>
        <source>Local server status</source>
        <translation>Estado del servidor local</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Secciones de los ajustes</translation>
    </message>
    <message>
        <source>Account, General, Notifications, Language and Local server; Ctrl+Tab moves to the next section.</source>
        <translation>Cuenta, General, Notificaciones, Idioma y Servidor local; Ctrl+Tab pasa a la sección siguiente.</translation>
    </message>
    <message>
        <source>The accounts signed in on this computer; the one shown in the window is marked.</source>
        <translation>Las cuentas con sesión iniciada en este equipo; la que se muestra en la ventana está marcada.</translation>
    </message>
    <message>
        <source>Shows the selected account in the window.</source>
        <translation>Muestra la cuenta seleccionada en la ventana.</translation>
    </message>
    <message>
        <source>Signs the selected account out and forgets its token on this computer.</source>
        <translation>Cierra la sesión de la cuenta seleccionada y olvida su token en este equipo.</translation>
    </message>
    <message>
        <source>Opens the sign-in page to add another account; the others stay signed in.</source>
        <translation>Abre la página de inicio de sesión para añadir otra cuenta; las demás mantienen la sesión iniciada.</translation>
    </message>
    <message>
        <source>Without a keychain, a sign-in token can only be kept in a file readable by your user; otherwise you sign in again after each start.</source>
        <translation>Sin llavero, un token de inicio de sesión solo se puede guardar en un archivo que tu usuario puede leer; si no, vuelves a iniciar sesión cada vez que se inicia Confab.</translation>
    </message>
    <message>
        <source>Closing the window hides it; Quit (Ctrl+Q) ends Confab.</source>
        <translation>Al cerrar la ventana, esta se oculta; Salir (Ctrl+Q) cierra Confab.</translation>
    </message>
    <message>
        <source>Others see you as away after this many minutes without input; 0 never.</source>
        <translation>Los demás te ven como ausente tras estos minutos sin actividad; 0: nunca.</translation>
    </message>
    <message>
        <source>A desktop notification for each message in a conversation that is not muted.</source>
        <translation>Una notificación de escritorio por cada mensaje de una conversación que no esté silenciada.</translation>
    </message>
    <message>
        <source>Off: notifications say who wrote, not what they wrote.</source>
        <translation>Desactivado: las notificaciones dicen quién escribió, no qué escribió.</translation>
    </message>
    <message>
        <source>A sound with each notification.</source>
        <translation>Un sonido con cada notificación.</translation>
    </message>
    <message>
        <source>The language of Confab&apos;s texts.</source>
        <translation>El idioma de los textos de Confab.</translation>
    </message>
    <message>
        <source>The port the server on this computer listens on; applied with OK or Apply.</source>
        <translation>El puerto en el que escucha el servidor de este equipo; se aplica con Aceptar o Aplicar.</translation>
    </message>
    <message>
        <source>The server then also listens on this computer&apos;s private network addresses, for teammates with accounts you create.</source>
        <translation>El servidor escucha entonces también en las direcciones de red privada de este equipo, para los compañeros con cuentas que tú crees.</translation>
    </message>
    <message>
        <source>Makes an account on this computer&apos;s server for a teammate.</source>
        <translation>Crea una cuenta para un compañero en el servidor de este equipo.</translation>
    </message>
    <message>
        <source>The folder that holds the local server&apos;s database.</source>
        <translation>La carpeta que contiene la base de datos del servidor local.</translation>
    </message>
    <message>
        <source>Opens a folder picker.</source>
        <translation>Abre un selector de carpetas.</translation>
    </message>
    <message>
        <source>Teammates type one of these as the server address.</source>
        <translation>Tus compañeros escriben una de estas como dirección del servidor.</translation>
    </message>
    <message>
        <source>Copies the addresses to the clipboard, to send to teammates.</source>
        <translation>Copia las direcciones al portapapeles para enviárselas a tus compañeros.</translation>
    </message>
</context>
<context>
    <name>confab::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Everything in Confab can be done from the keyboard. Tab moves between the parts of the window.</source>
        <translation>En Confab todo se puede hacer con el teclado. Tab pasa de una parte de la ventana a otra.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Each row: the keys, then what they do.</source>
        <translation>Cada fila: las teclas y, después, lo que hacen.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>confab::ui::SidePanelStack</name>
    <message>
        <source>Side panel</source>
        <translation>Panel lateral</translation>
    </message>
</context>
<context>
    <name>confab::ui::Sidebar</name>
    <message>
        <source>Switch or add accounts</source>
        <translation>Cambiar o añadir cuentas</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Settings (Ctrl+,)</source>
        <translation>Ajustes (Ctrl+,)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>New conversation (Ctrl+N)</source>
        <translation>Conversación nueva (Ctrl+N)</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Conversación nueva</translation>
    </message>
    <message>
        <source>Filter conversations (Ctrl+F)</source>
        <translation>Filtrar conversaciones (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter conversations</source>
        <translation>Filtrar conversaciones</translation>
    </message>
    <message>
        <source>Show archived conversations</source>
        <translation>Mostrar conversaciones archivadas</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sin sesión iniciada</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Sesión iniciada como %1</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Dejar de fijar</translation>
    </message>
    <message>
        <source>Pin to top</source>
        <translation>Fijar arriba</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Reactivar notificaciones</translation>
    </message>
    <message>
        <source>Mute notifications</source>
        <translation>Silenciar notificaciones</translation>
    </message>
    <message numerus="yes">
        <source>%n unread in other accounts</source>
        <translation>
            <numerusform>%n sin leer en otras cuentas</numerusform>
            <numerusform>%n sin leer en otras cuentas</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows only conversations whose name contains the text. Down moves into the list; Escape clears the filter.</source>
        <translation>Muestra solo las conversaciones cuyo nombre contiene el texto. Flecha abajo pasa a la lista; Esc borra el filtro.</translation>
    </message>
    <message>
        <source>Arrow keys move, Enter opens. Alt+Up and Alt+Down open the previous or next conversation from anywhere in the window.</source>
        <translation>Las flechas mueven la selección e Intro abre. Alt+Flecha arriba y Alt+Flecha abajo abren la conversación anterior o siguiente desde cualquier parte de la ventana.</translation>
    </message>
    <message>
        <source>Start a conversation</source>
        <translation>Iniciar una conversación</translation>
    </message>
    <message>
        <source>Opens the dialog to write to a person or to start a group.</source>
        <translation>Abre el diálogo para escribir a una persona o crear un grupo.</translation>
    </message>
    <message>
        <source>No conversations match “%1”.</source>
        <translation>Ninguna conversación coincide con «%1».</translation>
    </message>
    <message>
        <source>Every conversation is archived.</source>
        <translation>Todas las conversaciones están archivadas.</translation>
    </message>
    <message>
        <source>No conversations yet. Write to someone or start a group.</source>
        <translation>Todavía no hay conversaciones. Escribe a alguien o crea un grupo.</translation>
    </message>
</context>
<context>
    <name>confab::ui::SignInPage</name>
    <message>
        <source>Enter the address of the server.</source>
        <translation>Escribe la dirección del servidor.</translation>
    </message>
    <message>
        <source>That is not a server address. Use a form like chat.example.com or 192.168.1.10:4100.</source>
        <translation>Eso no es una dirección de servidor. Usa un formato como chat.example.com o 192.168.1.10:4100.</translation>
    </message>
    <message>
        <source>Your name can have at most %1 characters.</source>
        <translation>Tu nombre puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Escribe un nombre de usuario.</translation>
    </message>
    <message>
        <source>A user name has 2 to 32 characters: lowercase letters, digits, “.”, “_” and “-”.</source>
        <translation>Un nombre de usuario tiene de 2 a 32 caracteres: letras minúsculas, dígitos, «.», «_» y «-».</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Escribe tu contraseña.</translation>
    </message>
    <message>
        <source>Use a password of at least %1 characters.</source>
        <translation>Usa una contraseña de al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>This server does not accept new accounts. Ask its administrator for one.</source>
        <translation>Este servidor no acepta cuentas nuevas. Pide una a su administrador.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <comment>page name</comment>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Welcome to Confab</source>
        <translation>Te damos la bienvenida a Confab</translation>
    </message>
    <message>
        <source>Sign in to a Confab server run by you or your organisation.</source>
        <translation>Inicia sesión en un servidor Confab gestionado por ti o por tu organización.</translation>
    </message>
    <message>
        <source>Sign in to the Confab server on this computer.</source>
        <translation>Inicia sesión en el servidor Confab de este equipo.</translation>
    </message>
    <message>
        <source>Confab can run its own server on this computer. Create the first account to start; others can join once you allow it in Settings.</source>
        <translation>Confab puede ejecutar su propio servidor en este equipo. Crea la primera cuenta para empezar; otras personas podrán unirse cuando lo permitas en Ajustes.</translation>
    </message>
    <message>
        <source>Continue with a recent account:</source>
        <translation>Continuar con una cuenta reciente:</translation>
    </message>
    <message>
        <source>Continue as %1</source>
        <extracomment>%1 is an account, e.g. &quot;ada on chat.example.com&quot;.</extracomment>
        <translation>Continuar como %1</translation>
    </message>
    <message>
        <source>Host on this computer</source>
        <translation>Alojar en este equipo</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>Conectarse a un servidor</translation>
    </message>
    <message>
        <source>I have an account</source>
        <translation>Tengo una cuenta</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>Crear una cuenta</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>Dirección del &amp;servidor:</translation>
    </message>
    <message>
        <source>chat.example.com or 192.168.1.10:4100</source>
        <translation>chat.example.com o 192.168.1.10:4100</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <extracomment>The name other people see, e.g. &quot;Ada Lovelace&quot;.</extracomment>
        <translation>Tu &amp;nombre:</translation>
    </message>
    <message>
        <source>Shown to others, e.g. Ada Lovelace</source>
        <translation>Visible para los demás, p. ej., Ada Lovelace</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>e.g. ada</source>
        <translation>p. ej., ada</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Al menos %1 caracteres</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>Con&amp;firmar contraseña:</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Confirmar contraseña</translation>
    </message>
    <message>
        <source>Create account and start</source>
        <translation>Crear cuenta y empezar</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Crear cuenta</translation>
    </message>
    <message>
        <source>Sign in</source>
        <extracomment>Button.</extracomment>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation>Creando tu cuenta…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Confab runs the chat server itself; your messages stay on this computer.</source>
        <translation>Confab ejecuta su propio servidor de chat; tus mensajes se quedan en este equipo.</translation>
    </message>
    <message>
        <source>Sign in to a Confab server that you or your team run elsewhere.</source>
        <translation>Inicia sesión en un servidor Confab gestionado en otro lugar por ti o por tus compañeros.</translation>
    </message>
    <message>
        <source>Sign in with your user name and password.</source>
        <translation>Inicia sesión con tu nombre de usuario y tu contraseña.</translation>
    </message>
    <message>
        <source>Make a new account on this server.</source>
        <translation>Crea una cuenta nueva en este servidor.</translation>
    </message>
    <message>
        <source>The same password again, to catch a typo.</source>
        <translation>La misma contraseña otra vez, para detectar errores de escritura.</translation>
    </message>
    <message>
        <source>No sign-in is stored for %1. Enter its password to continue.</source>
        <extracomment>%1 names an account, e.g. &quot;Ada Lovelace (@ada) on this computer&quot;.</extracomment>
        <translation>No hay ningún inicio de sesión guardado para %1. Escribe su contraseña para continuar.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Button: leave the sign-in page and go back to the chat.</extracomment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel adding an account</source>
        <translation>Cancelar la adición de una cuenta</translation>
    </message>
    <message>
        <source>Goes back to the chat of the signed-in account.</source>
        <translation>Vuelve al chat de la cuenta con sesión iniciada.</translation>
    </message>
    <message>
        <source>Creates the account and signs in with it.</source>
        <translation>Crea la cuenta e inicia sesión con ella.</translation>
    </message>
    <message>
        <source>Signs in with the user name and password above.</source>
        <translation>Inicia sesión con el nombre de usuario y la contraseña de arriba.</translation>
    </message>
</context>
<context>
    <name>confab::ui::StarredPanel</name>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>Starred messages</source>
        <translation>Mensajes destacados</translation>
    </message>
    <message>
        <source>Enter shows the message in the conversation.</source>
        <translation>Intro muestra el mensaje en la conversación.</translation>
    </message>
    <message>
        <source>No starred messages yet</source>
        <translation>Todavía no hay mensajes destacados</translation>
    </message>
    <message>
        <source>Star a message from its menu (right click, or the Menu key) to find it here.</source>
        <translation>Destaca un mensaje desde su menú (clic derecho o tecla Menú) para encontrarlo aquí.</translation>
    </message>
</context>
<context>
    <name>confab::ui::StatusSelector</name>
    <message>
        <source>Online</source>
        <extracomment>Presence status.</extracomment>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Away</source>
        <extracomment>Presence status.</extracomment>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <extracomment>Presence status.</extracomment>
        <translation>No molestar</translation>
    </message>
    <message>
        <source>Offline</source>
        <extracomment>Presence status.</extracomment>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Your status: %1</source>
        <extracomment>%1 is a presence status such as &quot;Away&quot;, or &quot;Offline&quot; while not connected.</extracomment>
        <translation>Tu estado: %1</translation>
    </message>
    <message>
        <source>Change your status</source>
        <translation>Cambiar tu estado</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <extracomment>Shown instead of the user&apos;s own status while the app connects.</extracomment>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Presence unknown</source>
        <extracomment>Presence status of others while we are offline ourselves.</extracomment>
        <translation>Presencia desconocida</translation>
    </message>
    <message>
        <source>Others see you as offline; your status, %1, applies once connected</source>
        <extracomment>%1 is the status the user chose, such as &quot;Away&quot;.</extracomment>
        <translation>Los demás te ven sin conexión; tu estado, %1, se aplicará cuando te conectes</translation>
    </message>
</context>
<context>
    <name>confab::ui::ThreadPane</name>
    <message>
        <source>No replies yet</source>
        <translation>Todavía no hay respuestas</translation>
    </message>
    <message numerus="yes">
        <source>%n repl(y|ies)</source>
        <translation>
            <numerusform>%n respuesta</numerusform>
            <numerusform>%n respuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>Thread</source>
        <comment>noun: panel title, a message and its replies</comment>
        <translation>Hilo</translation>
    </message>
    <message>
        <source>Thread messages</source>
        <translation>Mensajes del hilo</translation>
    </message>
    <message>
        <source>The first message and its replies.</source>
        <translation>El primer mensaje y sus respuestas.</translation>
    </message>
</context>
<context>
    <name>confab::ui::TimelineModel</name>
    <message>
        <source>This is the beginning of this conversation.</source>
        <translation>Este es el comienzo de esta conversación.</translation>
    </message>
    <message>
        <source>This is the beginning of your conversation with %1.</source>
        <translation>Este es el comienzo de tu conversación con %1.</translation>
    </message>
    <message>
        <source>you</source>
        <comment>who created a group: This is the start of #name, created by you</comment>
        <translation>ti</translation>
    </message>
    <message>
        <source>This is the start of #%1, created by %2.</source>
        <translation>Este es el comienzo de #%1, creado por %2.</translation>
    </message>
    <message>
        <source>This is the start of #%1, created by %2 on %3.</source>
        <translation>Este es el comienzo de #%1, creado por %2 el %3.</translation>
    </message>
</context>
<context>
    <name>confab::ui::TrayNotifier</name>
    <message>
        <source>Show Confab</source>
        <translation>Mostrar Confab</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message numerus="yes">
        <source>Confab — %n unread</source>
        <translation>
            <numerusform>Confab — %n sin leer</numerusform>
            <numerusform>Confab — %n sin leer</numerusform>
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
        <translation>%1 está escribiendo…</translation>
    </message>
    <message>
        <source>%1 and %2 are typing…</source>
        <translation>%1 y %2 están escribiendo…</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 and %n other(s) are typing…</source>
        <translation>
            <numerusform>%1, %2 y %n persona más están escribiendo…</numerusform>
            <numerusform>%1, %2 y %n personas más están escribiendo…</numerusform>
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
        <translation>%1 (@%2), seleccionado</translation>
    </message>
    <message>
        <source>%1 (@%2)</source>
        <translation>%1 (@%2)</translation>
    </message>
</context>
</TS>
