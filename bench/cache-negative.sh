#!/usr/bin/env bash
# Does a negative cache entry for "unknown symbol" rejections help? All on loopback, every run bounded in time.
# The 20 calls/s venue stub of bench/cache.sh (bench/CacheBench.java; a symbol starting with NOPE is refused with
# 400 "unknown symbol", counted against the limit) and the gateway with the echo plugin's get_ticker cached 250 ms.
#   run A: 64 connections poll the good ticker alone;
#   run B: the same 64, while 16 more connections poll an unknown symbol (a misconfigured bot) at the same time.
# For each: the good ticker's answers/s, statuses and X-Cache counts, the venue calls/s, and what the unknown-symbol
# pollers got. Same build as bench/cache.sh. Usage: bench/cache-negative.sh [seconds per run, default 10]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-10}
source bench/lib.sh
require_build "see the header of bench/cache.sh"

stub_port=19210; gw_port=19011
make_workdir
mkdir -p "$work/classes"
javac -d "$work/classes" bench/CacheBench.java
require_free_ports $stub_port $gw_port

java -cp "$work/classes" CacheBench stub $stub_port 20 >"$work/stub.log" 2>&1 & pids+=($!)
start_gateway $gw_port "$work/gateway.log" ECHO_URL_TESTNET=http://127.0.0.1:$stub_port \
  ECHO_URL_LIVE=http://127.0.0.2:$stub_port LOG_LEVEL=WARN CACHE_TTL_ECHO_GET_TICKER=250ms
wait_for "http://127.0.0.1:$gw_port/health" "http://127.0.0.1:$stub_port/stats"

gw_url="http://127.0.0.1:$gw_port/mcp-echo/tools/get_ticker"
headers=("Content-Type:application/json" "Authorization:Bearer $token" "X-Bot-Tag:bench")
poll() { java -cp "$work/classes" CacheBench poll "$@"; }
venue_calls() { curl -fs "http://127.0.0.1:$stub_port/stats"; }
rate() { awk -v n="$1" -v s="$secs" 'BEGIN {printf "%.1f/s (%d in %d s)", n / s, n, s}'; }

echo "warm-up: ${WARMUP:-15} s through the gateway at 64 connections (not recorded)"
poll "$gw_url" 64 "${WARMUP:-15}" '{"symbol":"BTC-PERP"}' "${headers[@]}" >/dev/null

before=$(venue_calls)
echo "A, good ticker alone:    $(poll "$gw_url" 64 "$secs" '{"symbol":"BTC-PERP"}' "${headers[@]}")"
echo "  venue calls: $(rate $(( $(venue_calls) - before )))"

before=$(venue_calls)
poll "$gw_url" 16 "$secs" '{"symbol":"NOPE-PERP"}' "${headers[@]}" >"$work/unknown.txt" &
unknown_pid=$!
echo "B, good ticker, with 16 connections on an unknown symbol: $(poll "$gw_url" 64 "$secs" '{"symbol":"BTC-PERP"}' "${headers[@]}")"
wait $unknown_pid
echo "  unknown symbol:        $(cat "$work/unknown.txt")"
echo "  venue calls: $(rate $(( $(venue_calls) - before )))"
