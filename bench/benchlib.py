#!/usr/bin/env python3
"""Small helpers for bench/run.sh: parsing wrk and curl output, log time stamps, and the report.

  benchlib.py port                      a free TCP port on 127.0.0.1
  benchlib.py wrk FILE                  "rps p50_ms p99_ms requests connect read write timeout non2xx"
  benchlib.py pcts FILE                 of "http_code seconds" lines: "n non200 p50_ms p99_ms max_ms"
  benchlib.py logms FILE REGEX          epoch ms of the first log line matching REGEX (empty if none)
  benchlib.py compare-urls N EXCLUDE    N distinct compare query strings, none equal to EXCLUDE
  benchlib.py report RESULTS MD         prints the summary, rewrites the results block of MD (the
                                        PostgreSQL block when RESULTS has db=postgresql)
"""
import datetime
import itertools
import random
import re
import socket
import sys
from pathlib import Path

import history

START = "<!-- bench:results:start -->"
END = "<!-- bench:results:end -->"
# a run with BENCH_DB=postgresql (db=postgresql in RESULTS) writes its own block, after the H2 one
START_PG = "<!-- bench:results-postgresql:start -->"
END_PG = "<!-- bench:results-postgresql:end -->"
HEADING_PG = "Latest run on PostgreSQL (several-instances setup, one instance measured)"
UNIT_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0, "h": 3600000.0}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def duration_ms(text):
    m = re.fullmatch(r"([\d.]+)(us|ms|s|m|h)", text.strip())
    return float(m.group(1)) * UNIT_MS[m.group(2)] if m else float("nan")


def parse_wrk(path):
    text = Path(path).read_text(errors="replace")

    def grab(pattern, conv=float, default=0):
        m = re.search(pattern, text, re.M)
        return conv(m.group(1)) if m else default

    rps = grab(r"^Requests/sec:\s+([\d.]+)", default=float("nan"))
    p50 = grab(r"^\s+50%\s+(\S+)", duration_ms, float("nan"))
    p99 = grab(r"^\s+99%\s+(\S+)", duration_ms, float("nan"))
    requests = grab(r"^\s+(\d+) requests in", int)
    # wrk prints these two lines only when they are not zero
    m = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    errs = [int(x) for x in m.groups()] if m else [0, 0, 0, 0]
    non2xx = grab(r"Non-2xx or 3xx responses: (\d+)", int)
    return [rps, p50, p99, requests, *errs, non2xx]


def percentile(sorted_values, p):
    """Nearest-rank percentile: the smallest value with at least p % of the values at or below it."""
    if not sorted_values:
        return float("nan")
    rank = max(1, -(-len(sorted_values) * p // 100))
    return sorted_values[int(rank) - 1]


def pcts(path):
    codes, times = [], []
    for line in Path(path).read_text().split("\n"):
        parts = line.split()
        if len(parts) == 2:
            codes.append(parts[0])
            times.append(float(parts[1]) * 1000)
    times.sort()
    bad = sum(1 for c in codes if c != "200")
    return [len(times), bad, percentile(times, 50), percentile(times, 99), times[-1] if times else float("nan")]


def log_ms(path, regex):
    """Quarkus' console lines start with local time 'YYYY-MM-DD HH:MM:SS,mmm'."""
    pat = re.compile(regex)
    for line in Path(path).read_text(errors="replace").split("\n"):
        if pat.search(line):
            m = re.match(r"(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d),(\d{3})", line)
            if m:
                t = datetime.datetime.strptime(m.group(1), "%Y-%m-%d %H:%M:%S")
                return int(t.timestamp()) * 1000 + int(m.group(2))
    return ""


def compare_urls(n, exclude):
    """Distinct comparisons: branch subsets (as sets, so the app's canonical sorting cannot merge two)
    times start months, shuffled with a fixed seed so every run asks the same pages."""
    sectors = ["C", "20", "21", "06", "consumentenartikelen"]
    subsets = [c for k in range(1, len(sectors) + 1) for c in itertools.combinations(sectors, k)]
    months = ["%d-%02d" % (y, m) for y in range(2021, 2026) for m in range(1, 13)]
    pairs = [(s, f) for s in subsets for f in months]
    random.Random(20).shuffle(pairs)
    out = []
    for s, f in pairs:
        q = "sectors=%s&measure=index_sa&from=%s" % (",".join(s), f)
        if q != exclude:
            out.append(q)
        if len(out) == n:
            break
    return out


# ----------------------------------------------------------------------------------------- report

def num(r, key):
    try:
        v = float(r.get(key, ""))
        return None if v != v else v  # NaN means "not measured"
    except ValueError:
        return None


def fmt(v, unit="", digits=0):
    if v is None:
        return "n/a"
    return f"{v:,.{digits}f}{unit}".replace(",", " ")


def ratio(r, page, ref):
    """Page req/s over the static reference run measured right next to it; n/a unless both answered 200."""
    code = page.removesuffix("_id")
    if r.get(f"code_{code}") != "200" or r.get(f"code_{ref}") != "200":
        return None, f"n/a (HTTP {r.get('code_' + code)}/{r.get('code_' + ref)})"
    a, b = num(r, f"rps_{page}"), num(r, f"rps_{page}_{ref}")
    if a is None or not b:
        return None, "n/a"
    coding = r.get(f"coding_{page}")
    return a / b, (f"{a / b:.2f}× ({a:,.0f} / {b:,.0f} req/s" + (f"; {coding}" if coding else "") + ")").replace(",", " ")


def rows(r):
    """(measure, value, target, ok) in the order of the issue; ok is True/False/None (no target)."""
    out = []

    def add(label, value, text, target="–", ok=None):
        out.append((label, text if text is not None else fmt(value), target,
                    None if ok is None else (None if value is None else ok(value))))

    cheap = r.get("cheap_label", "/favicon.svg")
    # issue 18's table first: as a browser asks (Accept-Encoding: gzip, deflate, br), then five years of releases
    for page, label in (("nl", "/nl/"), ("css", "/css/app.css"), ("chartjs", "chart.umd.js")):
        v, text = ratio(r, page, "cheap")
        add(f"{label} req/s ÷ {cheap}, browser headers (64 conn)", v, text, "≥ 0.8× (aim ≥ 1.0×)", lambda x: x >= 0.8)
    v = num(r, "lat16_p99_ms")
    add("/nl/ p99 latency, 16 conn, browser headers", v, fmt(v, " ms", 2), "≤ 10 ms (aim ≤ 5)", lambda x: x <= 10)
    v = num(r, "bytes_first")
    add("first visit of /nl/, bytes on the wire, browser headers", v, None if v is None else f"{v / 1024:.1f} KB",
        "≤ 100 KB (aim ≤ 80)", lambda x: x <= 100 * 1024)
    history.rows(r, num, fmt, add)
    # the earlier issues' rows
    v = num(r, "start_first200_ms")
    add("start → first 200 on /nl/ (existing DB)", v, fmt(v, " ms"), "≤ 4 000 ms", lambda x: x <= 4000)
    v = num(r, "start_startedin_ms")
    add("start → \"started in\" log line", v, fmt(v, " ms"))
    v = num(r, "quarkus_started_s")
    add("  Quarkus' own \"started in\"", v, fmt(v, " s", 3))
    for page, label, target, limit in (("nl", "/nl/", "≥ 0.5×", 0.5),
                                       ("sector", "/nl/sector/20", "≥ 0.5×", 0.5),
                                       ("compare", "/nl/compare?…", "≥ 0.5×", 0.5)):
        for ref, ref_label in (("robots", "/robots.txt"), ("cheap", cheap)):
            if page == "nl" and ref == "cheap":
                continue
            v, text = ratio(r, page, ref)
            add(f"{label} req/s ÷ {ref_label}, browser headers (64 conn)", v, text, target,
                lambda x, lim=limit: x >= lim)
    for page, label in (("css", "/css/app.css"), ("chartjs", "chart.umd.js")):
        v, text = ratio(r, page, "robots")
        add(f"{label} req/s ÷ /robots.txt, browser headers (64 conn)", v, text)
    v, text = ratio(r, "nl_id", "cheap")
    add(f"/nl/ req/s ÷ {cheap}, no Accept-Encoding (identity, for reference)", v, text)
    v = num(r, "lat16_p50_ms")
    add("/nl/ p50 latency, 16 conn, browser headers", v, fmt(v, " ms", 2))
    v = num(r, "c256_errors")
    text = None if v is None else (f"{v:.0f} (socket connect/read/write/timeout {r.get('c256_socket')}, "
                                   f"non-2xx/3xx {r.get('c256_non2xx')}; {r.get('c256_requests')} requests)")
    add("/nl/ errors + timeouts, 256 conn", v, text, "0", lambda x: x == 0)
    bad = num(r, "cmp_non200")
    note = "" if not bad else f" — {bad:.0f} of {r.get('cmp_n')} not 200!"
    v = num(r, "cmp_p50_ms")
    add(f"uncached compare first render p50 ({r.get('cmp_n', '?')} URLs)", v, fmt(v, " ms", 1) + note,
        "≤ 10 ms", lambda x: x <= 10 and not bad)
    v = num(r, "cmp_p99_ms")
    add("uncached compare first render p99", v, fmt(v, " ms", 1) + note, "≤ 50 ms", lambda x: x <= 50 and not bad)
    v = num(r, "rss_warm_mb")
    add("RSS after warm-up", v, fmt(v, " MB"))
    v = num(r, "rss_load_mb")
    add("RSS after load", v, fmt(v, " MB"), "≤ 300 MB", lambda x: x <= 300)
    parse, store = num(r, "imp_read_ms"), num(r, "imp_store_ms")
    src = r.get("imp_source", "")
    add("CBS import: parse (fetch + read JSON)", parse, fmt(parse, " ms") + (f" [{src}]" if src else ""))
    add("CBS import: store", store, fmt(store, " ms"))
    total = parse + store if parse is not None and store is not None else None
    add("CBS import: total (parse + store)", total, fmt(total, " ms"))
    v = total / parse if total is not None and parse else None
    add("CBS import ÷ parse", v, "n/a (needs log line)" if v is None else f"{v:.1f}×", "≤ 3×",
        lambda x: x <= 3)
    v = num(r, "imp_launch_to_line_ms")
    add("launch → import log line (separate instance)", v, fmt(v, " ms"))
    v = num(r, "bytes_repeat")
    add("repeat visit (conditional requests)", v, None if v is None else f"{v / 1024:.1f} KB", "≤ 10 KB",
        lambda x: x <= 10 * 1024)
    return out


def status(ok):
    return {True: "pass", False: "FAIL", None: ""}[ok]


def details(r):
    lines = []
    seq = r.get("tp_sequence", "")
    if seq:
        lines.append("Throughput runs in the order taken (wrk -t2 -c64 -d%s, req/s): %s" % (r.get("tp_duration"), seq))
    for ref in ("robots", "cheap"):
        a, b = num(r, f"rps_static_{ref}_min"), num(r, f"rps_static_{ref}_max")
        if a and b:
            lines.append(f"Drift of the {r.get(ref + '_label', ref)} reference over the sequence: "
                         f"{a:,.0f} … {b:,.0f} req/s ({(b - a) / a * 100:.0f} %)".replace(",", " "))
    if r.get("tp_flags"):
        lines.append("Non-2xx responses or socket errors during throughput runs: " + r["tp_flags"])
    if r.get("cheap_note"):
        lines.append(r["cheap_note"])
    if r.get("bytes_table"):
        lines.append("Per resource (first visit → repeat visit): " + r["bytes_table"])
    if r.get("bytes_cached"):
        lines.append(r["bytes_cached"])
    if r.get("imp_facts"):
        lines.append("Generated feed: " + r["imp_facts"] + "; the app logged: " + r.get("imp_logged", "?"))
    if r.get("imp_phases"):
        lines.append("Where the store's time went (the app's own log line): " + r["imp_phases"])
    if r.get("imp_rss_mb"):
        lines.append(f"RSS of the import instance right after the import: {r['imp_rss_mb']} MB")
    if r.get("imp_ts"):
        lines.append("Import timings from time stamps (first feed request → reader's line → import line): "
                     + r["imp_ts"])
    if r.get("lat16_load"):
        lines.append(f"Load average (1 min) when the latency run began: {r['lat16_load']}")
    lines += history.details(r)
    if r.get("warnings"):
        lines.append("Warnings: " + r["warnings"])
    return lines


def report(results_path, md_path):
    r = {}
    for line in Path(results_path).read_text().split("\n"):
        if "=" in line:
            k, v = line.split("=", 1)
            r[k] = v
    table = rows(r)
    w1 = max(len(t[0]) for t in table)
    w2 = max(len(t[1]) for t in table)
    w3 = max(len(t[2]) for t in table)
    print()
    print(f"{'measure':<{w1}}  {'value':<{w2}}  {'target':<{w3}}  ")
    print("-" * (w1 + w2 + w3 + 12))
    for label, value, target, ok in table:
        print(f"{label:<{w1}}  {value:<{w2}}  {target:<{w3}}  {status(ok)}")
    print()
    print(f"machine: {r.get('cores')} cores, {r.get('memory')}; load {r.get('load')}; app {r.get('app')}")
    if r.get("db_desc"):
        print(f"database: {r['db_desc']}")
    for line in details(r):
        print("* " + line)

    pg = r.get("db") == "postgresql"
    start, end = (START_PG, END_PG) if pg else (START, END)
    heading = f"{HEADING_PG}: {r.get('date')}" if pg else f"Latest run: {r.get('date')}"
    block = [start, "", f"## {heading}", "",
             "| machine | |", "|---|---|",
             f"| cores (`nproc`) | {r.get('cores')} |",
             f"| memory (`free -h`) | {r.get('memory')} |",
             f"| `java -version` | {r.get('java')} |",
             f"| wrk | {r.get('wrk')} |",
             f"| load average | {r.get('load')} |",
             f"| app | {r.get('app')} |"]
    if r.get("db_desc"):
        block.append(f"| database | {r['db_desc']} |")
    block += [f"| duration of the run | {r.get('duration_s')} s |",
              "", "| measure | value | target | |", "|---|---|---|---|"]
    for label, value, target, ok in table:
        block.append(f"| {label.strip()} | {value} | {target} | {status(ok)} |")
    block += [""] + ["* " + line for line in details(r)] + ["", end]
    md = Path(md_path)
    text = md.read_text() if md.exists() else skeleton()
    if start in text and end in text and text.index(start) < text.index(end):
        text = text[:text.index(start)] + "\n".join(block) + text[text.index(end) + len(end):]
    elif pg and END in text:  # PostgreSQL markers lost: right after the H2 block, keeping every word
        anchor = text.index(END) + len(END)
        text = text[:anchor] + "\n\n" + "\n".join(block) + text[anchor:]
    else:  # markers lost: put the results first and keep every word that was there
        anchor = text.find("## Changes and their effect")
        anchor = len(text) if anchor < 0 else anchor
        text = text[:anchor] + "\n".join(block) + "\n\n" + text[anchor:]
    md.write_text(text)
    print(f"\nwrote {md_path}")


def skeleton():
    return f"""# Benchmarks

How fast Industriemonitor serves its pages, starts and imports, measured by `bash bench/run.sh`
(one run on one machine, loopback only; see `bench/README.md` for how each number is taken). The
script rewrites only the block between the `bench:results` markers; everything else here is kept.

{START}
{END}

{START_PG}

## {HEADING_PG}

Not run yet: `BENCH_DB=postgresql bash bench/run.sh` writes its results here.

{END_PG}

## Changes and their effect

One line per change made for speed, with numbers from `bench/run.sh` before and after, on the same
machine.

| date | change | before | after |
|---|---|---|---|
"""


def main():
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "port":
        print(free_port())
    elif cmd == "wrk":
        print(" ".join("%g" % x if isinstance(x, float) else str(x) for x in parse_wrk(args[0])))
    elif cmd == "pcts":
        print(" ".join("%g" % x if isinstance(x, float) else str(x) for x in pcts(args[0])))
    elif cmd == "logms":
        print(log_ms(args[0], args[1]))
    elif cmd == "compare-urls":
        print("\n".join(compare_urls(int(args[0]), args[1])))
    elif cmd == "report":
        report(args[0], args[1])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
