#!/bin/sh
# Runs a test in a private D-Bus session whose secret service is a fresh, unlocked
# gnome-keyring, with a throwaway HOME and XDG directories: the test never touches the user's
# real keychain, settings or files, and needs no desktop session.
#
#   run-with-keyring.sh <test executable> [arguments...]
set -eu

if [ $# -lt 1 ]; then
    echo "usage: $0 <test executable> [arguments...]" >&2
    exit 2
fi
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$0: $tool not found (install the dbus and gnome-keyring packages)" >&2
        exit 1
    fi
done

root=$(mktemp -d "${TMPDIR:-/tmp}/confab-keyring.XXXXXX")
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/home" "$root/runtime" "$root/data" "$root/config" "$root/cache"
chmod 700 "$root/runtime"
export HOME="$root/home"
export XDG_RUNTIME_DIR="$root/runtime"
export XDG_DATA_HOME="$root/data"
export XDG_CONFIG_HOME="$root/config"
export XDG_CACHE_HOME="$root/cache"
# QtKeychain prefers KWallet on a KDE desktop; the test wants the secret service.
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION KDE_SESSION_VERSION

# The daemon reads the new keyring's password from stdin and unlocks it; it leaves with the
# session bus. Not exec'd, so the trap above removes the temporary directories afterwards.
status=0
dbus-run-session -- sh -c \
    'printf %s pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$0" "$@"' \
    "$@" || status=$?
exit "$status"
