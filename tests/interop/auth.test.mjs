// The token in Sec-WebSocket-Protocol, as phoenix.js sends it with its `authToken` option
// (PROTOCOL.md §1): accepted, answered with the `phoenix` subprotocol, and a wrong one refused.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { Socket } from "phoenix";
import WebSocket from "ws";
import { startConfabd, register, joinChannel } from "./confabd.mjs";

let server;
before(async () => { server = await startConfabd(); });
after(async () => {
  const code = await server.stop();
  assert.equal(code, 0, "confabd exits cleanly on SIGTERM");
});

test("authToken in the subprotocol signs the socket in without a token in the URL", async () => {
  const { user, token } = await register(server.base, "subby");
  let url = null;
  let protocol = null;
  class SpyingWebSocket extends WebSocket {
    constructor(address, protocols) {
      super(address, protocols);
      url = address;
      this.once("open", () => { protocol = this.protocol; });
    }
  }
  const socket = new Socket(server.socketUrl, {
    transport: SpyingWebSocket, authToken: token, reconnectAfterMs: () => 60_000,
  });
  socket.connect();
  const joined = await joinChannel(socket.channel(`user:${user.id}`, {}));
  assert.equal(joined.status, "ok");
  assert.equal(joined.response.user.id, user.id);
  assert.equal(protocol, "phoenix");
  assert.ok(!url.includes(token), "the token is not in the URL");
  socket.disconnect();
});

test("a wrong authToken is refused with 4401", async () => {
  const socket = new Socket(server.socketUrl, {
    transport: WebSocket, authToken: "not-a-token", reconnectAfterMs: () => 60_000,
  });
  const closed = new Promise((resolve) => socket.onClose((event) => resolve(event.code)));
  socket.connect();
  assert.equal(await closed, 4401);
  socket.disconnect();
});

test("a wrong authToken is not rescued by a good query token", async () => {
  const { token } = await register(server.base, "queryok");
  const socket = new Socket(server.socketUrl, {
    transport: WebSocket, authToken: "not-a-token", params: { token }, reconnectAfterMs: () => 60_000,
  });
  const closed = new Promise((resolve) => socket.onClose((event) => resolve(event.code)));
  socket.connect();
  assert.equal(await closed, 4401);
  socket.disconnect();
});
