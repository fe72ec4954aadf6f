#!/bin/sh
# The socketio dialect against the Socket.IO peer, briefly: the tool works and nothing is lost.
# Skipped (exit 77) unless node is installed and CONFAB_PEER_DIR names a copy of
# ../shared/peers/socketio-chat with its node_modules installed (scripts/bench-compare.sh
# prepares one). Usage: loadgen_smoke_socketio.sh <confab-loadgen> <json output>
set -u
loadgen=$1
output=$2
peer=${CONFAB_PEER_DIR:-}
if ! command -v node >/dev/null 2>&1 || [ -z "$peer" ] || [ ! -d "$peer/node_modules" ]; then
    echo "skipped: needs node and CONFAB_PEER_DIR with the peer's node_modules"
    exit 77
fi
log=$(mktemp)
trap 'rm -f "$log"; [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null' EXIT
for attempt in 1 2 3 4 5; do
    port=$(( 20000 + $(od -An -N2 -tu2 /dev/urandom) % 30000 ))
    PORT=$port node "$peer/server.js" >"$log" 2>&1 &
    pid=$!
    for _ in $(seq 50); do
        grep -q listening "$log" && break
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    grep -q listening "$log" && break
    kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; pid=
done
[ -n "${pid:-}" ] || { echo "the peer did not start:"; cat "$log"; exit 1; }
"$loadgen" --dialect socketio --scenario fanout --port "$port" --server-pid "$pid" \
    --users 12 --conversations 3 --members 4 --rate 50 --duration 2 --warmup 0.5 --json "$output"
