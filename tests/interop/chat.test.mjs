// Three users (ada, bob, cyd) and a late fourth (dan) chat through the official phoenix client
// against a real confabd: conversations, messages, edits, deletes, reactions, stars, read
// receipts, threads, typing, presence, notifications, pending notifications and catch-up
// (PROTOCOL.md §3, §5, §6, §7).
//
// The tests share one server and build on each other's state, in order. Every wait is bounded;
// negatives ("nobody got a second receive_message") are proven by ordering: a later event that
// must arrive after the unwanted one on the same socket is awaited, then the log is checked.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { Socket, Presence } from "phoenix";
import WebSocket from "ws";
import { startConfabd, register } from "./confabd.mjs";

const WAIT_MS = 5_000;
const TEST_OPTIONS = { timeout: 60_000 };
const ISO_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const MESSAGE_FIELDS = [
  "id", "conversation_id", "seq", "sender_id", "content", "mobile_ref_id", "parent_id",
  "reply_count", "sent_at", "edited_at", "deleted", "starred", "starred_by", "reactions",
];
const NOTIFICATION_FIELDS = [
  "id", "kind", "conversation_id", "message_id", "sender_id", "content", "timestamp",
];

let server;

// ---------------------------------------------------------------------------------------------
// helpers

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// Resolves with predicate()'s value once it is truthy, checking every `poll` ms; bounded by `ms`.
function waitUntil(predicate, what, ms = WAIT_MS, poll = 10) {
  return withTimeout(new Promise((resolve) => {
    const check = () => {
      const value = predicate();
      if (value) { clearInterval(timer); resolve(value); }
    };
    const timer = setInterval(check, poll);
    check();
  }), ms, what);
}

function pushReply(push) {
  return new Promise((resolve) => {
    push.receive("ok", (response) => resolve({ status: "ok", response }))
      .receive("error", (response) => resolve({ status: "error", response }))
      .receive("timeout", () => resolve({ status: "timeout" }));
  });
}

function ids(list) { return list.map((item) => item.id); }
function sortedNumbers(list) { return [...list].sort((a, b) => a - b); }
function normalReactions(reactions) {
  return [...reactions]
    .map(({ emoji, user_ids }) => ({ emoji, user_ids: sortedNumbers(user_ids) }))
    .sort((a, b) => (a.emoji < b.emoji ? -1 : a.emoji > b.emoji ? 1 : 0));
}

function assertIso(value, what) {
  assert.equal(typeof value, "string", `${what} is a string`);
  assert.match(value, ISO_MS, `${what} is UTC ISO-8601 with milliseconds`);
}

// A §3 Message: every field present, types right, and the given fields equal.
function assertMessage(message, expected, what = "message") {
  assert.equal(typeof message, "object", `${what} is an object`);
  assert.notEqual(message, null, `${what} is not null`);
  for (const field of MESSAGE_FIELDS) assert.ok(field in message, `${what} has ${field}`);
  assert.ok(Number.isInteger(message.id) && message.id > 0, `${what}.id is a positive integer`);
  assert.ok(Number.isInteger(message.seq) && message.seq > 0, `${what}.seq is a positive integer`);
  assert.ok(Number.isInteger(message.reply_count), `${what}.reply_count is an integer`);
  assertIso(message.sent_at, `${what}.sent_at`);
  if (message.edited_at !== null) assertIso(message.edited_at, `${what}.edited_at`);
  assert.equal(typeof message.deleted, "boolean", `${what}.deleted is a boolean`);
  assert.equal(typeof message.starred, "boolean", `${what}.starred is a boolean`);
  assert.ok(Array.isArray(message.reactions), `${what}.reactions is an array`);
  for (const [field, value] of Object.entries(expected)) {
    assert.deepEqual(message[field], value, `${what}.${field}`);
  }
}

function assertNotification(notification, expected, what = "notification") {
  for (const field of NOTIFICATION_FIELDS) assert.ok(field in notification, `${what} has ${field}`);
  assert.ok(Number.isInteger(notification.id) && notification.id > 0, `${what}.id is a positive integer`);
  assertIso(notification.timestamp, `${what}.timestamp`);
  for (const [field, value] of Object.entries(expected)) {
    assert.deepEqual(notification[field], value, `${what}.${field}`);
  }
}

// One user with at most one connected phoenix Socket. Every event delivered to one of its
// channels (after phoenix.js's own join_ref filtering, so a push with a wrong join_ref never
// shows up here) goes into `log` as {topic, event, payload}; replies are not logged.
class Client {
  constructor(name, account) {
    this.name = name;
    this.token = account.token;
    this.user = account.user;
    this.id = account.user.id;
    this.socket = null;
    this.channels = new Map();
    this.log = [];
  }

  get userTopic() { return `user:${this.id}`; }
  get notificationsTopic() { return `notifications:${this.id}`; }

  async connect(device = `${this.name}-laptop`) {
    assert.equal(this.socket, null, `${this.name} is not connected yet`);
    this.log = [];
    this.channels = new Map();
    const socket = new Socket(server.socketUrl, {
      transport: WebSocket,
      params: { token: this.token, device_unique_id: device },
      reconnectAfterMs: () => 60_000,
      rejoinAfterMs: () => 60_000,
    });
    this.socket = socket;
    const opened = new Promise((resolve) => socket.onOpen(resolve));
    socket.connect();
    await withTimeout(opened, WAIT_MS, `${this.name} connects`);
  }

  async disconnect() {
    if (!this.socket) return;
    const socket = this.socket;
    this.socket = null;
    await withTimeout(new Promise((resolve) => socket.disconnect(resolve)), WAIT_MS,
      `${this.name} disconnects`);
  }

  // Joins and returns {channel, status, response}; `setup(channel)` runs before the join
  // (e.g. to attach a Presence).
  async join(topic, params = {}, setup = () => {}) {
    const channel = this.socket.channel(topic, params);
    channel.onMessage = (event, payload) => {
      if (event !== "phx_reply" && !event.startsWith("chan_reply_")) {
        this.log.push({ topic, event, payload });
      }
      return payload;
    };
    setup(channel);
    this.channels.set(topic, channel);
    const result = await withTimeout(pushReply(channel.join()), WAIT_MS + 1_000,
      `${this.name} joins ${topic}`);
    return { channel, ...result };
  }

  async joinOk(topic, params = {}, setup = () => {}) {
    const joined = await this.join(topic, params, setup);
    assert.equal(joined.status, "ok",
      `${this.name} joins ${topic}: ${JSON.stringify(joined.response)}`);
    return joined.response;
  }

  async push(topic, event, payload) {
    const channel = this.channels.get(topic);
    assert.ok(channel, `${this.name} has joined ${topic}`);
    return withTimeout(pushReply(channel.push(event, payload)), WAIT_MS + 1_000,
      `${this.name} pushes ${event} on ${topic}`);
  }

  // The reply's response, after asserting it is ok.
  async pushOk(topic, event, payload) {
    const reply = await this.push(topic, event, payload);
    assert.equal(reply.status, "ok",
      `${this.name} ${event} on ${topic}: ${JSON.stringify(reply.response)}`);
    return reply.response;
  }

  mark() { return this.log.length; }

  matching(topic, event, predicate = () => true, from = 0) {
    return this.log.slice(from)
      .filter((entry) => entry.topic === topic && entry.event === event && predicate(entry.payload))
      .map((entry) => entry.payload);
  }

  // The payload of the first matching event at log index >= from, waiting for it if needed.
  async waitFor(topic, event, predicate = () => true, { from = 0, ms = WAIT_MS } = {}) {
    const find = () => {
      for (let i = Math.max(0, from); i < this.log.length; i += 1) {
        const entry = this.log[i];
        if (entry.topic === topic && entry.event === event && predicate(entry.payload)) {
          return { payload: entry.payload, index: i };
        }
      }
      return null;
    };
    try {
      return (await waitUntil(find, `${this.name} gets ${event} on ${topic}`, ms)).payload;
    } catch (error) {
      const seen = this.log.slice(from).map((e) => `${e.topic} ${e.event} ${JSON.stringify(e.payload)}`);
      error.message += `\n  events seen by ${this.name} since: \n    ${seen.join("\n    ")}`;
      throw error;
    }
  }

  // Index in the log just after the first matching event (to wait for what follows it).
  indexAfter(topic, event, predicate = () => true, from = 0) {
    for (let i = from; i < this.log.length; i += 1) {
      const entry = this.log[i];
      if (entry.topic === topic && entry.event === event && predicate(entry.payload)) return i + 1;
    }
    return -1;
  }
}

// ---------------------------------------------------------------------------------------------
// shared scenario state

const accounts = {};
let ada;
let bob;
let cyd;
let dan;
let gid; // the group conversation
let did; // the direct conversation ada-bob
let groupTopic;
let directTopic;
let adaPresence;
let adaOnline = []; // ada's Presence.list() as of the last onSync: [{id, metas}]
let firstMessage; // ada's first group message, reacted to, starred and replied to later
let lastSeq = 0; // the latest seq seen in the group conversation

function noteSeq(seq) {
  assert.ok(Number.isInteger(seq), `seq ${seq} is an integer`);
  assert.ok(seq > lastSeq, `seq ${seq} is greater than the last one seen (${lastSeq})`);
  lastSeq = seq;
}

// The later tests build on the conversations of the first: fail at once, not by timing out.
function requireScenario() {
  assert.ok(Number.isInteger(gid) && Number.isInteger(did),
    "the conversations of the first test exist (see its failure)");
}

async function send(client, topic, content, mobileRefId, extra = {}) {
  const response = await client.pushOk(topic, "send_message",
    { content, mobile_ref_id: mobileRefId, ...extra });
  assertMessage(response.message, { content, mobile_ref_id: mobileRefId, sender_id: client.id });
  return response.message;
}

before(async () => {
  server = await startConfabd();
  for (const name of ["ada", "bob", "cyd", "dan"]) {
    accounts[name] = await register(server.base, name);
  }
  ada = new Client("ada", accounts.ada);
  bob = new Client("bob", accounts.bob);
  cyd = new Client("cyd", accounts.cyd);
  dan = new Client("dan", accounts.dan);
});

after(async () => {
  for (const client of [ada, bob, cyd, dan]) {
    if (client) await client.disconnect();
  }
  const code = await server.stop();
  assert.equal(code, 0, "confabd exits cleanly on SIGTERM");
});

// ---------------------------------------------------------------------------------------------
// 1. conversations

test("create_conversation: a group with a title, an idempotent direct one, announced to members", TEST_OPTIONS, async () => {
  for (const client of [ada, bob, cyd]) await client.connect();
  const adaJoin = await ada.joinOk(ada.userTopic, {}, (channel) => {
    adaPresence = new Presence(channel);
    adaPresence.onSync(() => {
      adaOnline = adaPresence.list((id, { metas }) => ({ id, metas }));
    });
  });
  assert.deepEqual(adaJoin.user, { id: ada.id, username: "ada", display_name: "ADA" });
  assert.deepEqual(adaJoin.conversations, []);
  await bob.joinOk(bob.userTopic);
  await cyd.joinOk(cyd.userTopic);

  // The group.
  const created = await ada.pushOk(ada.userTopic, "create_conversation",
    { kind: "group", title: "Interop crew", member_ids: [bob.id, cyd.id] });
  const group = created.conversation;
  assert.ok(Number.isInteger(group.id) && group.id > 0, "conversation id is a positive integer");
  gid = group.id;
  groupTopic = `chat:${gid}`;
  assert.equal(group.kind, "group");
  assert.equal(group.title, "Interop crew");
  assert.equal(group.created_by, ada.id);
  assert.equal(group.archived, false);
  assert.equal(group.member_count, 3);
  assert.ok(Number.isInteger(group.last_seq), "last_seq is an integer");
  assertIso(group.created_at, "conversation.created_at");
  assert.equal(group.unread_count, 0);
  assert.equal(group.pinned, false);
  assert.equal(group.muted, false);
  lastSeq = group.last_seq;

  for (const member of [bob, cyd]) {
    const announced = await member.waitFor(member.userTopic, "conversation_created",
      (p) => p.conversation && p.conversation.id === gid);
    assert.equal(announced.conversation.kind, "group");
    assert.equal(announced.conversation.title, "Interop crew");
    assert.equal(announced.conversation.created_by, ada.id);
    assert.equal(announced.conversation.member_count, 3);
    assert.equal(announced.conversation.unread_count, 0);
  }

  // The direct conversation, three times: twice by ada, once from bob's side.
  const direct = (await ada.pushOk(ada.userTopic, "create_conversation",
    { kind: "direct", member_ids: [bob.id] })).conversation;
  assert.equal(direct.kind, "direct");
  assert.equal(direct.title, null);
  assert.equal(direct.member_count, 2);
  assert.notEqual(direct.id, gid);
  did = direct.id;
  directTopic = `chat:${did}`;
  const bobHeard = await bob.waitFor(bob.userTopic, "conversation_created",
    (p) => p.conversation && p.conversation.id === did);
  assert.equal(bobHeard.conversation.kind, "direct");

  const again = (await ada.pushOk(ada.userTopic, "create_conversation",
    { kind: "direct", member_ids: [bob.id] })).conversation;
  assert.equal(again.id, did, "creating the direct conversation again returns the same one");
  const fromBob = (await bob.pushOk(bob.userTopic, "create_conversation",
    { kind: "direct", member_ids: [ada.id] })).conversation;
  assert.equal(fromBob.id, did, "bob asking for the direct conversation with ada gets the same one");

  // Markers on the user topics (conversation_updated after set_pinned) come after anything the
  // repeated creates could have caused: bob heard of the direct conversation once, cyd never.
  await bob.pushOk(bob.userTopic, "set_pinned", { conversation_id: did, pinned: true });
  await bob.waitFor(bob.userTopic, "conversation_updated", (p) => p.conversation_id === did);
  assert.equal(bob.matching(bob.userTopic, "conversation_created",
    (p) => p.conversation.id === did).length, 1, "one conversation_created for the direct one");
  await cyd.pushOk(cyd.userTopic, "set_muted", { conversation_id: gid, muted: false });
  await cyd.waitFor(cyd.userTopic, "conversation_updated", (p) => p.conversation_id === gid);
  assert.equal(cyd.matching(cyd.userTopic, "conversation_created",
    (p) => p.conversation.id === did).length, 0, "cyd is not told about ada and bob's direct conversation");

  // A fresh join of the user topic lists both conversations.
  const rejoined = await bob.joinOk(bob.userTopic);
  assert.deepEqual(sortedNumbers(ids(rejoined.conversations)), sortedNumbers([gid, did]));
});

// ---------------------------------------------------------------------------------------------
// 2. send and receive

test("send_message: reply, message_sent, receive_message to the others only, idempotent by mobile_ref_id", TEST_OPTIONS, async () => {
  requireScenario();
  const joins = {};
  for (const client of [ada, bob, cyd]) joins[client.name] = await client.joinOk(groupTopic);
  const reply = joins.bob;
  assert.equal(reply.conversation.id, gid);
  assert.equal(reply.conversation.title, "Interop crew");
  assert.deepEqual(sortedNumbers(reply.members.map((m) => m.user_id)), sortedNumbers([ada.id, bob.id, cyd.id]));
  const owner = reply.members.find((m) => m.user_id === ada.id);
  assert.equal(owner.role, "owner");
  assert.equal(owner.username, "ada");
  assert.equal(owner.display_name, "ADA");
  assertIso(owner.joined_at, "member.joined_at");
  assert.equal(reply.members.find((m) => m.user_id === bob.id).role, "member");
  assert.ok(reply.online_user_ids.includes(bob.id) && reply.online_user_ids.includes(ada.id),
    "online_user_ids lists the connected members");
  assert.deepEqual(sortedNumbers(reply.read_states.map((r) => r.user_id)), sortedNumbers([ada.id, bob.id, cyd.id]));
  for (const state of reply.read_states) assert.ok(Number.isInteger(state.last_read_seq));
  assert.deepEqual(reply.messages, []);
  assert.equal(reply.has_more, false);

  const adaMark = ada.mark();
  const bobMark = bob.mark();
  const cydMark = cyd.mark();
  const message = await send(ada, groupTopic, "Hello, **crew**!", "ada-ref-1");
  firstMessage = message;
  assertMessage(message, {
    conversation_id: gid, sender_id: ada.id, content: "Hello, **crew**!", mobile_ref_id: "ada-ref-1",
    parent_id: null, reply_count: 0, edited_at: null, deleted: false, starred: false,
    starred_by: null, reactions: [],
  });
  noteSeq(message.seq);

  const sent = await ada.waitFor(groupTopic, "message_sent", (p) => p.mobile_ref_id === "ada-ref-1", { from: adaMark });
  assert.deepEqual(sent, { mobile_ref_id: "ada-ref-1", status: "sent", chat_id: gid, message_id: message.id });

  for (const [client, from] of [[bob, bobMark], [cyd, cydMark]]) {
    const received = await client.waitFor(groupTopic, "receive_message",
      (p) => p.message && p.message.id === message.id, { from });
    assert.equal(received.seq, message.seq);
    assert.deepEqual(received.message, message, `${client.name} receives the stored message`);
  }

  // Same mobile_ref_id again: the stored message, nothing new.
  const resent = await ada.pushOk(groupTopic, "send_message", { content: "Hello, **crew**!", mobile_ref_id: "ada-ref-1" });
  assert.equal(resent.message.id, message.id, "the resend returns the same message id");
  assert.equal(resent.message.seq, message.seq, "the resend returns the same seq");
  const sentAgain = await ada.waitFor(groupTopic, "message_sent", (p) => p.mobile_ref_id === "ada-ref-1",
    { from: ada.indexAfter(groupTopic, "message_sent", (p) => p.mobile_ref_id === "ada-ref-1", adaMark) });
  assert.deepEqual(sentAgain, { mobile_ref_id: "ada-ref-1", status: "sent", chat_id: gid, message_id: message.id },
    "the resend is acknowledged with message_sent for the stored message");

  // Bob's marker: anything ada's two sends broadcast reaches every socket before it.
  const marker = await send(bob, groupTopic, "marker from bob", "bob-ref-1");
  noteSeq(marker.seq);
  assert.equal(marker.seq, message.seq + 1, "the resend took no sequence number");
  await ada.waitFor(groupTopic, "receive_message", (p) => p.message.id === marker.id, { from: adaMark });
  await cyd.waitFor(groupTopic, "receive_message", (p) => p.message.id === marker.id, { from: cydMark });
  assert.equal(ada.matching(groupTopic, "receive_message", (p) => p.message.id === message.id, adaMark).length, 0,
    "ada's own socket does not receive receive_message for her send");
  assert.equal(bob.matching(groupTopic, "receive_message", (p) => p.message.id === message.id, bobMark).length, 1,
    "bob receives ada's message exactly once");
  assert.equal(cyd.matching(groupTopic, "receive_message", (p) => p.message.id === message.id, cydMark).length, 1,
    "cyd receives ada's message exactly once");
  assert.equal(bob.matching(groupTopic, "receive_message", (p) => p.message.id === marker.id, bobMark).length, 0,
    "bob's own socket does not receive his marker");

  const history = await bob.pushOk(groupTopic, "load_history", { before_seq: lastSeq + 1 });
  assert.equal(history.messages.filter((m) => m.id === message.id).length, 1, "load_history has it once");
  assert.deepEqual(history.messages.map((m) => m.mobile_ref_id).filter((r) => r === "ada-ref-1"), ["ada-ref-1"]);
  assert.equal(history.messages.length, 2);
  assert.equal(history.has_more, false);
  for (const stored of history.messages) assertMessage(stored, { conversation_id: gid }, "history message");

  // The direct conversation carries messages between its two members only.
  await ada.joinOk(directTopic);
  await bob.joinOk(directTopic);
  const refused = await cyd.join(directTopic);
  assert.equal(refused.status, "error");
  assert.equal(refused.response.reason, "forbidden");
  refused.channel.leave();
  const directMark = bob.mark();
  const directMessage = await send(ada, directTopic, "just between us", "ada-direct-1");
  assertMessage(directMessage, { conversation_id: did, parent_id: null });
  const heard = await bob.waitFor(directTopic, "receive_message", (p) => p.message.id === directMessage.id, { from: directMark });
  assert.equal(heard.message.content, "just between us");
});

// ---------------------------------------------------------------------------------------------
// 3. edit, delete, reactions, star, read receipts, replies

test("edit, delete, reactions, star, read receipts and replies reach the others with their seq", TEST_OPTIONS, async () => {
  requireScenario();
  const adaMark = ada.mark();
  let bobMark = bob.mark();
  let cydMark = cyd.mark();

  // edit
  const edited = (await ada.pushOk(groupTopic, "edit_message",
    { message_id: firstMessage.id, content: "Hello, **crew**! (edited)" })).message;
  assertMessage(edited, { id: firstMessage.id, content: "Hello, **crew**! (edited)", seq: firstMessage.seq });
  assert.notEqual(edited.edited_at, null, "edited_at is set");
  for (const [client, from] of [[bob, bobMark], [cyd, cydMark]]) {
    const event = await client.waitFor(groupTopic, "message_edited", (p) => p.message.id === firstMessage.id, { from });
    assert.equal(event.message.content, "Hello, **crew**! (edited)");
    assertIso(event.message.edited_at, "message_edited edited_at");
    assert.equal(event.message.seq, firstMessage.seq, "the message keeps its own seq");
    if (client === bob) noteSeq(event.seq);
    else assert.equal(event.seq, lastSeq);
  }

  // delete
  const doomed = await send(ada, groupTopic, "this will be deleted", "ada-ref-doomed");
  noteSeq(doomed.seq);
  await bob.waitFor(groupTopic, "receive_message", (p) => p.message.id === doomed.id, { from: bobMark });
  assert.deepEqual(await ada.pushOk(groupTopic, "delete_message", { message_id: doomed.id }), {});
  for (const [client, from] of [[bob, bobMark], [cyd, cydMark]]) {
    const event = await client.waitFor(groupTopic, "message_deleted", (p) => p.message_id === doomed.id, { from });
    if (client === bob) noteSeq(event.seq);
    else assert.equal(event.seq, lastSeq);
  }
  const afterDelete = await cyd.pushOk(groupTopic, "load_history", { before_seq: lastSeq + 1 });
  const tombstone = afterDelete.messages.find((m) => m.id === doomed.id);
  assert.ok(tombstone, "the deleted message keeps its place");
  assertMessage(tombstone, { deleted: true, content: "", seq: doomed.seq }, "tombstone");

  // reactions: full state every time
  const reactionsOf = (client, from, expected) => client.waitFor(groupTopic, "message_reactions",
    (p) => p.message_id === firstMessage.id &&
      JSON.stringify(normalReactions(p.reactions)) === JSON.stringify(expected), { from });
  bobMark = bob.mark();
  assert.deepEqual(await bob.pushOk(groupTopic, "add_reaction", { message_id: firstMessage.id, emoji: "👍" }), {});
  const oneThumb = [{ emoji: "👍", user_ids: [bob.id] }];
  const adaSaw = await reactionsOf(ada, adaMark, oneThumb);
  noteSeq(adaSaw.seq);
  assert.equal((await reactionsOf(cyd, cydMark, oneThumb)).seq, lastSeq);

  // ada's socket caused the edit and the delete: bob's reaction came after both, so by now
  // any echo to her would have arrived.
  assert.equal(ada.matching(groupTopic, "message_edited", () => true, adaMark).length, 0,
    "ada's socket does not receive her own message_edited");
  assert.equal(ada.matching(groupTopic, "message_deleted", () => true, adaMark).length, 0,
    "ada's socket does not receive her own message_deleted");

  assert.deepEqual(await cyd.pushOk(groupTopic, "add_reaction", { message_id: firstMessage.id, emoji: "👍" }), {});
  const twoThumbs = [{ emoji: "👍", user_ids: sortedNumbers([bob.id, cyd.id]) }];
  noteSeq((await reactionsOf(ada, adaMark, twoThumbs)).seq);
  assert.equal((await reactionsOf(bob, bobMark, twoThumbs)).seq, lastSeq);
  assert.equal(bob.matching(groupTopic, "message_reactions", () => true, bobMark).length, 1,
    "bob's socket got cyd's reaction but not an echo of his own");

  assert.deepEqual(await ada.pushOk(groupTopic, "add_reaction", { message_id: firstMessage.id, emoji: "🎉" }), {});
  const mixed = normalReactions([{ emoji: "👍", user_ids: [bob.id, cyd.id] }, { emoji: "🎉", user_ids: [ada.id] }]);
  noteSeq((await reactionsOf(bob, bobMark, mixed)).seq);

  assert.deepEqual(await bob.pushOk(groupTopic, "remove_reaction", { message_id: firstMessage.id, emoji: "👍" }), {});
  const afterRemoval = normalReactions([{ emoji: "👍", user_ids: [cyd.id] }, { emoji: "🎉", user_ids: [ada.id] }]);
  noteSeq((await reactionsOf(ada, adaMark, afterRemoval)).seq);
  assert.equal((await reactionsOf(cyd, cydMark, afterRemoval)).seq, lastSeq);

  // star
  bobMark = bob.mark();
  assert.deepEqual(await cyd.pushOk(groupTopic, "star_message", { message_id: firstMessage.id, starred: true }), {});
  for (const client of [ada, bob]) {
    const event = await client.waitFor(groupTopic, "message_starred", (p) => p.message_id === firstMessage.id,
      { from: client === ada ? adaMark : bobMark });
    assert.equal(event.starred, true);
    assert.equal(event.by, cyd.id);
    if (client === ada) noteSeq(event.seq);
    else assert.equal(event.seq, lastSeq);
  }
  const starred = await bob.pushOk(groupTopic, "list_starred", {});
  assert.deepEqual(ids(starred.messages), [firstMessage.id]);
  assertMessage(starred.messages[0], { starred: true, starred_by: cyd.id, content: "Hello, **crew**! (edited)" }, "starred message");
  assert.deepEqual(normalReactions(starred.messages[0].reactions), afterRemoval);

  // read receipts
  bobMark = bob.mark();
  cydMark = cyd.mark();
  const readMark = ada.mark();
  assert.deepEqual(await bob.pushOk(groupTopic, "mark_read", { seq: lastSeq }), {});
  for (const [client, from] of [[ada, readMark], [cyd, cydMark]]) {
    const event = await client.waitFor(groupTopic, "message_read", (p) => p.user_id === bob.id, { from });
    assert.deepEqual(event, { user_id: bob.id, seq: lastSeq });
  }
  const read = await bob.waitFor(bob.userTopic, "conversation_read", (p) => p.conversation_id === gid, { from: bobMark });
  assert.deepEqual(read, { conversation_id: gid, last_read_seq: lastSeq, unread_count: 0 });

  // replies
  const replyMark = ada.mark();
  const threadReply = await send(cyd, groupTopic, "a reply in the thread", "cyd-ref-reply", { parent_id: firstMessage.id });
  assertMessage(threadReply, { parent_id: firstMessage.id, conversation_id: gid, sender_id: cyd.id });
  noteSeq(threadReply.seq);
  const replyEvent = await ada.waitFor(groupTopic, "receive_message", (p) => p.message.id === threadReply.id, { from: replyMark });
  assert.equal(replyEvent.message.parent_id, firstMessage.id);
  const threadEvent = await ada.waitFor(groupTopic, "thread_updated", (p) => p.message_id === firstMessage.id, { from: replyMark });
  assert.deepEqual(threadEvent, { message_id: firstMessage.id, reply_count: 1 });
  await bob.waitFor(groupTopic, "thread_updated", (p) => p.message_id === firstMessage.id, { from: bobMark });
  const thread = await ada.pushOk(groupTopic, "load_thread", { message_id: firstMessage.id });
  assertMessage(thread.root, { id: firstMessage.id, reply_count: 1, parent_id: null }, "thread root");
  assert.deepEqual(ids(thread.replies), [threadReply.id]);
  assertMessage(thread.replies[0], { parent_id: firstMessage.id, content: "a reply in the thread" }, "thread reply");
});

// ---------------------------------------------------------------------------------------------
// 4. typing

test("typing is forwarded to the others, not to the typing user", TEST_OPTIONS, async () => {
  requireScenario();
  const adaMark = ada.mark();
  const bobMark = bob.mark();
  const cydMark = cyd.mark();
  assert.deepEqual(await bob.pushOk(groupTopic, "typing", { typing: true }), {});
  for (const [client, from] of [[ada, adaMark], [cyd, cydMark]]) {
    const event = await client.waitFor(groupTopic, "typing", (p) => p.typing === true, { from });
    assert.deepEqual(event, { user_id: bob.id, display_name: "BOB", typing: true });
  }
  assert.deepEqual(await bob.pushOk(groupTopic, "typing", { typing: false }), {});
  for (const [client, from] of [[ada, adaMark], [cyd, cydMark]]) {
    const event = await client.waitFor(groupTopic, "typing", (p) => p.typing === false, { from });
    assert.deepEqual(event, { user_id: bob.id, display_name: "BOB", typing: false });
  }
  // The server forwards typing before it replies, so both replies to bob came after any typing
  // event sent to his socket.
  assert.equal(bob.matching(groupTopic, "typing", () => true, bobMark).length, 0,
    "bob's socket does not get his own typing events");
});

test("typing: the server sends typing false itself after 5 s without a refresh", TEST_OPTIONS, async () => {
  requireScenario();
  const adaMark = ada.mark();
  const bobMark = bob.mark();
  assert.deepEqual(await cyd.pushOk(groupTopic, "typing", { typing: true }), {});
  const started = Date.now();
  for (const [client, from] of [[ada, adaMark], [bob, bobMark]]) {
    const event = await client.waitFor(groupTopic, "typing", (p) => p.user_id === cyd.id && p.typing === true, { from });
    assert.deepEqual(event, { user_id: cyd.id, display_name: "CYD", typing: true });
  }
  const stopped = await ada.waitFor(groupTopic, "typing", (p) => p.user_id === cyd.id && p.typing === false,
    { from: adaMark, ms: 8_000 });
  const elapsed = Date.now() - started;
  assert.deepEqual(stopped, { user_id: cyd.id, display_name: "CYD", typing: false });
  assert.ok(elapsed >= 4_500, `typing false came after ${elapsed} ms, expected about 5 s`);
  await bob.waitFor(groupTopic, "typing", (p) => p.user_id === cyd.id && p.typing === false, { from: bobMark });
});

// ---------------------------------------------------------------------------------------------
// 5. presence

test("Presence on user:<ada> lists bob and cyd online and drops cyd when she disconnects", TEST_OPTIONS, async () => {
  requireScenario();
  const online = (id) => adaOnline.find((entry) => entry.id === String(id));
  await waitUntil(() => online(ada.id) && online(bob.id) && online(cyd.id),
    "ada's Presence lists ada, bob and cyd");
  const bobMeta = online(bob.id).metas;
  assert.equal(bobMeta.length, 1, "bob has one device connected");
  assert.equal(bobMeta[0].device, "bob-laptop");
  assert.equal(bobMeta[0].status, "online");
  assert.equal(typeof bobMeta[0].phx_ref, "string");
  assertIso(bobMeta[0].online_at, "meta.online_at");
  assert.equal(online(dan.id), undefined, "dan shares no conversation with ada and is offline");

  // A status change is a leave of the old meta and a join of a new one; phoenix.js must keep
  // bob listed, now away, with a fresh phx_ref.
  const oldRef = bobMeta[0].phx_ref;
  assert.deepEqual(await bob.pushOk(bob.userTopic, "set_status", { status: "away" }), {});
  await waitUntil(() => online(bob.id)?.metas[0]?.status === "away", "ada sees bob away");
  assert.equal(online(bob.id).metas.length, 1, "bob still has one device");
  assert.notEqual(online(bob.id).metas[0].phx_ref, oldRef, "the updated meta has a new phx_ref");
  assert.deepEqual(await bob.pushOk(bob.userTopic, "set_status", { status: "online" }), {});
  await waitUntil(() => online(bob.id)?.metas[0]?.status === "online", "ada sees bob online again");

  // cyd starts typing and then her socket closes: the others get typing false at once (well
  // before the 5 s expiry).
  const adaMark = ada.mark();
  assert.deepEqual(await cyd.pushOk(groupTopic, "typing", { typing: true }), {});
  await ada.waitFor(groupTopic, "typing", (p) => p.user_id === cyd.id && p.typing === true, { from: adaMark });
  await cyd.disconnect();
  await waitUntil(() => !online(cyd.id), "ada's Presence drops cyd after she disconnects");
  const stopped = await ada.waitFor(groupTopic, "typing", (p) => p.user_id === cyd.id && p.typing === false,
    { from: adaMark, ms: 2_500 });
  assert.deepEqual(stopped, { user_id: cyd.id, display_name: "CYD", typing: false });
  assert.ok(online(bob.id), "bob is still online");
  assert.ok(online(ada.id), "ada is still online");
});

// ---------------------------------------------------------------------------------------------
// 6. notifications

test("notifications: a member without the chat topic joined gets new_notification and notification_count", TEST_OPTIONS, async () => {
  requireScenario();
  const online = (id) => adaOnline.find((entry) => entry.id === String(id));
  await cyd.connect();
  await cyd.joinOk(cyd.userTopic);
  await waitUntil(() => online(cyd.id), "ada's Presence shows cyd back online");

  const topic = cyd.notificationsTopic;
  await cyd.joinOk(topic);
  // Being added to the group while no socket of hers had notifications:<cyd> joined left one
  // stored notification, which comes now, before the count.
  const initialCount = await cyd.waitFor(topic, "notification_count");
  const pending = cyd.matching(topic, "pending_notification");
  assert.equal(pending.length, 1, "the 'added' notification of the group is pending");
  assertNotification(pending[0].notification,
    { kind: "added", conversation_id: gid, message_id: null, sender_id: ada.id }, "pending added");
  assert.ok(Number.isInteger(initialCount.count), "count is an integer");
  assert.ok(initialCount.count >= 1, "the pending notification is counted");
  assert.ok(cyd.indexAfter(topic, "pending_notification") <= cyd.indexAfter(topic, "notification_count"),
    "pending notifications come before the count");

  let mark = cyd.mark();
  const plain = await send(ada, groupTopic, "news for everyone", "ada-ref-news");
  noteSeq(plain.seq);
  const news = await cyd.waitFor(topic, "new_notification", () => true, { from: mark });
  assertNotification(news.notification, {
    kind: "message", conversation_id: gid, message_id: plain.id, sender_id: ada.id, content: "news for everyone",
  });
  const count1 = await cyd.waitFor(topic, "notification_count", () => true, { from: mark });
  assert.equal(count1.count, initialCount.count + 1);

  mark = cyd.mark();
  const mention = await send(ada, groupTopic, "@cyd could you look at this?", "ada-ref-mention");
  noteSeq(mention.seq);
  const mentioned = await cyd.waitFor(topic, "new_notification", () => true, { from: mark });
  assertNotification(mentioned.notification, {
    kind: "mention", conversation_id: gid, message_id: mention.id, sender_id: ada.id,
    content: "@cyd could you look at this?",
  });
  assert.ok(mentioned.notification.id > news.notification.id, "notification ids grow");
  const count2 = await cyd.waitFor(topic, "notification_count", () => true, { from: mark });
  assert.equal(count2.count, initialCount.count + 2);
  assert.equal(cyd.matching(topic, "new_notification", () => true).length, 2, "one notification per message");
});

// ---------------------------------------------------------------------------------------------
// 7. pending notifications

test("pending notifications: an offline member gets them oldest first on join, until acknowledged", TEST_OPTIONS, async () => {
  requireScenario();
  const online = (id) => adaOnline.find((entry) => entry.id === String(id));
  const bobMark = bob.mark();
  const added = await ada.pushOk(groupTopic, "add_members", { user_ids: [dan.id] });
  assert.equal(added.members.length, 1);
  assert.equal(added.members[0].user_id, dan.id);
  assert.equal(added.members[0].username, "dan");
  assert.equal(added.members[0].display_name, "DAN");
  assert.equal(added.members[0].role, "member");
  assertIso(added.members[0].joined_at, "member.joined_at");
  const joinedEvent = await bob.waitFor(groupTopic, "member_joined", (p) => p.member.user_id === dan.id, { from: bobMark });
  noteSeq(joinedEvent.seq);

  const mention = await send(ada, groupTopic, "welcome @dan!", "ada-ref-welcome");
  noteSeq(mention.seq);
  const plain = await send(ada, groupTopic, "the agenda is in the topic", "ada-ref-agenda");
  noteSeq(plain.seq);
  await bob.waitFor(groupTopic, "receive_message", (p) => p.message.id === plain.id, { from: bobMark });

  // dan comes online: ada now shares a conversation with him and sees him.
  await dan.connect();
  const danJoin = await dan.joinOk(dan.userTopic);
  assert.deepEqual(ids(danJoin.conversations), [gid]);
  await waitUntil(() => online(dan.id), "ada's Presence shows dan once he connects");

  const topic = dan.notificationsTopic;
  await dan.joinOk(topic);
  const count = await dan.waitFor(topic, "notification_count");
  const pending = dan.matching(topic, "pending_notification").map((p) => p.notification);
  assert.equal(pending.length, 3, `three pending notifications: ${JSON.stringify(pending)}`);
  assertNotification(pending[0], { kind: "added", conversation_id: gid, message_id: null, sender_id: ada.id }, "pending[0]");
  assertNotification(pending[1], { kind: "mention", conversation_id: gid, message_id: mention.id, sender_id: ada.id, content: "welcome @dan!" }, "pending[1]");
  assertNotification(pending[2], { kind: "message", conversation_id: gid, message_id: plain.id, sender_id: ada.id, content: "the agenda is in the topic" }, "pending[2]");
  assert.ok(pending[0].id < pending[1].id && pending[1].id < pending[2].id, "oldest first");
  assert.equal(count.count, 3);
  assert.ok(dan.indexAfter(topic, "pending_notification") < dan.indexAfter(topic, "notification_count"),
    "the pending notifications come before the count");

  // Acknowledge the first two: only the third comes again.
  assert.deepEqual(await dan.pushOk(topic, "ack_notifications", { up_to_id: pending[1].id }), {});
  await dan.disconnect();
  await dan.connect();
  await dan.joinOk(topic);
  await dan.waitFor(topic, "notification_count");
  assert.deepEqual(dan.matching(topic, "pending_notification").map((p) => p.notification.id), [pending[2].id],
    "after ack up to the second id, only the third is pending");

  // Acknowledge the last one: nothing comes again.
  assert.deepEqual(await dan.pushOk(topic, "ack_notifications", { up_to_id: pending[2].id }), {});
  await dan.disconnect();
  await dan.connect();
  await dan.joinOk(topic);
  const finalCount = await dan.waitFor(topic, "notification_count");
  assert.ok(Number.isInteger(finalCount.count));
  assert.equal(dan.matching(topic, "pending_notification").length, 0, "no pending notifications after ack");
});

// ---------------------------------------------------------------------------------------------
// 8. catch-up

test("catch-up: rejoining with since_seq replays exactly the missed changes in seq order", TEST_OPTIONS, async () => {
  requireScenario();
  // Bob notes the latest seq from an event he received.
  const bobMark = bob.mark();
  const marker = await send(ada, groupTopic, "last one before bob leaves", "ada-ref-before-leave");
  const seen = await bob.waitFor(groupTopic, "receive_message", (p) => p.message.id === marker.id, { from: bobMark });
  noteSeq(seen.seq);
  const since = seen.seq;
  await bob.disconnect();

  const missed = [];
  for (let i = 1; i <= 3; i += 1) {
    missed.push(await send(ada, groupTopic, `while bob was away ${i}`, `ada-ref-away-${i}`));
  }
  const edited = (await ada.pushOk(groupTopic, "edit_message",
    { message_id: missed[1].id, content: "while bob was away 2 (edited)" })).message;
  assert.equal(edited.id, missed[1].id);

  await bob.connect();
  await bob.joinOk(bob.userTopic);
  const rejoined = await bob.joinOk(groupTopic, { since_seq: since });
  assert.equal(rejoined.conversation.id, gid);
  assert.equal(rejoined.gap, false);
  assert.ok(Array.isArray(rejoined.events), "events is an array");
  assert.deepEqual(rejoined.events.map((e) => e.event),
    ["receive_message", "receive_message", "receive_message", "message_edited"]);
  assert.deepEqual(rejoined.events.map((e) => e.seq), [since + 1, since + 2, since + 3, since + 4],
    "consecutive seqs right after since_seq");
  for (let i = 0; i < 3; i += 1) {
    const { seq, payload } = rejoined.events[i];
    assert.equal(payload.seq, seq, "the payload carries the event's seq");
    assert.deepEqual(payload.message, missed[i], `replayed message ${i + 1}`);
  }
  const editEvent = rejoined.events[3];
  assert.equal(editEvent.payload.seq, editEvent.seq);
  assertMessage(editEvent.payload.message, { id: missed[1].id, content: "while bob was away 2 (edited)", seq: missed[1].seq }, "replayed edit");
  assertIso(editEvent.payload.message.edited_at, "replayed edited_at");
  assert.deepEqual(sortedNumbers(rejoined.members.map((m) => m.user_id)), sortedNumbers([ada.id, bob.id, cyd.id, dan.id]));
});
