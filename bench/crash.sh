#!/usr/bin/env bash
# Crash harness (issue 7, item 6): kills the server with kill -9 at random moments during a full-size
# CBS import and checks, after each restart, that the database opens, holds either the old or the new
# data completely (every release has exactly its cell_count figures) and serves /nl/. One more run kills
# the server right after the import was acknowledged in the log and checks that it survived.
#
#   bash bench/crash.sh            # RUNS=10 by default; SEED=<n> repeats a run's kill moments
#
# Loopback only; the generated table (bench/gen_cbs.py: random walks, not CBS figures) and every
# database live in a temporary folder, never in ./data. Prints a Markdown table for docs/reliability.md.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
NAME=crash
# shellcheck source=bench/harness.sh
. "$ROOT/bench/harness.sh"
RUNS=${RUNS:-10}
SEED=${SEED:-$RANDOM}
RANDOM=$SEED
copy_app
H2JAR=$(ls "$TMP"/app/lib/main/com.h2database.h2-*.jar | head -1)
serve_fake_cbs
log "generated feed: $FACTS"

APP_PID=""
start_app() {  # start_app NAME DB_DIR REFRESH(true|false)
  local name=$1 db=$2 refresh=$3
  APP_LOG=$TMP/logs/$name.log
  (cd "$TMP/run" && exec java -Xmx1g -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" \
      "-Dquarkus.datasource.jdbc.url=jdbc:h2:file:$db/industriemonitor;DB_CLOSE_ON_EXIT=FALSE" \
      -Dindustriemonitor.cbs.refresh-on-start="$refresh" -Dindustriemonitor.cbs.base-url="$CBS_BASE" \
      -Dindustriemonitor.cbs.timeout=PT120S -jar "$TMP/app/quarkus-run.jar") >"$APP_LOG" 2>&1 &
  APP_PID=$!
  PIDS+=("$APP_PID")
}
wait_200() {  # wait_200 MAX_SECONDS
  local deadline=$(( $(now_ms) + $1 * 1000 ))
  while [ "$(now_ms)" -lt "$deadline" ]; do
    [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$PORT/nl/" || true)" = 200 ] && return 0
    kill -0 "$APP_PID" 2>/dev/null || return 1
    sleep 0.1
  done
  return 1
}
stop_app() {
  kill -TERM "$APP_PID" 2>/dev/null || true
  for ((i = 0; i < 300; i++)); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$APP_PID" 2>/dev/null || true
  wait "$APP_PID" 2>/dev/null || true
}
# "<releases> <CBS releases> <releases whose figures are not all there> <figures>" of a stopped database
inspect_fields() {
  java -cp "$H2JAR" org.h2.tools.Shell -url "jdbc:h2:file:$1/industriemonitor" -user industriemonitor -password "" \
    -sql "select (select count(*) from data_release) a, (select count(*) from data_release where source = 'CBS StatLine 85806NED (OData)') b, (select count(*) from data_release r where r.cell_count <> (select coalesce(sum(case when s.held_from is null then cardinality(s.period_months) else (extract(year from s.held_to) - extract(year from s.held_from)) * 12 + extract(month from s.held_to) - extract(month from s.held_from) + 1 - coalesce(cardinality(s.held_absent), 0) end), 0) from observation_series s where s.release_id = r.id)) c, (select coalesce(sum(case when s.held_from is null then cardinality(s.period_months) else (extract(year from s.held_to) - extract(year from s.held_from)) * 12 + extract(month from s.held_to) - extract(month from s.held_from) + 1 - coalesce(cardinality(s.held_absent), 0) end), 0) from observation_series s) d" \
    | awk -F'|' 'NR == 2 { gsub(/ /, ""); print $1, $2, $3, $4 }'
}

PORT=$(free_port)
log "template database: the bundled data only"
start_app template "$TMP/template" false
wait_200 240 || { tail -30 "$APP_LOG"; exit 1; }
stop_app
read -r BASE_RELEASES _ _ BASE_FIGURES <<<"$(inspect_fields "$TMP/template")"
log "template: $BASE_RELEASES releases, $BASE_FIGURES figures"

log "calibration: how long a whole import takes from the start"
cp -r "$TMP/template" "$TMP/calib"
T0=$(now_ms); start_app calib "$TMP/calib" true
for ((i = 0; i < 3000; i++)); do grep -q 'Import of CBS OData' "$APP_LOG" && break; sleep 0.1; done
T_IMPORT=$(( $(now_ms) - T0 ))
stop_app
read -r _ CALIB_CBS _ CALIB_FIGURES <<<"$(inspect_fields "$TMP/calib")"
NEW_FIGURES=$(( CALIB_FIGURES - BASE_FIGURES ))
log "a whole import is acknowledged $T_IMPORT ms after java -jar; it adds $NEW_FIGURES figures"
[ "$CALIB_CBS" = 1 ] || { log "the calibration import did not land"; exit 1; }

ROWS=()
outcome() {  # outcome NAME MOMENT_MS: restart the killed database, check it, add a table row
  local name=$1 moment=$2 served releases cbs partial figures verdict
  start_app "$name-restart" "$TMP/$name" false
  if wait_200 240; then served=yes; else served=NO; fi
  stop_app
  read -r releases cbs partial figures <<<"$(inspect_fields "$TMP/$name")"
  if [ "$served" = yes ] && [ "$partial" = 0 ] && { { [ "$cbs" = 0 ] && [ "$figures" = "$BASE_FIGURES" ]; } || \
       { [ "$cbs" = 1 ] && [ "$figures" = "$CALIB_FIGURES" ]; }; }; then
    verdict=$([ "$cbs" = 1 ] && echo "new data, whole" || echo "old data, whole")
  else
    verdict="BROKEN"
    mkdir -p "$ROOT/target/crash-logs" && cp "$TMP/logs/$name.log" "$TMP/logs/$name-restart.log" "$ROOT/target/crash-logs/"
  fi
  ROWS+=("| $name | $moment ms | $served | $releases | $figures | $partial | $verdict |")
  log "$name: killed at $moment ms → $verdict (releases $releases, figures $figures, partial $partial, served $served)"
}

for ((run = 1; run <= RUNS; run++)); do
  cp -r "$TMP/template" "$TMP/run$run"
  MOMENT=$(( RANDOM % (T_IMPORT + 1000) ))
  start_app "run$run" "$TMP/run$run" true
  sleep "$(awk "BEGIN { print $MOMENT / 1000 }")"
  kill -9 "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true
  outcome "run$run" "$MOMENT"
done

log "acknowledged: kill -9 as soon as the import is logged"
cp -r "$TMP/template" "$TMP/ack"
T0=$(now_ms); start_app ack "$TMP/ack" true
for ((i = 0; i < 30000; i++)); do grep -q 'Import of CBS OData' "$APP_LOG" && break; sleep 0.01; done
kill -9 "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true
outcome ack "$(( $(now_ms) - T0 ))"

echo "Crash harness $(date '+%Y-%m-%d %H:%M'), seed $SEED, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg);"
echo "a whole import of $NEW_FIGURES generated figures is acknowledged $T_IMPORT ms after java -jar."
echo
echo "| run | killed after java -jar | /nl/ served after restart | releases | figures | releases with missing figures | result |"
echo "|---|---|---|---|---|---|---|"
printf '%s\n' "${ROWS[@]}"
grep -q BROKEN <<<"${ROWS[*]}" && exit 1 || exit 0
