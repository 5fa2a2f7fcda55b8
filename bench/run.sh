#!/usr/bin/env bash
# Industriemonitor benchmark (issue "Performance"): start-up, throughput against static files, latency,
# overload errors, uncached first renders, memory, CBS import time and bytes per visit — in one run; every
# throughput and latency run asks as a browser does (Accept-Encoding: gzip, deflate, br), one identity run beside
# them; then five years of monthly releases (issue 18, bench/history.sh: BENCH_RELEASES, default 60; 0 skips it).
#
#   bash bench/run.sh [--no-build]
#   BENCH_DB=postgresql bash bench/run.sh [--no-build]   # the PostgreSQL variant (build profile pg)
#   BENCH_RELEASES=6 BENCH_HISTORY_URLS=40 BENCH_DURATION=2s BENCH_WARMUP=1s BENCH_COMPARE_URLS=20 \
#     BENCH_MD=/tmp/trial.md bash bench/run.sh --no-build   # a smoke test of the script, about 4 minutes
#
# Prints a summary table and rewrites the results block of docs/benchmarks.md (H2) or its PostgreSQL
# block. Everything runs on 127.0.0.1, in a temporary folder (and, on PostgreSQL, databases of its own)
# removed at the end; ./data/ is never touched. Every wait and load loop is bounded in count and time: a
# run takes about 4 minutes on 2 cores plus the history (about 5 s a release), plus the build.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH=$ROOT/bench
MD=${BENCH_MD:-$ROOT/docs/benchmarks.md}   # BENCH_MD=/tmp/x.md for a trial that must not touch docs/
LIB=(python3 "$BENCH/benchlib.py")
HOST=127.0.0.1

NO_BUILD=0
for arg in "$@"; do
  case $arg in
    --no-build) NO_BUILD=1 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "unknown option: $arg (use --no-build)" >&2; exit 2 ;;
  esac
done

# Durations, overridable for a quick trial (BENCH_DURATION=3s bash bench/run.sh --no-build).
DURATION=${BENCH_DURATION:-10s}   # every measured wrk run
WARMUP=${BENCH_WARMUP:-3s}        # every wrk warm-up run
COMPARE_URLS=${BENCH_COMPARE_URLS:-200}
# Every app instance starts as the README says: bin/industriemonitor, with the default JVM options of
# bin/jvm.options. BENCH_JAVA_OPTS="-Xmx1g" adds a setting after them; BENCH_PLAIN_JAVA=1 starts with a
# bare `java -jar` instead (no options at all). The report names either, so such a run is never
# mistaken for one with the defaults.
read -r -a JAVA_OPTS <<<"${BENCH_JAVA_OPTS:-}"
PLAIN_JAVA=${BENCH_PLAIN_JAVA:-0}
# BENCH_DB=postgresql: the same run against the PostgreSQL variant (README, "Running several instances"):
# the app built with -Dquarkus.profile=pg into target/pg, on the throwaway PostgreSQL of .ci/postgres, in
# fresh databases made for this run only (PG_PORT, PG_DIR, PG_USER, PG_PASSWORD as for .ci/postgres).
DB_KIND=${BENCH_DB:-h2}
case $DB_KIND in
  h2|postgresql) ;;
  pg|postgres) DB_KIND=postgresql ;;
  *) echo "unknown BENCH_DB=$DB_KIND (use h2 or postgresql)" >&2; exit 2 ;;
esac

TMP=$(mktemp -d /tmp/industriemonitor-bench.XXXXXX)
RESULTS=$TMP/results.env
mkdir -p "$TMP/logs" "$TMP/out" "$TMP/run"
PIDS=()          # every process this script started, so that the exit trap can stop exactly those
START_EPOCH=$SECONDS
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)   # other jobs on this machine skew absolute numbers

log() { printf '[bench %3ds] %s\n' $((SECONDS - START_EPOCH)) "$*" >&2; }
rec() { printf '%s=%s\n' "$1" "$2" >>"$RESULTS"; }
warn() { log "WARNING: $*"; WARNINGS+="$*; "; }
WARNINGS=""
now_ms() { date +%s%3N; }

stop_pid() {  # TERM, then KILL after 15 s: a JVM that hangs on shutdown must not outlive the run
  local pid=$1 i
  kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 150; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

PG_DBS=()        # the databases this run made (PostgreSQL only), dropped by the exit trap

cleanup() {
  local pid db
  for pid in "${PIDS[@]}"; do stop_pid "$pid"; done
  for db in "${PG_DBS[@]}"; do
    pg_sql "drop database if exists $db with (force)" >/dev/null 2>&1 || log "could not drop the database $db"
  done
  # BENCH_KEEP_LOGS=DIR keeps the app logs and raw wrk/curl output for a look after the run
  if [ -n "${BENCH_KEEP_LOGS:-}" ]; then mkdir -p "$BENCH_KEEP_LOGS" && cp -r "$TMP/logs" "$TMP/out" "$BENCH_KEEP_LOGS/" || true; fi
  rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --------------------------------------------------------------------------------------------- tools
need() { command -v "$1" >/dev/null 2>&1 || { echo "bench: $1 is required" >&2; exit 1; }; }
if ! command -v wrk >/dev/null 2>&1; then
  log "installing wrk from Debian's packages"
  # update only when the cached package lists do not know wrk yet
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >/dev/null 2>&1 \
    || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >/dev/null; }
fi
for tool in wrk curl python3 java; do need "$tool"; done
# 256 connections plus the app's own files need more descriptors than some shells allow
[ "$(ulimit -n)" -ge 4096 ] 2>/dev/null || ulimit -n 4096 2>/dev/null || true

# ---------------------------------------------------------------------------------------- PostgreSQL
PG_PORT=${PG_PORT:-55432}
PG_DIR=${PG_DIR:-/tmp/industriemonitor-pg}
PG_USER=${PG_USER:-industriemonitor}
PG_PASSWORD=${PG_PASSWORD:-industriemonitor}
# pg_sql SQL: runs one statement as the superuser over the server's socket (as .ci/postgres does)
pg_sql() {
  local bin cmd
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  cmd="PGOPTIONS='-c client_min_messages=warning' $bin/psql -h $PG_DIR -p $PG_PORT -U postgres -v ON_ERROR_STOP=1 -qtA -c \"$1\""
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$cmd"; else sh -c "$cmd"; fi
}
# pg_fresh_db NAME: (re)creates the database NAME for this run, owned by the app's user. Only names of
# this script's own pattern: the database `industriemonitor` (ClusterIT's, users') is never touched.
pg_fresh_db() {
  [[ "$1" =~ ^industriemonitor_bench_[0-9]+(_import|_training|_history)?$ ]] || { echo "bench: refusing database name $1" >&2; exit 1; }
  pg_sql "drop database if exists $1 with (force)" >/dev/null
  pg_sql "create database $1 owner $PG_USER" >/dev/null
}
if [ "$DB_KIND" = postgresql ]; then
  log "PostgreSQL: .ci/postgres (starts the throwaway server on $HOST:$PG_PORT unless it runs already)"
  if ! PG_PORT=$PG_PORT PG_DIR=$PG_DIR PG_USER=$PG_USER PG_PASSWORD=$PG_PASSWORD "$ROOT/.ci/postgres" \
       >"$TMP/logs/postgres.log" 2>&1; then
    tail -30 "$TMP/logs/postgres.log" >&2; echo "bench: .ci/postgres failed (it must run as root)" >&2; exit 1
  fi
  PG_VERSION="PostgreSQL $(pg_sql 'show server_version')"
  # one database for the measured instance (first and second start), another for the import instance
  # and one for the class-data training of the build (bin/TrainClassData.java), as .ci/run does
  PG_DB_MAIN=industriemonitor_bench_$$; PG_DB_IMPORT=industriemonitor_bench_$$_import
  PG_DB_TRAINING=industriemonitor_bench_$$_training
  PG_DBS=("$PG_DB_MAIN" "$PG_DB_IMPORT" "$PG_DB_TRAINING")   # registered first: the exit trap drops them whatever happens
  pg_fresh_db "$PG_DB_MAIN"; pg_fresh_db "$PG_DB_IMPORT"; pg_fresh_db "$PG_DB_TRAINING"
  PG_URL_MAIN=jdbc:postgresql://$HOST:$PG_PORT/$PG_DB_MAIN
  PG_URL_IMPORT=jdbc:postgresql://$HOST:$PG_PORT/$PG_DB_IMPORT
  export INDUSTRIEMONITOR_TRAINING_JDBC_URL=jdbc:postgresql://$HOST:$PG_PORT/$PG_DB_TRAINING
  export INDUSTRIEMONITOR_TRAINING_JDBC_USERNAME=$PG_USER INDUSTRIEMONITOR_TRAINING_JDBC_PASSWORD=$PG_PASSWORD
  log "PostgreSQL: $PG_VERSION; fresh databases $PG_DB_MAIN, $PG_DB_IMPORT and $PG_DB_TRAINING (the build's training)"
fi

# --------------------------------------------------------------------------------------------- build
cd "$ROOT"
if [ "$DB_KIND" = postgresql ]; then
  JAR_DIR=$ROOT/target/pg; BUILD=(./mvnw -B -q -DskipTests package -Dquarkus.profile=pg)
else
  JAR_DIR=$ROOT/target/quarkus-app; BUILD=(./mvnw -B -q -DskipTests package)
fi
if [ "$NO_BUILD" = 1 ] && [ -f "$JAR_DIR/quarkus-run.jar" ]; then
  log "--no-build: using the existing $JAR_DIR"
else
  [ "$NO_BUILD" = 1 ] && log "--no-build given but there is no jar yet: building"
  log "building: ${BUILD[*]}"
  if ! timeout 300 "${BUILD[@]}" >"$TMP/logs/build.log" 2>&1; then
    tail -30 "$TMP/logs/build.log" >&2
    echo "bench: the build failed (others may be mid-edit or building too); retry, or use --no-build" >&2
    exit 1
  fi
fi

# Others build in this tree at the same time: run a private copy, so that a concurrent `package`
# cannot swap jars under a running JVM. Wait (bounded) while a concurrent build has removed the jar.
# -p keeps the time stamps: the JVM refuses a class-data archive (app-cds.jsa) whose jars look changed.
for ((i = 0; i < 24; i++)); do
  if [ -f "$JAR_DIR/quarkus-run.jar" ] && [ -d "$JAR_DIR/lib" ] && [ -d "$JAR_DIR/app" ] \
     && cp -rp "$JAR_DIR" "$TMP/app" 2>/dev/null && [ -f "$TMP/app/quarkus-run.jar" ]; then
    break
  fi
  rm -rf "$TMP/app"; log "${JAR_DIR#"$ROOT"/} missing or changing (a build is running?), waiting 5 s"; sleep 5
done
[ -f "$TMP/app/quarkus-run.jar" ] || { echo "bench: no usable ${JAR_DIR#"$ROOT"/} after 2 minutes" >&2; exit 1; }
VARIANT=""; [ "$DB_KIND" = postgresql ] && VARIANT="PostgreSQL variant (target/pg), "
APP_DESC="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?') + $(git -C "$ROOT" status --porcelain 2>/dev/null | grep -vc '^??' || true) modified files, ${VARIANT}jar of $(date -r "$JAR_DIR/quarkus-run.jar" '+%Y-%m-%d %H:%M')"

# ------------------------------------------------------------------------------------------- the app
APP_PID=""
# start_app NAME PORT DB [extra -D options…]: starts the private copy in the background, from a
# folder in $TMP so that no relative path can reach ./data/; sets APP_PID and APP_LOG. DB is a folder
# for H2, a JDBC URL for PostgreSQL (given as the README does, in QUARKUS_DATASOURCE_*).
start_app() {
  local name=$1 port=$2 db=$3; shift 3
  APP_LOG=$TMP/logs/$name.log
  (
    cd "$TMP/run"
    local opts=(${JAVA_OPTS[@]+"${JAVA_OPTS[@]}"} -Dquarkus.http.host=$HOST -Dquarkus.http.port="$port")
    if [ "$DB_KIND" = postgresql ]; then
      export QUARKUS_DATASOURCE_JDBC_URL=$db QUARKUS_DATASOURCE_USERNAME=$PG_USER QUARKUS_DATASOURCE_PASSWORD=$PG_PASSWORD
    else
      # DB_CLOSE_ON_EXIT=FALSE as in application.properties: Quarkus, not H2's hook, closes the database
      opts+=("-Dquarkus.datasource.jdbc.url=jdbc:h2:file:$db/industriemonitor;DB_CLOSE_ON_EXIT=FALSE")
    fi
    opts+=("$@")
    if [ "$PLAIN_JAVA" = 1 ]; then
      exec java "${opts[@]}" -jar "$TMP/app/quarkus-run.jar"
    fi
    # the launcher splits JAVA_OPTS on blanks: none of these options holds one
    INDUSTRIEMONITOR_JAR=$TMP/app/quarkus-run.jar JAVA_OPTS="${opts[*]}" exec "$ROOT/bin/industriemonitor"
  ) >"$APP_LOG" 2>&1 &
  APP_PID=$!
  PIDS+=("$APP_PID")
}

# wait_200 URL MAX_SECONDS: polls every 50 ms until 200; prints the epoch ms of the first 200.
wait_200() {
  local url=$1 deadline=$(( $(now_ms) + $2 * 1000 )) code
  while [ "$(now_ms)" -lt "$deadline" ]; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$url" || true)
    if [ "$code" = 200 ]; then now_ms; return 0; fi
    kill -0 "$APP_PID" 2>/dev/null || { echo "bench: the app exited; log:" >&2; tail -40 "$APP_LOG" >&2; return 1; }
    sleep 0.05
  done
  echo "bench: no 200 from $url within $2 s; log:" >&2; tail -40 "$APP_LOG" >&2
  return 1
}

rss_mb() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

# ---------------------------------------------------------------------------------------- report
finish() {
  rec date "$(date '+%Y-%m-%d %H:%M %Z')"
  rec cores "$(nproc)"
  rec memory "$(free -h | awk '/^Mem:/ { print $2 " total, " $7 " available" }')"
  rec java "$(java -version 2>&1 | paste -sd';' | sed 's/;/; /g')"
  rec wrk "$(wrk --version 2>&1 | head -1 | awk '{ print $1, $2, $3 }')"
  if [ "$PLAIN_JAVA" = 1 ]; then
    rec app "$APP_DESC; started with a bare java -jar${BENCH_JAVA_OPTS:+ $BENCH_JAVA_OPTS} (BENCH_PLAIN_JAVA=1, not the defaults)"
  else
    rec app "$APP_DESC; started with bin/industriemonitor: $(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$ROOT/bin/jvm.options" | paste -sd' ')${BENCH_JAVA_OPTS:+ plus $BENCH_JAVA_OPTS}"
  fi
  if [ "$DB_KIND" = postgresql ]; then
    rec db postgresql
    rec db_desc "$PG_VERSION (Debian's package, .ci/postgres) on $HOST:$PG_PORT, same machine; a fresh database for the measured instance and one for the import instance, dropped after the run; data poll every ${INDUSTRIEMONITOR_DATA_POLL_INTERVAL:-5s} (industriemonitor.data.poll-interval of the pg profile) on, as in that setup"
  fi
  rec load "$LOAD_BEFORE before, $(cut -d' ' -f1-3 /proc/loadavg) after (1/5/15 min)"
  rec warnings "$WARNINGS"
  rec duration_s $((SECONDS - START_EPOCH))
  "${LIB[@]}" report "$RESULTS" "$MD"
}

# BENCH_HISTORY_ONLY=1: the five years of releases alone (a trial of the history; the other rows stay n/a)
if [ "${BENCH_HISTORY_ONLY:-0}" = 1 ]; then
  [ -n "${BENCH_MD:-}" ] || MD=$TMP/history-only.md   # a partial run never rewrites docs/benchmarks.md by itself
  source "$BENCH/history.sh"
  finish
  exit 0
fi

PORT=$("${LIB[@]}" port)
BASE=http://$HOST:$PORT
if [ "$DB_KIND" = postgresql ]; then DB=$PG_URL_MAIN; DB_IMPORT=$PG_URL_IMPORT; else DB=$TMP/db; DB_IMPORT=$TMP/db-import; fi

log "first start on $BASE: fills a fresh temporary database from the bundled data"
start_app first "$PORT" "$DB" -Dindustriemonitor.cbs.refresh-on-start=false
wait_200 "$BASE/nl/" 180 >/dev/null
stop_pid "$APP_PID"

# The number users feel after a restart: from `java -jar` to the first 200 on the overview,
# with the database already filled (only checksums of the bundled files are compared).
log "second start (existing database): time to first 200 on /nl/"
T0=$(now_ms)
start_app main "$PORT" "$DB" -Dindustriemonitor.cbs.refresh-on-start=false
T200=$(wait_200 "$BASE/nl/" 120)
rec start_first200_ms $((T200 - T0))
for ((i = 0; i < 100; i++)); do grep -q 'started in' "$APP_LOG" && break; sleep 0.1; done
TSTARTED=$("${LIB[@]}" logms "$APP_LOG" 'started in')
[ -n "$TSTARTED" ] && rec start_startedin_ms $((TSTARTED - T0))
rec quarkus_started_s "$(grep -o 'started in [0-9.]*s' "$APP_LOG" | head -1 | tr -dc '0-9.')"
grep -q 'Unable to use shared archive' "$APP_LOG" && warn "the JVM could not use the class-data archive: $(grep -m1 'Unable to use shared archive' "$APP_LOG")"
MAIN_PID=$APP_PID

# ------------------------------------------------------------------------------------ URLs and checks
P_NL="/nl/"
P_SECTOR="/nl/sector/20"
P_COMPARE="/nl/compare?sectors=C,20,21&measure=index_sa&from=2021-01"
P_ROBOTS="/robots.txt"
# The second reference should be a cheap dynamic endpoint (a health check); the app has none today,
# so a second static file stands in. Picks up a health endpoint by itself once one exists.
P_CHEAP="/favicon.svg"; CHEAP_NOTE="The app has no health endpoint (no cheap dynamic page): /favicon.svg is the second static reference."
for candidate in /q/health/live /q/health; do
  if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$BASE$candidate" || true)" = 200 ]; then
    P_CHEAP=$candidate; CHEAP_NOTE="Cheap dynamic reference: $candidate."; break
  fi
done
rec robots_label "$P_ROBOTS"; rec cheap_label "$P_CHEAP"; rec cheap_note "$CHEAP_NOTE"

P_CSS="/css/app.css"
P_CHARTJS="/webjars/chart.js/dist/chart.umd.js"
declare -A PATH_OF=([nl]=$P_NL [sector]=$P_SECTOR [compare]=$P_COMPARE [robots]=$P_ROBOTS [cheap]=$P_CHEAP
                    [css]=$P_CSS [chartjs]=$P_CHARTJS)
for key in nl sector compare robots cheap css chartjs; do
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$BASE${PATH_OF[$key]}" || true)
  rec "code_$key" "$code"
  [ "$code" = 200 ] || warn "${PATH_OF[$key]} answers HTTP $code; its ratios are n/a"
done

# Every throughput and latency run asks as a browser does (issue 18); the runs whose key ends in _id send no
# Accept-Encoding (the identity answer), for reference. Each run's line names the coding the app answered with.
BROWSER_AE='Accept-Encoding: gzip, deflate, br'
wrk_args() {  # wrk_args KEY: the headers of KEY's runs
  case $1 in *_id) ;; *) printf '%s\n' -H "$BROWSER_AE" ;; esac
}
coding_of() {  # coding_of KEY: the Content-Encoding of KEY's answer, as its runs ask
  local h=(); [[ $1 == *_id ]] || h=(-H "$BROWSER_AE")
  curl -s -o /dev/null -D - --max-time 10 "${h[@]}" "$BASE${PATH_OF[${1%_id}]}" \
    | tr -d '\r' | awk 'tolower($1) == "content-encoding:" { print $2 }' | grep . || echo identity
}
loadavg() { cut -d' ' -f1 /proc/loadavg; }

# ------------------------------------------------------------------------------------------ warm-up
# JIT and caches first: measured runs should show the steady state, not class loading (and the static
# files their one compression).
log "warm-up: wrk -t2 -c64 -d$WARMUP on each URL, browser headers"
for key in nl sector compare robots cheap css chartjs; do
  mapfile -t H < <(wrk_args "$key")
  timeout 60 wrk -t2 -c64 -d"$WARMUP" "${H[@]}" "$BASE${PATH_OF[$key]}" >/dev/null || warn "warm-up of ${PATH_OF[$key]} failed"
done
rec rss_warm_mb "$(rss_mb "$MAIN_PID")"

# ------------------------------------------------------------------------------------ throughput
# Strictly alternating page (or static file) and reference: each sits between two reference runs (one of each
# kind), so slow drift (other jobs on this machine, GC, JIT) moves it and the references it is divided by
# together. Ratios, not raw req/s, are what compares across machines. The last three: identity, for reference.
SEQ=(robots nl cheap sector robots compare cheap css robots chartjs cheap nl_id cheap_id)
SEQ_TEXT=""; TP_FLAGS=""
declare -A RPS=() CODING=()
declare -a STATIC_R=() STATIC_C=()
for ((i = 0; i < ${#SEQ[@]}; i++)); do
  key=${SEQ[$i]}; path=${PATH_OF[${key%_id}]}
  mapfile -t H < <(wrk_args "$key")
  CODING[$key]=$(coding_of "$key")
  la=$(loadavg)
  log "throughput $((i + 1))/${#SEQ[@]}: $path (wrk -t2 -c64 -d$DURATION${H[1]:+, $BROWSER_AE}; answered in ${CODING[$key]}; load $la)"
  out=$TMP/out/tp-$i-$key.txt
  timeout 120 wrk -t2 -c64 -d"$DURATION" "${H[@]}" "$BASE$path" >"$out" || warn "wrk failed on $path"
  read -r rps _ _ _ ec er ew et non2xx < <("${LIB[@]}" wrk "$out")
  RPS[$i]=$rps
  SEQ_TEXT+="$path [${CODING[$key]}${H[1]:+, browser headers}; load $la] $(printf '%.0f' "$rps"), "
  [ $((ec + er + ew + et + non2xx)) -eq 0 ] || TP_FLAGS+="$path: socket $ec/$er/$ew/$et, non-2xx $non2xx; "
  case $key in robots) STATIC_R+=("$rps") ;; cheap) STATIC_C+=("$rps") ;; esac
done
rec tp_duration "$DURATION"
rec tp_sequence "${SEQ_TEXT%, }"
rec tp_flags "$TP_FLAGS"
for key in nl sector compare css chartjs nl_id; do rec "coding_$key" "${CODING[$key]}"; done
rec rps_nl "${RPS[1]}";       rec rps_nl_robots "${RPS[0]}";      rec rps_nl_cheap "${RPS[2]}"
rec rps_sector "${RPS[3]}";   rec rps_sector_cheap "${RPS[2]}";   rec rps_sector_robots "${RPS[4]}"
rec rps_compare "${RPS[5]}";  rec rps_compare_robots "${RPS[4]}"; rec rps_compare_cheap "${RPS[6]}"
rec rps_css "${RPS[7]}";      rec rps_css_cheap "${RPS[6]}";      rec rps_css_robots "${RPS[8]}"
rec rps_chartjs "${RPS[9]}";  rec rps_chartjs_robots "${RPS[8]}"; rec rps_chartjs_cheap "${RPS[10]}"
rec rps_nl_id "${RPS[11]}";   rec rps_nl_id_cheap "${RPS[12]}"
minmax() { printf '%s\n' "$@" | sort -g | sed -n '1p;$p' | paste -sd' '; }
read -r lo hi < <(minmax "${STATIC_R[@]}"); rec rps_static_robots_min "$lo"; rec rps_static_robots_max "$hi"
read -r lo hi < <(minmax "${STATIC_C[@]}"); rec rps_static_cheap_min "$lo"; rec rps_static_cheap_max "$hi"

# --------------------------------------------------------------------------------- latency, overload
log "latency: wrk -t2 -c16 -d$DURATION --latency -H '$BROWSER_AE' $P_NL (load $(loadavg))"
rec lat16_load "$(loadavg)"
timeout 120 wrk -t2 -c16 -d"$DURATION" --latency -H "$BROWSER_AE" "$BASE$P_NL" >"$TMP/out/lat16.txt" || warn "wrk failed (16 conn)"
read -r _ p50 p99 _ _ _ _ _ _ < <("${LIB[@]}" wrk "$TMP/out/lat16.txt")
rec lat16_p50_ms "$p50"; rec lat16_p99_ms "$p99"

# wrk's default 2 s timeout: a request slower than that counts as a timeout error
log "overload: wrk -t2 -c256 -d$DURATION -H '$BROWSER_AE' $P_NL (load $(loadavg))"
timeout 120 wrk -t2 -c256 -d"$DURATION" --latency -H "$BROWSER_AE" "$BASE$P_NL" >"$TMP/out/c256.txt" || warn "wrk failed (256 conn)"
read -r _ _ _ requests ec er ew et non2xx < <("${LIB[@]}" wrk "$TMP/out/c256.txt")
rec c256_requests "$requests"; rec c256_socket "$ec/$er/$ew/$et"; rec c256_non2xx "$non2xx"
rec c256_errors $((ec + er + ew + et + non2xx))

# ----------------------------------------------------------------------- uncached first renders
# Distinct comparisons nobody asked for yet (branch sets × start months), one after the other on one
# kept-alive connection, so time_total is the server's render plus loopback transfer, not TCP set-up.
log "first render of $COMPARE_URLS distinct compare URLs (sequential curl)"
CFG=$TMP/out/compare.curl
{
  echo 'silent'; echo 'max-time = 10'; echo 'write-out = "%{http_code} %{time_total}\n"'
  "${LIB[@]}" compare-urls "$COMPARE_URLS" "${P_COMPARE#*\?}" | while read -r q; do
    printf 'url = "%s/nl/compare?%s"\noutput = "/dev/null"\n' "$BASE" "$q"
  done
} >"$CFG"
timeout 150 curl -K "$CFG" >"$TMP/out/compare.txt" || warn "curl stopped early on the compare URLs"
read -r n non200 cp50 cp99 _ < <("${LIB[@]}" pcts "$TMP/out/compare.txt")
rec cmp_n "$n"; rec cmp_non200 "$non200"; rec cmp_p50_ms "$cp50"; rec cmp_p99_ms "$cp99"
[ "$non200" = 0 ] || warn "$non200 compare URLs did not answer 200"

rec rss_load_mb "$(rss_mb "$MAIN_PID")"

# ---------------------------------------------------------------------------------- bytes per visit
# What a browser downloads for /nl/: raw bytes on the wire (no --compressed, so curl keeps the encoded
# body) plus response headers. The repeat visit revalidates every resource with the validators of the
# first answers; a 304 costs its headers only.
log "bytes for a first and a repeat visit of /nl/"
# the page and what it links to (styles, scripts, icon), under the names the page gives them (fingerprinted)
mapfile -t LINKED < <(curl -s --max-time 10 "$BASE$P_NL" | python3 -c '
import re, sys
html = sys.stdin.read()
for tag in re.findall(r"<(?:link|script)\b[^>]*>", html):
    rel = re.search(r"rel=\"([^\"]*)\"", tag)
    url = re.search(r"(?:href|src)=\"(/[^\"]*)\"", tag)
    if url and (tag.startswith("<script") or (rel and rel.group(1) in ("stylesheet", "icon"))):
        print(url.group(1).replace("&amp;", "&"))')
RESOURCES=("$P_NL" "${LINKED[@]}")
# what a browser sends with each of them (Chromium's headers, less cookies)
BROWSER=(-H "$BROWSER_AE" -H 'Accept-Language: nl-NL,nl;q=0.9,en;q=0.8' -H 'Accept: */*'
         -A 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36')
first=0; repeat=0; fresh=0; stale=0; table=""
for ((i = 0; i < ${#RESOURCES[@]}; i++)); do
  res=${RESOURCES[$i]}; hdr=$TMP/out/h$i
  read -r code size hsize < <(curl -s -o /dev/null -D "$hdr" --max-time 10 "${BROWSER[@]}" \
    -w '%{http_code} %{size_download} %{size_header}\n' "$BASE$res")
  first=$((first + size + hsize))
  etag=$(grep -i '^etag:' "$hdr" | head -1 | cut -d' ' -f2- | tr -d '\r' || true)
  lastmod=$(grep -i '^last-modified:' "$hdr" | head -1 | cut -d' ' -f2- | tr -d '\r' || true)
  enc=$(grep -i '^content-encoding:' "$hdr" | head -1 | cut -d' ' -f2- | tr -d '\r' || true)
  cc=$(grep -i '^cache-control:' "$hdr" | head -1 | cut -d' ' -f2- | tr -d '\r' || true)
  cond=()
  [ -n "$etag" ] && cond+=(-H "If-None-Match: $etag")
  [ -n "$lastmod" ] && cond+=(-H "If-Modified-Since: $lastmod")
  read -r rcode rsize rhsize < <(curl -s -o /dev/null --max-time 10 "${BROWSER[@]}" "${cond[@]}" \
    -w '%{http_code} %{size_download} %{size_header}\n' "$BASE$res")
  if [ "$rcode" = 304 ]; then rbytes=$rhsize; else rbytes=$((rsize + rhsize)); fi
  repeat=$((repeat + rbytes))
  # a browser would not even ask again for a resource it may keep (max-age); shown beside the brief's number
  [[ "$cc" =~ max-age=[1-9] ]] || { fresh=$((fresh + rbytes)); stale=$((stale + 1)); }
  table+="$res $code ${enc:-identity} $((size + hsize)) B → $rcode $rbytes B; "
done
rec bytes_first "$first"; rec bytes_repeat "$repeat"; rec bytes_table "${table%; }"
rec bytes_cached "A repeat visit within every max-age (a browser honouring Cache-Control) would re-request $stale of ${#RESOURCES[@]} resources: $fresh B."

stop_pid "$MAIN_PID"

# ------------------------------------------------------------------------------------- CBS import
# A full-size, generated 85806NED feed served from a static folder; a separate instance with a fresh
# database and no bundled data imports it at start. Generated values only, in $TMP only.
log "CBS import: generating a full-size fake 85806NED feed"
CBS_PORT=$("${LIB[@]}" port)
CBS_BASE=http://$HOST:$CBS_PORT/85806NED
FACTS=$(python3 "$BENCH/gen_cbs.py" generate --out "$TMP/cbs" --base-url "$CBS_BASE")
rec imp_facts "$FACTS"
python3 "$BENCH/gen_cbs.py" serve --dir "$TMP/cbs" --port "$CBS_PORT" --log "$TMP/logs/cbs-requests.log" \
  2>"$TMP/logs/cbs-server.log" &
PIDS+=("$!")
for ((i = 0; i < 100; i++)); do
  curl -s -o /dev/null --max-time 1 "$CBS_BASE/TableInfos?\$format=json" && break; sleep 0.05
done
: >"$TMP/logs/cbs-requests.log"   # drop the readiness probe: the first logged request is the app's

IMPORT_PORT=$("${LIB[@]}" port)
log "CBS import: separate instance on port $IMPORT_PORT, fresh database, bundled data off"
T0=$(now_ms)
start_app import "$IMPORT_PORT" "$DB_IMPORT" -Dindustriemonitor.cbs.refresh-on-start=true \
  -Dindustriemonitor.bundled.load=false "-Dindustriemonitor.cbs.base-url=$CBS_BASE"
IMPORT_PID=$APP_PID
done_re='Import of CBS OData|CBS OData data from .* refused|CBS OData feed not reachable'
for ((i = 0; i < 1800; i++)); do   # at most 180 s
  grep -Eq "$done_re" "$APP_LOG" && break
  kill -0 "$IMPORT_PID" 2>/dev/null || break
  sleep 0.1
done
# the timing line follows the import line once the new snapshot is loaded
for ((i = 0; i < 300; i++)); do grep -q 'CBS OData read in' "$APP_LOG" && break; sleep 0.1; done
if grep -q 'Import of CBS OData' "$APP_LOG"; then
  TIMPORT=$("${LIB[@]}" logms "$APP_LOG" 'Import of CBS OData')
  rec imp_launch_to_line_ms $((TIMPORT - T0))
  rec imp_logged "$(grep -o 'Import of CBS OData.*' "$APP_LOG" | head -1 | sed -E 's#https?://[^ ]*: ##')"
  # a fast import that stored less than was offered would be no result at all
  expected=$(grep -o 'expected_values=[0-9]*' <<<"$FACTS" | cut -d= -f2)
  stored=$(grep -o 'Import of CBS OData.*' "$APP_LOG" | head -1 | sed -E 's/.*\(([0-9]+) figures\).*/\1/')
  [ "$stored" = "$expected" ] || warn "the import stored $stored figures, the feed held $expected"
  rec imp_rss_mb "$(rss_mb "$IMPORT_PID")"
  # the store's own breakdown (ImportService: "took X ms: checks …, checksums …, rows …, commit …")
  for ((i = 0; i < 50; i++)); do grep -q 'Import of CBS OData.* took ' "$APP_LOG" && break; sleep 0.1; done
  rec imp_phases "$(grep -o 'Import of CBS OData.* took .*' "$APP_LOG" | head -1 | sed -E 's/.* took ([0-9]+ ms: .*)/\1/' || true)"
  # by time stamps: the app's first request to the feed → the reader's summary line → the import line
  TREQ=$(awk 'NR == 1 { printf "%.0f", $1 * 1000 }' "$TMP/logs/cbs-requests.log")  # %d would overflow in mawk
  TREAD=$("${LIB[@]}" logms "$APP_LOG" 'CBS 85806NED modified')
  if [ -n "$TREQ" ] && [ -n "$TREAD" ]; then
    rec imp_ts "read $((TREAD - TREQ)) ms, store $((TIMPORT - TREAD)) ms"
  fi
  # the app's own timings (CbsRefresh: "CBS OData read in X ms (…); stored in Y ms") are preferred
  line=$(grep -o 'CBS OData read in [0-9]* ms.*stored in [0-9]* ms' "$APP_LOG" | head -1 || true)
  if [ -n "$line" ]; then
    rec imp_read_ms "$(sed -E 's/.*read in ([0-9]+) ms.*/\1/' <<<"$line")"
    rec imp_store_ms "$(sed -E 's/.*stored in ([0-9]+) ms.*/\1/' <<<"$line")"
    rec imp_source "app log line"
  elif [ -n "$TREQ" ] && [ -n "$TREAD" ]; then
    rec imp_read_ms $((TREAD - TREQ)); rec imp_store_ms $((TIMPORT - TREAD)); rec imp_source "log time stamps"
  fi
else
  warn "the import did not finish: $(grep -Eo "$done_re.*" "$APP_LOG" | head -1 | cut -c1-300)"
fi
stop_pid "$IMPORT_PID"

# ------------------------------------------------------------------------ five years of releases
if [ "${BENCH_RELEASES:-60}" -gt 0 ]; then
  source "$BENCH/history.sh"
fi

finish
