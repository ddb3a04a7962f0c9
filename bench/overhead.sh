#!/usr/bin/env bash
# Gateway overhead benchmark, all on loopback:
#   1. wrk, 64 connections: throughput of the stub venue directly vs through the gateway (a READ tool of the
#      test plugin, loaded from PLUGINS_DIR, that calls the stub), in ROUNDS (default 3) alternating rounds;
#   2. LoadGen at half the gateway's median throughput: p99 latency direct vs through the gateway (added latency), each after
#      10 s at the same rate that are not recorded (the generator's own warm-up);
#   3. the gateway's peak RSS during the runs;
#   4. the CPU time per request of the gateway, the stub and wrk in each throughput run (from /proc/<pid>/stat and
#      /usr/bin/time), which explains the ratio: all three share the machine's cores.
# Inbound limits are off (RATE_LIMIT_PER_BOT=0, RATE_LIMIT_PER_TOKEN=0, set by bench/lib.sh): every connection uses
# one bot tag.
# Needs: wrk and GNU time (apt-get install -y wrk time), a build: mvn -B -q install -DskipTests
# Usage: [GATEWAY_JAVA_OPTS=...] bench/overhead.sh [seconds per run, default 20]
#   GATEWAY_JAVA_OPTS=-XX:MaxRAM=512m makes the gateway's JVM size itself as in docker-compose's 512 MB container.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-20}
source bench/lib.sh
require_build "mvn -B -q install -DskipTests"
command -v wrk >/dev/null && [ -x /usr/bin/time ] || { echo "install wrk and GNU time first: apt-get install -y wrk time" >&2; exit 1; }

stub_port=19100; gw_port=19000
require_free_ports $stub_port $gw_port
make_workdir

java -Dsun.net.httpserver.nodelay=true bench/StubVenue.java $stub_port >"$work/stub.log" 2>&1 & stub=$!; pids+=($stub)
start_gateway $gw_port "$work/gateway.log" ECHO_URL_TESTNET=http://127.0.0.1:$stub_port \
  ECHO_URL_LIVE=http://127.0.0.2:$stub_port LOG_LEVEL=WARN
wait_for "http://127.0.0.1:$gw_port/health" "http://127.0.0.1:$stub_port/"

cat >"$work/post.lua" <<LUA
wrk.method = "POST"
wrk.body = '{"symbol":"BTC-PERP"}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $token"
wrk.headers["X-Bot-Tag"] = "bench"
LUA
watch_rss() { while kill -0 "$gw" 2>/dev/null; do ps -o rss= -p "$gw" | tr -d ' '; sleep 0.5; done >"$work/rss.txt"; }
watch_rss & pids+=($!)

stub_url="http://127.0.0.1:$stub_port/ticker?symbol=BTC-PERP"
gw_url="http://127.0.0.1:$gw_port/mcp-echo/tools/get_ticker"
echo "warm-up (90 s through the gateway, so the JIT has compiled the hot path)..."
wrk -t2 -c64 -d90s -s "$work/post.lua" "$gw_url" >/dev/null
# CPU time (user + system, in clock ticks) a process has used so far
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
# runs wrk and prints its output, then one line: CPU microseconds per request spent by the gateway, the stub and wrk
wrk_with_cpu() {
  local g0 s0 out n wrk_cpu
  g0=$(cpu_ticks "$gw"); s0=$(cpu_ticks "$stub")
  out=$( { /usr/bin/time -f "WRK_CPU %U %S" wrk "$@"; } 2>&1 )
  echo "$out"
  n=$(echo "$out" | awk '/requests in/ {print $1}'); wrk_cpu=$(echo "$out" | awk '/WRK_CPU/ {print $2 + $3}')
  awk -v n="$n" -v g=$(( $(cpu_ticks "$gw") - g0 )) -v s=$(( $(cpu_ticks "$stub") - s0 )) -v w="$wrk_cpu" \
      -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "CPU per request: gateway %.0f us, stub %.0f us, wrk %.0f us\n",
      g / hz * 1e6 / n, s / hz * 1e6 / n, w * 1e6 / n}'
}
rps() { awk '/Requests\/sec/ {print $2}'; }
cpu() { grep '^CPU per request' | sed 's/CPU per request: //'; }

# the machine's speed drifts (shared host), so stub and gateway runs alternate and the median round is reported
rounds=${ROUNDS:-3}
ratios=(); gw_rates=()
echo "throughput at 64 connections, ${rounds} alternating rounds of ${secs} s each:"
for r in $(seq 1 "$rounds"); do
  stub_out=$(wrk_with_cpu -t2 -c64 -d${secs}s "$stub_url")
  gw_out=$(wrk_with_cpu -t2 -c64 -d${secs}s -s "$work/post.lua" "$gw_url")
  stub_rps=$(echo "$stub_out" | rps); gw_rps=$(echo "$gw_out" | rps)
  non2xx=$(echo "$gw_out" | awk '/Non-2xx/ {print $NF}')
  ratio=$(awk -v g="$gw_rps" -v s="$stub_rps" 'BEGIN {printf "%.1f", 100*g/s}')
  ratios+=("$ratio"); gw_rates+=("$gw_rps")
  echo "  round $r: stub ${stub_rps} req/s, gateway ${gw_rps} req/s = ${ratio}% of stub (non-2xx: ${non2xx:-0})"
  echo "    CPU per request, stub direct : $(echo "$stub_out" | cpu)"
  echo "    CPU per request, via gateway : $(echo "$gw_out" | cpu)"
done
echo "median ratio: $(median "${ratios[@]}")% of stub (target >= 40%)"
# the framework's floor: the gateway's cheapest route (no auth, no plugin, no upstream) under the same generator
health_out=$(wrk_with_cpu -t2 -c64 -d${secs}s "http://127.0.0.1:$gw_port/health")
echo "for scale, /health alone: $(echo "$health_out" | rps) req/s; $(echo "$health_out" | cpu)"
gw_rps=$(median "${gw_rates[@]}")

half=$(awk -v g="$gw_rps" 'BEGIN {printf "%d", g/2}')
echo "latency at half load (${half} req/s, ${secs} s each):"
direct=$(java bench/LoadGen.java "$stub_url" "$half" "$secs" 64)
through=$(java bench/LoadGen.java "$gw_url" "$half" "$secs" 64 '{"symbol":"BTC-PERP"}' "Content-Type:application/json" \
  "Authorization:Bearer $token" "X-Bot-Tag:bench")
echo "  direct : $direct"
echo "  gateway: $through"
p99d=$(echo "$direct" | sed -E 's/.*p99=([0-9.]+)ms.*/\1/'); p99g=$(echo "$through" | sed -E 's/.*p99=([0-9.]+)ms.*/\1/')
echo "  added p99: $(awk -v a="$p99g" -v b="$p99d" 'BEGIN {printf "%.2f", a-b}') ms"
peak=$(sort -n "$work/rss.txt" | tail -1)
echo "gateway peak RSS under load: $(( peak / 1024 )) MB"
