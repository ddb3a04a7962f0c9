# Shared setup of the gateway benchmarks (overhead.sh, cache.sh, cache-negative.sh, audit-overhead.sh): sourced by
# them from the repository root, never run on its own. Loopback only.

jar=app/target/cerbero-mcp.jar
token=bench-testnet-token-0001
mainnet_token=bench-mainnet-token-0002

# Stops unless the gateway jar and core's test jar (it holds the echo test plugin) are built; $1 says how to build.
# Sets tests_jar.
require_build() {
  tests_jar=$(ls core/target/cerbero-core-*-tests.jar 2>/dev/null | head -1)
  [ -f "$jar" ] && [ -n "$tests_jar" ] || { echo "build first: $1" >&2; exit 1; }
}

# Stops unless nothing answers on any of the given loopback ports.
require_free_ports() {
  for p in "$@"; do
    if curl -s -o /dev/null "http://127.0.0.1:$p/"; then echo "port $p is in use: stop that process first" >&2; exit 1; fi
  done
}

# A scratch folder $work whose plugins/ holds the echo test plugin. On exit the processes listed in pids are
# stopped and the folder is removed.
make_workdir() {
  work=$(mktemp -d)
  mkdir -p "$work/plugins"
  cp "$tests_jar" "$work/plugins/echo-test-plugin.jar"
  pids=()
  trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT
}

# Starts the gateway in the background on port $1, logging to $2, with the echo plugin, the bench tokens and any
# further VAR=value settings; sets gw to its pid and adds it to pids. ${GATEWAY_JAVA_OPTS} goes to its JVM.
# Inbound limits are off (a setting given here can turn them on): every benchmark connection uses the one bot tag
# "bench", so the default 50 calls/s per bot would answer most calls 429 and time the rejection, not the tool.
start_gateway() {
  local port=$1 log=$2
  shift 2
  env PORT="$port" TESTNET_TOKEN="$token" MAINNET_TOKEN="$mainnet_token" PLUGINS_DIR="$work/plugins" \
    RATE_LIMIT_PER_BOT=0 RATE_LIMIT_PER_TOKEN=0 "$@" java ${GATEWAY_JAVA_OPTS:-} -jar "$jar" >"$log" 2>&1 & gw=$!
  pids+=("$gw")
}

# Waits until every given URL answers 2xx.
wait_for() {
  for url in "$@"; do
    until curl -fs -o /dev/null "$url"; do sleep 0.2; done
  done
}

median() { printf '%s\n' "$@" | sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
