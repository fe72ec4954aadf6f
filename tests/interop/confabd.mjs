// Starts a real confabd child process on a free loopback port with a fresh data directory,
// and offers small HTTP helpers. Shared by the interop tests.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const binary = process.env.CONFABD;
if (!binary) throw new Error("set CONFABD to the path of the confabd binary");

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHealth(base, child, timeoutMs = 20000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`confabd exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${base}/healthz`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("confabd did not become healthy");
}

export async function startConfabd(extraArgs = []) {
  const dataDir = mkdtempSync(join(tmpdir(), "confab-interop-"));
  const port = await freePort();
  const child = spawn(
    binary,
    ["--host", "127.0.0.1", "--port", String(port), "--data-dir", dataDir,
     "--password-hash-cost", "minimal", ...extraArgs],
    { stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, HOME: dataDir } },
  );
  const base = `http://127.0.0.1:${port}`;
  await waitForHealth(base, child);
  return {
    base,
    socketUrl: `ws://127.0.0.1:${port}/socket`,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
      return child.exitCode;
    },
  };
}

export async function postJson(base, path, body, headers = {}) {
  const response = await fetch(`${base}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : null };
}

export async function register(base, username, password = "correct horse battery") {
  const { status, json } = await postJson(base, "/api/v1/register", {
    username, password, display_name: username.toUpperCase(),
  });
  if (status !== 201) throw new Error(`register ${username}: ${status} ${JSON.stringify(json)}`);
  return json;
}

// Joins a phoenix.js channel and resolves with how the join ended, never rejecting.
export function joinChannel(channel) {
  return new Promise((resolve) => {
    channel.join()
      .receive("ok", (response) => resolve({ status: "ok", response }))
      .receive("error", (response) => resolve({ status: "error", response }))
      .receive("timeout", () => resolve({ status: "timeout" }));
  });
}
