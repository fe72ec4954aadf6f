#!/usr/bin/env bash
# Builds Confab and starts confabd on 127.0.0.1:4000 with its data in ~/.local/share/confab.
# Extra arguments go to confabd (see `confabd --help`). Stop it with Ctrl+C.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-debian.sh
cmake --preset release >/dev/null
cmake --build --preset release -j"$(nproc)"
exec build/release/server/confabd/confabd --host 127.0.0.1 --port 4000 "$@"
