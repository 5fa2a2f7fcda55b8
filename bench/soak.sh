#!/usr/bin/env bash
# Soak (issue 7, item 8): mixed page load at 16 connections for SOAK_MINUTES (default 3; 10 for the full
# run) with a full-size CBS import in the middle. Per minute: requests, errors, p50/p99 and resident
# memory; all along, a checker asks /nl/data and proves every page it gets is whole: the data version
# in its ETag and the releases it lists always belong together (never old figures under a new version
# or the reverse). Loopback only; generated figures (bench/gen_cbs.py) in a temporary folder only.
#
#   bash bench/soak.sh                 # 3 minutes
#   SOAK_MINUTES=10 bash bench/soak.sh
#   SOAK_JAVA_OPTS="-Xmx512m" bash bench/soak.sh     # try JVM settings
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
NAME=soak
# shellcheck source=bench/harness.sh
. "$ROOT/bench/harness.sh"
MINUTES=${SOAK_MINUTES:-3}
command -v wrk >/dev/null || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >/dev/null; }
copy_app
serve_fake_cbs

PORT=$(free_port)
BASE=http://127.0.0.1:$PORT
# the import: the scheduled refresh, set to fire once, halfway through the load (cron in Amsterdam time)
START=$(( $(date +%s) + 40 ))
IMPORT_AT=$(( START + MINUTES * 30 ))
CRON="$(TZ=Europe/Amsterdam date -d "@$IMPORT_AT" '+%-S %-M %-H %-d %-m') ?"
log "app on $BASE; the import fires at $(date -d "@$IMPORT_AT" '+%H:%M:%S') (cron '$CRON')"
(cd "$TMP/run" && exec java ${SOAK_JAVA_OPTS:-} -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" \
    "-Dquarkus.datasource.jdbc.url=jdbc:h2:file:$TMP/db/industriemonitor;DB_CLOSE_ON_EXIT=FALSE" \
    -Dindustriemonitor.cbs.refresh-on-start=false -Dindustriemonitor.cbs.base-url="$CBS_BASE" \
    -Dindustriemonitor.cbs.timeout=PT120S "-Dindustriemonitor.cbs.refresh-cron=$CRON" \
    -jar "$TMP/app/quarkus-run.jar") >"$TMP/logs/app.log" 2>&1 &
APP_PID=$!
PIDS+=("$APP_PID")
for ((i = 0; i < 2400; i++)); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$BASE/nl/" || true)" = 200 ] && break; sleep 0.1
done

cat >"$TMP/mixed.lua" <<'LUA'
-- a reader's mix: overview, branches, comparisons, groups, revisions, sources, releases, downloads, images
local paths = {"/nl/", "/en/", "/nl/sector/20", "/nl/sector/24", "/en/sector/C", "/nl/sector/21",
  "/nl/compare?sectors=20,24,28", "/nl/compare?sectors=10,20&measure=yoy_ca&from=2023-01",
  "/nl/group/energy-intensive", "/en/group/metal", "/nl/revisions?sector=C&month=2025-11", "/nl/data",
  "/nl/releases", "/nl/releases/2026-04-10", "/nl/sector/20.csv", "/nl/compare.json?sectors=20,24",
  "/nl/sector/20.png", "/nl/?month=2025-11", "/nl/?asof=2026-02-10", "/embed/nl/sector/20"}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
LUA

cat >"$TMP/checker.py" <<'PY'
import re, sys, time, urllib.request
base, stop_file, out = sys.argv[1], sys.argv[2], sys.argv[3]
seen, checked, broken = {}, 0, 0
import os
while not os.path.exists(stop_file):
    try:
        with urllib.request.urlopen(base + "/nl/data", timeout=10) as r:
            etag, body = r.headers.get("ETag", ""), r.read().decode("utf-8")
    except Exception as e:
        broken += 1; time.sleep(0.2); continue
    version = etag.strip('"').split("-")[0]
    table = body.split('id="releases"', 1)[1].split("</table>", 1)[0] if 'id="releases"' in body else ""
    releases = len(re.findall(r"<tr>\s*<th scope=\"row\">", table))
    checked += 1
    if seen.setdefault(version, releases) != releases:
        broken += 1
    time.sleep(0.05)
with open(out, "w") as f:
    f.write(f"{checked} {broken} {len(seen)} {' '.join(f'{v}:{n}' for v, n in sorted(seen.items()))}\n")
PY
python3 "$TMP/checker.py" "$BASE" "$TMP/stop" "$TMP/checker.out" &
CHECKER=$!
PIDS+=("$CHECKER")

while [ "$(date +%s)" -lt "$START" ]; do sleep 1; done
ROWS=()
P99=()
RSS=()
TOTAL_ERRORS=0
for ((m = 1; m <= MINUTES; m++)); do
  wrk -t2 -c16 -d60s --latency -s "$TMP/mixed.lua" "$BASE" >"$TMP/logs/wrk-$m.txt" 2>&1 || true
  read -r req p50 p99 errors <<<"$(python3 - "$TMP/logs/wrk-$m.txt" <<'PY'
import re, sys
t = open(sys.argv[1]).read()
def ms(v, u): return float(v) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[u]
lat = dict((p, ms(v, u)) for p, v, u in re.findall(r"\s(50|99)%\s+([\d.]+)(us|ms|s|m)\b", t))
req = int(re.search(r"(\d+) requests in", t).group(1)) if re.search(r"(\d+) requests in", t) else 0
err = sum(int(x) for x in re.findall(r"(?:connect|read|write|timeout) (\d+)", t))
# wrk's default timeout is 2 s: a "timeout" is an answer slower than that, counted as an error
non = re.search(r"Non-2xx or 3xx responses: (\d+)", t)
err += int(non.group(1)) if non else 0
print(req, round(lat.get("50", 0), 2), round(lat.get("99", 0), 2), err)
PY
)"
  rss=$(awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$APP_PID/status")
  ROWS+=("| $m | $req | $errors | $p50 ms | $p99 ms | $rss MB |")
  P99+=("$p99"); RSS+=("$rss"); TOTAL_ERRORS=$((TOTAL_ERRORS + errors))
  log "minute $m: $req requests, $errors errors, p50 $p50 ms, p99 $p99 ms, RSS $rss MB"
done
touch "$TMP/stop"; wait "$CHECKER" || true
mkdir -p "$ROOT/target/soak-logs" && cp "$TMP"/logs/wrk-*.txt "$TMP/logs/app.log" "$ROOT/target/soak-logs/"
read -r CHECKED BROKEN VERSIONS MAP <<<"$(cat "$TMP/checker.out")"
IMPORT_LINE=$(grep -o 'CBS OData read in .*' "$TMP/logs/app.log" | head -1 || true)
REFRESH_LINE=$(grep -o 'CBS refresh (scheduled CBS refresh).*' "$TMP/logs/app.log" | head -1 | cut -c1-160 || true)

FIRST=${P99[0]}; LAST=${P99[$((MINUTES - 1))]}
GROWTH=$(awk -v a="${RSS[1]:-${RSS[0]}}" -v b="${RSS[$((MINUTES - 1))]}" 'BEGIN { printf "%.1f", (b - a) * 100 / a }')
P99_RATIO=$(awk -v a="$FIRST" -v b="$LAST" 'BEGIN { printf "%.2f", (a > 0 ? b / a : 0) }')
echo "Soak $(date '+%Y-%m-%d %H:%M'): $MINUTES minutes at 16 connections, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg) at the end, JVM options: ${SOAK_JAVA_OPTS:-none}."
echo "Import in the middle: ${REFRESH_LINE:-none logged}; ${IMPORT_LINE:-}"
echo
echo "| minute | requests | errors | p50 | p99 | resident memory |"
echo "|---|---|---|---|---|---|"
printf '%s\n' "${ROWS[@]}"
echo
echo "- errors in total: $TOTAL_ERRORS (target 0)"
echo "- p99 last minute ÷ first: $P99_RATIO (target ≤ 1.5)"
echo "- resident memory growth after minute 2: $GROWTH % (target ≤ 10 %)"
echo "- consistency: $CHECKED pages of /nl/data checked during the run, $BROKEN inconsistent or failed; data versions seen (version:releases listed): $MAP"
[ "$TOTAL_ERRORS" = 0 ] && [ "$BROKEN" = 0 ]
