<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AccountLabel</name>
    <message>
        <source>this computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <source>@%1 on %2</source>
        <extracomment>An account: %1 is the user name, %2 the server (&quot;this computer&quot; or a host name).</extracomment>
        <translation>%2 の @%1</translation>
    </message>
    <message>
        <source>%1 (@%2) on %3</source>
        <extracomment>An account: %1 is the person&apos;s name, %2 the user name, %3 the server.</extracomment>
        <translation>%3 の %1 (@%2)</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>Confab chat. Without --server it hosts a chat server on this computer.</source>
        <translation>Confab チャット。--server を指定しない場合は、このコンピューターでチャットサーバーをホストします。</translation>
    </message>
    <message>
        <source>Sign in to the Confab server at this address (http or https; host:port means http).</source>
        <translation>このアドレスの Confab サーバーにサインインします（http または https。host:port の形式は http とみなします）。</translation>
    </message>
    <message>
        <source>url</source>
        <comment>command-line value name</comment>
        <translation>url</translation>
    </message>
    <message>
        <source>Port of the server hosted on this computer (1-65535).</source>
        <translation>このコンピューターでホストするサーバーのポート（1-65535）。</translation>
    </message>
    <message>
        <source>port</source>
        <comment>command-line value name</comment>
        <translation>port</translation>
    </message>
    <message>
        <source>Folder of the server hosted on this computer.</source>
        <translation>このコンピューターでホストするサーバーのフォルダー。</translation>
    </message>
    <message>
        <source>folder</source>
        <comment>command-line value name</comment>
        <translation>folder</translation>
    </message>
    <message>
        <source>Language of the user interface, such as de or pt_BR.</source>
        <translation>ユーザーインターフェースの言語（例: de、pt_BR）。</translation>
    </message>
    <message>
        <source>code</source>
        <comment>command-line value name: a language code</comment>
        <translation>code</translation>
    </message>
    <message>
        <source>Start even if Confab is already running.</source>
        <translation>Confab がすでに起動していても起動します。</translation>
    </message>
    <message>
        <source>Start in the system tray, without a window.</source>
        <translation>ウィンドウを開かずにシステムトレイで起動します。</translation>
    </message>
    <message>
        <source>--server needs an address such as https://chat.example.org.</source>
        <translation>--server には https://chat.example.org のようなアドレスが必要です。</translation>
    </message>
    <message>
        <source>Invalid server address &quot;%1&quot;.</source>
        <translation>サーバーアドレス「%1」は無効です。</translation>
    </message>
    <message>
        <source>Invalid server address &quot;%1&quot;: only http and https are supported.</source>
        <translation>サーバーアドレス「%1」は無効です: 使用できるのは http と https だけです。</translation>
    </message>
    <message>
        <source>Invalid server address &quot;%1&quot;: the host name is missing.</source>
        <translation>サーバーアドレス「%1」は無効です: ホスト名がありません。</translation>
    </message>
    <message>
        <source>Invalid port &quot;%1&quot;: expected a number from 1 to 65535.</source>
        <translation>ポート「%1」は無効です: 1 から 65535 までの数値を指定してください。</translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir にはフォルダーを指定してください。</translation>
    </message>
    <message>
        <source>Invalid data folder &quot;%1&quot;: it is a file.</source>
        <translation>データフォルダー「%1」は無効です: ファイルです。</translation>
    </message>
    <message>
        <source>Invalid language &quot;%1&quot;: expected a code such as de or pt_BR.</source>
        <translation>言語「%1」は無効です: de や pt_BR のようなコードを指定してください。</translation>
    </message>
    <message>
        <source>--%1 applies to the server hosted on this computer and cannot be combined with --server.</source>
        <translation>--%1 はこのコンピューターでホストするサーバー用のオプションで、--server と一緒には使えません。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>予期しない引数「%1」があります。</translation>
    </message>
    <message>
        <source>Let other computers on your local network sign in to the server hosted on this computer, with accounts created here.</source>
        <translation>ローカルネットワーク上の他のコンピューターが、ここで作成したアカウントでこのコンピューターのサーバーにサインインできるようにします。</translation>
    </message>
</context>
<context>
    <name>Confirmations</name>
    <message>
        <source>Leave conversation</source>
        <translation>会話から退出</translation>
    </message>
    <message>
        <source>Leave “%1”?</source>
        <translation>「%1」から退出しますか？</translation>
    </message>
    <message>
        <source>You will stop receiving its messages. Someone will have to add you again.</source>
        <translation>この会話のメッセージは届かなくなります。再参加するには誰かに追加してもらう必要があります。</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>ErrorTexts</name>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>問題が発生しました。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The user name or password is not correct.</source>
        <translation>ユーザー名またはパスワードが正しくありません。</translation>
    </message>
    <message>
        <source>That user name is taken. Please choose another one.</source>
        <translation>このユーザー名はすでに使われています。別の名前を選んでください。</translation>
    </message>
    <message>
        <source>Too many attempts. Please wait a moment and try again.</source>
        <translation>試行回数が多すぎます。しばらく待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check the address and your connection.</source>
        <translation>サーバーに接続できません。アドレスとネットワーク接続を確認してください。</translation>
    </message>
    <message>
        <source>You are not allowed to do that on this server.</source>
        <translation>このサーバーではその操作は許可されていません。</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>セッションが終了しました。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>This no longer exists, or you do not have access to it.</source>
        <translation>これはもう存在しないか、アクセス権がありません。</translation>
    </message>
    <message>
        <source>The server did not accept this. Please check what you entered.</source>
        <translation>サーバーが受け付けませんでした。入力内容を確認してください。</translation>
    </message>
    <message>
        <source>This is too large to send.</source>
        <translation>大きすぎるため送信できません。</translation>
    </message>
    <message>
        <source>This conversation is archived. Nothing can be changed in it.</source>
        <translation>この会話はアーカイブされています。変更はできません。</translation>
    </message>
    <message>
        <source>The server ran into a problem. Please try again later.</source>
        <translation>サーバーで問題が発生しました。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The server took too long to answer. Please try again.</source>
        <translation>サーバーの応答に時間がかかりすぎました。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The connection to the server was lost. Please try again.</source>
        <translation>サーバーとの接続が切れました。もう一度お試しください。</translation>
    </message>
    <message>
        <source>Not connected to this conversation yet. Please try again in a moment.</source>
        <extracomment>The client is not (yet) subscribed to the conversation it tried to act on.</extracomment>
        <translation>この会話にはまだ接続していません。少し待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Too many conversations are open at once. Please try again later.</source>
        <translation>同時に開いている会話が多すぎます。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The server sent an answer this app does not understand. It may be a different version.</source>
        <translation>サーバーからの応答をこのアプリで理解できません。バージョンが異なる可能性があります。</translation>
    </message>
    <message>
        <source>The system keychain could not read or store your sign-in. Please sign in again.</source>
        <translation>システムのキーチェーンでサインイン情報を読み取れないか、保存できませんでした。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>No system keychain is available, so your sign-in cannot be saved. You will need to sign in again next time.</source>
        <translation>システムのキーチェーンを利用できないため、サインイン情報を保存できません。次回もう一度サインインする必要があります。</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused, so your sign-in cannot be saved or read. Allow Confab to use the keychain, or sign in again.</source>
        <translation>システムのキーチェーンへのアクセスが拒否されたため、サインイン情報を保存することも読み取ることもできません。Confab にキーチェーンの使用を許可するか、もう一度サインインしてください。</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcuts</name>
    <message>
        <source>Jump to a conversation (quick switcher)</source>
        <translation>会話へ移動（クイックスイッチャー）</translation>
    </message>
    <message>
        <source>Filter the conversation list</source>
        <translation>会話リストを絞り込む</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>新しい会話</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Quit Confab</source>
        <translation>Confab を終了</translation>
    </message>
    <message>
        <source>Show these keyboard shortcuts</source>
        <translation>このキーボードショートカット一覧を表示</translation>
    </message>
    <message>
        <source>Previous conversation in the list</source>
        <translation>リスト内の前の会話</translation>
    </message>
    <message>
        <source>Next conversation in the list</source>
        <translation>リスト内の次の会話</translation>
    </message>
    <message>
        <source>Open the selected conversation; in the message box: send</source>
        <translation>選択した会話を開く（メッセージ入力欄では送信）</translation>
    </message>
    <message>
        <source>New line in the message box</source>
        <translation>メッセージ入力欄で改行</translation>
    </message>
    <message>
        <source>Edit your last message (empty message box)</source>
        <translation>最後のメッセージを編集（メッセージ入力欄が空のとき）</translation>
    </message>
    <message>
        <source>Clear the filter, close the side panel, or cancel an edit or reply</source>
        <translation>絞り込みをクリア、サイドパネルを閉じる、または編集や返信をキャンセル</translation>
    </message>
    <message>
        <source>Actions for the selected message</source>
        <translation>選択したメッセージの操作</translation>
    </message>
</context>
<context>
    <name>MessageData</name>
    <message>
        <source>Unknown user</source>
        <translation>不明なユーザー</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>This message was deleted</source>
        <translation>このメッセージは削除されました</translation>
    </message>
    <message>
        <source>edited</source>
        <comment>state of a message</comment>
        <translation>編集済み</translation>
    </message>
    <message>
        <source>starred</source>
        <comment>state of a message</comment>
        <translation>スター付き</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n reaction(s)</source>
        <translation>
            <numerusform>%1 のリアクション %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repl(y|ies)</source>
        <translation>
            <numerusform>返信 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>sending</source>
        <comment>state of a message</comment>
        <translation>送信中</translation>
    </message>
    <message>
        <source>not sent</source>
        <comment>state of a message</comment>
        <translation>未送信</translation>
    </message>
</context>
<context>
    <name>MessageLayout</name>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨日</translation>
    </message>
    <message numerus="yes">
        <source>%n repl(y|ies)</source>
        <translation>
            <numerusform>返信 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>reaction chip: emoji, count</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未送信</translation>
    </message>
    <message>
        <source>Seen by %1</source>
        <translation>既読: %1</translation>
    </message>
    <message>
        <source>This message was deleted</source>
        <translation>このメッセージは削除されました</translation>
    </message>
    <message>
        <source>(edited)</source>
        <translation>（編集済み）</translation>
    </message>
</context>
<context>
    <name>UsernameHint</name>
    <message>
        <source>User names are lowercase: yours will be “%1”.</source>
        <extracomment>%1 is the user name as it will be created, e.g. &quot;ada&quot;.</extracomment>
        <translation>ユーザー名は小文字です。あなたのユーザー名は「%1」になります。</translation>
    </message>
    <message>
        <source>User names are lowercase: signing in as “%1”.</source>
        <extracomment>%1 is the user name as it will be sent, e.g. &quot;ada&quot;.</extracomment>
        <translation>ユーザー名は小文字です。「%1」としてサインインします。</translation>
    </message>
    <message>
        <source>Lowercase letters, digits, “.”, “_” and “-”.</source>
        <translation>小文字の英字、数字、「.」「_」「-」が使えます。</translation>
    </message>
</context>
<context>
    <name>confab::app::AppController</name>
    <message>
        <source>Add another account…</source>
        <translation>別のアカウントを追加…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <source>Confab is still running</source>
        <translation>Confab は実行中です</translation>
    </message>
    <message>
        <source>Closing the window keeps Confab in the tray, so messages still arrive. To quit, choose Quit in the tray menu or press Ctrl+Q.</source>
        <translation>ウィンドウを閉じても Confab はトレイで実行し続けるため、メッセージは引き続き届きます。終了するには、トレイメニューの「終了」を選ぶか Ctrl+Q を押してください。</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n unread</source>
        <extracomment>An account menu entry: %1 names the account, %n is its number of unread messages.</extracomment>
        <translation>
            <numerusform>%1 — 未読 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
</context>
<context>
    <name>confab::app::EmbeddedHost</name>
    <message>
        <source>No data folder is set for the server on this computer.</source>
        <translation>このコンピューターのサーバーにデータフォルダーが設定されていません。</translation>
    </message>
    <message>
        <source>Could not create the data folder %1.</source>
        <translation>データフォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>The server on this computer stopped.</source>
        <translation>このコンピューターのサーバーが停止しました。</translation>
    </message>
    <message>
        <source>The server on this computer is not running.</source>
        <translation>このコンピューターのサーバーは起動していません。</translation>
    </message>
    <message>
        <source>The server on this computer is still stopping; try again.</source>
        <translation>このコンピューターのサーバーはまだ停止処理中です。もう一度お試しください。</translation>
    </message>
    <message>
        <source>Could not start the server on this computer: %1</source>
        <translation>このコンピューターでサーバーを起動できませんでした: %1</translation>
    </message>
    <message>
        <source>Another Confab server is already using the data folder %1. Stop it first, or choose another folder.</source>
        <translation>別の Confab サーバーがデータフォルダー %1 をすでに使用しています。先にそのサーバーを停止するか、別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Another Confab server (process %1) is already using the data folder %2. Stop it first, or choose another folder.</source>
        <translation>別の Confab サーバー(プロセス %1)がデータフォルダー %2 をすでに使用しています。先にそのサーバーを停止するか、別のフォルダーを選んでください。</translation>
    </message>
</context>
<context>
    <name>confab::app::NotificationRouter</name>
    <message>
        <source>You were added to this conversation</source>
        <translation>この会話に追加されました</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <extracomment>Notification title: %1 is who wrote, %2 the group&apos;s name.</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>新しいメッセージ</translation>
    </message>
    <message>
        <source>You have a new message</source>
        <translation>新しいメッセージがあります</translation>
    </message>
</context>
<context>
    <name>confab::ui::AddMembersDialog</name>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message numerus="yes">
        <source>Add %n (person|people)</source>
        <translation>
            <numerusform>%n 人を追加</numerusform>
        </translation>
    </message>
    <message>
        <source>Add people</source>
        <translation>メンバーを追加</translation>
    </message>
    <message>
        <source>Search by name or user name</source>
        <translation>名前またはユーザー名で検索</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>ユーザーを検索</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>見つかったユーザー</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>検索の状態</translation>
    </message>
    <message>
        <source>Type a name to find people.</source>
        <translation>名前を入力してユーザーを検索します。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索中…</translation>
    </message>
    <message>
        <source>No one found who is not already here.</source>
        <translation>まだ参加していないユーザーは見つかりませんでした。</translation>
    </message>
    <message>
        <source>Tick everyone you want to add.</source>
        <translation>追加するユーザーをすべてチェックしてください。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Tick everyone you want to add, then choose Add.</source>
        <translation>追加するユーザーをすべてチェックしてから、「追加」を選んでください。</translation>
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
        <translation>%2 文字中 %1 文字を使用</translation>
    </message>
    <message>
        <source>This message is too long to send: at most %1 characters fit in one message.</source>
        <translation>メッセージが長すぎて送信できません: 1 つのメッセージは最大 %1 文字です。</translation>
    </message>
    <message>
        <source>A message cannot be empty. To remove it, delete it instead.</source>
        <translation>メッセージを空にすることはできません。消すには削除してください。</translation>
    </message>
    <message>
        <source>Editing message · Esc to cancel</source>
        <translation>メッセージを編集中 · Esc でキャンセル</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>編集をキャンセル</translation>
    </message>
    <message>
        <source>Replying to %1: %2</source>
        <extracomment>%1 is the sender&apos;s name, %2 the start of the message being replied to.</extracomment>
        <translation>%1 に返信: %2</translation>
    </message>
    <message>
        <source>Cancel reply</source>
        <translation>返信をキャンセル</translation>
    </message>
    <message>
        <source>This conversation is archived</source>
        <translation>この会話はアーカイブされています</translation>
    </message>
    <message>
        <source>Write a message…</source>
        <translation>メッセージを入力…</translation>
    </message>
    <message>
        <source>Message</source>
        <comment>noun: the message being written</comment>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line, Up edits your last message.</source>
        <translation>Enter で送信、Shift+Enter で改行、↑ キーで最後のメッセージを編集します。</translation>
    </message>
    <message>
        <source>Send</source>
        <extracomment>Button that sends the message being written.</extracomment>
        <translation>送信</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>メッセージを送信</translation>
    </message>
    <message>
        <source>Keeps the text and stops editing or replying; Esc does the same.</source>
        <translation>テキストを残したまま編集または返信をやめます。Esc でも同じ操作ができます。</translation>
    </message>
    <message>
        <source>Sends what you wrote; while offline it waits in the outbox and goes out later.</source>
        <translation>入力した内容を送信します。オフラインの間は送信トレイで待機し、後で送信されます。</translation>
    </message>
</context>
<context>
    <name>confab::ui::ConnectionBanner</name>
    <message>
        <source>Connection status</source>
        <translation>接続状態</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>今すぐ再試行</translation>
    </message>
    <message>
        <source>Retry connecting now</source>
        <translation>今すぐ再接続</translation>
    </message>
    <message>
        <source>Sign in</source>
        <extracomment>Button: sign in again after the session ended.</extracomment>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>もう一度サインイン</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <source>You are offline</source>
        <translation>オフラインです</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s…</source>
        <extracomment>%n is a number of seconds; &quot;s&quot; is the unit symbol.</extracomment>
        <translation>
            <numerusform>%n 秒後に再接続…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>再接続中…</translation>
    </message>
    <message>
        <source>Waiting to reconnect…</source>
        <translation>再接続を待機中…</translation>
    </message>
    <message>
        <source>You are signed out</source>
        <translation>サインアウトしています</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting to be sent</source>
        <translation>
            <numerusform>送信待ちのメッセージ %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Connects at once instead of waiting; messages you wrote are sent then.</source>
        <translation>待たずにすぐ接続します。入力済みのメッセージはそのときに送信されます。</translation>
    </message>
    <message>
        <source>Your sign-in ended on the server; opens the sign-in page.</source>
        <translation>サーバーでサインインが終了しました。サインインページを開きます。</translation>
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
        <translation>メッセージはまだありません</translation>
    </message>
    <message>
        <source>Message deleted</source>
        <translation>メッセージは削除されました</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>あなた: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>sender: message preview</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>未読 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>pinned</source>
        <comment>state of a conversation</comment>
        <translation>ピン留め</translation>
    </message>
    <message>
        <source>muted</source>
        <comment>state of a conversation</comment>
        <translation>ミュート</translation>
    </message>
    <message>
        <source>archived</source>
        <comment>state of a conversation</comment>
        <translation>アーカイブ済み</translation>
    </message>
    <message>
        <source>last message: %1</source>
        <translation>最後のメッセージ: %1</translation>
    </message>
    <message>
        <source>Direct message</source>
        <translation>ダイレクトメッセージ</translation>
    </message>
    <message numerus="yes">
        <source>Group of %n</source>
        <comment>members</comment>
        <translation>
            <numerusform>%n 人のグループ</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>%1, topic: %2</source>
        <translation>%1、トピック: %2</translation>
    </message>
</context>
<context>
    <name>confab::ui::ConversationSettingsPanel</name>
    <message>
        <source>Unarchive conversation</source>
        <translation>会話のアーカイブを解除</translation>
    </message>
    <message>
        <source>Archive conversation</source>
        <translation>会話をアーカイブ</translation>
    </message>
    <message>
        <source>This conversation is archived. Unarchive it to change it.</source>
        <translation>この会話はアーカイブされています。変更するにはアーカイブを解除してください。</translation>
    </message>
    <message>
        <source>Only the owner of this conversation can change this.</source>
        <translation>この会話のオーナーだけが変更できます。</translation>
    </message>
    <message>
        <source>A group needs a title.</source>
        <translation>グループにはタイトルが必要です。</translation>
    </message>
    <message>
        <source>Save the title and topic (Enter)</source>
        <translation>タイトルとトピックを保存（Enter）</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>保存する変更はありません。</translation>
    </message>
    <message>
        <source>Archived conversations are read-only.</source>
        <translation>アーカイブされた会話は読み取り専用です。</translation>
    </message>
    <message>
        <source>Only the owner can archive this conversation.</source>
        <translation>この会話をアーカイブできるのはオーナーだけです。</translation>
    </message>
    <message>
        <source>Leave this conversation</source>
        <translation>この会話から退出</translation>
    </message>
    <message>
        <source>Conversation settings</source>
        <translation>会話の設定</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>タイトル(&amp;T)</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>name of a group conversation</comment>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Name of the group</source>
        <translation>グループ名</translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation>トピック(&amp;O)</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>What this conversation is about</source>
        <translation>この会話の内容</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save title and topic</source>
        <translation>タイトルとトピックを保存</translation>
    </message>
    <message>
        <source>&amp;Pin to the top of the list</source>
        <translation>リストの一番上にピン留め(&amp;P)</translation>
    </message>
    <message>
        <source>Pin to the top of the list</source>
        <translation>リストの一番上にピン留め</translation>
    </message>
    <message>
        <source>&amp;Mute notifications</source>
        <translation>通知をミュート(&amp;M)</translation>
    </message>
    <message>
        <source>Mute notifications</source>
        <translation>通知をミュート</translation>
    </message>
    <message>
        <source>No notifications for new messages; mentions of you still notify.</source>
        <translation>新しいメッセージを通知しません。自分へのメンションは通知されます。</translation>
    </message>
    <message>
        <source>Leave conversation</source>
        <translation>会話から退出</translation>
    </message>
    <message>
        <source>Pinned conversations stay above the others, whatever their last activity.</source>
        <translation>ピン留めした会話は、最後のアクティビティに関係なく他の会話より上に表示されます。</translation>
    </message>
</context>
<context>
    <name>confab::ui::ConversationView</name>
    <message>
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>退席中</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>取り込み中</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>Select a conversation</source>
        <translation>会話を選択してください</translation>
    </message>
    <message>
        <source>Pick one from the list on the left, or start a new one with Ctrl+N.</source>
        <translation>左のリストから選ぶか、Ctrl+N で新しい会話を始めます。</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>Show the members of this conversation</source>
        <translation>この会話のメンバーを表示</translation>
    </message>
    <message>
        <source>Starred</source>
        <comment>button: show the starred messages</comment>
        <translation>スター付き</translation>
    </message>
    <message>
        <source>Show starred messages</source>
        <translation>スター付きメッセージを表示</translation>
    </message>
    <message>
        <source>Starred messages</source>
        <translation>スター付きメッセージ</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Conversation settings</source>
        <translation>会話の設定</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Menu key or Shift+F10 opens the actions of the selected message.</source>
        <translation>メニューキーまたは Shift+F10 で、選択したメッセージの操作を開きます。</translation>
    </message>
    <message>
        <source>↓ New messages</source>
        <translation>↓ 新しいメッセージ</translation>
    </message>
    <message>
        <source>Jump to the newest message</source>
        <translation>最新のメッセージへ移動</translation>
    </message>
    <message>
        <source>Jump to new messages</source>
        <translation>新しいメッセージへ移動</translation>
    </message>
    <message>
        <source>Direct conversation</source>
        <translation>ダイレクト会話</translation>
    </message>
    <message>
        <source>Untitled group</source>
        <translation>無題のグループ</translation>
    </message>
    <message>
        <source>Conversation: %1</source>
        <translation>会話: %1</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>トピック: %1</translation>
    </message>
    <message>
        <source>Presence: %1</source>
        <translation>プレゼンス: %1</translation>
    </message>
    <message>
        <source>Presence unknown</source>
        <translation>プレゼンス不明</translation>
    </message>
</context>
<context>
    <name>confab::ui::CreateAccountDialog</name>
    <message>
        <source>The account %1 was created. Its owner can sign in with it now.</source>
        <translation>アカウント %1 を作成しました。持ち主は今すぐサインインできます。</translation>
    </message>
    <message>
        <source>A user name has 2 to 32 characters: lowercase letters, digits, “.”, “_” and “-”.</source>
        <translation>ユーザー名は 2〜32 文字で、小文字の英字、数字、「.」「_」「-」が使えます。</translation>
    </message>
    <message>
        <source>A name can have at most %1 characters.</source>
        <translation>名前は最大 %1 文字です。</translation>
    </message>
    <message>
        <source>Use a password of at least %1 characters.</source>
        <translation>%1 文字以上のパスワードを使用してください。</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>2 つのパスワードが一致しません。</translation>
    </message>
    <message>
        <source>Create an Account</source>
        <translation>アカウントの作成</translation>
    </message>
    <message>
        <source>Create an account on the server on this computer for someone on your local network. Tell them the user name and password; they sign in with them from their own computer.</source>
        <translation>ローカルネットワーク上の人のために、このコンピューターのサーバーにアカウントを作成します。ユーザー名とパスワードを伝えると、その人は自分のコンピューターからサインインできます。</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Name shown to others:</source>
        <translation>他の人に表示される名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>パスワードの確認(&amp;C):</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <extracomment>Button: create the account described in the dialog.</extracomment>
        <translation>作成(&amp;R)</translation>
    </message>
    <message>
        <source>Creates the account; the dialog stays open for the next one.</source>
        <translation>アカウントを作成します。続けて次のアカウントを作成できるよう、ダイアログは開いたままになります。</translation>
    </message>
    <message>
        <source>What they sign in with: lowercase letters, digits, “.”, “_” and “-”.</source>
        <translation>サインインに使う名前です。小文字の英字、数字、「.」「_」「-」が使えます。</translation>
    </message>
    <message>
        <source>Shown to others in conversations; the user name when left empty.</source>
        <translation>会話で他の人に表示されます。空欄の場合はユーザー名が使われます。</translation>
    </message>
    <message>
        <source>At least %1 characters; give it to them with the user name.</source>
        <translation>%1 文字以上。ユーザー名と一緒に相手に伝えてください。</translation>
    </message>
    <message>
        <source>The same password again, to catch a typo.</source>
        <translation>入力ミスを防ぐため、同じパスワードをもう一度入力してください。</translation>
    </message>
</context>
<context>
    <name>confab::ui::InlineError</name>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>No error</source>
        <translation>エラーなし</translation>
    </message>
</context>
<context>
    <name>confab::ui::KeychainNoticeDialog</name>
    <message>
        <source>Sign-in Not Saved</source>
        <translation>サインイン情報は保存されていません</translation>
    </message>
    <message>
        <source>No keychain (such as GNOME Keyring or KWallet) is available to keep the sign-in of %1 safe. You are signed in now, but you will have to enter your password again after Confab quits.</source>
        <extracomment>%1 names an account, e.g. &quot;Ada Lovelace (@ada) on this computer&quot;.</extracomment>
        <translation>%1 のサインイン情報を安全に保管できるキーチェーン（GNOME Keyring や KWallet など）がありません。現在はサインインしていますが、Confab を終了した後はパスワードをもう一度入力する必要があります。</translation>
    </message>
    <message>
        <source>The keychain refused to keep the sign-in of %1. You are signed in now, but you will have to enter your password again after Confab quits.</source>
        <translation>キーチェーンが %1 のサインイン情報の保管を拒否しました。現在はサインインしていますが、Confab を終了した後はパスワードをもう一度入力する必要があります。</translation>
    </message>
    <message>
        <source>The keychain could not keep the sign-in of %1. You are signed in now, but you will have to enter your password again after Confab quits.</source>
        <translation>キーチェーンに %1 のサインイン情報を保管できませんでした。現在はサインインしていますが、Confab を終了した後はパスワードをもう一度入力する必要があります。</translation>
    </message>
    <message>
        <source>What happened to the sign-in</source>
        <translation>サインイン情報の状況</translation>
    </message>
    <message>
        <source>&amp;Store it unencrypted on this computer</source>
        <translation>このコンピューターに暗号化せずに保存(&amp;S)</translation>
    </message>
    <message>
        <source>Store the sign-in unencrypted on this computer</source>
        <translation>サインイン情報をこのコンピューターに暗号化せずに保存</translation>
    </message>
    <message>
        <source>Anyone who can read your files could use it. You can change this in Settings.</source>
        <translation>あなたのファイルを読める人は誰でもそれを使用できます。この設定は「設定」で変更できます。</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>再試行(&amp;T)</translation>
    </message>
    <message>
        <source>Try the keychain again</source>
        <translation>キーチェーンを再試行</translation>
    </message>
    <message>
        <source>Asks the keychain once more, for example after unlocking it.</source>
        <translation>キーチェーンにもう一度問い合わせます（ロックを解除した後など）。</translation>
    </message>
    <message>
        <source>&amp;Keep me signed in only until I quit</source>
        <translation>終了するまでサインインを維持(&amp;K)</translation>
    </message>
    <message>
        <source>Keep me signed in only until I quit</source>
        <translation>終了するまでサインインを維持</translation>
    </message>
    <message>
        <source>Nothing is written to disk; the next start asks for the password.</source>
        <translation>ディスクには何も書き込まれません。次回の起動時にパスワードを求められます。</translation>
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
        <translation>オーナー</translation>
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
        <translation>オンライン</translation>
    </message>
    <message>
        <source>away</source>
        <comment>presence, read by screen readers</comment>
        <translation>退席中</translation>
    </message>
    <message>
        <source>do not disturb</source>
        <comment>presence, read by screen readers</comment>
        <translation>取り込み中</translation>
    </message>
    <message>
        <source>offline</source>
        <comment>presence, read by screen readers</comment>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>%1 (@%2)</source>
        <translation>%1 (@%2)</translation>
    </message>
    <message>
        <source>owner</source>
        <comment>member role tag</comment>
        <translation>オーナー</translation>
    </message>
    <message>
        <source>presence unknown</source>
        <comment>presence, read by screen readers</comment>
        <extracomment>While we are offline ourselves: we cannot see whether they are online.</extracomment>
        <translation>プレゼンス不明</translation>
    </message>
</context>
<context>
    <name>confab::ui::MembersPanel</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>メンバー %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>This conversation is archived.</source>
        <translation>この会話はアーカイブされています。</translation>
    </message>
    <message>
        <source>Add people to this conversation</source>
        <translation>この会話にメンバーを追加</translation>
    </message>
    <message>
        <source>Only the owner can add people.</source>
        <translation>メンバーを追加できるのはオーナーだけです。</translation>
    </message>
    <message>
        <source>Leave this conversation</source>
        <translation>この会話から退出</translation>
    </message>
    <message>
        <source>Member actions</source>
        <translation>メンバーの操作</translation>
    </message>
    <message>
        <source>Remove %1…</source>
        <extracomment>%1 is a person&apos;s display name.</extracomment>
        <translation>%1 を削除…</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>メンバーを削除</translation>
    </message>
    <message>
        <source>Remove %1 from this conversation?</source>
        <translation>%1 をこの会話から削除しますか？</translation>
    </message>
    <message>
        <source>They will no longer see new messages. You can add them again later.</source>
        <translation>このユーザーには新しいメッセージが表示されなくなります。後で再び追加できます。</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>button: remove the member</comment>
        <translation>削除</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>The owner can remove a member from its menu (Menu key or right click).</source>
        <translation>オーナーはメンバーのメニュー（メニューキーまたは右クリック）からメンバーを削除できます。</translation>
    </message>
    <message>
        <source>Add people…</source>
        <translation>メンバーを追加…</translation>
    </message>
    <message>
        <source>Add people</source>
        <translation>メンバーを追加</translation>
    </message>
    <message>
        <source>Leave conversation</source>
        <translation>会話から退出</translation>
    </message>
</context>
<context>
    <name>confab::ui::MessageActions</name>
    <message>
        <source>Message actions</source>
        <translation>メッセージの操作</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>送信を再試行</translation>
    </message>
    <message>
        <source>This message is still being sent.</source>
        <translation>このメッセージはまだ送信中です。</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>This conversation is archived.</source>
        <translation>この会話はアーカイブされています。</translation>
    </message>
    <message>
        <source>Reply in thread</source>
        <translation>スレッドで返信</translation>
    </message>
    <message>
        <source>Unstar</source>
        <comment>verb: remove the message&apos;s star</comment>
        <translation>スターを外す</translation>
    </message>
    <message>
        <source>Star</source>
        <comment>verb: mark the message with a star</comment>
        <translation>スターを付ける</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>テキストをコピー</translation>
    </message>
    <message>
        <source>React</source>
        <comment>verb: add an emoji reaction</comment>
        <translation>リアクション</translation>
    </message>
    <message>
        <source>React with %1</source>
        <extracomment>%1 is an emoji.</extracomment>
        <translation>%1 でリアクション</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>その他…</translation>
    </message>
    <message>
        <source>Add a reaction</source>
        <translation>リアクションを追加</translation>
    </message>
    <message>
        <source>Reaction</source>
        <comment>the emoji typed in the reaction field</comment>
        <translation>リアクション</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>メッセージを削除</translation>
    </message>
    <message>
        <source>Delete this message for everyone?</source>
        <translation>このメッセージを全員に対して削除しますか？</translation>
    </message>
    <message>
        <source>You are deleting someone else&apos;s message as the owner.</source>
        <translation>オーナーとして他のユーザーのメッセージを削除しようとしています。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Type one emoji:</source>
        <translation>絵文字を1つ入力してください：</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>リアクション</translation>
    </message>
</context>
<context>
    <name>confab::ui::MessageDelegate</name>
    <message>
        <source>%1 reacted with %2</source>
        <translation>%1 が %2 でリアクションしました</translation>
    </message>
    <message>
        <source>Open the thread</source>
        <translation>スレッドを開く</translation>
    </message>
    <message>
        <source>Send this message again</source>
        <translation>このメッセージを再送信</translation>
    </message>
    <message>
        <source>Delete this unsent message</source>
        <translation>この未送信メッセージを削除</translation>
    </message>
</context>
<context>
    <name>confab::ui::MessageHoverBar</name>
    <message>
        <source>Message toolbar</source>
        <translation>メッセージのツールバー</translation>
    </message>
    <message>
        <source>This conversation is archived.</source>
        <translation>この会話はアーカイブされています。</translation>
    </message>
    <message>
        <source>React</source>
        <comment>verb: add an emoji reaction</comment>
        <translation>リアクション</translation>
    </message>
    <message>
        <source>Add a reaction</source>
        <translation>リアクションを追加</translation>
    </message>
    <message>
        <source>Reply</source>
        <comment>verb: reply in a thread</comment>
        <translation>返信</translation>
    </message>
    <message>
        <source>Reply in thread</source>
        <translation>スレッドで返信</translation>
    </message>
    <message>
        <source>Unstar</source>
        <comment>verb: remove the message&apos;s star</comment>
        <translation>スターを外す</translation>
    </message>
    <message>
        <source>Star</source>
        <comment>verb: mark the message with a star</comment>
        <translation>スターを付ける</translation>
    </message>
    <message>
        <source>Remove the star</source>
        <translation>スターを外す</translation>
    </message>
    <message>
        <source>Star this message</source>
        <translation>このメッセージにスターを付ける</translation>
    </message>
    <message>
        <source>More</source>
        <comment>button: more actions on a message</comment>
        <translation>その他</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>その他の操作</translation>
    </message>
    <message>
        <source>Opens the message&apos;s menu, as the Menu key does.</source>
        <translation>メニューキーと同じように、メッセージのメニューを開きます。</translation>
    </message>
</context>
<context>
    <name>confab::ui::NewConversationDialog</name>
    <message>
        <source>Choose the person to write to.</source>
        <translation>メッセージを送る相手を選んでください。</translation>
    </message>
    <message>
        <source>A direct conversation is with one person. Choose one, or start a group.</source>
        <translation>ダイレクト会話の相手は 1 人です。1 人を選ぶか、グループを作成してください。</translation>
    </message>
    <message>
        <source>Give the group a name.</source>
        <translation>グループに名前を付けてください。</translation>
    </message>
    <message>
        <source>A group name can have at most %1 characters.</source>
        <translation>グループ名は最大 %1 文字です。</translation>
    </message>
    <message>
        <source>Add at least one person to the group.</source>
        <translation>グループに 1 人以上追加してください。</translation>
    </message>
    <message>
        <source>Could not start the conversation.</source>
        <translation>会話を開始できませんでした。</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>選択済み: %1</translation>
    </message>
    <message>
        <source>No one found.</source>
        <translation>見つかりませんでした。</translation>
    </message>
    <message>
        <source>Search for people by their name or user name.</source>
        <translation>名前またはユーザー名でユーザーを検索します。</translation>
    </message>
    <message>
        <source>New Group</source>
        <translation>新しいグループ</translation>
    </message>
    <message>
        <source>New Direct Message</source>
        <translation>新しいダイレクトメッセージ</translation>
    </message>
    <message>
        <source>&amp;Direct message</source>
        <translation>ダイレクトメッセージ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <extracomment>A conversation with several people.</extracomment>
        <translation>グループ(&amp;G)</translation>
    </message>
    <message>
        <source>Group &amp;name:</source>
        <translation>グループ名(&amp;N):</translation>
    </message>
    <message>
        <source>e.g. Release planning</source>
        <translation>例: リリース計画</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>グループ名</translation>
    </message>
    <message>
        <source>&amp;Add people:</source>
        <translation>メンバーを追加(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Write to:</source>
        <translation>宛先(&amp;W):</translation>
    </message>
    <message>
        <source>Search by name…</source>
        <translation>名前で検索…</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>ユーザーを検索</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>見つかったユーザー</translation>
    </message>
    <message>
        <source>Start</source>
        <extracomment>Button: create the conversation.</extracomment>
        <translation>開始</translation>
    </message>
    <message>
        <source>Type a name and press Enter to search. Enter on a single result chooses it; Down moves into the results.</source>
        <translation>名前を入力して Enter を押すと検索します。結果が 1 件のときは Enter で選択でき、↓ キーで結果に移動します。</translation>
    </message>
    <message>
        <source>The name everyone in the group sees.</source>
        <translation>グループの全員に表示される名前です。</translation>
    </message>
    <message>
        <source>Space or Enter adds the highlighted person to the group.</source>
        <translation>Space または Enter で、強調表示されたユーザーをグループに追加します。</translation>
    </message>
    <message>
        <source>Enter starts the conversation with the highlighted person.</source>
        <translation>Enter で、強調表示されたユーザーとの会話を開始します。</translation>
    </message>
    <message>
        <source>Opens the conversation with the people chosen; Enter in the list does the same.</source>
        <translation>選択したユーザーとの会話を開きます。リストで Enter を押しても同じです。</translation>
    </message>
    <message>
        <source>A private conversation with one person.</source>
        <translation>1 人の相手とのプライベートな会話です。</translation>
    </message>
    <message>
        <source>A named conversation with several people; you can add more later.</source>
        <translation>複数の人との名前付きの会話です。後からメンバーを追加できます。</translation>
    </message>
</context>
<context>
    <name>confab::ui::PanelHeader</name>
    <message>
        <source>Close (Esc)</source>
        <translation>閉じる（Esc）</translation>
    </message>
    <message>
        <source>Close panel</source>
        <translation>パネルを閉じる</translation>
    </message>
    <message>
        <source>Close %1</source>
        <extracomment>%1 is the title of the side panel, e.g. &quot;Thread&quot;.</extracomment>
        <translation>%1 を閉じる</translation>
    </message>
</context>
<context>
    <name>confab::ui::QuickSwitcher</name>
    <message>
        <source>Quick switcher</source>
        <translation>クイックスイッチャー</translation>
    </message>
    <message>
        <source>Jump to a conversation…</source>
        <translation>会話へ移動…</translation>
    </message>
    <message>
        <source>Conversation name</source>
        <translation>会話名</translation>
    </message>
    <message>
        <source>Matching conversations</source>
        <translation>一致する会話</translation>
    </message>
    <message>
        <source>No conversation matches.</source>
        <translation>一致する会話はありません。</translation>
    </message>
    <message>
        <source>Type part of a name. Up and Down pick a match, Enter opens it, Escape closes.</source>
        <translation>名前の一部を入力してください。↑ キーと ↓ キーで候補を選び、Enter で開き、Esc で閉じます。</translation>
    </message>
</context>
<context>
    <name>confab::ui::SettingsDialog</name>
    <message>
        <source>Where the Local Server Keeps Its Data</source>
        <translation>ローカルサーバーのデータの保存先</translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <extracomment>Marks the account the window currently shows.</extracomment>
        <translation>%1（使用中）</translation>
    </message>
    <message>
        <source>The sign-in token is stored unencrypted.</source>
        <translation>サインイントークンは暗号化されずに保存されています。</translation>
    </message>
    <message>
        <source>No keychain was available, so the sign-in token of %1 is stored unencrypted on this computer. Anyone who can read your files can use it.</source>
        <translation>キーチェーンを利用できなかったため、%1 のサインイントークンはこのコンピューターに暗号化されずに保存されています。あなたのファイルを読める人は誰でもそれを使用できます。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>General</source>
        <extracomment>Settings tab for behaviour that fits nowhere else.</extracomment>
        <translation>一般</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Local server</source>
        <translation>ローカルサーバー</translation>
    </message>
    <message>
        <source>&amp;Signed-in accounts:</source>
        <translation>サインイン中のアカウント(&amp;S):</translation>
    </message>
    <message>
        <source>Signed-in accounts</source>
        <translation>サインイン中のアカウント</translation>
    </message>
    <message>
        <source>S&amp;witch to</source>
        <extracomment>Button: show another signed-in account in the window.</extracomment>
        <translation>切り替え(&amp;W)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>サインアウト(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>アカウントを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Allow storing sign-in tokens unencrypted when no keychain is available</source>
        <translation>キーチェーンを利用できない場合、サインイントークンを暗号化せずに保存することを許可する</translation>
    </message>
    <message>
        <source>Keep Confab running in the tray when its window is closed</source>
        <translation>ウィンドウを閉じても Confab をトレイで実行し続ける</translation>
    </message>
    <message>
        <source>Set me as &amp;away after:</source>
        <translation>退席中にするまでの時間(&amp;A):</translation>
    </message>
    <message>
        <source>Minutes of inactivity before Away</source>
        <translation>退席中にするまでの無操作時間（分）</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>Spin box suffix: a number of minutes follows.</extracomment>
        <translation> 分</translation>
    </message>
    <message>
        <source>Never</source>
        <extracomment>Auto-away spin box at 0: never become away automatically.</extracomment>
        <translation>しない</translation>
    </message>
    <message>
        <source>Show &amp;notifications for new messages</source>
        <translation>新しいメッセージの通知を表示(&amp;N)</translation>
    </message>
    <message>
        <source>Show the message &amp;text in notifications</source>
        <translation>通知にメッセージ本文を表示(&amp;T)</translation>
    </message>
    <message>
        <source>Play a &amp;sound</source>
        <translation>サウンドを再生(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>System default</source>
        <extracomment>The first entry of the language list: follow the operating system&apos;s language.</extracomment>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>The new language applies at once.</source>
        <translation>新しい言語はすぐに適用されます。</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>Local server port</source>
        <translation>ローカルサーバーのポート</translation>
    </message>
    <message>
        <source>Allow other &amp;computers on the network to connect</source>
        <translation>ネットワーク上の他のコンピューターからの接続を許可(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Data location:</source>
        <translation>データの保存先(&amp;D):</translation>
    </message>
    <message>
        <source>Local server data location</source>
        <translation>ローカルサーバーのデータの保存先</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the data location</source>
        <translation>データの保存先を選択</translation>
    </message>
    <message>
        <source>This computer has no address on a private network (such as 192.168.x.x), so nobody else can reach this server. It is never offered on a public address.</source>
        <translation>このコンピューターにはプライベートネットワーク上のアドレス（192.168.x.x など）がないため、他の人はこのサーバーにアクセスできません。公開アドレスで提供されることはありません。</translation>
    </message>
    <message>
        <source>People on your local network can reach this server at %1 and sign in with accounts you create; nobody can create an account from another computer.</source>
        <extracomment>%1 is a list of addresses such as &quot;192.168.1.20:4100 and [fd00::2]:4100&quot;.</extracomment>
        <translation>ローカルネットワーク上の人は %1 でこのサーバーにアクセスし、あなたが作成したアカウントでサインインできます。他のコンピューターからアカウントを作成することはできません。</translation>
    </message>
    <message>
        <source>Create an &amp;account for someone…</source>
        <translation>他の人のアカウントを作成(&amp;A)…</translation>
    </message>
    <message>
        <source>The local server is running.</source>
        <extracomment>%1 is where the local server listens, e.g. &quot;127.0.0.1:4100&quot;.</extracomment>
        <translation>ローカルサーバーは実行中です。</translation>
    </message>
    <message>
        <source>The local server is running at %1.</source>
        <translation>ローカルサーバーは %1 で実行中です。</translation>
    </message>
    <message>
        <source>Restarting the local server…</source>
        <translation>ローカルサーバーを再起動しています…</translation>
    </message>
    <message>
        <source>The local server is not running; the new settings apply when it starts.</source>
        <translation>ローカルサーバーは実行されていません。新しい設定は起動時に適用されます。</translation>
    </message>
    <message>
        <source>The local server could not start: %1</source>
        <extracomment>%1 is the reason, as the server reported it.</extracomment>
        <translation>ローカルサーバーを起動できませんでした: %1</translation>
    </message>
    <message>
        <source>Teammates connect to:</source>
        <extracomment>Label of the addresses teammates type as the server address.</extracomment>
        <translation>チームメンバーの接続先:</translation>
    </message>
    <message>
        <source>Addresses teammates connect to</source>
        <translation>チームメンバーの接続先アドレス</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the addresses teammates connect to</source>
        <translation>チームメンバーの接続先アドレスをコピー</translation>
    </message>
    <message>
        <source>Local server status</source>
        <translation>ローカルサーバーの状態</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>設定のセクション</translation>
    </message>
    <message>
        <source>Account, General, Notifications, Language and Local server; Ctrl+Tab moves to the next section.</source>
        <translation>アカウント、一般、通知、言語、ローカルサーバーの各セクションがあります。Ctrl+Tab で次のセクションに移動します。</translation>
    </message>
    <message>
        <source>The accounts signed in on this computer; the one shown in the window is marked.</source>
        <translation>このコンピューターでサインインしているアカウントです。ウィンドウに表示中のアカウントには印が付きます。</translation>
    </message>
    <message>
        <source>Shows the selected account in the window.</source>
        <translation>選択したアカウントをウィンドウに表示します。</translation>
    </message>
    <message>
        <source>Signs the selected account out and forgets its token on this computer.</source>
        <translation>選択したアカウントからサインアウトし、このコンピューターに保存されたトークンを削除します。</translation>
    </message>
    <message>
        <source>Opens the sign-in page to add another account; the others stay signed in.</source>
        <translation>サインインページを開いて別のアカウントを追加します。他のアカウントはサインインしたままです。</translation>
    </message>
    <message>
        <source>Without a keychain, a sign-in token can only be kept in a file readable by your user; otherwise you sign in again after each start.</source>
        <translation>キーチェーンがない場合、サインイントークンはあなたのユーザーだけが読めるファイルにしか保存できません。保存しない場合は、起動するたびにもう一度サインインします。</translation>
    </message>
    <message>
        <source>Closing the window hides it; Quit (Ctrl+Q) ends Confab.</source>
        <translation>ウィンドウを閉じると非表示になります。「終了」（Ctrl+Q）で Confab を終了します。</translation>
    </message>
    <message>
        <source>Others see you as away after this many minutes without input; 0 never.</source>
        <translation>この分数だけ操作がないと、他の人からは退席中と表示されます。0 の場合は退席中になりません。</translation>
    </message>
    <message>
        <source>A desktop notification for each message in a conversation that is not muted.</source>
        <translation>ミュートしていない会話のメッセージごとにデスクトップ通知を表示します。</translation>
    </message>
    <message>
        <source>Off: notifications say who wrote, not what they wrote.</source>
        <translation>オフの場合、通知には送信者だけが表示され、内容は表示されません。</translation>
    </message>
    <message>
        <source>A sound with each notification.</source>
        <translation>通知のたびにサウンドを再生します。</translation>
    </message>
    <message>
        <source>The language of Confab&apos;s texts.</source>
        <translation>Confab の表示言語です。</translation>
    </message>
    <message>
        <source>The port the server on this computer listens on; applied with OK or Apply.</source>
        <translation>このコンピューターのサーバーが待ち受けるポートです。「OK」または「適用」で反映されます。</translation>
    </message>
    <message>
        <source>The server then also listens on this computer&apos;s private network addresses, for teammates with accounts you create.</source>
        <translation>サーバーはこのコンピューターのプライベートネットワークアドレスでも待ち受けるようになり、あなたが作成したアカウントでチームメンバーが接続できます。</translation>
    </message>
    <message>
        <source>Makes an account on this computer&apos;s server for a teammate.</source>
        <translation>チームメンバー用のアカウントをこのコンピューターのサーバーに作成します。</translation>
    </message>
    <message>
        <source>The folder that holds the local server&apos;s database.</source>
        <translation>ローカルサーバーのデータベースを保存するフォルダーです。</translation>
    </message>
    <message>
        <source>Opens a folder picker.</source>
        <translation>フォルダーの選択ダイアログを開きます。</translation>
    </message>
    <message>
        <source>Teammates type one of these as the server address.</source>
        <translation>チームメンバーは、これらのいずれかをサーバーアドレスとして入力します。</translation>
    </message>
    <message>
        <source>Copies the addresses to the clipboard, to send to teammates.</source>
        <translation>チームメンバーに送れるよう、アドレスをクリップボードにコピーします。</translation>
    </message>
</context>
<context>
    <name>confab::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Everything in Confab can be done from the keyboard. Tab moves between the parts of the window.</source>
        <translation>Confab のすべての操作はキーボードで行えます。Tab でウィンドウ内の各部分の間を移動します。</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Each row: the keys, then what they do.</source>
        <translation>各行にキーとその操作が表示されます。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>confab::ui::SidePanelStack</name>
    <message>
        <source>Side panel</source>
        <translation>サイドパネル</translation>
    </message>
</context>
<context>
    <name>confab::ui::Sidebar</name>
    <message>
        <source>Switch or add accounts</source>
        <translation>アカウントの切り替えまたは追加</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Settings (Ctrl+,)</source>
        <translation>設定（Ctrl+,）</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>New conversation (Ctrl+N)</source>
        <translation>新しい会話（Ctrl+N）</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>新しい会話</translation>
    </message>
    <message>
        <source>Filter conversations (Ctrl+F)</source>
        <translation>会話を絞り込む（Ctrl+F）</translation>
    </message>
    <message>
        <source>Filter conversations</source>
        <translation>会話を絞り込む</translation>
    </message>
    <message>
        <source>Show archived conversations</source>
        <translation>アーカイブされた会話を表示</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>サインインしていません</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>%1 としてサインイン中</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>ピン留めを解除</translation>
    </message>
    <message>
        <source>Pin to top</source>
        <translation>一番上にピン留め</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>ミュートを解除</translation>
    </message>
    <message>
        <source>Mute notifications</source>
        <translation>通知をミュート</translation>
    </message>
    <message numerus="yes">
        <source>%n unread in other accounts</source>
        <translation>
            <numerusform>他のアカウントに未読 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows only conversations whose name contains the text. Down moves into the list; Escape clears the filter.</source>
        <translation>名前にこのテキストを含む会話だけを表示します。↓ キーでリストに移動し、Esc で絞り込みをクリアします。</translation>
    </message>
    <message>
        <source>Arrow keys move, Enter opens. Alt+Up and Alt+Down open the previous or next conversation from anywhere in the window.</source>
        <translation>矢印キーで移動し、Enter で開きます。ウィンドウ内のどこからでも、Alt+Up と Alt+Down で前または次の会話を開けます。</translation>
    </message>
    <message>
        <source>Start a conversation</source>
        <translation>会話を開始</translation>
    </message>
    <message>
        <source>Opens the dialog to write to a person or to start a group.</source>
        <translation>相手にメッセージを送るか、グループを作成するためのダイアログを開きます。</translation>
    </message>
    <message>
        <source>No conversations match “%1”.</source>
        <translation>「%1」に一致する会話はありません。</translation>
    </message>
    <message>
        <source>Every conversation is archived.</source>
        <translation>すべての会話がアーカイブされています。</translation>
    </message>
    <message>
        <source>No conversations yet. Write to someone or start a group.</source>
        <translation>会話はまだありません。誰かにメッセージを送るか、グループを作成しましょう。</translation>
    </message>
</context>
<context>
    <name>confab::ui::SignInPage</name>
    <message>
        <source>Enter the address of the server.</source>
        <translation>サーバーのアドレスを入力してください。</translation>
    </message>
    <message>
        <source>That is not a server address. Use a form like chat.example.com or 192.168.1.10:4100.</source>
        <translation>サーバーのアドレスではありません。chat.example.com や 192.168.1.10:4100 のような形式で入力してください。</translation>
    </message>
    <message>
        <source>Your name can have at most %1 characters.</source>
        <translation>名前は最大 %1 文字です。</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>ユーザー名を入力してください。</translation>
    </message>
    <message>
        <source>A user name has 2 to 32 characters: lowercase letters, digits, “.”, “_” and “-”.</source>
        <translation>ユーザー名は 2〜32 文字で、小文字の英字、数字、「.」「_」「-」が使えます。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>パスワードを入力してください。</translation>
    </message>
    <message>
        <source>Use a password of at least %1 characters.</source>
        <translation>%1 文字以上のパスワードを使用してください。</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>2 つのパスワードが一致しません。</translation>
    </message>
    <message>
        <source>This server does not accept new accounts. Ask its administrator for one.</source>
        <translation>このサーバーは新しいアカウントを受け付けていません。管理者にアカウントを依頼してください。</translation>
    </message>
    <message>
        <source>Sign in</source>
        <comment>page name</comment>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Welcome to Confab</source>
        <translation>Confab へようこそ</translation>
    </message>
    <message>
        <source>Sign in to a Confab server run by you or your organisation.</source>
        <translation>あなたまたはあなたの組織が運用する Confab サーバーにサインインします。</translation>
    </message>
    <message>
        <source>Sign in to the Confab server on this computer.</source>
        <translation>このコンピューターの Confab サーバーにサインインします。</translation>
    </message>
    <message>
        <source>Confab can run its own server on this computer. Create the first account to start; others can join once you allow it in Settings.</source>
        <translation>Confab はこのコンピューターで独自のサーバーを実行できます。最初のアカウントを作成して始めましょう。設定で許可すると、他の人も参加できます。</translation>
    </message>
    <message>
        <source>Continue with a recent account:</source>
        <translation>最近のアカウントで続ける:</translation>
    </message>
    <message>
        <source>Continue as %1</source>
        <extracomment>%1 is an account, e.g. &quot;ada on chat.example.com&quot;.</extracomment>
        <translation>%1 として続ける</translation>
    </message>
    <message>
        <source>Host on this computer</source>
        <translation>このコンピューターでホスト</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>サーバーに接続</translation>
    </message>
    <message>
        <source>I have an account</source>
        <translation>アカウントを持っている</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>アカウントを作成</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>サーバーアドレス(&amp;S):</translation>
    </message>
    <message>
        <source>chat.example.com or 192.168.1.10:4100</source>
        <translation>chat.example.com または 192.168.1.10:4100</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>サーバーアドレス</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <extracomment>The name other people see, e.g. &quot;Ada Lovelace&quot;.</extracomment>
        <translation>名前(&amp;Y):</translation>
    </message>
    <message>
        <source>Shown to others, e.g. Ada Lovelace</source>
        <translation>他の人に表示されます（例: Ada Lovelace）</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>e.g. ada</source>
        <translation>例: ada</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>%1 文字以上</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>パスワードの確認(&amp;C):</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>パスワードの確認</translation>
    </message>
    <message>
        <source>Create account and start</source>
        <translation>アカウントを作成して開始</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>アカウントを作成</translation>
    </message>
    <message>
        <source>Sign in</source>
        <extracomment>Button.</extracomment>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation>アカウントを作成しています…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>サインインしています…</translation>
    </message>
    <message>
        <source>Confab runs the chat server itself; your messages stay on this computer.</source>
        <translation>Confab 自体がチャットサーバーを実行します。メッセージはこのコンピューター内に保存されます。</translation>
    </message>
    <message>
        <source>Sign in to a Confab server that you or your team run elsewhere.</source>
        <translation>あなたまたはあなたのチームが別の場所で運用している Confab サーバーにサインインします。</translation>
    </message>
    <message>
        <source>Sign in with your user name and password.</source>
        <translation>ユーザー名とパスワードでサインインします。</translation>
    </message>
    <message>
        <source>Make a new account on this server.</source>
        <translation>このサーバーに新しいアカウントを作成します。</translation>
    </message>
    <message>
        <source>The same password again, to catch a typo.</source>
        <translation>入力ミスを防ぐため、同じパスワードをもう一度入力してください。</translation>
    </message>
    <message>
        <source>No sign-in is stored for %1. Enter its password to continue.</source>
        <extracomment>%1 names an account, e.g. &quot;Ada Lovelace (@ada) on this computer&quot;.</extracomment>
        <translation>%1 のサインイン情報が保存されていません。続けるにはパスワードを入力してください。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Button: leave the sign-in page and go back to the chat.</extracomment>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel adding an account</source>
        <translation>アカウントの追加をキャンセル</translation>
    </message>
    <message>
        <source>Goes back to the chat of the signed-in account.</source>
        <translation>サインイン中のアカウントのチャットに戻ります。</translation>
    </message>
    <message>
        <source>Creates the account and signs in with it.</source>
        <translation>アカウントを作成し、そのアカウントでサインインします。</translation>
    </message>
    <message>
        <source>Signs in with the user name and password above.</source>
        <translation>上のユーザー名とパスワードでサインインします。</translation>
    </message>
</context>
<context>
    <name>confab::ui::StarredPanel</name>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>メッセージ %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Starred messages</source>
        <translation>スター付きメッセージ</translation>
    </message>
    <message>
        <source>Enter shows the message in the conversation.</source>
        <translation>Enter で会話内のメッセージを表示します。</translation>
    </message>
    <message>
        <source>No starred messages yet</source>
        <translation>スター付きメッセージはまだありません</translation>
    </message>
    <message>
        <source>Star a message from its menu (right click, or the Menu key) to find it here.</source>
        <translation>メッセージのメニュー（右クリックまたはメニューキー）からスターを付けると、ここに表示されます。</translation>
    </message>
</context>
<context>
    <name>confab::ui::StatusSelector</name>
    <message>
        <source>Online</source>
        <extracomment>Presence status.</extracomment>
        <translation>オンライン</translation>
    </message>
    <message>
        <source>Away</source>
        <extracomment>Presence status.</extracomment>
        <translation>退席中</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <extracomment>Presence status.</extracomment>
        <translation>取り込み中</translation>
    </message>
    <message>
        <source>Offline</source>
        <extracomment>Presence status.</extracomment>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>Your status: %1</source>
        <extracomment>%1 is a presence status such as &quot;Away&quot;, or &quot;Offline&quot; while not connected.</extracomment>
        <translation>ステータス: %1</translation>
    </message>
    <message>
        <source>Change your status</source>
        <translation>ステータスを変更</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <extracomment>Shown instead of the user&apos;s own status while the app connects.</extracomment>
        <translation>接続中…</translation>
    </message>
    <message>
        <source>Presence unknown</source>
        <extracomment>Presence status of others while we are offline ourselves.</extracomment>
        <translation>プレゼンス不明</translation>
    </message>
    <message>
        <source>Others see you as offline; your status, %1, applies once connected</source>
        <extracomment>%1 is the status the user chose, such as &quot;Away&quot;.</extracomment>
        <translation>他の人からはオフラインと表示されます。選択したステータス（%1）は接続後に適用されます</translation>
    </message>
</context>
<context>
    <name>confab::ui::ThreadPane</name>
    <message>
        <source>No replies yet</source>
        <translation>返信はまだありません</translation>
    </message>
    <message numerus="yes">
        <source>%n repl(y|ies)</source>
        <translation>
            <numerusform>返信 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Thread</source>
        <comment>noun: panel title, a message and its replies</comment>
        <translation>スレッド</translation>
    </message>
    <message>
        <source>Thread messages</source>
        <translation>スレッドのメッセージ</translation>
    </message>
    <message>
        <source>The first message and its replies.</source>
        <translation>最初のメッセージとその返信。</translation>
    </message>
</context>
<context>
    <name>confab::ui::TimelineModel</name>
    <message>
        <source>This is the beginning of this conversation.</source>
        <translation>ここがこの会話の始まりです。</translation>
    </message>
    <message>
        <source>This is the beginning of your conversation with %1.</source>
        <translation>ここが %1 との会話の始まりです。</translation>
    </message>
    <message>
        <source>you</source>
        <comment>who created a group: This is the start of #name, created by you</comment>
        <translation>あなた</translation>
    </message>
    <message>
        <source>This is the start of #%1, created by %2.</source>
        <translation>ここが #%1 の始まりです。%2 が作成しました。</translation>
    </message>
    <message>
        <source>This is the start of #%1, created by %2 on %3.</source>
        <translation>ここが #%1 の始まりです。%2 が %3 に作成しました。</translation>
    </message>
</context>
<context>
    <name>confab::ui::TrayNotifier</name>
    <message>
        <source>Show Confab</source>
        <translation>Confab を表示</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message numerus="yes">
        <source>Confab — %n unread</source>
        <translation>
            <numerusform>Confab — 未読 %n 件</numerusform>
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
        <translation>%1 が入力中…</translation>
    </message>
    <message>
        <source>%1 and %2 are typing…</source>
        <translation>%1 と %2 が入力中…</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 and %n other(s) are typing…</source>
        <translation>
            <numerusform>%1、%2 と他 %n 人が入力中…</numerusform>
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
        <translation>%1 (@%2)、選択済み</translation>
    </message>
    <message>
        <source>%1 (@%2)</source>
        <translation>%1 (@%2)</translation>
    </message>
</context>
</TS>
