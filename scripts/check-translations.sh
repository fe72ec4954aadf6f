#!/usr/bin/env bash
# Fails when the .ts files in translations/ are stale (running lupdate would change them) or
# incomplete. Usage: scripts/check-translations.sh [build-dir]   (build/release by default)
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build/release}"

cmake --build "$build" --target update_translations >/dev/null
if [ -n "$(git status --porcelain -- translations/)" ]; then
  echo "The .ts files are stale: lupdate changed them. Run" >&2
  echo "  cmake --build $build --target update_translations" >&2
  echo "commit the result, and have the new texts translated (docs/translating.md)." >&2
  git status --short -- translations/ >&2
  git diff --stat -- translations/ >&2
  exit 1
fi
python3 scripts/check-translations.py translations
