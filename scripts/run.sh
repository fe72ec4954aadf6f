#!/usr/bin/env bash
# Builds Confab and starts the desktop app. By default it hosts the server itself on this
# computer (data in ~/.local/share/confab); the first start asks for your account there.
# Extra arguments go to the app (see `confab --help`), e.g. `--server https://chat.example.org`
# to sign in to a team's confabd instead.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-debian.sh
cmake --preset release >/dev/null
cmake --build --preset release -j"$(nproc)"
exec build/release/app/confab "$@"
