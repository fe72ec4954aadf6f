#!/usr/bin/env bash
# Saves screenshots of the app's main states into docs/screenshots/: starts confabd with a
# fresh data dir, seeds a demo team (tests/interop/seed-demo.mjs), then walks the real app's
# window (confab-screenshot-tour) under Xvfb. Needs a release build (scripts/test.sh or run.sh).
# SCREENSHOT_LANGUAGE=de takes them in another UI language (ja needs a CJK font such as
# fonts-noto-cjk; colour emoji come from fonts-noto-color-emoji, which setup-debian.sh installs).
set -euo pipefail
cd "$(dirname "$0")/.."
build="${BUILD_DIR:-build/release}"
out="${1:-docs/screenshots}"
scratch=$(mktemp -d)
trap 'kill "${server_pid:-}" 2>/dev/null || true; rm -rf "$scratch"' EXIT

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$build/server/confabd/confabd" --host 127.0.0.1 --port "$port" --data-dir "$scratch/server" \
  --password-hash-cost minimal >"$scratch/confabd.log" 2>&1 &
server_pid=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
(cd tests/interop && node seed-demo.mjs "http://127.0.0.1:$port" >/dev/null)

mkdir -p "$scratch/home"
HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/home" DBUS_SESSION_BUS_ADDRESS=disabled: \
  xvfb-run -a -s "-screen 0 1400x900x24" \
  "$build/tests/screenshots/confab-screenshot-tour" --server "http://127.0.0.1:$port" \
  --server-pid "$server_pid" --out "$out" --language "${SCREENSHOT_LANGUAGE:-en}"
