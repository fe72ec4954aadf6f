// The official phoenix client against a real confabd: authenticate, join user:<id>, survive
// heartbeats, be refused with a bad token and on another user's topic (PROTOCOL.md §1, §2, §5).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { Socket, Presence } from "phoenix";
import WebSocket from "ws";
import { startConfabd, register, joinChannel } from "./confabd.mjs";

let server;
before(async () => { server = await startConfabd(); });
after(async () => {
  const code = await server.stop();
  assert.equal(code, 0, "confabd exits cleanly on SIGTERM");
});

function connect(params, options = {}) {
  const socket = new Socket(server.socketUrl, {
    transport: WebSocket, params, reconnectAfterMs: () => 60_000, ...options,
  });
  socket.connect();
  return socket;
}

test("registers, connects, joins its user topic and sees its own presence", async () => {
  const { user, token } = await register(server.base, "ada");
  const socket = connect({ token, device_unique_id: "interop-laptop" });
  const channel = socket.channel(`user:${user.id}`, {});
  const presence = new Presence(channel);
  const synced = new Promise((resolve) => presence.onSync(() => resolve(presence.list((id, { metas }) => ({ id, metas })))));

  const joined = await joinChannel(channel);
  assert.equal(joined.status, "ok");
  assert.deepEqual(joined.response.user, { id: user.id, username: "ada", display_name: "ADA" });
  assert.deepEqual(joined.response.conversations, []);

  const online = await synced;
  assert.equal(online.length, 1);
  assert.equal(online[0].id, String(user.id));
  assert.equal(online[0].metas[0].device, "interop-laptop");
  assert.equal(online[0].metas[0].status, "online");
  socket.disconnect();
});

test("heartbeats are answered and the connection stays up", async () => {
  const { token } = await register(server.base, "hank");
  const socket = connect({ token }, { heartbeatIntervalMs: 150 });
  let heartbeatReplies = 0;
  let errors = 0;
  socket.onError(() => { errors += 1; });
  socket.onMessage((message) => {
    if (message.topic === "phoenix" && message.event === "phx_reply" &&
        message.payload.status === "ok") heartbeatReplies += 1;
  });
  // phoenix.js closes and reconnects a socket whose heartbeat goes unanswered; five answered
  // beats in a row on one connection show the server keeps up.
  await new Promise((resolve, reject) => {
    const started = Date.now();
    const timer = setInterval(() => {
      if (heartbeatReplies >= 5) { clearInterval(timer); resolve(); }
      if (Date.now() - started > 10_000) { clearInterval(timer); reject(new Error("no heartbeat replies")); }
    }, 20);
  });
  assert.equal(errors, 0);
  assert.equal(socket.isConnected(), true);
  socket.disconnect();
});

test("a bad token is refused with 4401", async () => {
  for (const token of ["not-a-token", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", undefined]) {
    const socket = new Socket(server.socketUrl, {
      transport: WebSocket, params: token === undefined ? {} : { token }, reconnectAfterMs: () => 60_000,
    });
    const closed = new Promise((resolve) => socket.onClose((event) => resolve(event.code)));
    socket.connect();
    assert.equal(await closed, 4401, `token ${token}`);
    socket.disconnect();
  }
});

test("another user's topic is forbidden", async () => {
  const ada = await register(server.base, "ada2");
  const bob = await register(server.base, "bob2");
  const socket = connect({ token: ada.token });
  const joined = await joinChannel(socket.channel(`user:${bob.user.id}`, {}));
  assert.equal(joined.status, "error");
  assert.equal(joined.response.reason, "forbidden");
  // The socket keeps working after a refused join.
  const own = await joinChannel(socket.channel(`user:${ada.user.id}`, {}));
  assert.equal(own.status, "ok");
  socket.disconnect();
});
