#!/usr/bin/env python3
"""Cold start and memory of the desktop app (a benchmark, not a test).

Seeds a scratch profile with 200 conversations and 50,000 cached messages
(confab-startup-seed), then starts the real `confab` binary against an unreachable server
several times and measures, from process start, the time until it reports the conversation
list shown ("ready"), and its resident memory then and a few seconds later.

  tests/bench-client/startup_bench.py BUILD_DIR [--runs 5] [--platform offscreen]
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time


def rss_kib(pid, field="VmRSS"):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def run_once(app, env, settle_s):
    start = time.monotonic()
    child = subprocess.Popen([app, "--server", "http://127.0.0.1:9", "--new-instance"],
                             env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL,
                             text=True)
    ready_s = None
    for line in child.stderr:
        if "ready:" in line:
            ready_s = time.monotonic() - start
            break
    if ready_s is None:
        child.kill()
        raise SystemExit("the app exited without reporting ready")
    rss_ready = rss_kib(child.pid)
    time.sleep(settle_s)  # a benchmark measuring memory after start-up work settles
    rss_settled = rss_kib(child.pid)
    child.terminate()
    child.wait(timeout=10)
    return ready_s, rss_ready, rss_settled


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build_dir")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--platform", default="offscreen")
    parser.add_argument("--settle", type=float, default=3.0)
    args = parser.parse_args()
    app = os.path.join(args.build_dir, "app", "confab")
    seed = os.path.join(args.build_dir, "tests", "bench-client", "confab-startup-seed")
    with tempfile.TemporaryDirectory() as profile:
        env = dict(os.environ, HOME=profile, QT_QPA_PLATFORM=args.platform,
                   XDG_CONFIG_HOME=os.path.join(profile, "config"),
                   XDG_DATA_HOME=os.path.join(profile, "data"),
                   XDG_CACHE_HOME=os.path.join(profile, "cache"),
                   XDG_RUNTIME_DIR=profile, DBUS_SESSION_BUS_ADDRESS="unix:path=/nonexistent",
                   QT_LOGGING_RULES="confab.app.controller.info=true")
        subprocess.run([seed, "--server", "http://127.0.0.1:9"], env=env, check=True)
        results = [run_once(app, env, args.settle) for _ in range(args.runs)]
    ready = [r[0] for r in results]
    print(f"cold start to usable window: median {statistics.median(ready) * 1000:.0f} ms, "
          f"min {min(ready) * 1000:.0f} ms, max {max(ready) * 1000:.0f} ms over {args.runs} runs")
    print(f"resident memory at ready: median {statistics.median(r[1] for r in results) / 1024:.1f} MiB; "
          f"after {args.settle:.0f} s: median {statistics.median(r[2] for r in results) / 1024:.1f} MiB")


if __name__ == "__main__":
    sys.exit(main())
