#!/usr/bin/env bash
# The hostile visitor of issue 17, against the packaged app started as the README says (bin/industriemonitor,
# bin/jvm.options as shipped): an image burst at 64 and at 256 clients (2,000 distinct comparison images
# each), the Host-poisoning check, 20,000 ignored-parameter URLs with resident memory before and after,
# 5,000 half-sent connections against the idle timeout, and a fuzz run of 20,000 requests over every route.
#
#   bash bench/hostile.sh            # about 5 minutes on 2 cores; prints one JSON line per test
#   HOSTILE_TESTS="burst64 host" bash bench/hostile.sh
#   HOSTILE_JAVA_OPTS="-Dindustriemonitor.render.images=1" bash bench/hostile.sh   # a trial of a setting
#
# Everything listens on and is sent to 127.0.0.1 only, from a temporary folder removed at the end; the exit
# trap stops the app (by its PID). The figures go to docs/reliability.md by hand, with the load average and
# the commit measured, which this script prints.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
NAME=hostile
# shellcheck source=bench/harness.sh
. "$ROOT/bench/harness.sh"
TESTS=${HOSTILE_TESTS:-burst64 burst256 host ignored idle fuzz}
IDLE_LIMIT=30   # quarkus.http.idle-timeout in application.properties

copy_app
PORT=$(free_port)
BASE=http://127.0.0.1:$PORT
start_app() {
  (cd "$TMP/run" && INDUSTRIEMONITOR_JAR="$TMP/app/quarkus-run.jar" \
    JAVA_OPTS="-Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port=$PORT -Dindustriemonitor.cbs.refresh-on-start=false -Dindustriemonitor.cbs.refresh-cron=off ${HOSTILE_JAVA_OPTS:-}" \
    exec "$ROOT/bin/industriemonitor" >>"$TMP/logs/app.log" 2>&1) &
  APP=$!
  PIDS+=("$APP")
  for _ in $(seq 1 600); do
    curl -sf -o /dev/null "$BASE/nl/" && break
    sleep 0.1
  done
  curl -sf -o /dev/null "$BASE/nl/" || { tail -50 "$TMP/logs/app.log" >&2; exit 1; }
  JAVA_PID=$(pgrep -P "$APP" java || echo "$APP")
}
stop_app() { kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; }

log "commit $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet || echo ' (with uncommitted changes)'), load $(cut -d' ' -f1-3 /proc/loadavg)"
for t in $TESTS; do
  start_app
  case $t in
    burst64) python3 "$ROOT/bench/hostile.py" burst --base "$BASE" --pid "$JAVA_PID" --clients 64 --urls 2000 ;;
    burst256) python3 "$ROOT/bench/hostile.py" burst --base "$BASE" --pid "$JAVA_PID" --clients 256 --urls 2000 ;;
    host) python3 "$ROOT/bench/hostile.py" host --base "$BASE" ;;
    ignored) python3 "$ROOT/bench/hostile.py" ignored --base "$BASE" --pid "$JAVA_PID" --urls 20000 ;;
    idle) python3 "$ROOT/bench/hostile.py" idle --base "$BASE" --connections 5000 --limit "$IDLE_LIMIT" ;;
    fuzz) python3 "$ROOT/bench/hostile.py" fuzz --base "$BASE" --requests 20000 ;;
    *) log "unknown test $t" ;;
  esac
  kill -0 "$JAVA_PID" 2>/dev/null || log "$t: the JVM is gone"
  log "$t: OutOfMemoryError in the log: $(grep -c OutOfMemoryError "$TMP/logs/app.log" || true), 'Unexpected error': $(grep -c 'Unexpected error' "$TMP/logs/app.log" || true), SIGSEGV: $(grep -c SIGSEGV "$TMP/logs/app.log" || true), buffer LEAK: $(grep -c 'LEAK:' "$TMP/logs/app.log" || true)"
  stop_app
  : >"$TMP/logs/app.log"
  rm -rf "$TMP/run/data"
done
