#!/usr/bin/env bash
# Builds Confab and runs the whole test suite (unit, integration, confabd CLI and phoenix.js
# interop tests). Usage: scripts/test.sh [preset]   (release by default; asan, debug)
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-release}"
scripts/setup-debian.sh
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j"$(nproc)"
ctest --preset "$preset" --output-on-failure -j2
