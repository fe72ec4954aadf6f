#!/usr/bin/env bash
# Builds the confab and confabd Debian packages from a built tree, lints them, installs them on
# this machine and runs the installed server. Usage: scripts/package-check.sh [build-dir]
# (build/release by default, built by `scripts/test.sh release`). Needs root or sudo (apt-get).
# The packages stay in <build-dir>/packages.
set -euo pipefail
cd "$(dirname "$0")/.."
export LC_ALL=C.UTF-8

build="${1:-build/release}"
if [ ! -f "$build/CMakeCache.txt" ]; then
  echo "package-check: $build is not a configured build directory (run scripts/test.sh release)" >&2
  exit 2
fi
build="$(realpath "$build")"
out="$build/packages"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

fail() {
  echo "package-check: FAILED: $*" >&2
  exit 1
}

tmp="$(mktemp -d)"
daemon_pid=""
cleanup() {
  if [ -n "$daemon_pid" ] && kill -0 "$daemon_pid" 2>/dev/null; then
    kill -KILL "$daemon_pid" 2>/dev/null || true
    wait "$daemon_pid" 2>/dev/null || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT

echo "== packages: cpack -G DEB in $build"
# Brings the two executables up to date (nothing to do after scripts/test.sh); cpack only
# installs what is built.
cmake --build "$build" -j"$(nproc)" --target confab confabd >/dev/null
rm -rf "$out"
(cd "$build" && cpack -G DEB -B "$out" >/dev/null)
shopt -s nullglob
app_debs=("$out"/confab_*.deb)
server_debs=("$out"/confabd_*.deb)
shopt -u nullglob
((${#app_debs[@]} == 1 && ${#server_debs[@]} == 1)) || fail "expected one confab and one confabd .deb in $out"
app_deb="${app_debs[0]}"
server_deb="${server_debs[0]}"
version="$(dpkg-deb -f "$app_deb" Version)"
[ "$(dpkg-deb -f "$server_deb" Version)" = "$version" ] || fail "the two packages differ in version"
echo "confab and confabd $version"

# Only the install components: the two executables and data files, never a test binary, a
# static library or a header (the build directory may have been built with the tests).
for deb in "$app_deb" "$server_deb"; do
  name="$(dpkg-deb -f "$deb" Package)"
  dpkg-deb --fsys-tarfile "$deb" | tar -t | sed 's#^\./#/#' | grep -v '/$' >"$tmp/$name.files"
  unexpected="$(grep -Ev '^/usr/bin/confabd?$|^/usr/share/(applications|icons|metainfo|man|doc)/|^/etc/confab/confabd\.conf$|^/lib/systemd/system/confabd\.service$' "$tmp/$name.files" || true)"
  [ -z "$unexpected" ] || fail "$(basename "$deb") contains unexpected files: $unexpected"
  grep -qx "/usr/bin/$name" "$tmp/$name.files" || fail "$(basename "$deb") lacks /usr/bin/$name"
done

echo "== lintian"
lintian --fail-on error "$app_deb" "$server_deb" || fail "lintian found errors"

echo "== desktop file, AppStream metainfo, man pages (sources)"
desktop-file-validate resources/confab.desktop || fail "desktop-file-validate"
metainfo=(resources/*.metainfo.xml)
appstreamcli validate --no-net "${metainfo[@]}" || fail "appstreamcli validate"
grep -q "<release version=\"$version\"" "${metainfo[@]}" ||
  fail "${metainfo[*]} has no <release version=\"$version\">"
for page in packaging/confab.1 packaging/confabd.1; do
  warnings="$(groff -man -Tutf8 -ww -z "$page" 2>&1)"
  [ -z "$warnings" ] || fail "groff warnings in $page: $warnings"
done

echo "== apt-get install"
install_packages() {
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --reinstall \
    --no-install-recommends "$app_deb" "$server_deb"
}
if ! install_packages; then
  echo "retrying after apt-get update"
  $sudo apt-get update -qq
  install_packages || fail "apt-get install"
fi

echo "== systemd unit"
unit=/lib/systemd/system/confabd.service
[ -f "$unit" ] || fail "$unit is not installed"
man_check=()
# Images that drop man pages (dpkg path-exclude) would fail the Documentation= check.
[ -e /usr/share/man/man1/confabd.1.gz ] || man_check=(--man=no)
verify="$(systemd-analyze verify "${man_check[@]}" "$unit" 2>&1)" || fail "systemd-analyze verify: $verify"
if grep -q confabd <<<"$verify"; then
  fail "systemd-analyze verify: $verify"
fi
[ -z "$verify" ] || echo "$verify"
getent passwd confab >/dev/null || fail "no system user confab"
[ "$(stat -c '%U:%G %a' /var/lib/confab)" = "confab:confab 700" ] ||
  fail "/var/lib/confab is $(stat -c '%U:%G %a' /var/lib/confab), expected confab:confab 700"
$sudo runuser -u confab -- test -w /var/lib/confab -a -r /etc/confab/confabd.conf ||
  fail "the user confab cannot use /var/lib/confab or read /etc/confab/confabd.conf"
[ -L /etc/systemd/system/multi-user.target.wants/confabd.service ] ||
  fail "confabd.service is not enabled"
dpkg-query -W -f='${Conffiles}\n' confabd | grep -q '^ /etc/confab/confabd.conf ' ||
  fail "/etc/confab/confabd.conf is not a conffile"

echo "== installed confabd: serve, healthz, user add, user list, SIGTERM"
data="$tmp/data"
log="$tmp/confabd.log"
# The packaged config file, with a throw-away data directory and a free port.
/usr/bin/confabd --config /etc/confab/confabd.conf --data-dir "$data" --host 127.0.0.1 --port 0 \
  2>"$log" &
daemon_pid=$!
port=""
healthy=""
for _ in $(seq 1 100); do # at most ~20 s
  kill -0 "$daemon_pid" 2>/dev/null || break
  if [ -z "$port" ]; then
    port="$(sed -n 's#.*listening on http://127\.0\.0\.1:\([0-9]*\)/.*#\1#p' "$log" | head -n 1)"
  fi
  if [ -n "$port" ] && curl -fsS -o /dev/null "http://127.0.0.1:$port/healthz" 2>/dev/null; then
    healthy=yes
    break
  fi
  sleep 0.2
done
if [ -z "$healthy" ]; then
  cat "$log" >&2
  fail "the installed confabd did not answer /healthz within 20 s"
fi
echo "confabd is healthy on port $port"

password="ci-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
printf '%s\n' "$password" |
  /usr/bin/confabd --config /etc/confab/confabd.conf --data-dir "$data" user add ci-admin ||
  fail "confabd user add"
/usr/bin/confabd --config /etc/confab/confabd.conf --data-dir "$data" user list >"$tmp/users" ||
  fail "confabd user list"
cat "$tmp/users"
grep -Eq '^[0-9]+ +ci-admin +ci-admin +active ' "$tmp/users" || fail "user list does not show ci-admin"

kill -TERM "$daemon_pid"
status=0
wait "$daemon_pid" || status=$?
daemon_pid=""
if [ "$status" -ne 0 ]; then
  cat "$log" >&2
  fail "confabd exited with $status after SIGTERM, expected 0"
fi
grep -q 'received SIGTERM' "$log" || fail "confabd did not log the SIGTERM shutdown"
echo "confabd stopped cleanly"

echo "== installed confab"
listing="$(dpkg -L confab)"
expected=(
  /usr/bin/confab
  /usr/share/applications/confab.desktop
  /usr/share/icons/hicolor/scalable/apps/confab.svg
  /usr/share/metainfo/chat.confab.Confab.metainfo.xml
  /usr/share/man/man1/confab.1.gz
  /usr/share/doc/confab/copyright
  /usr/share/doc/confab/changelog.gz
)
for size in 16 24 32 48 64 128 256 512; do
  expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/confab.png")
done
for file in "${expected[@]}"; do
  grep -qxF "$file" <<<"$listing" || fail "dpkg -L confab lacks $file"
done
server_listing="$(dpkg -L confabd)"
for file in /usr/bin/confabd /lib/systemd/system/confabd.service /etc/confab/confabd.conf \
  /usr/share/man/man1/confabd.1.gz /usr/share/doc/confabd/copyright \
  /usr/share/doc/confabd/changelog.gz; do
  grep -qxF "$file" <<<"$server_listing" || fail "dpkg -L confabd lacks $file"
done
printed="$(QT_QPA_PLATFORM=offscreen /usr/bin/confab --version 2>/dev/null)" ||
  fail "confab --version failed"
[ "$printed" = "confab $version" ] || fail "confab --version printed \"$printed\", expected \"confab $version\""
echo "$printed"

echo "package check passed: $(basename "$app_deb") $(basename "$server_deb")"
