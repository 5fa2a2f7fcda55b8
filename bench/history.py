#!/usr/bin/env python3
"""The five-year history of bench/run.sh (issue 18): the as-of URLs it renders and the rows it reports.

  history.py urls N RELEASES   N distinct as-of pages in the middle of a history of RELEASES monthly releases
  history.py date R            the publication date (YYYY-MM-DD) of release R of gen_cbs.py's history

Imported by benchlib.py for the report rows (`rows(r, add)`).
"""
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gen_cbs  # noqa: E402  (the history's calendar is the generator's)

BRANCHES = ["C", "10", "13", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
            "29", "30", "31", "32", "33", "10-12", "19-22", "29-30"]


def date(r):
    y, m = gen_cbs.release_date(r)
    return "%04d-%02d-10" % (y, m)


def month(r, back):
    i = gen_cbs.month_index(gen_cbs.last_month(r)) - back
    return "%04d-%02d" % (i // 12, i % 12 + 1)


def urls(n, releases):
    """A quarter each (in turn): overview of a month, one branch since 2005, a comparison since 2005, the revisions
    of one figure; each with an asof between the first and the last third of the history. Fixed seed: every run
    asks the same pages, none twice."""
    rng = random.Random(18)
    lo, hi = max(1, releases // 3), max(1, releases - releases // 3)
    seen, out, kinds = set(), [], ["overview", "sector", "compare", "revisions"]
    tries = 0
    while len(out) < n and tries < n * 100:
        tries += 1
        kind = kinds[len(out) % 4]
        r = rng.randint(lo, hi)
        asof = date(r)
        if kind == "overview":
            u = f"/nl/?month={month(r, rng.randint(0, 23))}&asof={asof}"
        elif kind == "sector":
            u = f"/nl/sector/{rng.choice(BRANCHES)}?from=2005-01&asof={asof}"
        elif kind == "compare":
            s = ",".join(sorted(rng.sample(BRANCHES, rng.randint(2, 4))))
            u = f"/nl/compare?sectors={s}&measure=index_sa&from=2005-01&asof={asof}"
        else:
            u = f"/nl/revisions?sector={rng.choice(BRANCHES)}&month={month(r, rng.randint(0, 23))}&asof={asof}"
        if u not in seen:
            seen.add(u)
            out.append(u)
    return out


def rows(r, num, fmt, add):
    """The history's rows of the issue's table, in its order."""
    n = r.get("hist_releases")
    if not n:
        return
    v = num(r, "hist_start_ms")
    add(f"{n} releases: start → first 200 on /nl/", v, fmt(v, " ms"), "≤ 6 000 ms (aim ≤ 4 000)", lambda x: x <= 6000)
    v = num(r, "hist_ready_ms")
    add(f"{n} releases: start → ready (/q/health/ready: data read, warm-up over)", v, fmt(v, " ms"))
    v = num(r, "hist_rss_first_mb")
    add(f"{n} releases: RSS at the first page", v, fmt(v, " MB"))
    v = num(r, "hist_rss_mb")
    add(f"{n} releases: RSS after load (launcher's options)", v, fmt(v, " MB"), "≤ 350 MB (aim ≤ 250)",
        lambda x: x <= 350)
    v = num(r, "hist_heap_mb")
    add(f"{n} releases: Java heap in use after a full collection", v, fmt(v, " MB"))
    parse, store = num(r, "hist_imp_read_ms"), num(r, "hist_imp_store_ms")
    v = (parse + store) / parse if parse and store is not None else None
    text = "n/a" if v is None else f"{v:.1f}× (parse {parse:.0f} ms, store {store:.0f} ms)"
    add(f"{n} releases: import of release {int(float(n)) + 1} ÷ its parse", v, text, "≤ 3× (aim ≤ 2×)",
        lambda x: x <= 3)
    bad = num(r, "hist_non200")
    note = "" if not bad else f" — {bad:.0f} of {r.get('hist_n')} not 200!"
    v = num(r, "hist_p50_ms")
    add(f"{n} releases: uncached as-of page p50 ({r.get('hist_n', '?')} URLs, from ready on)", v, fmt(v, " ms", 1) + note)
    v = num(r, "hist_p99_ms")
    add(f"{n} releases: uncached as-of page p99", v, fmt(v, " ms", 1) + note, "≤ 50 ms (aim ≤ 20)",
        lambda x: x <= 50 and not bad)
    v = num(r, "hist_db_bytes")
    add(f"{n} releases: database size on disk", v, None if v is None else f"{v / 1048576:.1f} MB")


def details(r):
    lines = []
    if r.get("hist_load"):
        lines.append(f"History: {r['hist_load']}")
    if r.get("hist_kinds"):
        lines.append("Uncached as-of pages by kind (p50 / p99 ms): " + r["hist_kinds"]
                     + (f"; the first of them {r['hist_first_ms']} ms" if r.get("hist_first_ms") else ""))
    if r.get("hist_phases"):
        lines.append(f"Import of release {int(float(r.get('hist_releases', 0))) + 1}, where the store's time went: "
                     + r["hist_phases"])
    return lines


def main():
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "urls":
        print("\n".join(urls(int(args[0]), int(args[1]))))
    elif cmd == "date":
        print(date(int(args[0])))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
