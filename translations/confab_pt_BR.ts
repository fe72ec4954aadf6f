<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AccountLabel</name>
    <message>
        <source>this computer</source>
        <translation>computador local</translation>
    </message>
    <message>
        <source>@%1 on %2</source>
        <extracomment>An account: %1 is the user name, %2 the server (&quot;this computer&quot; or a host name).</extracomment>
        <translation>@%1 no %2</translation>
    </message>
    <message>
        <source>%1 (@%2) on %3</source>
        <extracomment>An account: %1 is the person&apos;s name, %2 the user name, %3 the server.</extracomment>
        <translation>%1 (@%2) no %3</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>Confab chat. Without --server it hosts a chat server on this computer.</source>
        <translation>Chat Confab. Sem --server, hospeda um servidor de chat neste computador.</translation>
    </message>
    <message>
        <source>Sign in to the Confab server at this address (http or https; host:port means http).</source>
        <translation>Entrar no servidor Confab neste endereço (http ou https; host:porta significa http).</translation>
    </message>
    <message>
        <source>url</source>
        <comment>command-line value name</comment>
        <translation>url</translation>
    </message>
    <message>
        <source>Port of the server hosted on this computer (1-65535).</source>
        <translation>Porta do servidor hospedado neste computador (1-65535).</translation>
    </message>
    <message>
        <source>port</source>
        <comment>command-line value name</comment>
        <translation>porta</translation>
    </message>
    <message>
        <source>Folder of the server hosted on this computer.</source>
        <translation>Pasta do servidor hospedado neste computador.</translation>
    </message>
    <message>
        <source>folder</source>
        <comment>command-line value name</comment>
        <translation>pasta</translation>
    </message>
    <message>
        <source>Language of the user interface, such as de or pt_BR.</source>
        <translation>Idioma da interface, como de ou pt_BR.</translation>
    </message>
    <message>
        <source>code</source>
        <comment>command-line value name: a language code</comment>
        <translation>código</translation>
    </message>
    <message>
        <source>Start even if Confab is already running.</source>
        <translation>Iniciar mesmo que o Confab já esteja em execução.</translation>
    </message>
    <message>
        <source>Start in the system tray, without a window.</source>
        <translation>Iniciar na bandeja do sistema, sem janela.</translation>
    </message>
    <message>
        <source>--server needs an address such as https://chat.example.org.</source>
        <translation>--server precisa de um endereço como https://chat.example.org.</translation>
    </message>
    <message>
        <source>Invalid server address &quot;%1&quot;.</source>
        <translation>Endereço de servidor inválido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Invalid server address &quot;%1&quot;: only http and https are supported.</source>
        <translation>Endereço de servidor inválido &quot;%1&quot;: só http e https são aceitos.</translation>
    </message>
    <message>
        <source>Invalid server address &quot;%1&quot;: the host name is missing.</source>
        <translation>Endereço de servidor inválido &quot;%1&quot;: falta o nome do host.</translation>
    </message>
    <message>
        <source>Invalid port &quot;%1&quot;: expected a number from 1 to 65535.</source>
        <translation>Porta inválida &quot;%1&quot;: informe um número de 1 a 65535.</translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir precisa de uma pasta.</translation>
    </message>
    <message>
        <source>Invalid data folder &quot;%1&quot;: it is a file.</source>
        <translation>Pasta de dados inválida &quot;%1&quot;: é um arquivo.</translation>
    </message>
    <message>
        <source>Invalid language &quot;%1&quot;: expected a code such as de or pt_BR.</source>
        <translation>Idioma inválido &quot;%1&quot;: informe um código como de ou pt_BR.</translation>
    </message>
    <message>
        <source>--%1 applies to the server hosted on this computer and cannot be combined with --server.</source>
        <translation>--%1 vale para o servidor hospedado neste computador e não pode ser usado com --server.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argumento inesperado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Let other computers on your local network sign in to the server hosted on this computer, with accounts created here.</source>
        <translation>Permitir que outros computadores da sua rede local entrem no servidor hospedado neste computador, com contas criadas aqui.</translation>
    </message>
</context>
<context>
    <name>Confirmations</name>
    <message>
        <source>Leave conversation</source>
        <translation>Sair da conversa</translation>
    </message>
    <message>
        <source>Leave “%1”?</source>
        <translation>Sair de “%1”?</translation>
    </message>
    <message>
        <source>You will stop receiving its messages. Someone will have to add you again.</source>
        <translation>Você deixará de receber as mensagens dela. Alguém terá que adicionar você de novo.</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Sair</translation>
    </message>
</context>
<context>
    <name>ErrorTexts</name>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Algo deu errado. Tente novamente.</translation>
    </message>
    <message>
        <source>The user name or password is not correct.</source>
        <translation>O nome de usuário ou a senha não está correto.</translation>
    </message>
    <message>
        <source>That user name is taken. Please choose another one.</source>
        <translation>Esse nome de usuário já está em uso. Escolha outro.</translation>
    </message>
    <message>
        <source>Too many attempts. Please wait a moment and try again.</source>
        <translation>Tentativas demais. Aguarde um momento e tente novamente.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check the address and your connection.</source>
        <translation>Não foi possível acessar o servidor. Verifique o endereço e sua conexão.</translation>
    </message>
    <message>
        <source>You are not allowed to do that on this server.</source>
        <translation>Você não tem permissão para fazer isso neste servidor.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Sua sessão terminou. Entre novamente.</translation>
    </message>
    <message>
        <source>This no longer exists, or you do not have access to it.</source>
        <translation>Isto não existe mais, ou você não tem acesso.</translation>
    </message>
    <message>
        <source>The server did not accept this. Please check what you entered.</source>
        <translation>O servidor não aceitou isto. Verifique o que você digitou.</translation>
    </message>
    <message>
        <source>This is too large to send.</source>
        <translation>Isto é grande demais para enviar.</translation>
    </message>
    <message>
        <source>This conversation is archived. Nothing can be changed in it.</source>
        <translation>Esta conversa está arquivada. Nada pode ser alterado nela.</translation>
    </message>
    <message>
        <source>The server ran into a problem. Please try again later.</source>
        <translation>O servidor teve um problema. Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>The server took too long to answer. Please try again.</source>
        <translation>O servidor demorou demais para responder. Tente novamente.</translation>
    </message>
    <message>
        <source>The connection to the server was lost. Please try again.</source>
        <translation>A conexão com o servidor foi perdida. Tente novamente.</translation>
    </message>
    <message>
        <source>Not connected to this conversation yet. Please try again in a moment.</source>
        <extracomment>The client is not (yet) subscribed to the conversation it tried to act on.</extracomment>
        <translation>Ainda não conectado a esta conversa. Tente novamente em instantes.</translation>
    </message>
    <message>
        <source>Too many conversations are open at once. Please try again later.</source>
        <translation>Há conversas demais abertas ao mesmo tempo. Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>The server sent an answer this app does not understand. It may be a different version.</source>
        <translation>O servidor enviou uma resposta que este aplicativo não entende. Pode ser uma versão diferente.</translation>
    </message>
    <message>
        <source>The system keychain could not read or store your sign-in. Please sign in again.</source>
        <translation>O chaveiro do sistema não conseguiu ler nem salvar seu acesso. Entre novamente.</translation>
    </message>
    <message>
        <source>No system keychain is available, so your sign-in cannot be saved. You will need to sign in again next time.</source>
        <translation>Nenhum chaveiro do sistema está disponível, então seu acesso não pode ser salvo. Você precisará entrar novamente da próxima vez.</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused, so your sign-in cannot be saved or read. Allow Confab to use the keychain, or sign in again.</source>
        <translation>O acesso ao chaveiro do sistema foi recusado, então seu acesso não pode ser salvo nem lido. Permita que o Confab use o chaveiro ou entre novamente.</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcuts</name>
    <message>
        <source>Jump to a conversation (quick switcher)</source>
        <translation>Ir para uma conversa (alternador rápido)</translation>
    </message>
    <message>
        <source>Filter the conversation list</source>
        <translation>Filtrar a lista de conversas</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nova conversa</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Quit Confab</source>
        <translation>Sair do Confab</translation>
    </message>
    <message>
        <source>Show these keyboard shortcuts</source>
        <translation>Mostrar estes atalhos de teclado</translation>
    </message>
    <message>
        <source>Previous conversation in the list</source>
        <translation>Conversa anterior na lista</translation>
    </message>
    <message>
        <source>Next conversation in the list</source>
        <translation>Próxima conversa na lista</translation>
    </message>
    <message>
        <source>Open the selected conversation; in the message box: send</source>
        <translation>Abrir a conversa selecionada; na caixa de mensagem: enviar</translation>
    </message>
    <message>
        <source>New line in the message box</source>
        <translation>Nova linha na caixa de mensagem</translation>
    </message>
    <message>
        <source>Edit your last message (empty message box)</source>
        <translation>Editar sua última mensagem (caixa de mensagem vazia)</translation>
    </message>
    <message>
        <source>Clear the filter, close the side panel, or cancel an edit or reply</source>
        <translation>Limpar o filtro, fechar o painel lateral ou cancelar uma edição ou resposta</translation>
    </message>
    <message>
        <source>Actions for the selected message</source>
        <translation>Ações da mensagem selecionada</translation>
    </message>
</context>
<context>
    <name>MessageData</name>
    <message>
        <source>Unknown user</source>
        <translation>Usuário desconhecido</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>This message was deleted</source>
        <translation>Esta mensagem foi apagada</translation>
    </message>
    <message>
        <source>edited</source>
        <comment>state of a message</comment>
        <translation>editada</translation>
    </message>
    <message>
        <source>starred</source>
        <comment>state of a message</comment>
        <translation>com estrela</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n reaction(s)</source>
        <translation>
            <numerusform>%1 %n reação</numerusform>
            <numerusform>%1 %n reações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repl(y|ies)</source>
        <translation>
            <numerusform>%n resposta</numerusform>
            <numerusform>%n respostas</numerusform>
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
        <translation>não enviada</translation>
    </message>
</context>
<context>
    <name>MessageLayout</name>
    <message>
        <source>Retry</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ontem</translation>
    </message>
    <message numerus="yes">
        <source>%n repl(y|ies)</source>
        <translation>
            <numerusform>%n resposta</numerusform>
            <numerusform>%n respostas</numerusform>
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
        <translation>Não enviada</translation>
    </message>
    <message>
        <source>Seen by %1</source>
        <translation>Vista por %1</translation>
    </message>
    <message>
        <source>This message was deleted</source>
        <translation>Esta mensagem foi apagada</translation>
    </message>
    <message>
        <source>(edited)</source>
        <translation>(editada)</translation>
    </message>
</context>
<context>
    <name>UsernameHint</name>
    <message>
        <source>User names are lowercase: yours will be “%1”.</source>
        <extracomment>%1 is the user name as it will be created, e.g. &quot;ada&quot;.</extracomment>
        <translation>Nomes de usuário são em letras minúsculas: o seu será “%1”.</translation>
    </message>
    <message>
        <source>User names are lowercase: signing in as “%1”.</source>
        <extracomment>%1 is the user name as it will be sent, e.g. &quot;ada&quot;.</extracomment>
        <translation>Nomes de usuário são em letras minúsculas: entrando como “%1”.</translation>
    </message>
    <message>
        <source>Lowercase letters, digits, “.”, “_” and “-”.</source>
        <translation>Letras minúsculas, dígitos, “.”, “_” e “-”.</translation>
    </message>
</context>
<context>
    <name>confab::app::AppController</name>
    <message>
        <source>Add another account…</source>
        <translation>Adicionar outra conta…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sair da conta</translation>
    </message>
    <message>
        <source>Confab is still running</source>
        <translation>O Confab continua em execução</translation>
    </message>
    <message>
        <source>Closing the window keeps Confab in the tray, so messages still arrive. To quit, choose Quit in the tray menu or press Ctrl+Q.</source>
        <translation>Fechar a janela mantém o Confab na bandeja, então as mensagens continuam chegando. Para sair, escolha Sair no menu da bandeja ou pressione Ctrl+Q.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n unread</source>
        <extracomment>An account menu entry: %1 names the account, %n is its number of unread messages.</extracomment>
        <translation>
            <numerusform>%1 — %n não lida</numerusform>
            <numerusform>%1 — %n não lidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
</context>
<context>
    <name>confab::app::EmbeddedHost</name>
    <message>
        <source>No data folder is set for the server on this computer.</source>
        <translation>Nenhuma pasta de dados foi definida para o servidor deste computador.</translation>
    </message>
    <message>
        <source>Could not create the data folder %1.</source>
        <translation>Não foi possível criar a pasta de dados %1.</translation>
    </message>
    <message>
        <source>The server on this computer stopped.</source>
        <translation>O servidor deste computador parou.</translation>
    </message>
    <message>
        <source>The server on this computer is not running.</source>
        <translation>O servidor deste computador não está em execução.</translation>
    </message>
    <message>
        <source>The server on this computer is still stopping; try again.</source>
        <translation>O servidor deste computador ainda está parando; tente novamente.</translation>
    </message>
    <message>
        <source>Could not start the server on this computer: %1</source>
        <translation>Não foi possível iniciar o servidor neste computador: %1</translation>
    </message>
    <message>
        <source>Another Confab server is already using the data folder %1. Stop it first, or choose another folder.</source>
        <translation>Outro servidor do Confab já está usando a pasta de dados %1. Pare-o primeiro ou escolha outra pasta.</translation>
    </message>
    <message>
        <source>Another Confab server (process %1) is already using the data folder %2. Stop it first, or choose another folder.</source>
        <translation>Outro servidor do Confab (processo %1) já está usando a pasta de dados %2. Pare-o primeiro ou escolha outra pasta.</translation>
    </message>
</context>
<context>
    <name>confab::app::NotificationRouter</name>
    <message>
        <source>You were added to this conversation</source>
        <translation>Você foi adicionado a esta conversa</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <extracomment>Notification title: %1 is who wrote, %2 the group&apos;s name.</extracomment>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Nova mensagem</translation>
    </message>
    <message>
        <source>You have a new message</source>
        <translation>Você tem uma nova mensagem</translation>
    </message>
</context>
<context>
    <name>confab::ui::AddMembersDialog</name>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message numerus="yes">
        <source>Add %n (person|people)</source>
        <translation>
            <numerusform>Adicionar %n pessoa</numerusform>
            <numerusform>Adicionar %n pessoas</numerusform>
        </translation>
    </message>
    <message>
        <source>Add people</source>
        <translation>Adicionar pessoas</translation>
    </message>
    <message>
        <source>Search by name or user name</source>
        <translation>Pesquisar por nome ou nome de usuário</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Pesquisar pessoas</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Pessoas encontradas</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Status da pesquisa</translation>
    </message>
    <message>
        <source>Type a name to find people.</source>
        <translation>Digite um nome para encontrar pessoas.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Pesquisando…</translation>
    </message>
    <message>
        <source>No one found who is not already here.</source>
        <translation>Ninguém encontrado que ainda não esteja aqui.</translation>
    </message>
    <message>
        <source>Tick everyone you want to add.</source>
        <translation>Marque todos que você quer adicionar.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Tick everyone you want to add, then choose Add.</source>
        <translation>Marque todos que você quer adicionar e escolha Adicionar.</translation>
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
        <translation>Esta mensagem é longa demais para enviar: cabem no máximo %1 caracteres em uma mensagem.</translation>
    </message>
    <message>
        <source>A message cannot be empty. To remove it, delete it instead.</source>
        <translation>Uma mensagem não pode ficar vazia. Para removê-la, apague-a.</translation>
    </message>
    <message>
        <source>Editing message · Esc to cancel</source>
        <translation>Editando mensagem · Esc para cancelar</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Cancelar edição</translation>
    </message>
    <message>
        <source>Replying to %1: %2</source>
        <extracomment>%1 is the sender&apos;s name, %2 the start of the message being replied to.</extracomment>
        <translation>Respondendo a %1: %2</translation>
    </message>
    <message>
        <source>Cancel reply</source>
        <translation>Cancelar resposta</translation>
    </message>
    <message>
        <source>This conversation is archived</source>
        <translation>Esta conversa está arquivada</translation>
    </message>
    <message>
        <source>Write a message…</source>
        <translation>Escreva uma mensagem…</translation>
    </message>
    <message>
        <source>Message</source>
        <comment>noun: the message being written</comment>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line, Up edits your last message.</source>
        <translation>Enter envia, Shift+Enter começa uma nova linha, Seta para cima edita sua última mensagem.</translation>
    </message>
    <message>
        <source>Send</source>
        <extracomment>Button that sends the message being written.</extracomment>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Enviar mensagem</translation>
    </message>
    <message>
        <source>Keeps the text and stops editing or replying; Esc does the same.</source>
        <translation>Mantém o texto e para de editar ou responder; Esc faz o mesmo.</translation>
    </message>
    <message>
        <source>Sends what you wrote; while offline it waits in the outbox and goes out later.</source>
        <translation>Envia o que você escreveu; enquanto você estiver off-line, a mensagem aguarda na caixa de saída e é enviada depois.</translation>
    </message>
</context>
<context>
    <name>confab::ui::ConnectionBanner</name>
    <message>
        <source>Connection status</source>
        <translation>Status da conexão</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Tentar agora</translation>
    </message>
    <message>
        <source>Retry connecting now</source>
        <translation>Tentar conectar agora</translation>
    </message>
    <message>
        <source>Sign in</source>
        <extracomment>Button: sign in again after the session ended.</extracomment>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Entrar novamente</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>You are offline</source>
        <translation>Você está off-line</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s…</source>
        <extracomment>%n is a number of seconds; &quot;s&quot; is the unit symbol.</extracomment>
        <translation>
            <numerusform>Reconectando em %n s…</numerusform>
            <numerusform>Reconectando em %n s…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <source>Waiting to reconnect…</source>
        <translation>Aguardando para reconectar…</translation>
    </message>
    <message>
        <source>You are signed out</source>
        <translation>Você saiu da conta</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting to be sent</source>
        <translation>
            <numerusform>%n mensagem aguardando envio</numerusform>
            <numerusform>%n mensagens aguardando envio</numerusform>
        </translation>
    </message>
    <message>
        <source>Connects at once instead of waiting; messages you wrote are sent then.</source>
        <translation>Conecta na hora em vez de esperar; as mensagens que você escreveu são enviadas em seguida.</translation>
    </message>
    <message>
        <source>Your sign-in ended on the server; opens the sign-in page.</source>
        <translation>Seu acesso terminou no servidor; abre a página de acesso.</translation>
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
        <translation>Nenhuma mensagem ainda</translation>
    </message>
    <message>
        <source>Message deleted</source>
        <translation>Mensagem apagada</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Você: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>sender: message preview</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n não lida</numerusform>
            <numerusform>%n não lidas</numerusform>
        </translation>
    </message>
    <message>
        <source>pinned</source>
        <comment>state of a conversation</comment>
        <translation>fixada</translation>
    </message>
    <message>
        <source>muted</source>
        <comment>state of a conversation</comment>
        <translation>silenciada</translation>
    </message>
    <message>
        <source>archived</source>
        <comment>state of a conversation</comment>
        <translation>arquivada</translation>
    </message>
    <message>
        <source>last message: %1</source>
        <translation>última mensagem: %1</translation>
    </message>
    <message>
        <source>Direct message</source>
        <translation>Mensagem direta</translation>
    </message>
    <message numerus="yes">
        <source>Group of %n</source>
        <comment>members</comment>
        <translation>
            <numerusform>Grupo com %n membro</numerusform>
            <numerusform>Grupo com %n membros</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>%1, topic: %2</source>
        <translation>%1, tópico: %2</translation>
    </message>
</context>
<context>
    <name>confab::ui::ConversationSettingsPanel</name>
    <message>
        <source>Unarchive conversation</source>
        <translation>Desarquivar conversa</translation>
    </message>
    <message>
        <source>Archive conversation</source>
        <translation>Arquivar conversa</translation>
    </message>
    <message>
        <source>This conversation is archived. Unarchive it to change it.</source>
        <translation>Esta conversa está arquivada. Desarquive-a para alterá-la.</translation>
    </message>
    <message>
        <source>Only the owner of this conversation can change this.</source>
        <translation>Só o dono desta conversa pode alterar isto.</translation>
    </message>
    <message>
        <source>A group needs a title.</source>
        <translation>Um grupo precisa de um título.</translation>
    </message>
    <message>
        <source>Save the title and topic (Enter)</source>
        <translation>Salvar o título e o tópico (Enter)</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Nada para salvar.</translation>
    </message>
    <message>
        <source>Archived conversations are read-only.</source>
        <translation>Conversas arquivadas são somente leitura.</translation>
    </message>
    <message>
        <source>Only the owner can archive this conversation.</source>
        <translation>Só o dono pode arquivar esta conversa.</translation>
    </message>
    <message>
        <source>Leave this conversation</source>
        <translation>Sair desta conversa</translation>
    </message>
    <message>
        <source>Conversation settings</source>
        <translation>Configurações da conversa</translation>
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
        <translation>Nome do grupo</translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation>T&amp;ópico</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tópico</translation>
    </message>
    <message>
        <source>What this conversation is about</source>
        <translation>Sobre o que é esta conversa</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Save title and topic</source>
        <translation>Salvar título e tópico</translation>
    </message>
    <message>
        <source>&amp;Pin to the top of the list</source>
        <translation>&amp;Fixar no topo da lista</translation>
    </message>
    <message>
        <source>Pin to the top of the list</source>
        <translation>Fixar no topo da lista</translation>
    </message>
    <message>
        <source>&amp;Mute notifications</source>
        <translation>&amp;Silenciar notificações</translation>
    </message>
    <message>
        <source>Mute notifications</source>
        <translation>Silenciar notificações</translation>
    </message>
    <message>
        <source>No notifications for new messages; mentions of you still notify.</source>
        <translation>Sem notificações de novas mensagens; menções a você ainda notificam.</translation>
    </message>
    <message>
        <source>Leave conversation</source>
        <translation>Sair da conversa</translation>
    </message>
    <message>
        <source>Pinned conversations stay above the others, whatever their last activity.</source>
        <translation>Conversas fixadas ficam acima das outras, qualquer que seja a última atividade.</translation>
    </message>
</context>
<context>
    <name>confab::ui::ConversationView</name>
    <message>
        <source>Online</source>
        <translation>On-line</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Não perturbe</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Off-line</translation>
    </message>
    <message>
        <source>Select a conversation</source>
        <translation>Selecione uma conversa</translation>
    </message>
    <message>
        <source>Pick one from the list on the left, or start a new one with Ctrl+N.</source>
        <translation>Escolha uma na lista à esquerda ou comece uma nova com Ctrl+N.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membros</translation>
    </message>
    <message>
        <source>Show the members of this conversation</source>
        <translation>Mostrar os membros desta conversa</translation>
    </message>
    <message>
        <source>Starred</source>
        <comment>button: show the starred messages</comment>
        <translation>Com estrela</translation>
    </message>
    <message>
        <source>Show starred messages</source>
        <translation>Mostrar mensagens com estrela</translation>
    </message>
    <message>
        <source>Starred messages</source>
        <translation>Mensagens com estrela</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Conversation settings</source>
        <translation>Configurações da conversa</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>Menu key or Shift+F10 opens the actions of the selected message.</source>
        <translation>A tecla Menu ou Shift+F10 abre as ações da mensagem selecionada.</translation>
    </message>
    <message>
        <source>↓ New messages</source>
        <translation>↓ Novas mensagens</translation>
    </message>
    <message>
        <source>Jump to the newest message</source>
        <translation>Ir para a mensagem mais recente</translation>
    </message>
    <message>
        <source>Jump to new messages</source>
        <translation>Ir para as novas mensagens</translation>
    </message>
    <message>
        <source>Direct conversation</source>
        <translation>Conversa direta</translation>
    </message>
    <message>
        <source>Untitled group</source>
        <translation>Grupo sem título</translation>
    </message>
    <message>
        <source>Conversation: %1</source>
        <translation>Conversa: %1</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Tópico: %1</translation>
    </message>
    <message>
        <source>Presence: %1</source>
        <translation>Presença: %1</translation>
    </message>
    <message>
        <source>Presence unknown</source>
        <translation>Presença desconhecida</translation>
    </message>
</context>
<context>
    <name>confab::ui::CreateAccountDialog</name>
    <message>
        <source>The account %1 was created. Its owner can sign in with it now.</source>
        <translation>A conta %1 foi criada. A pessoa já pode entrar com ela.</translation>
    </message>
    <message>
        <source>A user name has 2 to 32 characters: lowercase letters, digits, “.”, “_” and “-”.</source>
        <translation>Um nome de usuário tem de 2 a 32 caracteres: letras minúsculas, dígitos, “.”, “_” e “-”.</translation>
    </message>
    <message>
        <source>A name can have at most %1 characters.</source>
        <translation>Um nome pode ter no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Use a password of at least %1 characters.</source>
        <translation>Use uma senha de pelo menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>As duas senhas não coincidem.</translation>
    </message>
    <message>
        <source>Create an Account</source>
        <translation>Criar uma conta</translation>
    </message>
    <message>
        <source>Create an account on the server on this computer for someone on your local network. Tell them the user name and password; they sign in with them from their own computer.</source>
        <translation>Crie uma conta no servidor deste computador para alguém da sua rede local. Informe o nome de usuário e a senha; a pessoa entra com eles a partir do próprio computador.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nome de &amp;usuário:</translation>
    </message>
    <message>
        <source>&amp;Name shown to others:</source>
        <translation>&amp;Nome exibido aos outros:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>C&amp;onfirmar senha:</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <extracomment>Button: create the account described in the dialog.</extracomment>
        <translation>C&amp;riar</translation>
    </message>
    <message>
        <source>Creates the account; the dialog stays open for the next one.</source>
        <translation>Cria a conta; a janela continua aberta para a próxima.</translation>
    </message>
    <message>
        <source>What they sign in with: lowercase letters, digits, “.”, “_” and “-”.</source>
        <translation>O que a pessoa usa para entrar: letras minúsculas, dígitos, “.”, “_” e “-”.</translation>
    </message>
    <message>
        <source>Shown to others in conversations; the user name when left empty.</source>
        <translation>Exibido aos outros nas conversas; se ficar vazio, é usado o nome de usuário.</translation>
    </message>
    <message>
        <source>At least %1 characters; give it to them with the user name.</source>
        <translation>Pelo menos %1 caracteres; passe-a para a pessoa junto com o nome de usuário.</translation>
    </message>
    <message>
        <source>The same password again, to catch a typo.</source>
        <translation>A mesma senha de novo, para evitar erros de digitação.</translation>
    </message>
</context>
<context>
    <name>confab::ui::InlineError</name>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>No error</source>
        <translation>Nenhum erro</translation>
    </message>
</context>
<context>
    <name>confab::ui::KeychainNoticeDialog</name>
    <message>
        <source>Sign-in Not Saved</source>
        <translation>Acesso não salvo</translation>
    </message>
    <message>
        <source>No keychain (such as GNOME Keyring or KWallet) is available to keep the sign-in of %1 safe. You are signed in now, but you will have to enter your password again after Confab quits.</source>
        <extracomment>%1 names an account, e.g. &quot;Ada Lovelace (@ada) on this computer&quot;.</extracomment>
        <translation>Nenhum chaveiro (como o GNOME Keyring ou o KWallet) está disponível para guardar com segurança o acesso de %1. Você está conectado agora, mas terá que digitar sua senha de novo depois que o Confab for encerrado.</translation>
    </message>
    <message>
        <source>The keychain refused to keep the sign-in of %1. You are signed in now, but you will have to enter your password again after Confab quits.</source>
        <translation>O chaveiro se recusou a guardar o acesso de %1. Você está conectado agora, mas terá que digitar sua senha de novo depois que o Confab for encerrado.</translation>
    </message>
    <message>
        <source>The keychain could not keep the sign-in of %1. You are signed in now, but you will have to enter your password again after Confab quits.</source>
        <translation>O chaveiro não conseguiu guardar o acesso de %1. Você está conectado agora, mas terá que digitar sua senha de novo depois que o Confab for encerrado.</translation>
    </message>
    <message>
        <source>What happened to the sign-in</source>
        <translation>O que aconteceu com o acesso</translation>
    </message>
    <message>
        <source>&amp;Store it unencrypted on this computer</source>
        <translation>&amp;Armazenar sem criptografia neste computador</translation>
    </message>
    <message>
        <source>Store the sign-in unencrypted on this computer</source>
        <translation>Armazenar o acesso sem criptografia neste computador</translation>
    </message>
    <message>
        <source>Anyone who can read your files could use it. You can change this in Settings.</source>
        <translation>Qualquer pessoa que possa ler seus arquivos poderia usá-lo. Você pode mudar isso nas Configurações.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Tentar de novo</translation>
    </message>
    <message>
        <source>Try the keychain again</source>
        <translation>Tentar o chaveiro de novo</translation>
    </message>
    <message>
        <source>Asks the keychain once more, for example after unlocking it.</source>
        <translation>Consulta o chaveiro mais uma vez, por exemplo depois de desbloqueá-lo.</translation>
    </message>
    <message>
        <source>&amp;Keep me signed in only until I quit</source>
        <translation>&amp;Manter conectado só até eu sair do Confab</translation>
    </message>
    <message>
        <source>Keep me signed in only until I quit</source>
        <translation>Manter conectado só até eu sair do Confab</translation>
    </message>
    <message>
        <source>Nothing is written to disk; the next start asks for the password.</source>
        <translation>Nada é gravado no disco; na próxima inicialização, a senha será pedida.</translation>
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
        <translation>dono</translation>
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
        <translation>on-line</translation>
    </message>
    <message>
        <source>away</source>
        <comment>presence, read by screen readers</comment>
        <translation>ausente</translation>
    </message>
    <message>
        <source>do not disturb</source>
        <comment>presence, read by screen readers</comment>
        <translation>não perturbe</translation>
    </message>
    <message>
        <source>offline</source>
        <comment>presence, read by screen readers</comment>
        <translation>off-line</translation>
    </message>
    <message>
        <source>%1 (@%2)</source>
        <translation>%1 (@%2)</translation>
    </message>
    <message>
        <source>owner</source>
        <comment>member role tag</comment>
        <translation>dono</translation>
    </message>
    <message>
        <source>presence unknown</source>
        <comment>presence, read by screen readers</comment>
        <extracomment>While we are offline ourselves: we cannot see whether they are online.</extracomment>
        <translation>presença desconhecida</translation>
    </message>
</context>
<context>
    <name>confab::ui::MembersPanel</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membro</numerusform>
            <numerusform>%n membros</numerusform>
        </translation>
    </message>
    <message>
        <source>This conversation is archived.</source>
        <translation>Esta conversa está arquivada.</translation>
    </message>
    <message>
        <source>Add people to this conversation</source>
        <translation>Adicionar pessoas a esta conversa</translation>
    </message>
    <message>
        <source>Only the owner can add people.</source>
        <translation>Só o dono pode adicionar pessoas.</translation>
    </message>
    <message>
        <source>Leave this conversation</source>
        <translation>Sair desta conversa</translation>
    </message>
    <message>
        <source>Member actions</source>
        <translation>Ações do membro</translation>
    </message>
    <message>
        <source>Remove %1…</source>
        <extracomment>%1 is a person&apos;s display name.</extracomment>
        <translation>Remover %1…</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Remover membro</translation>
    </message>
    <message>
        <source>Remove %1 from this conversation?</source>
        <translation>Remover %1 desta conversa?</translation>
    </message>
    <message>
        <source>They will no longer see new messages. You can add them again later.</source>
        <translation>A pessoa não verá mais as novas mensagens. Você pode adicioná-la de novo depois.</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>button: remove the member</comment>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membros</translation>
    </message>
    <message>
        <source>The owner can remove a member from its menu (Menu key or right click).</source>
        <translation>O dono pode remover um membro pelo menu dele (tecla Menu ou clique com o botão direito).</translation>
    </message>
    <message>
        <source>Add people…</source>
        <translation>Adicionar pessoas…</translation>
    </message>
    <message>
        <source>Add people</source>
        <translation>Adicionar pessoas</translation>
    </message>
    <message>
        <source>Leave conversation</source>
        <translation>Sair da conversa</translation>
    </message>
</context>
<context>
    <name>confab::ui::MessageActions</name>
    <message>
        <source>Message actions</source>
        <translation>Ações da mensagem</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>Tentar enviar de novo</translation>
    </message>
    <message>
        <source>This message is still being sent.</source>
        <translation>Esta mensagem ainda está sendo enviada.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>This conversation is archived.</source>
        <translation>Esta conversa está arquivada.</translation>
    </message>
    <message>
        <source>Reply in thread</source>
        <translation>Responder em conversa encadeada</translation>
    </message>
    <message>
        <source>Unstar</source>
        <comment>verb: remove the message&apos;s star</comment>
        <translation>Remover estrela</translation>
    </message>
    <message>
        <source>Star</source>
        <comment>verb: mark the message with a star</comment>
        <translation>Marcar com estrela</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Apagar…</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copiar texto</translation>
    </message>
    <message>
        <source>React</source>
        <comment>verb: add an emoji reaction</comment>
        <translation>Reagir</translation>
    </message>
    <message>
        <source>React with %1</source>
        <extracomment>%1 is an emoji.</extracomment>
        <translation>Reagir com %1</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Outra…</translation>
    </message>
    <message>
        <source>Add a reaction</source>
        <translation>Adicionar uma reação</translation>
    </message>
    <message>
        <source>Reaction</source>
        <comment>the emoji typed in the reaction field</comment>
        <translation>Reação</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>Apagar mensagem</translation>
    </message>
    <message>
        <source>Delete this message for everyone?</source>
        <translation>Apagar esta mensagem para todos?</translation>
    </message>
    <message>
        <source>You are deleting someone else&apos;s message as the owner.</source>
        <translation>Você está apagando a mensagem de outra pessoa como dono.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>Type one emoji:</source>
        <translation>Digite um único emoji:</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reações</translation>
    </message>
</context>
<context>
    <name>confab::ui::MessageDelegate</name>
    <message>
        <source>%1 reacted with %2</source>
        <translation>%1 reagiu com %2</translation>
    </message>
    <message>
        <source>Open the thread</source>
        <translation>Abrir a conversa encadeada</translation>
    </message>
    <message>
        <source>Send this message again</source>
        <translation>Enviar esta mensagem de novo</translation>
    </message>
    <message>
        <source>Delete this unsent message</source>
        <translation>Apagar esta mensagem não enviada</translation>
    </message>
</context>
<context>
    <name>confab::ui::MessageHoverBar</name>
    <message>
        <source>Message toolbar</source>
        <translation>Barra de ferramentas da mensagem</translation>
    </message>
    <message>
        <source>This conversation is archived.</source>
        <translation>Esta conversa está arquivada.</translation>
    </message>
    <message>
        <source>React</source>
        <comment>verb: add an emoji reaction</comment>
        <translation>Reagir</translation>
    </message>
    <message>
        <source>Add a reaction</source>
        <translation>Adicionar uma reação</translation>
    </message>
    <message>
        <source>Reply</source>
        <comment>verb: reply in a thread</comment>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Reply in thread</source>
        <translation>Responder em conversa encadeada</translation>
    </message>
    <message>
        <source>Unstar</source>
        <comment>verb: remove the message&apos;s star</comment>
        <translation>Remover estrela</translation>
    </message>
    <message>
        <source>Star</source>
        <comment>verb: mark the message with a star</comment>
        <translation>Marcar com estrela</translation>
    </message>
    <message>
        <source>Remove the star</source>
        <translation>Remover a estrela</translation>
    </message>
    <message>
        <source>Star this message</source>
        <translation>Marcar esta mensagem com estrela</translation>
    </message>
    <message>
        <source>More</source>
        <comment>button: more actions on a message</comment>
        <translation>Mais</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Mais ações</translation>
    </message>
    <message>
        <source>Opens the message&apos;s menu, as the Menu key does.</source>
        <translation>Abre o menu da mensagem, como faz a tecla Menu.</translation>
    </message>
</context>
<context>
    <name>confab::ui::NewConversationDialog</name>
    <message>
        <source>Choose the person to write to.</source>
        <translation>Escolha a pessoa para quem escrever.</translation>
    </message>
    <message>
        <source>A direct conversation is with one person. Choose one, or start a group.</source>
        <translation>Uma conversa direta é com uma pessoa. Escolha uma ou crie um grupo.</translation>
    </message>
    <message>
        <source>Give the group a name.</source>
        <translation>Dê um nome ao grupo.</translation>
    </message>
    <message>
        <source>A group name can have at most %1 characters.</source>
        <translation>O nome de um grupo pode ter no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Add at least one person to the group.</source>
        <translation>Adicione pelo menos uma pessoa ao grupo.</translation>
    </message>
    <message>
        <source>Could not start the conversation.</source>
        <translation>Não foi possível iniciar a conversa.</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Escolhido: %1</translation>
    </message>
    <message>
        <source>No one found.</source>
        <translation>Ninguém encontrado.</translation>
    </message>
    <message>
        <source>Search for people by their name or user name.</source>
        <translation>Pesquise pessoas pelo nome ou nome de usuário.</translation>
    </message>
    <message>
        <source>New Group</source>
        <translation>Novo grupo</translation>
    </message>
    <message>
        <source>New Direct Message</source>
        <translation>Nova mensagem direta</translation>
    </message>
    <message>
        <source>&amp;Direct message</source>
        <translation>Mensagem &amp;direta</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <extracomment>A conversation with several people.</extracomment>
        <translation>&amp;Grupo</translation>
    </message>
    <message>
        <source>Group &amp;name:</source>
        <translation>&amp;Nome do grupo:</translation>
    </message>
    <message>
        <source>e.g. Release planning</source>
        <translation>ex.: Planejamento da versão</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nome do grupo</translation>
    </message>
    <message>
        <source>&amp;Add people:</source>
        <translation>&amp;Adicionar pessoas:</translation>
    </message>
    <message>
        <source>&amp;Write to:</source>
        <translation>&amp;Escrever para:</translation>
    </message>
    <message>
        <source>Search by name…</source>
        <translation>Pesquisar por nome…</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Pesquisar pessoas</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Pessoas encontradas</translation>
    </message>
    <message>
        <source>Start</source>
        <extracomment>Button: create the conversation.</extracomment>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Type a name and press Enter to search. Enter on a single result chooses it; Down moves into the results.</source>
        <translation>Digite um nome e pressione Enter para pesquisar. Enter em um resultado único o escolhe; Seta para baixo leva aos resultados.</translation>
    </message>
    <message>
        <source>The name everyone in the group sees.</source>
        <translation>O nome que todos no grupo veem.</translation>
    </message>
    <message>
        <source>Space or Enter adds the highlighted person to the group.</source>
        <translation>Espaço ou Enter adiciona a pessoa destacada ao grupo.</translation>
    </message>
    <message>
        <source>Enter starts the conversation with the highlighted person.</source>
        <translation>Enter inicia a conversa com a pessoa destacada.</translation>
    </message>
    <message>
        <source>Opens the conversation with the people chosen; Enter in the list does the same.</source>
        <translation>Abre a conversa com as pessoas escolhidas; Enter na lista faz o mesmo.</translation>
    </message>
    <message>
        <source>A private conversation with one person.</source>
        <translation>Uma conversa privada com uma pessoa.</translation>
    </message>
    <message>
        <source>A named conversation with several people; you can add more later.</source>
        <translation>Uma conversa com nome e várias pessoas; você pode adicionar mais depois.</translation>
    </message>
</context>
<context>
    <name>confab::ui::PanelHeader</name>
    <message>
        <source>Close (Esc)</source>
        <translation>Fechar (Esc)</translation>
    </message>
    <message>
        <source>Close panel</source>
        <translation>Fechar painel</translation>
    </message>
    <message>
        <source>Close %1</source>
        <extracomment>%1 is the title of the side panel, e.g. &quot;Thread&quot;.</extracomment>
        <translation>Fechar %1</translation>
    </message>
</context>
<context>
    <name>confab::ui::QuickSwitcher</name>
    <message>
        <source>Quick switcher</source>
        <translation>Alternador rápido</translation>
    </message>
    <message>
        <source>Jump to a conversation…</source>
        <translation>Ir para uma conversa…</translation>
    </message>
    <message>
        <source>Conversation name</source>
        <translation>Nome da conversa</translation>
    </message>
    <message>
        <source>Matching conversations</source>
        <translation>Conversas correspondentes</translation>
    </message>
    <message>
        <source>No conversation matches.</source>
        <translation>Nenhuma conversa corresponde.</translation>
    </message>
    <message>
        <source>Type part of a name. Up and Down pick a match, Enter opens it, Escape closes.</source>
        <translation>Digite parte de um nome. Seta para cima e Seta para baixo escolhem um resultado, Enter o abre, Escape fecha.</translation>
    </message>
</context>
<context>
    <name>confab::ui::SettingsDialog</name>
    <message>
        <source>Where the Local Server Keeps Its Data</source>
        <translation>Onde o servidor local guarda os dados</translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <extracomment>Marks the account the window currently shows.</extracomment>
        <translation>%1 (ativa)</translation>
    </message>
    <message>
        <source>The sign-in token is stored unencrypted.</source>
        <translation>O token de acesso está armazenado sem criptografia.</translation>
    </message>
    <message>
        <source>No keychain was available, so the sign-in token of %1 is stored unencrypted on this computer. Anyone who can read your files can use it.</source>
        <translation>Nenhum chaveiro estava disponível, então o token de acesso de %1 está armazenado sem criptografia neste computador. Qualquer pessoa que possa ler seus arquivos pode usá-lo.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>General</source>
        <extracomment>Settings tab for behaviour that fits nowhere else.</extracomment>
        <translation>Geral</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificações</translation>
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
        <translation>&amp;Contas conectadas:</translation>
    </message>
    <message>
        <source>Signed-in accounts</source>
        <translation>Contas conectadas</translation>
    </message>
    <message>
        <source>S&amp;witch to</source>
        <extracomment>Button: show another signed-in account in the window.</extracomment>
        <translation>&amp;Mudar para</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Sair da conta</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Adicionar conta…</translation>
    </message>
    <message>
        <source>Allow storing sign-in tokens unencrypted when no keychain is available</source>
        <translation>Permitir armazenar tokens de acesso sem criptografia quando não houver chaveiro</translation>
    </message>
    <message>
        <source>Keep Confab running in the tray when its window is closed</source>
        <translation>Manter o Confab em execução na bandeja quando a janela for fechada</translation>
    </message>
    <message>
        <source>Set me as &amp;away after:</source>
        <translation>Definir como &amp;ausente após:</translation>
    </message>
    <message>
        <source>Minutes of inactivity before Away</source>
        <translation>Minutos de inatividade até ficar ausente</translation>
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
        <translation>Mostrar &amp;notificações de novas mensagens</translation>
    </message>
    <message>
        <source>Show the message &amp;text in notifications</source>
        <translation>Mostrar o &amp;texto da mensagem nas notificações</translation>
    </message>
    <message>
        <source>Play a &amp;sound</source>
        <translation>Tocar um &amp;som</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>System default</source>
        <extracomment>The first entry of the language list: follow the operating system&apos;s language.</extracomment>
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <source>The new language applies at once.</source>
        <translation>O novo idioma é aplicado na hora.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <source>Local server port</source>
        <translation>Porta do servidor local</translation>
    </message>
    <message>
        <source>Allow other &amp;computers on the network to connect</source>
        <translation>Permitir que outros &amp;computadores da rede se conectem</translation>
    </message>
    <message>
        <source>&amp;Data location:</source>
        <translation>Local dos &amp;dados:</translation>
    </message>
    <message>
        <source>Local server data location</source>
        <translation>Local dos dados do servidor local</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>Choose the data location</source>
        <translation>Escolha o local dos dados</translation>
    </message>
    <message>
        <source>This computer has no address on a private network (such as 192.168.x.x), so nobody else can reach this server. It is never offered on a public address.</source>
        <translation>Este computador não tem endereço em uma rede privada (como 192.168.x.x), então ninguém mais consegue acessar este servidor. Ele nunca é oferecido em um endereço público.</translation>
    </message>
    <message>
        <source>People on your local network can reach this server at %1 and sign in with accounts you create; nobody can create an account from another computer.</source>
        <extracomment>%1 is a list of addresses such as &quot;192.168.1.20:4100 and [fd00::2]:4100&quot;.</extracomment>
        <translation>Pessoas da sua rede local podem acessar este servidor em %1 e entrar com contas que você criar; ninguém pode criar uma conta a partir de outro computador.</translation>
    </message>
    <message>
        <source>Create an &amp;account for someone…</source>
        <translation>Criar uma c&amp;onta para outra pessoa…</translation>
    </message>
    <message>
        <source>The local server is running.</source>
        <extracomment>%1 is where the local server listens, e.g. &quot;127.0.0.1:4100&quot;.</extracomment>
        <translation>O servidor local está em execução.</translation>
    </message>
    <message>
        <source>The local server is running at %1.</source>
        <translation>O servidor local está em execução no endereço %1.</translation>
    </message>
    <message>
        <source>Restarting the local server…</source>
        <translation>Reiniciando o servidor local…</translation>
    </message>
    <message>
        <source>The local server is not running; the new settings apply when it starts.</source>
        <translation>O servidor local não está em execução; as novas configurações valem quando ele iniciar.</translation>
    </message>
    <message>
        <source>The local server could not start: %1</source>
        <extracomment>%1 is the reason, as the server reported it.</extracomment>
        <translation>Não foi possível iniciar o servidor local: %1</translation>
    </message>
    <message>
        <source>Teammates connect to:</source>
        <extracomment>Label of the addresses teammates type as the server address.</extracomment>
        <translation>Os colegas se conectam a:</translation>
    </message>
    <message>
        <source>Addresses teammates connect to</source>
        <translation>Endereços aos quais os colegas se conectam</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Cop&amp;iar</translation>
    </message>
    <message>
        <source>Copy the addresses teammates connect to</source>
        <translation>Copiar os endereços aos quais os colegas se conectam</translation>
    </message>
    <message>
        <source>Local server status</source>
        <translation>Status do servidor local</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Seções das configurações</translation>
    </message>
    <message>
        <source>Account, General, Notifications, Language and Local server; Ctrl+Tab moves to the next section.</source>
        <translation>Conta, Geral, Notificações, Idioma e Servidor local; Ctrl+Tab vai para a próxima seção.</translation>
    </message>
    <message>
        <source>The accounts signed in on this computer; the one shown in the window is marked.</source>
        <translation>As contas conectadas neste computador; a que aparece na janela está marcada.</translation>
    </message>
    <message>
        <source>Shows the selected account in the window.</source>
        <translation>Mostra a conta selecionada na janela.</translation>
    </message>
    <message>
        <source>Signs the selected account out and forgets its token on this computer.</source>
        <translation>Sai da conta selecionada e esquece o token dela neste computador.</translation>
    </message>
    <message>
        <source>Opens the sign-in page to add another account; the others stay signed in.</source>
        <translation>Abre a página de acesso para adicionar outra conta; as outras continuam conectadas.</translation>
    </message>
    <message>
        <source>Without a keychain, a sign-in token can only be kept in a file readable by your user; otherwise you sign in again after each start.</source>
        <translation>Sem um chaveiro, um token de acesso só pode ser guardado em um arquivo legível pelo seu usuário; caso contrário, você precisa entrar novamente a cada inicialização.</translation>
    </message>
    <message>
        <source>Closing the window hides it; Quit (Ctrl+Q) ends Confab.</source>
        <translation>Fechar a janela apenas a oculta; Sair (Ctrl+Q) encerra o Confab.</translation>
    </message>
    <message>
        <source>Others see you as away after this many minutes without input; 0 never.</source>
        <translation>Os outros veem você como ausente após esta quantidade de minutos sem atividade; 0 para nunca.</translation>
    </message>
    <message>
        <source>A desktop notification for each message in a conversation that is not muted.</source>
        <translation>Uma notificação na área de trabalho para cada mensagem em uma conversa que não esteja silenciada.</translation>
    </message>
    <message>
        <source>Off: notifications say who wrote, not what they wrote.</source>
        <translation>Desativado: as notificações dizem quem escreveu, não o que escreveu.</translation>
    </message>
    <message>
        <source>A sound with each notification.</source>
        <translation>Um som a cada notificação.</translation>
    </message>
    <message>
        <source>The language of Confab&apos;s texts.</source>
        <translation>O idioma dos textos do Confab.</translation>
    </message>
    <message>
        <source>The port the server on this computer listens on; applied with OK or Apply.</source>
        <translation>A porta em que o servidor deste computador escuta; aplicada com OK ou Aplicar.</translation>
    </message>
    <message>
        <source>The server then also listens on this computer&apos;s private network addresses, for teammates with accounts you create.</source>
        <translation>O servidor passa a escutar também nos endereços de rede privada deste computador, para colegas com contas que você criar.</translation>
    </message>
    <message>
        <source>Makes an account on this computer&apos;s server for a teammate.</source>
        <translation>Cria uma conta no servidor deste computador para um colega.</translation>
    </message>
    <message>
        <source>The folder that holds the local server&apos;s database.</source>
        <translation>A pasta que guarda o banco de dados do servidor local.</translation>
    </message>
    <message>
        <source>Opens a folder picker.</source>
        <translation>Abre um seletor de pastas.</translation>
    </message>
    <message>
        <source>Teammates type one of these as the server address.</source>
        <translation>Os colegas digitam um destes como endereço do servidor.</translation>
    </message>
    <message>
        <source>Copies the addresses to the clipboard, to send to teammates.</source>
        <translation>Copia os endereços para a área de transferência, para enviar aos colegas.</translation>
    </message>
</context>
<context>
    <name>confab::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Everything in Confab can be done from the keyboard. Tab moves between the parts of the window.</source>
        <translation>Tudo no Confab pode ser feito pelo teclado. Tab alterna entre as partes da janela.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Each row: the keys, then what they do.</source>
        <translation>Cada linha: as teclas e o que elas fazem.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>confab::ui::SidePanelStack</name>
    <message>
        <source>Side panel</source>
        <translation>Painel lateral</translation>
    </message>
</context>
<context>
    <name>confab::ui::Sidebar</name>
    <message>
        <source>Switch or add accounts</source>
        <translation>Trocar ou adicionar contas</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Contas</translation>
    </message>
    <message>
        <source>Settings (Ctrl+,)</source>
        <translation>Configurações (Ctrl+,)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>New conversation (Ctrl+N)</source>
        <translation>Nova conversa (Ctrl+N)</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nova conversa</translation>
    </message>
    <message>
        <source>Filter conversations (Ctrl+F)</source>
        <translation>Filtrar conversas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter conversations</source>
        <translation>Filtrar conversas</translation>
    </message>
    <message>
        <source>Show archived conversations</source>
        <translation>Mostrar conversas arquivadas</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Não conectado</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Conectado como %1</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Desafixar</translation>
    </message>
    <message>
        <source>Pin to top</source>
        <translation>Fixar no topo</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Reativar som</translation>
    </message>
    <message>
        <source>Mute notifications</source>
        <translation>Silenciar notificações</translation>
    </message>
    <message numerus="yes">
        <source>%n unread in other accounts</source>
        <translation>
            <numerusform>%n não lida em outras contas</numerusform>
            <numerusform>%n não lidas em outras contas</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows only conversations whose name contains the text. Down moves into the list; Escape clears the filter.</source>
        <translation>Mostra só as conversas cujo nome contém o texto. Seta para baixo leva à lista; Escape limpa o filtro.</translation>
    </message>
    <message>
        <source>Arrow keys move, Enter opens. Alt+Up and Alt+Down open the previous or next conversation from anywhere in the window.</source>
        <translation>As setas movem a seleção, Enter abre. Alt+Up e Alt+Down abrem a conversa anterior ou a próxima de qualquer lugar da janela.</translation>
    </message>
    <message>
        <source>Start a conversation</source>
        <translation>Iniciar uma conversa</translation>
    </message>
    <message>
        <source>Opens the dialog to write to a person or to start a group.</source>
        <translation>Abre a janela para escrever para uma pessoa ou criar um grupo.</translation>
    </message>
    <message>
        <source>No conversations match “%1”.</source>
        <translation>Nenhuma conversa corresponde a “%1”.</translation>
    </message>
    <message>
        <source>Every conversation is archived.</source>
        <translation>Todas as conversas estão arquivadas.</translation>
    </message>
    <message>
        <source>No conversations yet. Write to someone or start a group.</source>
        <translation>Nenhuma conversa ainda. Escreva para alguém ou crie um grupo.</translation>
    </message>
</context>
<context>
    <name>confab::ui::SignInPage</name>
    <message>
        <source>Enter the address of the server.</source>
        <translation>Digite o endereço do servidor.</translation>
    </message>
    <message>
        <source>That is not a server address. Use a form like chat.example.com or 192.168.1.10:4100.</source>
        <translation>Isso não é um endereço de servidor. Use um formato como chat.example.com ou 192.168.1.10:4100.</translation>
    </message>
    <message>
        <source>Your name can have at most %1 characters.</source>
        <translation>Seu nome pode ter no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Digite um nome de usuário.</translation>
    </message>
    <message>
        <source>A user name has 2 to 32 characters: lowercase letters, digits, “.”, “_” and “-”.</source>
        <translation>Um nome de usuário tem de 2 a 32 caracteres: letras minúsculas, dígitos, “.”, “_” e “-”.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Digite sua senha.</translation>
    </message>
    <message>
        <source>Use a password of at least %1 characters.</source>
        <translation>Use uma senha de pelo menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>As duas senhas não coincidem.</translation>
    </message>
    <message>
        <source>This server does not accept new accounts. Ask its administrator for one.</source>
        <translation>Este servidor não aceita novas contas. Peça uma ao administrador.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <comment>page name</comment>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Welcome to Confab</source>
        <translation>Boas-vindas ao Confab</translation>
    </message>
    <message>
        <source>Sign in to a Confab server run by you or your organisation.</source>
        <translation>Entre em um servidor Confab mantido por você ou pela sua organização.</translation>
    </message>
    <message>
        <source>Sign in to the Confab server on this computer.</source>
        <translation>Entre no servidor Confab deste computador.</translation>
    </message>
    <message>
        <source>Confab can run its own server on this computer. Create the first account to start; others can join once you allow it in Settings.</source>
        <translation>O Confab pode rodar o próprio servidor neste computador. Crie a primeira conta para começar; outras pessoas podem entrar depois que você permitir nas Configurações.</translation>
    </message>
    <message>
        <source>Continue with a recent account:</source>
        <translation>Continuar com uma conta recente:</translation>
    </message>
    <message>
        <source>Continue as %1</source>
        <extracomment>%1 is an account, e.g. &quot;ada on chat.example.com&quot;.</extracomment>
        <translation>Continuar como %1</translation>
    </message>
    <message>
        <source>Host on this computer</source>
        <translation>Hospedar neste computador</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>Conectar a um servidor</translation>
    </message>
    <message>
        <source>I have an account</source>
        <translation>Já tenho uma conta</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>Criar uma conta</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>Endereço do &amp;servidor:</translation>
    </message>
    <message>
        <source>chat.example.com or 192.168.1.10:4100</source>
        <translation>chat.example.com ou 192.168.1.10:4100</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Endereço do servidor</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <extracomment>The name other people see, e.g. &quot;Ada Lovelace&quot;.</extracomment>
        <translation>Seu &amp;nome:</translation>
    </message>
    <message>
        <source>Shown to others, e.g. Ada Lovelace</source>
        <translation>Mostrado aos outros, ex.: Ada Lovelace</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nome de &amp;usuário:</translation>
    </message>
    <message>
        <source>e.g. ada</source>
        <translation>ex.: ada</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Pelo menos %1 caracteres</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>&amp;Confirmar senha:</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Confirmar senha</translation>
    </message>
    <message>
        <source>Create account and start</source>
        <translation>Criar conta e começar</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Criar conta</translation>
    </message>
    <message>
        <source>Sign in</source>
        <extracomment>Button.</extracomment>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation>Criando sua conta…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Entrando…</translation>
    </message>
    <message>
        <source>Confab runs the chat server itself; your messages stay on this computer.</source>
        <translation>O próprio Confab roda o servidor de chat; suas mensagens ficam neste computador.</translation>
    </message>
    <message>
        <source>Sign in to a Confab server that you or your team run elsewhere.</source>
        <translation>Entre em um servidor Confab que você ou sua equipe mantêm em outro lugar.</translation>
    </message>
    <message>
        <source>Sign in with your user name and password.</source>
        <translation>Entre com seu nome de usuário e senha.</translation>
    </message>
    <message>
        <source>Make a new account on this server.</source>
        <translation>Crie uma nova conta neste servidor.</translation>
    </message>
    <message>
        <source>The same password again, to catch a typo.</source>
        <translation>A mesma senha de novo, para evitar erros de digitação.</translation>
    </message>
    <message>
        <source>No sign-in is stored for %1. Enter its password to continue.</source>
        <extracomment>%1 names an account, e.g. &quot;Ada Lovelace (@ada) on this computer&quot;.</extracomment>
        <translation>Nenhum acesso está salvo para %1. Digite a senha da conta para continuar.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Button: leave the sign-in page and go back to the chat.</extracomment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel adding an account</source>
        <translation>Cancelar a adição de conta</translation>
    </message>
    <message>
        <source>Goes back to the chat of the signed-in account.</source>
        <translation>Volta para o chat da conta conectada.</translation>
    </message>
    <message>
        <source>Creates the account and signs in with it.</source>
        <translation>Cria a conta e entra com ela.</translation>
    </message>
    <message>
        <source>Signs in with the user name and password above.</source>
        <translation>Entra com o nome de usuário e a senha acima.</translation>
    </message>
</context>
<context>
    <name>confab::ui::StarredPanel</name>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mensagem</numerusform>
            <numerusform>%n mensagens</numerusform>
        </translation>
    </message>
    <message>
        <source>Starred messages</source>
        <translation>Mensagens com estrela</translation>
    </message>
    <message>
        <source>Enter shows the message in the conversation.</source>
        <translation>Enter mostra a mensagem na conversa.</translation>
    </message>
    <message>
        <source>No starred messages yet</source>
        <translation>Nenhuma mensagem com estrela ainda</translation>
    </message>
    <message>
        <source>Star a message from its menu (right click, or the Menu key) to find it here.</source>
        <translation>Marque uma mensagem com estrela pelo menu dela (clique com o botão direito ou tecla Menu) para encontrá-la aqui.</translation>
    </message>
</context>
<context>
    <name>confab::ui::StatusSelector</name>
    <message>
        <source>Online</source>
        <extracomment>Presence status.</extracomment>
        <translation>On-line</translation>
    </message>
    <message>
        <source>Away</source>
        <extracomment>Presence status.</extracomment>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <extracomment>Presence status.</extracomment>
        <translation>Não perturbe</translation>
    </message>
    <message>
        <source>Offline</source>
        <extracomment>Presence status.</extracomment>
        <translation>Off-line</translation>
    </message>
    <message>
        <source>Your status: %1</source>
        <extracomment>%1 is a presence status such as &quot;Away&quot;, or &quot;Offline&quot; while not connected.</extracomment>
        <translation>Seu status: %1</translation>
    </message>
    <message>
        <source>Change your status</source>
        <translation>Mudar seu status</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <extracomment>Shown instead of the user&apos;s own status while the app connects.</extracomment>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Presence unknown</source>
        <extracomment>Presence status of others while we are offline ourselves.</extracomment>
        <translation>Presença desconhecida</translation>
    </message>
    <message>
        <source>Others see you as offline; your status, %1, applies once connected</source>
        <extracomment>%1 is the status the user chose, such as &quot;Away&quot;.</extracomment>
        <translation>Os outros veem você como off-line; seu status, %1, vale assim que você se conectar</translation>
    </message>
</context>
<context>
    <name>confab::ui::ThreadPane</name>
    <message>
        <source>No replies yet</source>
        <translation>Nenhuma resposta ainda</translation>
    </message>
    <message numerus="yes">
        <source>%n repl(y|ies)</source>
        <translation>
            <numerusform>%n resposta</numerusform>
            <numerusform>%n respostas</numerusform>
        </translation>
    </message>
    <message>
        <source>Thread</source>
        <comment>noun: panel title, a message and its replies</comment>
        <translation>Conversa encadeada</translation>
    </message>
    <message>
        <source>Thread messages</source>
        <translation>Mensagens da conversa encadeada</translation>
    </message>
    <message>
        <source>The first message and its replies.</source>
        <translation>A primeira mensagem e as respostas.</translation>
    </message>
</context>
<context>
    <name>confab::ui::TimelineModel</name>
    <message>
        <source>This is the beginning of this conversation.</source>
        <translation>Este é o começo desta conversa.</translation>
    </message>
    <message>
        <source>This is the beginning of your conversation with %1.</source>
        <translation>Este é o começo da sua conversa com %1.</translation>
    </message>
    <message>
        <source>you</source>
        <comment>who created a group: This is the start of #name, created by you</comment>
        <translation>você</translation>
    </message>
    <message>
        <source>This is the start of #%1, created by %2.</source>
        <translation>Este é o começo de #%1, criado por %2.</translation>
    </message>
    <message>
        <source>This is the start of #%1, created by %2 on %3.</source>
        <translation>Este é o começo de #%1, criado por %2 em %3.</translation>
    </message>
</context>
<context>
    <name>confab::ui::TrayNotifier</name>
    <message>
        <source>Show Confab</source>
        <translation>Mostrar o Confab</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message numerus="yes">
        <source>Confab — %n unread</source>
        <translation>
            <numerusform>Confab — %n não lida</numerusform>
            <numerusform>Confab — %n não lidas</numerusform>
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
        <translation>%1 está digitando…</translation>
    </message>
    <message>
        <source>%1 and %2 are typing…</source>
        <translation>%1 e %2 estão digitando…</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 and %n other(s) are typing…</source>
        <translation>
            <numerusform>%1, %2 e mais %n pessoa estão digitando…</numerusform>
            <numerusform>%1, %2 e mais %n pessoas estão digitando…</numerusform>
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
        <translation>%1 (@%2), selecionado</translation>
    </message>
    <message>
        <source>%1 (@%2)</source>
        <translation>%1 (@%2)</translation>
    </message>
</context>
</TS>
