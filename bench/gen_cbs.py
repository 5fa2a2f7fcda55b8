#!/usr/bin/env python3
"""Fake, full-size CBS OData v3 feed of table 85806NED, for timing the import only.

The values are GENERATED (random walks), not CBS figures: the output must never end up in the app's
data folder or in src/, so `generate` refuses any output folder inside the repository.

  gen_cbs.py generate --out DIR --base-url http://127.0.0.1:PORT/85806NED [--months 420] [--page-size 10000]
      writes DIR/85806NED/{TableInfos,DataProperties,BedrijfstakkenBranchesSBI2008,Perioden,TypedDataSet,
      TypedDataSet_pageN.json} and prints one line of key=value facts (rows, expected stored values, bytes).

  gen_cbs.py release --out DIR --base-url URL --release N [--releases 61]
      writes release N of a five-year history of monthly releases in the same shape: N = 1 published on
      2021-01-10, each next one a month later, each holding every month from 1990-01 to two months before its
      publication; each release adds a month and revises what CBS revises (the newest months twice more while
      provisional, seasonally adjusted figures now and then within their first year, and every March the whole
      year before); every other figure repeats the previous release's. Prints the same facts as `generate`.

  gen_cbs.py serve --dir DIR --port PORT --log FILE
      a static file server on 127.0.0.1 (the stdlib http.server, as `python3 -m http.server` runs it),
      whose only change is a request log with millisecond epoch stamps: the benchmark takes the first
      request as the moment the app's import began.

Shape (as CbsODataReader/CbsMetadata read it, see src/test/resources/cbs/85806NED/): every entity set
is fetched as `<base>/<EntitySet>?$format=json`, so each set is a file named exactly like the set (no
extension; the server ignores the query string). TypedDataSet is split into pages; `odata.nextLink` is an
absolute URL to the next static page file, the way CBS gives absolute links.
"""
import argparse
import functools
import http.server
import json
import math
import os
import random
import sys
import time
from pathlib import Path

TABLE = "85806NED"
REPO = Path(__file__).resolve().parent.parent

MONTHS_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
             "oktober", "november", "december"]

# Titles as CBS prints them ("code name"; groupings without code). The app resolves a title by the code
# at its start, or by the Dutch name for a codeless grouping it knows (data/branches.csv).
RESOLVABLE = [
    "C Industrie", "06 Winning van aardolie en aardgas", "08 Overige delfstoffenwinning",
    "09 Dienstverlening voor delfstoffenwinning", "B Delfstoffenwinning", "B-E Nijverheid en energie",
    "D Energievoorziening", "10-12 Voedings- en genotmiddelenindustrie", "10 Voedingsmiddelenindustrie",
    "11 Drankenindustrie", "12 Tabaksindustrie", "13-15 Textiel-, kleding- en lederindustrie",
    "13 Textielindustrie", "14 Kledingindustrie", "15 Leer- en schoenenindustrie", "16 Houtindustrie",
    "17 Papierindustrie", "18 Grafische industrie", "19 Aardolie-industrie",
    "19-22 Raffinaderijen, chemie, rubber en kunststof", "20-21 Chemische en farmaceutische industrie",
    "20 Chemische industrie", "21 Farmaceutische industrie", "22 Rubber- en kunststofproductindustrie",
    "23 Bouwmaterialenindustrie", "24-25 Basismetaal en metaalproducten", "24 Basismetaalindustrie",
    "25 Metaalproductenindustrie", "26-27 Elektrische en elektronische apparaten",
    "26 Elektrotechnische industrie", "27 Elektrische apparatenindustrie", "28 Machine-industrie",
    "29-30 Transportmiddelenindustrie", "29 Auto- en aanhangwagenindustrie",
    "30 Overige transportmiddelenindustrie", "31-32 Meubel- en overige industrie", "31 Meubelindustrie",
    "32 Overige industrie", "33 Reparatie en installatie van machines",
    "Vervaardiging van consumentenartikelen", "Vervaardiging van intermediaire goederen",
]
# A grouping the app does not know: its rows are read and skipped, as in a real download.
UNRESOLVED = ["Vervaardiging van kapitaalgoederen"]
# The three keys known to be real (cbs-odata-format.md section 3); the others are placeholders.
REAL_KEYS = {"C Industrie": "307500", "20 Chemische industrie": "320700", "21 Farmaceutische industrie": "323200"}

# DataProperties tree: (id, parent, type, key, title), in the real shape of cbs-odata-format.md section 9:
# TopicGroup rows have an empty key, and the month-on-month topic hangs directly under "Ontwikkeling t.o.v.
# de vorige periode". Topic and group titles are what CbsMetadata.measureFor maps; the "decoy" topics carry
# values but are none of our five measures.
PROPS = [
    (0, None, "Dimension", "BedrijfstakkenBranchesSBI2008", "Bedrijfstakken/branches (SBI 2008)"),
    (1, None, "TimeDimension", "Perioden", "Perioden"),
    (2, None, "TopicGroup", "", "Indexcijfers"),
    (3, 2, "TopicGroup", "", "Productie"),
    (4, 3, "Topic", "Productie_1", "Productie"),                                    # index
    (5, 3, "Topic", "KalendergecorrigeerdeProductie_2", "Kalendergecorrigeerde productie"),  # decoy
    (6, 3, "Topic", "SeizoengecorrigeerdeProductie_3", "Seizoengecorrigeerde productie"),    # index_sa
    (7, 2, "TopicGroup", "", "Omzet"),
    (8, 7, "Topic", "TotaleOmzet_4", "Totale omzet"),                                # decoy
    (9, None, "TopicGroup", "", "Ontwikkeling t.o.v. een jaar eerder"),
    (10, 9, "TopicGroup", "", "Productie"),
    (11, 10, "Topic", "KalendergecorrigeerdeProductie_14", "Kalendergecorrigeerde productie"),  # yoy_ca
    (12, 9, "TopicGroup", "", "Omzet"),
    (13, 12, "Topic", "TotaleOmzet_15", "Totale omzet"),                             # turnover_yoy
    (14, None, "TopicGroup", "", "Ontwikkeling t.o.v. de vorige periode"),
    (16, 14, "Topic", "OntwSeizoengecorrigeerdeProductie_21", "Seizoengecorrigeerde productie"),  # mom_sa
]
MEASURE_KEYS = ["Productie_1", "SeizoengecorrigeerdeProductie_3", "KalendergecorrigeerdeProductie_14",
                "TotaleOmzet_15", "OntwSeizoengecorrigeerdeProductie_21"]
DECOY_KEYS = ["KalendergecorrigeerdeProductie_2", "TotaleOmzet_4"]
TOPIC_ORDER = [p[3] for p in PROPS if p[2] == "Topic"]


def feed(entity, values, next_link=None):
    doc = {"odata.metadata": f"{{base}}/$metadata#Cbs.OData.WebAPI.{entity}", "value": values}
    if next_link:
        doc["odata.nextLink"] = next_link
    return doc


def periods(months, last_year):
    """Period rows in CBS order per year: year, then per quarter the quarter and its three months."""
    first_year = last_year - math.ceil(months / 12) + 1
    all_months = [(y, m) for y in range(first_year, last_year + 1) for m in range(1, 13)][-months:]
    return period_rows(all_months, set(all_months[-3:]))


def period_rows(all_months, provisional):
    """CBS marks the newest months as provisional ("Voorlopig", "*"); `provisional` names them."""
    wanted = set(all_months)
    last_year = all_months[-1][0]
    rows = []
    for y in sorted({y for y, _ in all_months}):
        last = y == last_year
        rows.append(("%dJJ00" % y, "%d%s" % (y, "*" if last else ""), last, None))
        for q in range(1, 5):
            rows.append(("%dKW%02d" % (y, q), "%d %de kwartaal%s" % (y, q, "*" if last else ""), last, None))
            for m in range(3 * q - 2, 3 * q + 1):
                if (y, m) in wanted:
                    p = (y, m) in provisional
                    rows.append(("%dMM%02d" % (y, m), "%d %s%s" % (y, MONTHS_NL[m - 1], "*" if p else ""), p,
                                 (y, m)))
    return rows


def series(rng, n):
    """Index (2021=100-ish) random walk with seasonality, its seasonally adjusted twin, and the changes."""
    level, idx, sa = 100.0 * rng.uniform(0.6, 1.4), [], []
    season = [rng.uniform(-6, 6) for _ in range(12)]
    for t in range(n + 12):
        level *= math.exp(rng.gauss(0.0005, 0.012))
        sa.append(level)
        idx.append(level * (1 + season[t % 12] / 100) * math.exp(rng.gauss(0, 0.01)))
    out = []
    for t in range(12, n + 12):
        out.append({
            "Productie_1": idx[t],
            "SeizoengecorrigeerdeProductie_3": sa[t],
            "KalendergecorrigeerdeProductie_14": (idx[t] / idx[t - 12] - 1) * 100,
            "TotaleOmzet_15": (idx[t] / idx[t - 12] - 1) * 100 + rng.gauss(1, 3),
            "OntwSeizoengecorrigeerdeProductie_21": (sa[t] / sa[t - 1] - 1) * 100,
            "KalendergecorrigeerdeProductie_2": idx[t] * 1.001,
            "TotaleOmzet_4": idx[t] * rng.uniform(0.9, 1.2),
        })
    return out


def one_decimal(x):
    return round(x, 1) + 0.0  # + 0.0 turns -0.0 into 0.0


def generate(args):
    rng = random.Random(args.seed)
    pers = periods(args.months, args.last_year)
    state = {}

    def begin(title):
        state["months"] = iter(series(rng, args.months))

    def value(t, title, key, ym):
        if key == TOPIC_ORDER[0]:
            state["month"] = next(state["months"])
        return state["month"][key]

    write_feed(args.out, args.base_url, "2026-03-10T02:00:00", pers, rng, value, args.page_size, begin)


def write_feed(out_dir, base_url, modified, pers, rng, value, page_size, begin=lambda title: None, drop=True):
    """Writes one feed: `pers` its periods, `value(t, title, key, (y, m))` each month's figure of a topic
    (`begin(title)` before a branch's rows); `drop`: leave about 1 % of the cells empty at random."""
    out = Path(out_dir).resolve()
    if out == REPO or REPO in out.parents:
        sys.exit(f"gen_cbs.py: refusing to write generated figures inside the repository ({out})")
    folder = out / TABLE
    folder.mkdir(parents=True, exist_ok=True)
    base = base_url.rstrip("/")

    def write(name, doc):
        text = json.dumps(doc, ensure_ascii=False, separators=(",", ":")).replace("{base}", base)
        (folder / name).write_text(text, encoding="utf-8")
        return len(text.encode("utf-8"))

    size = write("TableInfos", feed("TableInfos", [{
        "ID": 1, "Title": "Industrie; productie en omzet, mutaties en indexcijfers, 2021=100",
        "ShortTitle": "Industrie; productie en omzet", "Identifier": TABLE,
        "Summary": "GENERATED benchmark data, not CBS figures.", "Modified": modified,
        "MetaDataModified": modified, "ReasonDelivery": "Actualisering", "Language": "nl",
        "Catalog": "CBS", "Frequency": "Permaand", "Period": "generated", "RecordCount": 0, "ColumnCount": 10}]))

    props = []
    for pid, parent, typ, key, title in PROPS:
        row = {"odata.type": "Cbs.OData." + typ, "ID": pid, "Position": 0, "ParentID": parent, "Type": typ,
               "Key": key, "Title": title, "Description": None}
        if typ == "Topic":
            row.update({"Datatype": "Double", "Unit": "%" if pid > 8 else "2021=100", "Decimals": 1,
                        "Default": "Impossible", "PresentationType": "Relative" if pid > 8 else "Absolute"})
        props.append(row)
    size += write("DataProperties", feed("DataProperties", props))

    titles = RESOLVABLE + UNRESOLVED
    keys = {}
    for i, title in enumerate(titles):
        # CBS pads keys to a fixed width with spaces; the reader strips them
        keys[title] = (REAL_KEYS.get(title) or "%06d" % (900000 + i)).ljust(10)
    size += write("BedrijfstakkenBranchesSBI2008", feed("BedrijfstakkenBranchesSBI2008", [
        {"Key": keys[t], "Title": t, "Description": None, "CategoryGroupID": 1 + i % 4}
        for i, t in enumerate(titles)]))

    size += write("Perioden", feed("Perioden", [
        {"Key": k, "Title": title, "Description": None, "Status": "Voorlopig" if prov else "Definitief"}
        for k, title, prov, _ in pers]))

    rows, expected_values, month_rows = [], 0, 0
    for t, title in enumerate(titles):
        begin(title)
        resolvable = title in RESOLVABLE
        for key, _, _, ym in pers:
            row = {"ID": len(rows), "BedrijfstakkenBranchesSBI2008": keys[title], "Perioden": key}
            if ym is None:  # year or quarter: a few values; the reader skips these rows by their key
                row.update({k: (one_decimal(rng.uniform(80, 120)) if k == "Productie_1" else None)
                            for k in TOPIC_ORDER})
            else:
                month_rows += 1
                for k in TOPIC_ORDER:
                    v = value(t, title, k, ym)
                    # about 1 % missing, as CBS leaves cells empty (".") where it publishes nothing
                    v = None if v is None or (drop and rng.random() < 0.01) else one_decimal(v)
                    row[k] = v
                    if v is not None and resolvable and k in MEASURE_KEYS:
                        expected_values += 1
            rows.append(row)

    pages = [rows[i:i + page_size] for i in range(0, len(rows), page_size)]
    for n, page in enumerate(pages, start=1):
        name = "TypedDataSet" if n == 1 else f"TypedDataSet_page{n}.json"
        link = f"{base}/TypedDataSet_page{n + 1}.json?$format=json" if n < len(pages) else None
        size += write(name, feed("TypedDataSet", page, link))

    print(f"rows={len(rows)} month_rows={month_rows} branches={len(titles)} resolvable={len(RESOLVABLE)} "
          f"months={len(pers) and sum(1 for p in pers if p[3])} pages={len(pages)} expected_values={expected_values} "
          f"bytes={size} modified={modified}")


# --- five years of monthly releases (issue 18) ---------------------------------------------------------------
# Release r (1 = the first) is published on the 10th of HISTORY_START + r - 1 months and holds every month from
# HISTORY_FIRST_MONTH to two months before its publication, as CBS's table does (November in January's release).
HISTORY_START = (2021, 1)
HISTORY_FIRST_MONTH = (1990, 1)
SA_KEYS = {"SeizoengecorrigeerdeProductie_3", "OntwSeizoengecorrigeerdeProductie_21"}
MASK = (1 << 64) - 1


def mix(*parts):
    """A fixed 64-bit hash of small integers (splitmix64 steps): the same noise in every process."""
    h = 0x9E3779B97F4A7C15
    for p in parts:
        h = (h ^ (p & MASK)) * 0xBF58476D1CE4E5B9 & MASK
        h = (h ^ (h >> 31)) * 0x94D049BB133111EB & MASK
        h ^= h >> 29
    return h


def month_index(ym):
    return ym[0] * 12 + ym[1] - 1


def release_date(r):
    i = month_index(HISTORY_START) + r - 1
    return i // 12, i % 12 + 1


def last_month(r):
    """The newest month of release r: two months before its publication."""
    i = month_index(release_date(r)) - 2
    return i // 12, i % 12 + 1


def first_release_with(m):
    """The first release that holds month index m (1 for every month older than the history)."""
    return max(1, m - month_index(last_month(1)) + 1)


def last_revision(r, t, k, m):
    """The release whose value of month m (branch t, topic k) release r repeats: the month's first release, the two
    after it (revised while provisional), now and then one in its first year when seasonally adjusted (re-estimated),
    and the March release after its year (the annual revision)."""
    r0 = first_release_with(m)
    last = min(r, r0 + 2)
    if TOPIC_ORDER[k] in SA_KEYS:
        for c in range(min(r, r0 + 12), r0 + 2, -1):
            if mix(t, k, m, c) % 10 < 3:
                last = max(last, c)
                break
    annual = month_index((m // 12 + 1, 3)) - month_index(HISTORY_START) + 1
    if r0 <= annual <= r:
        last = max(last, annual)
    return last


def history_value(r, t, k, m, base):
    """Month m of topic k of branch t as release r publishes it: the base walk plus the noise of its last revision;
    None for the one cell in a hundred CBS leaves empty (the same cells in every release)."""
    if mix(t, k, m) % 100 == 0:
        return None
    noise = (mix(t, k, m, last_revision(r, t, k, m)) / MASK - 0.5) * (0.6 if k < 3 else 0.4)
    return base + noise


def release(args):
    r = args.release
    first, last = month_index(HISTORY_FIRST_MONTH), month_index(last_month(r))
    months = [(i // 12, i % 12 + 1) for i in range(first, last + 1)]
    rng = random.Random(args.seed)  # the base walks: the same in every release
    walks = {}
    n = month_index(last_month(args.releases)) - first + 1
    state = {}

    def begin(title):
        walks[title] = series(rng, n)

    def value(t, title, key, ym):
        m = month_index(ym)
        k = TOPIC_ORDER.index(key)
        return history_value(r, t, k, m, walks[title][m - first][key])

    y, mo = release_date(r)
    pers = period_rows(months, set(months[-3:]))
    # the year and quarter rows come from a generator of this release's own
    write_feed(args.out, args.base_url, "%04d-%02d-10T02:00:00" % (y, mo), pers, random.Random(args.seed * 1000 + r),
               value, args.page_size, begin, drop=False)


class Handler(http.server.SimpleHTTPRequestHandler):
    log_file = None

    def guess_type(self, path):
        return "application/json"  # every file is JSON; the reader ignores the type anyway

    def log_message(self, fmt, *args):
        Handler.log_file.write("%.3f %s\n" % (time.time(), fmt % args))
        Handler.log_file.flush()


def serve(args):
    Handler.log_file = open(args.log, "a", encoding="utf-8")
    handler = functools.partial(Handler, directory=args.dir)
    # loopback only, like `python3 -m http.server --bind 127.0.0.1`
    with http.server.ThreadingHTTPServer(("127.0.0.1", args.port), handler) as httpd:
        httpd.serve_forever()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    g = sub.add_parser("generate")
    g.add_argument("--out", required=True)
    g.add_argument("--base-url", required=True)
    g.add_argument("--months", type=int, default=420)
    g.add_argument("--last-year", type=int, default=2025)
    g.add_argument("--page-size", type=int, default=10000)
    g.add_argument("--seed", type=int, default=85806)
    h = sub.add_parser("release")
    h.add_argument("--out", required=True)
    h.add_argument("--base-url", required=True)
    h.add_argument("--release", type=int, required=True, help="1 = the first of the history")
    h.add_argument("--releases", type=int, default=61, help="how many the history has (for the walks' length)")
    h.add_argument("--page-size", type=int, default=10000)
    h.add_argument("--seed", type=int, default=85806)
    s = sub.add_parser("serve")
    s.add_argument("--dir", required=True)
    s.add_argument("--port", type=int, required=True)
    s.add_argument("--log", required=True)
    args = ap.parse_args()
    {"generate": generate, "release": release, "serve": serve}[args.cmd](args)


if __name__ == "__main__":
    main()
