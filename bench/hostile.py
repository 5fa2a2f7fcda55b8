#!/usr/bin/env python3
"""The hostile visitor of issue 17, against an app on loopback (bench/hostile.sh starts it).

    python3 bench/hostile.py burst    --base http://127.0.0.1:PORT --pid PID --clients 64 --urls 2000
    python3 bench/hostile.py host     --base http://127.0.0.1:PORT
    python3 bench/hostile.py ignored  --base http://127.0.0.1:PORT --pid PID --urls 20000
    python3 bench/hostile.py idle     --base http://127.0.0.1:PORT --connections 5000 --limit 30
    python3 bench/hostile.py fuzz     --base http://127.0.0.1:PORT --requests 20000

Each prints one JSON object with its figures. Standard library only; every loop is bounded in count
and time, and every request goes to the loopback address given.
"""
import argparse
import asyncio
import json
import random
import socket
import statistics
import sys
import time
import urllib.parse

BRANCHES = ["C", "10", "10-12", "11", "13-15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25",
            "26", "27", "28", "29", "29-30", "30", "31-32", "33", "15"]


def rss_mb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def loadavg():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


async def request(reader, writer, host, target, method="GET", headers=()):
    """One request on an open keep-alive connection; returns (status, headers dict, body bytes)."""
    head = f"{method} {target} HTTP/1.1\r\nHost: {host}\r\n" + "".join(h + "\r\n" for h in headers) + "\r\n"
    writer.write(head.encode("latin-1"))
    await writer.drain()
    status_line = await reader.readline()
    if not status_line:
        raise ConnectionError("closed")
    status = int(status_line.split()[1])
    hdrs = {}
    while True:
        line = await reader.readline()
        if line in (b"\r\n", b""):
            break
        k, _, v = line.decode("latin-1").partition(":")
        hdrs[k.strip().lower()] = v.strip()
    body = b""
    if method != "HEAD" and status not in (204, 304):
        if hdrs.get("transfer-encoding", "").lower() == "chunked":
            while True:
                size = int((await reader.readline()).split(b";")[0], 16)
                if size == 0:
                    await reader.readline()
                    break
                body += await reader.readexactly(size)
                await reader.readline()
        elif "content-length" in hdrs:
            body = await reader.readexactly(int(hdrs["content-length"]))
    return status, hdrs, body


class Client:
    """A keep-alive connection that reconnects when the server closes it."""

    def __init__(self, host, port):
        self.host, self.port = host, port
        self.rw = None

    async def get(self, target, method="GET", headers=()):
        for attempt in range(2):
            if self.rw is None:
                self.rw = await asyncio.open_connection(self.host, self.port)
            try:
                result = await request(*self.rw, f"{self.host}:{self.port}", target, method, headers)
                if result[1].get("connection", "").lower() == "close":
                    self.close()
                return result
            except (ConnectionError, asyncio.IncompleteReadError, ValueError, IndexError):
                self.close()
                if attempt:
                    raise
        raise ConnectionError("unreachable")

    def close(self):
        if self.rw:
            self.rw[1].close()
        self.rw = None


def parse_base(base):
    u = urllib.parse.urlsplit(base)
    return u.hostname, u.port


async def branch_codes(host, port):
    """The branches the app has figures for, from the links of its data page."""
    c = Client(host, port)
    _, _, body = await c.get("/nl/data")
    c.close()
    import re
    codes = sorted(set(re.findall(r'href="/nl/sector/([^"?&]+)"', body.decode())))
    return codes or BRANCHES


def image_urls(n, codes=BRANCHES, seed=17):
    """n distinct comparison images, in the shape of the issue's: up to eight branches and a period."""
    r = random.Random(seed)
    urls = set()
    while len(urls) < n:
        # codes as a URL carries them: the grouping 16+23 is 16%2B23 (a bare + is a blank in a query)
        sectors = ",".join(urllib.parse.quote(c, safe="-") for c in r.sample(codes, r.randint(2, min(8, len(codes)))))
        start = 2005 + r.randint(0, 19)
        from_ = f"{start}-{r.randint(1, 12):02d}"
        to = f"{min(2025, start + r.randint(0, 20))}-{r.randint(1, 11):02d}"
        lang = r.choice(["nl", "en"])
        if to < from_:
            from_, to = to, from_
        urls.add(f"/{lang}/compare.png?sectors={sectors}&from={from_}&to={to}")
    return sorted(urls, key=lambda u: r.random())


def percentile(values, p):
    if not values:
        return None
    s = sorted(values)
    return s[min(len(s) - 1, max(0, int(round(p / 100 * len(s) + 0.5)) - 1))]


async def burst(args):
    host, port = parse_base(args.base)
    urls = image_urls(args.urls, await branch_codes(host, port))
    queue = asyncio.Queue()
    for u in urls:
        queue.put_nowait(u)
    statuses, bad_503, errors = {}, 0, []
    probe_ms, rss = [], []
    done = asyncio.Event()

    async def worker():
        nonlocal bad_503
        c = Client(host, port)
        while not queue.empty():
            u = queue.get_nowait()
            try:
                status, hdrs, _ = await asyncio.wait_for(c.get(u), args.timeout)
                statuses[status] = statuses.get(status, 0) + 1
                if status == 503 and "retry-after" not in hdrs:
                    bad_503 += 1
            except Exception as e:  # a refused or dropped connection counts as an error, not a status
                errors.append(type(e).__name__)
                c.close()
        c.close()

    async def probe():
        c = Client(host, port)
        while not done.is_set():
            t = time.perf_counter()
            try:
                status, _, _ = await asyncio.wait_for(c.get("/nl/"), args.timeout)
                probe_ms.append((time.perf_counter() - t) * 1000 if status == 200 else float("inf"))
            except Exception:
                probe_ms.append(float("inf"))
                c.close()
            await asyncio.sleep(0.05)

    async def sample():
        while not done.is_set():
            rss.append(rss_mb(args.pid))
            await asyncio.sleep(0.5)

    start = time.perf_counter()
    side = [asyncio.create_task(probe()), asyncio.create_task(sample())]
    await asyncio.gather(*(worker() for _ in range(args.clients)))
    done.set()
    await asyncio.gather(*side)
    finite = [m for m in probe_ms if m != float("inf")]
    print(json.dumps({
        "test": "burst", "clients": args.clients, "urls": len(urls), "seconds": round(time.perf_counter() - start, 1),
        "statuses": {str(k): v for k, v in sorted(statuses.items())}, "503_without_retry_after": bad_503,
        "connection_errors": len(errors), "probe_requests": len(probe_ms), "probe_failed": len(probe_ms) - len(finite),
        "probe_p50_ms": round(percentile(finite, 50) or 0, 1), "probe_p99_ms": round(percentile(probe_ms, 99) or 0, 1),
        "rss_max_mb": round(max([r for r in rss if r] or [0])), "alive": rss_mb(args.pid) is not None,
        "load": loadavg()}))


async def host_check(args):
    host, port = parse_base(args.base)
    forged = "attacker.example"
    targets = ["/en/group/metal?month=2025-06", "/nl/sector/20", "/nl/sector/20.csv", "/nl/sector/20.json",
               "/nl/compare?sectors=C,20", "/nl/releases.atom", "/embed/nl/sector/24", "/nl/", "/en/data",
               "/nl/overview.csv", "/nl/releases"]
    leaks = []
    for t in targets:
        reader, writer = await asyncio.open_connection(host, port)
        await request(reader, writer, forged, t)
        writer.close()
        c = Client(host, port)
        for method in ("GET", "HEAD", "GET"):
            status, hdrs, body = await c.get(t, method)
            if forged.encode() in body or forged in json.dumps(hdrs):
                leaks.append(f"{method} {t}")
        c.close()
    print(json.dumps({"test": "host", "targets": len(targets), "leaks": leaks, "load": loadavg()}))


async def ignored(args):
    host, port = parse_base(args.base)
    c = Client(host, port)
    for _ in range(50):  # warm: the page itself is in the cache before
        await c.get("/nl/sector/20")
    before = rss_mb(args.pid)
    urls = [f"/nl/sector/20?n={i}" for i in range(args.urls)]
    queue = asyncio.Queue()
    for u in urls:
        queue.put_nowait(u)
    times, statuses = [], {}

    async def worker():
        w = Client(host, port)
        while not queue.empty():
            u = queue.get_nowait()
            t = time.perf_counter()
            status, _, _ = await w.get(u)
            times.append((time.perf_counter() - t) * 1000)
            statuses[status] = statuses.get(status, 0) + 1
        w.close()

    start = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(8)))
    after = rss_mb(args.pid)
    print(json.dumps({"test": "ignored", "urls": len(urls), "seconds": round(time.perf_counter() - start, 1),
                      "statuses": statuses, "median_ms": round(statistics.median(times), 2),
                      "rss_before_mb": round(before), "rss_after_mb": round(after),
                      "rss_change_pct": round(100 * (after - before) / before, 1), "load": loadavg()}))


def idle(args):
    host, port = parse_base(args.base)
    socks = []
    silent = socket.create_connection((host, port))
    for i in range(args.connections):
        s = socket.create_connection((host, port))
        s.sendall(b"GET /nl/ HTTP/1.1\r\nHost: x\r\nX-Half: ")  # headers never finished
        s.setblocking(False)
        socks.append(s)
    silent.setblocking(False)
    opened = time.time()
    closed_at = {}
    deadline = opened + args.limit + 30
    while time.time() < deadline and len(closed_at) < len(socks) + 1:
        for i, s in enumerate(socks + [silent]):
            if i in closed_at:
                continue
            try:
                data = s.recv(4096)
                if data == b"":
                    closed_at[i] = time.time() - opened
            except BlockingIOError:
                pass
            except OSError:
                closed_at[i] = time.time() - opened
        time.sleep(0.5)
    for s in socks + [silent]:
        s.close()
    half = [v for k, v in closed_at.items() if k < len(socks)]
    print(json.dumps({"test": "idle", "connections": len(socks), "closed": len(half),
                      "closed_by_s_max": round(max(half), 1) if half else None,
                      "closed_by_s_min": round(min(half), 1) if half else None,
                      "silent_closed_after_s": round(closed_at[len(socks)], 1) if len(socks) in closed_at else None,
                      "limit_s": args.limit, "load": loadavg()}))


def fuzz_targets(n, seed=85806):
    """Every route, every format, with valid, boundary and hostile values (bench twin of FuzzUrls)."""
    r = random.Random(seed)
    months = ["2025-13", "0000-01", "99999-01", "2025-1", "+999999999-12", "-999999999-01", "1900-01", "2100-12",
              "9999-12", "2021-01", "2025-11", "2042-09", "", " 2025-11", "%", "x" * 300]
    dates = ["2026-02-30", "+999999999-12-31", "2999-01-01", "1970-01-01", "2026-01-09", "", "yesterday", "2025-12-10"]
    codes = BRANCHES + ["c", "99", "", "..", "C,20", "0020", "%FF", "<script>"]
    measures = ["index", "index_sa", "yoy_ca", "mom_sa", "turnover_yoy", "", "INDEX", "x"]
    hostile = ["<script>alert(1)</script>", "' OR 1=1 --", "%00", "%C3%28", "../../etc/passwd", "\u202e", "😀" * 30,
               "=cmd|' /C calc'!A0", "{{7*7}}", "${jndi:ldap://x}"]

    def v(options):
        x = r.choice(options) if r.random() < 0.85 else r.choice(hostile)
        return urllib.parse.quote(x, safe="%,")

    pages = ["", "sector/{c}", "compare", "group/{g}", "revisions", "data", "releases", "releases/{d}"]
    out = []
    for _ in range(n):
        lang = r.choice(["nl", "en", "nl", "en", "de", "NL"])
        page = r.choice(pages).format(c=v(codes), g=v(["energy-intensive", "metal", "x", ""]), d=v(dates))
        fmt = r.choice(["", "", "", ".csv", ".json", ".png", "embed"])
        path = f"/{lang}/{page}"
        if fmt == "embed":
            path = "/embed" + path
        elif fmt:
            path = (path + "overview" if page == "" else path) + fmt
        params = [f"month={v(months)}", f"asof={v(dates)}", f"from={v(months)}", f"to={v(months)}",
                  f"rebase={v(months)}", f"measure={v(measures)}", f"sectors={v(codes)},{v(codes)}",
                  f"sector={v(codes)}", f"x{r.randint(0, 9)}={v(hostile)}"]
        query = "&".join(p for p in params if r.random() < 0.35)
        if r.random() < 0.02:
            path += r.choice([";x", "/..", "//", "%2e%2e/"])
        out.append(path + ("?" + query if query else ""))
    extra = ["/", "/admin", "/admin/login", "/admin;x", "/nl/releases.atom", "/en/releases.atom", "/robots.txt",
             "/favicon.svg", "/q/health/live"]
    return out + extra


async def fuzz(args):
    host, port = parse_base(args.base)
    targets = fuzz_targets(args.requests)
    queue = asyncio.Queue()
    for t in targets:
        queue.put_nowait(t)
    statuses, failures = {}, []

    async def worker():
        c = Client(host, port)
        while not queue.empty():
            t = queue.get_nowait()
            method = "HEAD" if random.random() < 0.05 else "GET"
            try:
                status, _, _ = await asyncio.wait_for(c.get(t, method), 120)
            except Exception as e:
                status = f"error {type(e).__name__}"
                c.close()
            statuses[str(status)] = statuses.get(str(status), 0) + 1
            if not isinstance(status, int) or status >= 500:
                failures.append(f"{method} {t} -> {status}")
        c.close()

    start = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(8)))
    print(json.dumps({"test": "fuzz", "requests": len(targets), "seconds": round(time.perf_counter() - start, 1),
                      "statuses": dict(sorted(statuses.items())), "failures": failures[:20],
                      "failures_total": len(failures), "load": loadavg()}))


def main():
    p = argparse.ArgumentParser()
    p.add_argument("test", choices=["burst", "host", "ignored", "idle", "fuzz"])
    p.add_argument("--base", required=True)
    p.add_argument("--pid", type=int, default=0)
    p.add_argument("--clients", type=int, default=64)
    p.add_argument("--urls", type=int, default=2000)
    p.add_argument("--connections", type=int, default=5000)
    p.add_argument("--limit", type=int, default=30)
    p.add_argument("--requests", type=int, default=20000)
    p.add_argument("--timeout", type=float, default=60)
    args = p.parse_args()
    host, _ = parse_base(args.base)
    if not (host.startswith("127.") or host in ("localhost", "::1")):
        sys.exit("hostile.py only sends to the loopback address")
    if args.test == "idle":
        idle(args)
    else:
        asyncio.run({"burst": burst, "host": host_check, "ignored": ignored, "fuzz": fuzz}[args.test](args))


if __name__ == "__main__":
    main()
