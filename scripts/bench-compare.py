#!/usr/bin/env python3
"""Side-by-side benchmark of confabd and the Socket.IO peer, in one run on one machine.

Copies the peer (../shared/peers/socketio-chat) to a scratch directory and installs its npm
packages there, then, scenario by scenario, starts confabd (fresh data directory) and the peer
in turn on loopback, runs the same confab-loadgen command against each, stops it, and prints a
table with ratios. Every raw JSON result is kept in --out. With --record, the table, the
machine, the versions and the command lines replace the section between the markers
`<!-- bench-compare:begin -->` and `<!-- bench-compare:end -->` of docs/benchmarks.md.

    scripts/bench-compare.py --build build/release [--quick] [--record docs/benchmarks.md]
"""

import argparse
import datetime
import json
import os
import platform
import re
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PEER_SOURCE = ROOT.parent / "shared" / "peers" / "socketio-chat"
BEGIN = "<!-- bench-compare:begin -->"
END = "<!-- bench-compare:end -->"
P99_LIMIT_MS = 50.0


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def raise_fd_limit():
    """Sockets are descriptors: let children (servers, loadgen) have all the kernel allows."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    return hard


class Server:
    """One server process on loopback; its log goes to a file so it never blocks on a pipe."""

    def __init__(self, name, argv, env, cwd, port_pattern, port=None):
        self.name, self.port = name, port
        self.log = tempfile.NamedTemporaryFile(prefix=f"bench-{name}-", suffix=".log", delete=False)
        self.proc = subprocess.Popen(argv, env=env, cwd=cwd, stdout=self.log,
                                     stderr=subprocess.STDOUT)
        deadline = time.time() + 60
        while time.time() < deadline:
            text = Path(self.log.name).read_text(errors="replace")
            match = re.search(port_pattern, text)
            if match:
                self.port = self.port or int(match.group(1))
                return
            if self.proc.poll() is not None:
                break
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"{name} did not start:\n{Path(self.log.name).read_text()}")

    def stop(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        os.unlink(self.log.name)


def start_confabd(build):
    data = tempfile.mkdtemp(prefix="bench-confabd-")
    env = {k: v for k, v in os.environ.items() if not k.startswith("CONFAB_")}
    # The load is measured, not the flood limiter (200 pushes/s per user by default).
    env.update(HOME=data, CONFAB_FLOOD_BURST="1000000000", CONFAB_FLOOD_PER_SECOND="1000000000")
    argv = [str(build / "server/confabd/confabd"), "--data-dir", data + "/data",
            "--password-hash-cost", "minimal", "--port", "0"]
    server = Server("confabd", argv, env, data, r"listening on \S+ port (\d+)")
    server.cleanup = lambda: shutil.rmtree(data, ignore_errors=True)
    return server


def start_peer(peer_dir):
    port = free_port()
    env = dict(os.environ, PORT=str(port))
    server = Server("peer", ["node", "server.js"], env, peer_dir, r"listening on", port)
    server.cleanup = lambda: None
    return server


def prepare_peer(scratch):
    peer = Path(scratch) / "socketio-chat"
    if not (peer / "node_modules").is_dir():
        shutil.copytree(PEER_SOURCE, peer, dirs_exist_ok=True)
        for path in [peer, *peer.rglob("*")]:
            path.chmod(path.stat().st_mode | 0o200)
        subprocess.run(["npm", "ci", "--omit=dev", "--no-audit", "--no-fund"], cwd=peer,
                       check=True, stdout=subprocess.DEVNULL)
    return peer


def run_loadgen(loadgen, dialect, server, args, out, label):
    path = out / f"{label}-{dialect}.json"
    argv = [str(loadgen), "--dialect", dialect, "--port", str(server.port), "--server-pid",
            str(server.proc.pid), "--json", str(path), *args]
    shown = " ".join(["confab-loadgen", "--dialect", dialect, "--port", "P", "--server-pid",
                      "PID", *args])
    done = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    print(f"  [{label}] {done.stdout.strip() or done.stderr.strip()[-400:]}", flush=True)
    result = json.loads(path.read_text()) if path.exists() else {"ok": False}
    result["command"] = shown
    return result


def with_server(kind, build, peer_dir, body):
    server = start_confabd(build) if kind == "confab" else start_peer(peer_dir)
    try:
        return body(server)
    finally:
        server.stop()
        server.cleanup()


def fanout_sweep(loadgen, kind, build, peer_dir, out, base, rates):
    """The highest rate whose deliveries all arrive with p99 <= 50 ms; one server for the sweep."""

    def body(server):
        best, runs = None, []
        for rate in rates:
            r = run_loadgen(loadgen, kind, server, [*base, "--rate", str(rate)], out,
                            f"fanout-{rate}")
            runs.append(r)
            offered = rate * (r.get("workload", {}).get("members", 10) - 1)
            good = (r.get("ok") and r["latency_ms"]["p99"] <= P99_LIMIT_MS
                    and r["delivered_per_s"] >= 0.95 * offered)
            if not good:
                break
            best = r
        return best, runs

    return with_server(kind, build, peer_dir, body)


def single(loadgen, kind, build, peer_dir, out, label, args):
    return with_server(kind, build, peer_dir,
                       lambda server: run_loadgen(loadgen, kind, server, args, out, label))


def ratio(a, b):
    return f"{a / b:.2f}×" if a and b else "–"


def fmt(value, digits=0):
    if value is None:
        return "–"
    return f"{value:,.{digits}f}"


def server_field(result, key):
    return (result or {}).get("server", {}).get(key)


def table(results):
    c, p = results["confab"], results["socketio"]
    rows = []

    def row(name, key_fn, digits, better):
        a, b = key_fn(c), key_fn(p)
        rel = ratio(a, b) if better == "higher" else ratio(b, a)
        rows.append(f"| {name} | {fmt(a, digits)} | {fmt(b, digits)} | {rel} |")

    fan = lambda r: r["fanout"] or {}
    row("fanout: delivered msg/s at p99 ≤ 50 ms (best step)",
        lambda r: fan(r).get("delivered_per_s"), 0, "higher")
    row("fanout: p99 latency at that step (ms)",
        lambda r: fan(r).get("latency_ms", {}).get("p99"), 1, "lower")
    row("fanout: server CPU s per 1,000 deliveries",
        lambda r: server_field(fan(r), "cpu_s_per_1000_deliveries"), 4, "lower")
    row("fanout: same offered rate for both (msg/s delivered)",
        lambda r: (r["fanout_common"] or {}).get("delivered_per_s"), 0, "higher")
    row("fanout: server CPU s per 1,000 deliveries at that rate",
        lambda r: server_field(r["fanout_common"], "cpu_s_per_1000_deliveries"), 4, "lower")
    row("durable: acknowledged msg/s", lambda r: r["durable"].get("acked_per_s"), 0, "higher")
    row("durable: ack p99 (ms)", lambda r: r["durable"].get("ack_latency_ms", {}).get("p99"),
        1, "lower")
    row("idle: server RSS per connection (KiB)",
        lambda r: server_field(r["idle"], "rss_kib_per_connection"), 1, "lower")
    row("connect-storm: seconds until all rejoined",
        lambda r: r["storm"].get("storm", {}).get("seconds_until_all"), 2, "lower")
    row("connect-storm: rejoin p99 (ms)",
        lambda r: r["storm"].get("storm", {}).get("rejoin_ms", {}).get("p99"), 0, "lower")
    head = ["| measure | confabd | Socket.IO peer | confabd vs peer |", "|---|---:|---:|---:|"]
    return "\n".join(head + rows)


def machine():
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo")
                if l.startswith("model name")), "?")
    def version(argv):
        try:
            return subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                  text=True).stdout.strip().splitlines()[0]
        except (OSError, IndexError):
            return "?"
    qt = version(["dpkg-query", "-W", "-f", "${Version}", "qt6-base-dev"])
    peer_pkg = json.loads((PEER_SOURCE / "package.json").read_text())["dependencies"]
    return {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "nproc": os.cpu_count(), "cpu": cpu, "kernel": platform.release(),
        "memory": version(["sh", "-c", "grep MemTotal /proc/meminfo"]),
        "commit": version(["git", "-C", str(ROOT), "describe", "--always", "--dirty"]),
        "qt": qt, "gcc": version(["gcc", "--version"]), "node": version(["node", "--version"]),
        "socket.io": peer_pkg.get("socket.io"), "fd_limit": resource.getrlimit(
            resource.RLIMIT_NOFILE)[1],
    }


def markdown(results, info, commands, big_idle):
    lines = [BEGIN, "", f"Recorded {info['date']} by `scripts/bench-compare.py"
             f"{' --quick' if results['quick'] else ''}`.", "",
             "| machine | |", "|---|---|",
             f"| CPU | {info['nproc']} × {info['cpu']} |", f"| memory | {info['memory']} |",
             f"| kernel | {info['kernel']} |", f"| confab | `{info['commit']}`, Qt {info['qt']}, "
             f"{info['gcc']} (release preset) |",
             f"| peer | node {info['node']}, socket.io {info['socket.io']} |",
             f"| descriptors | hard limit {info['fd_limit']} per process |", "",
             table(results), "",
             "Last column: how many times better confabd is (above 1: confabd better; for "
             "latency, CPU and memory it is the peer's value divided by confabd's). "
             "–: no fan-out step met p99 ≤ 50 ms with nothing lost.", ""]
    if big_idle:
        lines += [f"confabd alone, idle: {fmt(big_idle['connections']['established'])} of "
                  f"{fmt(big_idle['connections']['requested'])} connections held, "
                  f"{fmt(server_field(big_idle, 'rss_kib_per_connection'), 1)} KiB RSS each, "
                  f"still open at the end: {fmt(big_idle.get('still_open'))}.", ""]
    lines += ["Fan-out steps (delivered msg/s, p99 ms, lost):", ""]
    for kind in ("confab", "socketio"):
        steps = ", ".join(f"{r['workload']['rate']:.0f}/s → {fmt(r.get('delivered_per_s'))}, "
                          f"{fmt(r.get('latency_ms', {}).get('p99'), 1)}, {r.get('lost')}"
                          for r in results[kind]["fanout_runs"] if "workload" in r)
        lines.append(f"* {kind}: {steps}")
    lines += ["", "Command lines (P and PID: the server's port and process id):", "", "```"]
    lines += sorted(set(commands)) + ["```", "", END]
    return "\n".join(lines)


def record(path, text):
    doc = Path(path).read_text()
    if BEGIN in doc and END in doc:
        doc = doc[:doc.index(BEGIN)] + text + doc[doc.index(END) + len(END):]
    else:
        doc = doc.rstrip() + "\n\n" + text + "\n"
    Path(path).write_text(doc)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default=str(ROOT / "build/release"),
                        help="build directory with confabd and confab-loadgen")
    parser.add_argument("--out", default=None, help="where raw JSON results go")
    parser.add_argument("--scratch", default=None, help="where the peer is installed")
    parser.add_argument("--quick", action="store_true", help="shorter runs, fewer steps")
    parser.add_argument("--record", metavar="MD", help="write the results into this file")
    # The peer announces every connection to every other socket (user:online), so connecting N
    # sockets costs it O(N²) frames: 3,000 took it three minutes here.
    parser.add_argument("--idle-connections", type=int, default=2000)
    parser.add_argument("--storm-connections", type=int, default=1000)
    parser.add_argument("--hold-connections", type=int, default=0,
                        help="also hold this many idle connections on confabd alone")
    args = parser.parse_args()

    build = Path(args.build).resolve()
    loadgen = build / "tests/bench/confab-loadgen"
    for binary in (loadgen, build / "server/confabd/confabd"):
        if not binary.exists():
            sys.exit(f"missing {binary}: build the confabd and confab-loadgen targets first")
    out = Path(args.out or tempfile.mkdtemp(prefix="bench-compare-"))
    out.mkdir(parents=True, exist_ok=True)
    scratch = args.scratch or str(Path(tempfile.gettempdir()) / "confab-bench-peer")
    Path(scratch).mkdir(parents=True, exist_ok=True)
    peer_dir = prepare_peer(scratch)
    raise_fd_limit()

    seconds = ["--duration", "4" if args.quick else "8", "--warmup", "2"]
    fan_base = ["--scenario", "fanout", "--users", "1000", "--conversations", "100",
                "--members", "10", "--senders", "100", *seconds]
    rates = [1000, 2500, 5000, 7500] if args.quick else [1000, 2500, 4000, 5000, 6000, 7500,
                                                         10000, 12500, 15000]
    common_rate = ["--rate", "4000"]
    durable = ["--scenario", "durable", "--users", "8", "--conversations", "1", "--members", "8",
               "--senders", "8", "--window", "64", *seconds]
    idle = ["--scenario", "idle", "--users", "1000", "--conversations", "100", "--members", "10",
            "--connections", str(args.idle_connections), "--duration", "5"]
    storm = ["--scenario", "connect-storm", "--users", "1000", "--conversations", "100",
             "--members", "10", "--connections", str(args.storm_connections)]

    results = {"quick": args.quick}
    commands = []
    for kind in ("confab", "socketio"):
        results[kind] = {}
    # Scenario by scenario, confabd then the peer, so both see the same machine state.
    for kind in ("confab", "socketio"):
        print(f"fanout sweep: {kind}", flush=True)
        best, runs = fanout_sweep(loadgen, kind, build, peer_dir, out, fan_base, rates)
        results[kind]["fanout"], results[kind]["fanout_runs"] = best, runs
        commands += [r["command"] for r in runs if "command" in r]
    for label, extra in (("fanout_common", [*fan_base, *common_rate]), ("durable", durable),
                         ("idle", idle), ("storm", storm)):
        for kind in ("confab", "socketio"):
            print(f"{label}: {kind}", flush=True)
            r = single(loadgen, kind, build, peer_dir, out, label, extra)
            results[kind][label] = r
            commands.append(r["command"])
    big_idle = None
    if args.hold_connections:
        hold = ["--scenario", "idle", "--users", "1000", "--conversations", "100", "--members",
                "10", "--connections", str(args.hold_connections), "--duration", "30",
                "--connect-concurrency", "512"]
        print("hold: confab", flush=True)
        big_idle = single(loadgen, "confab", build, peer_dir, out, "hold", hold)
        commands.append(big_idle["command"])

    info = machine()
    text = markdown(results, info, commands, big_idle)
    (out / "results.json").write_text(json.dumps({"machine": info, **results}, indent=2))
    (out / "results.md").write_text(text)
    print("\n" + table(results))
    print(f"\nraw results: {out}")
    if args.record:
        record(args.record, text)
        print(f"recorded in {args.record}")


if __name__ == "__main__":
    main()
