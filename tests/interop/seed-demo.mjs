// Fills a running Confab server with a small, believable team: four people, a few group and
// direct conversations, Markdown, reactions, a thread, stars and read positions. Used by the
// screenshot tour and handy for trying the app by hand.
//
//   node tests/interop/seed-demo.mjs http://127.0.0.1:4000
//
// Every account's password is "correct horse". Prints the created ids as JSON.
import { Socket } from "phoenix";
import WebSocket from "ws";

const base = process.argv[2] ?? "http://127.0.0.1:4000";
const password = "correct horse";

async function register(username, displayName) {
  const response = await fetch(`${base}/api/v1/register`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ username, password, display_name: displayName }),
  });
  if (response.status !== 201) throw new Error(`register ${username}: ${response.status}`);
  return response.json();
}

function connect(token) {
  const socket = new Socket(base.replace(/^http/, "ws") + "/socket", {
    transport: WebSocket,
    params: { token },
    heartbeatIntervalMs: 30000,
  });
  socket.connect();
  return socket;
}

function join(socket, topic, params = {}) {
  return new Promise((resolve, reject) => {
    const channel = socket.channel(topic, params);
    channel.join().receive("ok", (reply) => resolve({ channel, reply }))
      .receive("error", (e) => reject(new Error(`${topic}: ${JSON.stringify(e)}`)));
  });
}

function push(channel, event, payload) {
  return new Promise((resolve, reject) => {
    channel.push(event, payload).receive("ok", resolve)
      .receive("error", (e) => reject(new Error(`${event}: ${JSON.stringify(e)}`)))
      .receive("timeout", () => reject(new Error(`${event}: timeout`)));
  });
}

let refCounter = 0;
async function say(person, conversationId, content, parentId) {
  const { channel } = await person.chat(conversationId);
  const payload = { content, mobile_ref_id: `seed-${Date.now()}-${refCounter++}` };
  if (parentId) payload.parent_id = parentId;
  return (await push(channel, "send_message", payload)).message;
}

async function person(username, displayName) {
  const { user, token } = await register(username, displayName);
  const socket = connect(token);
  const { channel: userChannel } = await join(socket, `user:${user.id}`);
  const chats = new Map();
  return {
    user, token, socket, userChannel,
    async chat(id) {
      if (!chats.has(id)) chats.set(id, await join(socket, `chat:${id}`));
      return chats.get(id);
    },
  };
}

const ada = await person("ada", "Ada Lovelace");
const bob = await person("bob", "Bob Marley");
const cyd = await person("cyd", "Cyd Charisse");
const dan = await person("dan", "Dan Brown");

async function group(owner, title, members) {
  const reply = await push(owner.userChannel, "create_conversation",
    { kind: "group", title, member_ids: members.map((m) => m.user.id) });
  return reply.conversation.id;
}
async function direct(a, b) {
  const reply = await push(a.userChannel, "create_conversation",
    { kind: "direct", member_ids: [b.user.id] });
  return reply.conversation.id;
}

const release = await group(ada, "Release 0.2", [bob, cyd, dan]);
const design = await group(cyd, "Design review", [ada, bob]);
const adaBob = await direct(ada, bob);
const adaDan = await direct(dan, ada);
const random = await group(bob, "Random", [ada, cyd, dan]);

await push((await ada.chat(release)).channel, "update_conversation",
  { topic: "Ship the desktop app by Friday" });
await say(bob, release, "Morning! The **installer** builds are green on all three machines.");
await say(cyd, release, "Nice. I tested the upgrade path from 0.1 — no surprises.");
const plan = await say(ada, release,
  "Plan for today:\n\n1. Freeze translations\n2. Tag `v0.2.0`\n3. Publish the packages\n\nObjections?");
await say(dan, release, "None from me. I'll write the release notes.");
const rootQuestion = await say(bob, release,
  "Should we keep the old config keys working for one more release?");
await say(ada, release, "Yes — read both, write the new one.", rootQuestion.id);
await say(cyd, release, "Agreed, and log a deprecation warning once.", rootQuestion.id);
await say(dan, release, "I'll mention it in the notes.", rootQuestion.id);
const notes = await say(dan, release,
  "Draft notes are up: https://example.org/confab/0.2-notes — comments welcome.");
await push((await ada.chat(release)).channel, "add_reaction", { message_id: plan.id, emoji: "👍" });
await push((await bob.chat(release)).channel, "add_reaction", { message_id: plan.id, emoji: "👍" });
await push((await cyd.chat(release)).channel, "add_reaction", { message_id: plan.id, emoji: "🎉" });
await push((await ada.chat(release)).channel, "star_message", { message_id: plan.id, starred: true });
await push((await ada.chat(release)).channel, "star_message", { message_id: notes.id, starred: true });
const last = await say(bob, release, "Tag is pushed. Packages are building now 🚀");
await push((await bob.chat(release)).channel, "mark_read", { seq: last.seq });
await push((await cyd.chat(release)).channel, "mark_read", { seq: last.seq });

await say(cyd, design, "Here are the new sidebar mockups. Thoughts on the unread badges?");
await say(bob, design, "Love the _pill_ badges. Can muted ones be grey?");
await say(cyd, design, "Good call, updated.");

await say(bob, adaBob, "Lunch at 12:30?");
await say(ada, adaBob, "Sounds good, see you at the usual place.");
await say(bob, adaBob, "👍");

await say(dan, adaDan, "Could you review my PR when you have a minute?");
await say(bob, random, "Anyone up for a board game night on Thursday?");
await say(cyd, random, "Count me in!");

await push(ada.userChannel, "set_pinned", { conversation_id: release, pinned: true });
await push(ada.userChannel, "set_muted", { conversation_id: random, muted: true });

console.log(JSON.stringify({
  users: { ada: ada.user.id, bob: bob.user.id, cyd: cyd.user.id, dan: dan.user.id },
  conversations: { release, design, adaBob, adaDan, random },
  thread: rootQuestion.id,
}));
for (const p of [ada, bob, cyd, dan]) p.socket.disconnect();
