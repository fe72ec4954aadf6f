#!/usr/bin/env bash
# Installs everything Confab needs to build and test on Debian 12, then the npm packages of the
# interop tests. Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  cmake ninja-build g++ pkg-config git
  qt6-base-dev qt6-websockets-dev qt6-httpserver-dev qt6-tools-dev qt6-l10n-tools
  libqt6sql6-sqlite libsodium-dev qtkeychain-qt6-dev libhttp-parser-dev
  qt6-translations-l10n
  gnome-keyring dbus-x11 xvfb xauth fonts-noto-color-emoji
  clang-14 libclang-rt-14-dev clang-format openssl curl
  dpkg-dev file lintian appstream desktop-file-utils systemd groff-base man-db
)
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$package")
done
if ((${#missing[@]})); then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ ! -d tests/interop/node_modules/phoenix ] || [ ! -d tests/interop/node_modules/ws ]; then
  (cd tests/interop && npm ci --no-audit --no-fund --loglevel=error)
fi
