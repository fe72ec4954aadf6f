// Replies that always fit the send queue (issue #13, item 6), as phoenix.js sees them: the
// user:<id> join reply is one page with has_more, list_conversations pages on, and Presence
// consumes a presence_state whose metas are capped per user.
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

function connect(token, params = {}) {
  const socket = new Socket(server.socketUrl, {
    transport: WebSocket, params: { token, ...params }, reconnectAfterMs: () => 60_000,
  });
  socket.connect();
  return socket;
}

function pushOk(channel, event, payload) {
  return new Promise((resolve, reject) => {
    channel.push(event, payload)
      .receive("ok", resolve)
      .receive("error", (response) => reject(new Error(`${event}: ${JSON.stringify(response)}`)))
      .receive("timeout", () => reject(new Error(`${event}: timeout`)));
  });
}

test("the user join reply is one page; list_conversations fetches the rest, newest first", async () => {
  const { user, token } = await register(server.base, "pager");
  const owner = connect(token);
  const ownChannel = owner.channel(`user:${user.id}`, {});
  assert.equal((await joinChannel(ownChannel)).status, "ok");
  const created = [];
  for (let i = 0; i < 60; i++) {
    const { conversation } = await pushOk(ownChannel, "create_conversation",
      { kind: "group", title: `g${i}`, member_ids: [] });
    created.push(conversation.id);
  }
  owner.disconnect();

  const socket = connect(token);
  const channel = socket.channel(`user:${user.id}`, {});
  const joined = await joinChannel(channel);
  assert.equal(joined.status, "ok");
  assert.equal(joined.response.has_more, true);
  const first = joined.response.conversations.map((c) => c.id);
  assert.equal(first.length, 50);
  const page = await pushOk(channel, "list_conversations", { before: first.at(-1) });
  assert.equal(page.has_more, false);
  const all = [...first, ...page.conversations.map((c) => c.id)];
  assert.deepEqual(all, [...created].sort((a, b) => b - a));
  const refused = await new Promise((resolve) => {
    channel.push("list_conversations", { limit: 500 }).receive("error", resolve);
  });
  assert.equal(refused.reason, "invalid");
  socket.disconnect();
});

test("Presence lists a user with many devices with the newest eight metas", async () => {
  const { user, token } = await register(server.base, "gadgets");
  const devices = [];
  for (let i = 0; i < 10; i++) {
    const device = connect(token, { device_unique_id: `d${i}` });
    // A join answered means the socket is signed in, so its meta is tracked.
    assert.equal((await joinChannel(device.channel(`user:${user.id}`, {}))).status, "ok");
    devices.push(device);
  }
  const viewer = connect(token, { device_unique_id: "viewer" });
  const channel = viewer.channel(`user:${user.id}`, {});
  const presence = new Presence(channel);
  let synced = null;
  const sync = new Promise((resolve) => presence.onSync(() => {
    synced = presence.list((id, { metas }) => ({ id, metas }));
    if (synced.length && synced[0].metas.some((m) => m.device === "viewer")) resolve();
  }));
  assert.equal((await joinChannel(channel)).status, "ok");
  await sync;
  assert.equal(synced.length, 1);
  assert.equal(synced[0].id, String(user.id));
  assert.equal(synced[0].metas.length, 8, "the newest eight of eleven devices");
  for (const socket of [...devices, viewer]) socket.disconnect();
});
