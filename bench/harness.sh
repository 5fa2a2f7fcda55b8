# Shared by bench/crash.sh and bench/soak.sh (sourced, not run): a temporary folder removed at exit with
# every process started into PIDS, a log prefix, the app copied from target/, and the generated CBS feed.
# Before sourcing, set NAME (log prefix and folder name) and ROOT.
BENCH=$ROOT/bench
TMP=$(mktemp -d "/tmp/im-$NAME.XXXXXX")
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill -9 "$p" 2>/dev/null || true; done; rm -rf "$TMP"; }
trap cleanup EXIT
log() { echo "$NAME: $*" >&2; }
now_ms() { date +%s%3N; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# copies the packaged app (building it when missing) to $TMP/app
copy_app() {
  if [ ! -f "$ROOT/target/quarkus-app/quarkus-run.jar" ]; then
    log "building the app"; (cd "$ROOT" && ./mvnw -B -q -DskipTests package)
  fi
  cp -r "$ROOT/target/quarkus-app" "$TMP/app"
  mkdir -p "$TMP/run" "$TMP/logs"
}

# generates a full-size fake 85806NED feed (random walks, not CBS figures) and serves it on loopback;
# sets CBS_BASE and FACTS
serve_fake_cbs() {
  local port
  port=$(free_port)
  CBS_BASE=http://127.0.0.1:$port/85806NED
  FACTS=$(python3 "$BENCH/gen_cbs.py" generate --out "$TMP/cbs" --base-url "$CBS_BASE")
  python3 "$BENCH/gen_cbs.py" serve --dir "$TMP/cbs" --port "$port" --log "$TMP/logs/cbs.log" &
  PIDS+=($!)
}
