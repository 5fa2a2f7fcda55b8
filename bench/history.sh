# Five years of monthly releases (issue 18), sourced by bench/run.sh after its other runs: uses its start_app,
# wait_200, stop_pid, rec, warn, log, rss_mb, pg_fresh_db and their variables.
#
# An instance on a fresh database (bundled data off) stores BENCH_RELEASES (60) full-size generated releases through
# the app's real import path: the scheduled CBS refresh, every 2 s, against gen_cbs.py's static server, whose feed
# is switched to the next release once the app has logged the previous one. Then a new start of the launcher is
# timed to the first page and to ready; RSS; the first render of 200 distinct as-of pages in the middle of the history
# (from ready on); the
# import of one more release (BENCH_RELEASES + 1), parse against store from the app's own log line; the size of
# the database on disk.

HIST_N=${BENCH_RELEASES:-60}
HIST_URLS=${BENCH_HISTORY_URLS:-200}
HIST_CRON='0/2 * * * * ?'
HIST_DIR=$TMP/history
mkdir -p "$HIST_DIR/live"

# hist_gen R: writes release R of the history into $HIST_DIR/rR (the walks sized for N + 1 releases)
hist_gen() {
  python3 "$BENCH/gen_cbs.py" release --out "$HIST_DIR/r$1" --base-url "$HIST_BASE" --release "$1" \
    --releases $((HIST_N + 1)) >"$HIST_DIR/r$1.facts"
}
# hist_serve R: the feed now answers release R (one rename: a request sees one release or the other)
hist_serve() {
  ln -sfn "$HIST_DIR/r$1/85806NED" "$HIST_DIR/live/next" && mv -T "$HIST_DIR/live/next" "$HIST_DIR/live/85806NED"
}
# hist_wait COUNT MAX_SECONDS: until the app has logged COUNT imported releases; false if it did not
hist_wait() {
  local i
  for ((i = 0; i < $2 * 10; i++)); do
    [ "$(grep -c 'imported as a new release' "$APP_LOG" || true)" -ge "$1" ] && return 0
    kill -0 "$APP_PID" 2>/dev/null || return 1
    sleep 0.1
  done
  return 1
}
hist_app() {  # hist_app NAME EXTRA…: an instance on the history's database, the refresh every 2 s
  local name=$1; shift
  INDUSTRIEMONITOR_CBS_REFRESH_CRON=$HIST_CRON start_app "$name" "$HIST_PORT" "$HIST_DB" \
    -Dindustriemonitor.bundled.load=false "-Dindustriemonitor.cbs.base-url=$HIST_BASE" "$@"
}

HIST_PORT=$("${LIB[@]}" port)
HIST_CBS_PORT=$("${LIB[@]}" port)
HIST_BASE=http://$HOST:$HIST_CBS_PORT/85806NED
if [ "$DB_KIND" = postgresql ]; then
  HIST_DB_NAME=industriemonitor_bench_$$_history
  PG_DBS+=("$HIST_DB_NAME"); pg_fresh_db "$HIST_DB_NAME"
  HIST_DB=jdbc:postgresql://$HOST:$PG_PORT/$HIST_DB_NAME
else
  HIST_DB=$TMP/db-history
fi

log "history: generating release 1 of $HIST_N (+1), serving it on $HIST_BASE"
hist_gen 1
hist_serve 1
python3 "$BENCH/gen_cbs.py" serve --dir "$HIST_DIR/live" --port "$HIST_CBS_PORT" --log "$TMP/logs/history-requests.log" \
  2>"$TMP/logs/history-server.log" &
PIDS+=("$!")

T0=$(now_ms)
hist_app history-load -Dindustriemonitor.cbs.refresh-on-start=true
HIST_OK=1
for ((r = 1; r <= HIST_N; r++)); do
  # the next release is generated while the app imports this one
  if [ "$r" -lt "$HIST_N" ]; then hist_gen $((r + 1)) & GEN_PID=$!; fi
  if ! hist_wait "$r" 300; then
    warn "history: release $r was not imported within 300 s: $(grep -E 'refused|not reachable|same figures|ERROR' "$APP_LOG" | tail -1 | cut -c1-300)"
    HIST_OK=0; break
  fi
  if [ "$r" -lt "$HIST_N" ]; then wait "$GEN_PID"; hist_serve $((r + 1)); rm -rf "$HIST_DIR/r$r"; fi
  if [ $((r % 10)) = 0 ] || [ "$r" = "$HIST_N" ]; then
    log "history: $r of $HIST_N releases stored ($(( ($(now_ms) - T0) / 1000 )) s, RSS $(rss_mb "$APP_PID") MB)"
  fi
done
HIST_LOAD_S=$(( ($(now_ms) - T0) / 1000 ))
HIST_LOAD_RSS=$(rss_mb "$APP_PID")
stop_pid "$APP_PID"

if [ "$HIST_OK" = 1 ]; then
  rec hist_releases "$HIST_N"
  rec hist_load "$HIST_N releases of $(grep -o 'expected_values=[0-9]*' "$HIST_DIR/r$HIST_N.facts" | cut -d= -f2) figures each (the last; $(grep -o 'bytes=[0-9]*' "$HIST_DIR/r$HIST_N.facts" | cut -d= -f2) bytes of feed) stored in $HIST_LOAD_S s by the scheduled refresh of one instance, which then had an RSS of $HIST_LOAD_RSS MB"
  # the release to import after the restart, ready before the clock starts
  hist_gen $((HIST_N + 1))
  # BENCH_KEEP_HISTORY_DB=DIR keeps a copy of the stored history (H2) for a look after the run
  if [ -n "${BENCH_KEEP_HISTORY_DB:-}" ] && [ "$DB_KIND" != postgresql ]; then
    mkdir -p "$BENCH_KEEP_HISTORY_DB" && cp -r "$HIST_DB" "$BENCH_KEEP_HISTORY_DB/" || warn "could not keep the history's database"
  fi

  log "history: new start on $HIST_N releases: time to first 200 on /nl/"
  T0=$(now_ms)
  hist_app history -Dindustriemonitor.cbs.refresh-on-start=false
  T200=$(wait_200 "http://$HOST:$HIST_PORT/nl/" 180) && rec hist_start_ms $((T200 - T0))
  rec hist_rss_first_mb "$(rss_mb "$APP_PID")"
  # the as-of pages are asked for once the instance reports ready (data read, warm-up after the start over), as a
  # balancer sends it readers; the time to ready is a row of its own
  TREADY=$(wait_200 "http://$HOST:$HIST_PORT/q/health/ready" 60) && rec hist_ready_ms $((TREADY - T0)) \
    || warn "history: the instance did not report ready within 60 s"

  log "history: first render of $HIST_URLS distinct as-of pages (sequential curl)"
  CFG=$TMP/out/history.curl
  python3 "$BENCH/history.py" urls "$HIST_URLS" "$HIST_N" >"$TMP/out/history-urls.txt"
  {
    echo 'silent'; echo 'max-time = 30'; echo 'write-out = "%{http_code} %{time_total}\n"'
    while read -r u; do printf 'url = "http://%s:%s%s"\noutput = "/dev/null"\n' "$HOST" "$HIST_PORT" "$u"; done \
      <"$TMP/out/history-urls.txt"
  } >"$CFG"
  timeout 600 curl -K "$CFG" >"$TMP/out/history.txt" || warn "curl stopped early on the as-of URLs"
  read -r n non200 hp50 hp99 _ < <("${LIB[@]}" pcts "$TMP/out/history.txt")
  rec hist_first_ms "$(awk 'NR == 1 { printf "%.1f", $2 * 1000 }' "$TMP/out/history.txt")"
  rec hist_n "$n"; rec hist_non200 "$non200"; rec hist_p50_ms "$hp50"; rec hist_p99_ms "$hp99"
  [ "$non200" = 0 ] || warn "$non200 as-of URLs did not answer 200"
  kinds=""
  for kind in '/nl/?' '/nl/sector/' '/nl/compare' '/nl/revisions'; do
    paste -d' ' "$TMP/out/history-urls.txt" "$TMP/out/history.txt" | grep -F "$kind" | cut -d' ' -f2- >"$TMP/out/h-kind.txt"
    read -r _ _ kp50 kp99 _ < <("${LIB[@]}" pcts "$TMP/out/h-kind.txt")
    kinds+="${kind%\?} $kp50 / $kp99, "
  done
  rec hist_kinds "${kinds%, }"
  rec hist_rss_mb "$(rss_mb "$APP_PID")"
  # what the history itself holds: the heap in use right after a full collection (jcmd comes with the JDK)
  if command -v jcmd >/dev/null 2>&1 && timeout 30 jcmd "$APP_PID" GC.run >/dev/null 2>&1; then
    rec hist_heap_mb "$(timeout 30 jcmd "$APP_PID" GC.heap_info 2>/dev/null \
      | awk '/generation/ && /used/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?/, "", v); s += v } } END { printf "%.0f", s / 1024 }')"
  fi

  log "history: release $((HIST_N + 1)) through the scheduled refresh"
  hist_serve $((HIST_N + 1))
  if hist_wait 1 300; then
    for ((i = 0; i < 100; i++)); do grep -q 'CBS OData read in' "$APP_LOG" && break; sleep 0.1; done
    line=$(grep -o 'CBS OData read in [0-9]* ms.*stored in [0-9]* ms' "$APP_LOG" | tail -1 || true)
    rec hist_imp_read_ms "$(sed -E 's/.*read in ([0-9]+) ms.*/\1/' <<<"$line")"
    rec hist_imp_store_ms "$(sed -E 's/.*stored in ([0-9]+) ms.*/\1/' <<<"$line")"
    rec hist_phases "$(grep -o 'Import of CBS OData.* took .*' "$APP_LOG" | tail -1 | sed -E 's/.* took ([0-9]+ ms: .*)/\1/' || true)"
  else
    warn "history: release $((HIST_N + 1)) was not imported within 300 s"
  fi
  stop_pid "$APP_PID"
  if [ "$DB_KIND" = postgresql ]; then
    rec hist_db_bytes "$(pg_sql "select pg_database_size('$HIST_DB_NAME')")"
  else
    rec hist_db_bytes "$(du -sb "$HIST_DB" | cut -f1)"
  fi
fi
rm -rf "$HIST_DIR"
