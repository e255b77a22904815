#!/usr/bin/env python3
# bench-startup.py — time Hearth's first frame and memory beside a bare window and GNOME peers.
#
# Copyright 2026 The Hearth developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Run inside an X server and a D-Bus session (bench-startup.sh sets both up):
#
#   bench-startup.py --hearth HEARTH --watch WATCHER --bare BARE-WINDOW
#                    --generate BENCH-GENERATE --database DB --results FILE
#                    [--schema-dir DIR] [--runs N] [--warmup N] [--settle-ms MS]
#
# Every application is started by bench-startup-watch, which times the first
# real frame from outside (X DAMAGE plus a row and a column of pixels), reads
# the resident memory once the window has settled, and closes the application
# through its D-Bus `quit` action. The applications take turns, round after
# round, in an order that rotates each round; the first rounds warm the caches
# and are not counted. Each figure is the median of the counted rounds.
#
# Hearth runs twice per round: as `hearth --bench-startup`, which prints its
# own time from process start to the first frame and quits (so the two
# clocks can be compared), and as a plain launch, which is the figure set
# against the peers. Both open their default database, as a practitioner's
# Hearth does: DB, a synthetic database of 10,000 families made by
# bench-generate when it is missing, is linked in as
# $XDG_DATA_HOME/hearth/hearth.db. A peer that is not installed is skipped,
# and the table says so.

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HEARTH_ID = "io.github.hearthapp.Hearth"
BARE_ID = "io.github.hearthapp.Hearth.BenchBareWindow"

WATCH_LINE = re.compile(r"^bench-startup-watch: (.*)$")


class App:
    def __init__(self, key, label, argv, app_id, in_app=False):
        self.key = key
        self.label = label
        self.argv = argv
        self.app_id = app_id
        self.in_app = in_app  # prints its own first-frame time
        self.runs = []  # dicts parsed from the watcher's line


def parse_args():
    parser = argparse.ArgumentParser(description="Hearth start-up benchmark")
    parser.add_argument("--hearth", required=True)
    parser.add_argument("--watch", required=True)
    parser.add_argument("--bare", required=True)
    parser.add_argument("--generate", required=True)
    parser.add_argument("--database", required=True)
    parser.add_argument("--results", required=True)
    parser.add_argument("--schema-dir")
    parser.add_argument("--runs", type=int, default=25)
    parser.add_argument("--warmup", type=int, default=1)
    parser.add_argument("--settle-ms", type=int, default=1000)
    return parser.parse_args()


def ensure_database(generate, database):
    if os.path.exists(database):
        return None
    print(f"Generating the 10,000-family database at {database} (once)…", flush=True)
    started = time.monotonic()
    subprocess.run([generate, database], check=True)
    return time.monotonic() - started


def run_once(watch, app, settle_ms):
    argv = [watch, f"--settle-ms={settle_ms}"]
    if app.app_id:
        argv.append(f"--app-id={app.app_id}")
    argv += ["--"] + app.argv
    try:
        completed = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   text=True, timeout=120)
    except subprocess.TimeoutExpired:
        sys.stderr.write(f"{app.label}: the watcher did not finish in 120 s\n")
        return {"ok": False, "in_app_ms": None}
    result = {"ok": completed.returncode == 0, "in_app_ms": None}
    for line in completed.stdout.splitlines():
        match = WATCH_LINE.match(line)
        if match:
            for field in match.group(1).split():
                key, _, value = field.partition("=")
                result[key] = value
        elif app.in_app and re.fullmatch(r"\d+(\.\d+)?", line.strip()):
            result["in_app_ms"] = float(line.strip())
    if not result["ok"]:
        sys.stderr.write(f"{app.label}: no first frame seen\n{completed.stderr}")
    return result


def numbers(runs, key):
    values = []
    for run in runs:
        value = run.get(key)
        if value is not None and value != "-":
            values.append(float(value))
    return values


def median_of(runs, key):
    values = numbers(runs, key)
    return statistics.median(values) if values else None


def spread(runs, key):
    values = numbers(runs, key)
    return f"{min(values):.0f}–{max(values):.0f}" if values else "-"


def fmt(value, digits=0, scale=1.0):
    return "-" if value is None else f"{value / scale:.{digits}f}"


def ratio(a, b):
    return None if a is None or b is None or b == 0 else a / b


def verdict(ok):
    return "-" if ok is None else ("yes" if ok else "NO")


def ok_runs(app):
    return [run for run in app.runs if run["ok"]]


def describe_app(app):
    runs = ok_runs(app)
    closed = ",".join(sorted({run.get("closed", "-") for run in runs}))
    size = f"{runs[0]['width']}x{runs[0]['height']}" if runs else "-"
    failed = len(app.runs) - len(runs)
    return (f"{app.label:<26} {fmt(median_of(runs, 'first-frame-ms')):>9} "
            f"{spread(runs, 'first-frame-ms'):>11} {fmt(median_of(runs, 'mapped-ms')):>10} "
            f"{fmt(median_of(runs, 'cpu-ms')):>7} "
            f"{fmt(median_of(runs, 'rss-kb'), 1, 1024):>7} "
            f"{fmt(median_of(runs, 'rss-anon-kb'), 1, 1024):>8} {size:>10}  {closed}"
            + (f"  ({failed} runs failed)" if failed else ""))


def describe_in_app(bench):
    differences = [run["in_app_ms"] - float(run["first-frame-ms"]) for run in bench
                   if run["in_app_ms"] is not None and run.get("first-frame-ms", "-") != "-"]
    difference = statistics.median(differences) if differences else None
    return [f"hearth --bench-startup printed {fmt(median_of(bench, 'in_app_ms'), 1)} ms "
            "(from the process start the kernel records, to within 5 ms);",
            f"the watcher saw {fmt(median_of(bench, 'first-frame-ms'), 1)} "
            f"ms from spawn; in-app minus watcher: median {fmt(difference, 1)} ms."]


def build_table(args, apps, skipped, generated_s, load):
    size_mb = os.path.getsize(args.database) / 1e6
    lines = [
        "Hearth start-up benchmark: time from process start to the first real frame, "
        "and resident memory",
        f"Database: synthetic, 10,000 families, {size_mb:.0f} MB (bench-generate)"
        + (f", generated in {generated_s:.0f} s" if generated_s else ""),
        "GSK_RENDERER=cairo, Xvfb 1280x800x24, dbus-run-session, no window manager; "
        f"{args.runs} interleaved rounds (+{args.warmup} warm-up); medians",
        "frame: first real frame seen from outside (XDAMAGE, then a row and a column of real "
        "pixels); mapped: window",
        "mapped; CPU: CPU time of the app's threads at the frame (steadier than wall time on a "
        f"busy machine); RSS: VmRSS {args.settle_ms} ms later",
        f"load average before and after: {load[0]} / {load[1]}",
        "",
    ]
    header = (f"{'application':<26} {'frame ms':>9} {'range':>11} {'mapped ms':>10} {'CPU ms':>7} "
              f"{'RSS MB':>7} {'anon MB':>8} {'window':>10}  closed by")
    lines += [header, "-" * len(header)]
    lines += [describe_app(app) for app in apps]
    lines += [f"{label:<26} skipped: not installed" for label in skipped]

    by_key = {app.key: app for app in apps}
    hearth = ok_runs(by_key["hearth"])
    hearth_frame = median_of(hearth, "first-frame-ms")
    hearth_rss = median_of(hearth, "rss-kb")
    lines += [""] + describe_in_app(ok_runs(by_key["hearth-bench"]))

    hearth_cpu = median_of(hearth, "cpu-ms")
    lines += ["", f"{'hearth / peer':<26} {'first frame':>12} {'CPU':>8} {'RSS':>8}"]
    figures = {}
    for key in ("gnome-calculator", "gnome-text-editor", "bare"):
        if key in by_key:
            runs = ok_runs(by_key[key])
            figures[key] = (median_of(runs, "first-frame-ms"), median_of(runs, "rss-kb"))
            lines.append(f"{'vs ' + by_key[key].label:<26} "
                         f"{fmt(ratio(hearth_frame, figures[key][0]), 2):>12} "
                         f"{fmt(ratio(hearth_cpu, median_of(runs, 'cpu-ms')), 2):>8} "
                         f"{fmt(ratio(hearth_rss, figures[key][1]), 2):>8}")

    calc_frame, calc_rss = figures.get("gnome-calculator", (None, None))
    bare_frame, _ = figures.get("bare", (None, None))
    known = hearth_frame is not None
    targets = [
        hearth_frame < calc_frame if known and calc_frame else None,
        hearth_frame <= 1.1 * bare_frame if known and bare_frame else None,
        hearth_rss < calc_rss if hearth_rss and calc_rss else None,
    ]
    lines += [
        "",
        "Targets (10,000 families):",
        "  first frame sooner than gnome-calculator's    " + verdict(targets[0]),
        "  first frame within 1.1x of the bare window    " + verdict(targets[1]),
        "  resident memory below gnome-calculator's      " + verdict(targets[2]),
    ]
    return "\n".join(lines) + "\n", all(target is True for target in targets)


def read_load():
    try:
        with open("/proc/loadavg", encoding="ascii") as loadavg:
            return " ".join(loadavg.read().split()[:3])
    except OSError:
        return "-"


def main():
    args = parse_args()
    if not os.environ.get("DISPLAY") or not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        sys.exit("bench-startup: Run me through bench-startup.sh "
                 "(an X server and a D-Bus session).")

    generated_s = ensure_database(args.generate, args.database)
    load_before = read_load()

    # Fresh per-user directories: no earlier session, draft or cache of the
    # practitioner's leaks in, and nothing is left behind in their home.
    # They sit beside the database so that it can be hard-linked in.
    home = tempfile.mkdtemp(prefix="home-", dir=os.path.dirname(os.path.abspath(args.database)))
    for variable, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                          ("XDG_CACHE_HOME", "cache"), ("XDG_STATE_HOME", "state")):
        os.makedirs(os.path.join(home, sub))
        os.environ[variable] = os.path.join(home, sub)
    if args.schema_dir:
        os.environ["GSETTINGS_SCHEMA_DIR"] = args.schema_dir
    hearth_data = os.path.join(home, "data", "hearth")
    os.makedirs(hearth_data, mode=0o700)
    os.link(args.database, os.path.join(hearth_data, "hearth.db"))

    apps = [
        App("hearth-bench", "hearth --bench-startup", [args.hearth, "--bench-startup"], None,
            in_app=True),
        App("hearth", "hearth", [args.hearth], HEARTH_ID),
        App("bare", "bare libadwaita window", [args.bare], BARE_ID),
    ]
    skipped = []
    # The editor starts with a new empty document every time, as on a first
    # launch, rather than reopening what the previous round left.
    for key, argv, app_id in (("gnome-text-editor", ["gnome-text-editor", "--ignore-session"],
                               "org.gnome.TextEditor"),
                              ("gnome-calculator", ["gnome-calculator"], "org.gnome.Calculator")):
        if shutil.which(argv[0]) is None:
            skipped.append(key)
            print(f"bench-startup: {key} is not installed; skipping it "
                  f"(apt-get install {key}).", flush=True)
        else:
            apps.append(App(key, key, argv, app_id))

    for round_index in range(args.warmup + args.runs):
        counted = round_index >= args.warmup
        shift = round_index % len(apps)
        for app in apps[shift:] + apps[:shift]:
            result = run_once(args.watch, app, args.settle_ms)
            if counted:
                app.runs.append(result)
            in_app = result["in_app_ms"]
            print(f"round {round_index + 1 - args.warmup if counted else 'warm-up'}: "
                  f"{app.label}: {result.get('first-frame-ms', '-')} ms, "
                  f"RSS {result.get('rss-kb', '-')} kB"
                  + (f", in-app {in_app} ms" if in_app is not None else ""), flush=True)

    shutil.rmtree(home, ignore_errors=True)

    table, met = build_table(args, apps, skipped, generated_s, (load_before, read_load()))
    sys.stdout.write("\n" + table)
    with open(args.results, "w", encoding="utf-8") as results:
        results.write(table)
    print(f"\nWritten to {args.results}")
    # A target missed, or one that could not be checked because a peer is
    # not installed (.ci/setup bench installs them), fails the benchmark.
    if not met:
        sys.exit("bench-startup: a start-up target was missed or could not be checked.")


if __name__ == "__main__":
    main()
