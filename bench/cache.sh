#!/usr/bin/env bash
# Market-data cache benchmark, all on loopback, every run bounded in time:
#   a venue stub that accepts at most 20 calls a second (429 beyond: bench/CacheBench.java stub), the gateway with
#   the echo test plugin's get_ticker cached for 250 ms (CACHE_TTL_ECHO_GET_TICKER=250ms), and for 64 and 256
#   connections polling that one ticker in a closed loop: the venue calls per second the gateway made (from the
#   stub's own count), the gateway's answers per second, p50/p99 and X-Cache counts; then the same connections
#   against the stub directly (its unlimited /free/ path) for the ratio.
# Inbound limits are off (RATE_LIMIT_PER_BOT=0, RATE_LIMIT_PER_TOKEN=0, set by bench/lib.sh): every connection
# uses one bot tag.
# Needs a build: mvn -B -o -am -pl app package -DskipTests (the jar and core's test-jar with the echo plugin).
# Usage: bench/cache.sh [seconds per run, default 15]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-15}
source bench/lib.sh
require_build "see the header of this script"

stub_port=19200; gw_port=19001
make_workdir
mkdir -p "$work/classes"
javac -d "$work/classes" bench/CacheBench.java
require_free_ports $stub_port $gw_port

java -cp "$work/classes" CacheBench stub $stub_port 20 >"$work/stub.log" 2>&1 & pids+=($!)
start_gateway $gw_port "$work/gateway.log" ECHO_URL_TESTNET=http://127.0.0.1:$stub_port \
  ECHO_URL_LIVE=http://127.0.0.2:$stub_port LOG_LEVEL=WARN CACHE_TTL_ECHO_GET_TICKER=250ms
wait_for "http://127.0.0.1:$gw_port/health" "http://127.0.0.1:$stub_port/stats"

gw_url="http://127.0.0.1:$gw_port/mcp-echo/tools/get_ticker"
stub_url="http://127.0.0.1:$stub_port/free/ticker"
body='{"symbol":"BTC-PERP"}'
headers=("Content-Type:application/json" "Authorization:Bearer $token" "X-Bot-Tag:bench")
poll() { java -cp "$work/classes" CacheBench poll "$@"; }
venue_calls() { curl -fs "http://127.0.0.1:$stub_port/stats"; }

echo "warm-up: ${WARMUP:-30} s through the gateway at 64 connections (not recorded)"
poll "$gw_url" 64 "${WARMUP:-30}" "$body" "${headers[@]}" >/dev/null
for c in 64 256; do
  before=$(venue_calls)
  echo "gateway, cached: $(poll "$gw_url" $c "$secs" "$body" "${headers[@]}")"
  after=$(venue_calls)
  awk -v n=$((after - before)) -v s="$secs" 'BEGIN {printf "  venue calls made by the gateway: %d in %d s = %.1f/s (one per 250 ms window = 4/s)\n", n, s, n / s}'
  echo "stub, direct:    $(poll "$stub_url" $c "$secs" "")"
done
