#!/usr/bin/env bash
# Audit log cost on WRITE calls, all on loopback: closed-loop throughput of a dry-run order tool (the echo test
# plugin's submit_order, loaded from PLUGINS_DIR; no venue call) with the audit off (AUDIT_LOG_FILE=off), on with
# a flush per record (the default) and on with AUDIT_FSYNC=true. Each WRITE call writes two records (attempt and
# outcome). The modes alternate over ROUNDS rounds (the shared host's speed drifts) and the median is reported.
# Inbound limits are off (RATE_LIMIT_PER_BOT=0, RATE_LIMIT_PER_TOKEN=0, set by bench/lib.sh): every connection uses
# one bot tag.
# Needs a build: mvn -B -o -q -am -pl app package -DskipTests
# Usage: [ROUNDS=3] [CONNECTIONS=16] [WARMUP=15] [GATEWAY_JAR=…] bench/audit-overhead.sh [seconds per run, default 10]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-10}
rounds=${ROUNDS:-3}
conns=${CONNECTIONS:-16}
source bench/lib.sh
jar=${GATEWAY_JAR:-$jar}  # another build (e.g. a baseline) through GATEWAY_JAR
require_build "mvn -B -o -q -am -pl app package -DskipTests"
gw_port=19010
require_free_ports $gw_port
make_workdir

# one run: start the gateway in a mode, measure, stop it; prints requests per second
run() {
  local mode=$1 audit_file fsync=false
  case $mode in
    off) audit_file=off ;;
    flush) audit_file="$work/audit-$RANDOM/audit.jsonl" ;;
    fsync) audit_file="$work/audit-$RANDOM/audit.jsonl"; fsync=true ;;
  esac
  start_gateway $gw_port "$work/gateway-$mode.log" AUDIT_LOG_FILE="$audit_file" AUDIT_FSYNC=$fsync LOG_LEVEL=WARN
  wait_for "http://127.0.0.1:$gw_port/health"
  java -Dwarmup.seconds="${WARMUP:-15}" bench/LoadGen.java closed "http://127.0.0.1:$gw_port/mcp-echo/tools/submit_order" \
    "$secs" "$conns" '{"symbol":"BTC-PERP","side":"buy","qty":"0.01","leverage":2,"dry_run":true}' \
    "Content-Type:application/json" "Authorization:Bearer $token" "X-Bot-Tag:bench" >"$work/run.txt"
  cat "$work/run.txt" >>"$work/runs.txt"
  # a run whose answers are errors (e.g. the inbound limits answering 429) measures nothing: say so
  grep -q 'errors=0$' "$work/run.txt" || echo "    ($mode: $(grep -o 'errors=[0-9]*' "$work/run.txt") non-200 answers)" >&2
  sed -E 's/.*rps=([0-9]+).*/\1/' "$work/run.txt"
  kill "$gw"; wait "$gw" 2>/dev/null || true; gw=""
  if [ "$mode" != off ]; then
    echo "    ($mode: $(cat "$(dirname "$audit_file")/audit.jsonl" | wc -l) audit lines written)" >&2
  fi
}
off=(); flush=(); fsync=()
echo "dry-run submit_order, ${conns} connections, ${rounds} rounds of ${secs} s per mode (after ${WARMUP:-15} s warm-up each):"
for r in $(seq 1 "$rounds"); do
  o=$(run off); f=$(run flush); s=$(run fsync)
  off+=("$o"); flush+=("$f"); fsync+=("$s")
  echo "  round $r: audit off ${o} req/s, flush ${f} req/s, fsync ${s} req/s"
done
mo=$(median "${off[@]}"); mf=$(median "${flush[@]}"); ms=$(median "${fsync[@]}")
echo "median: off ${mo} req/s; flush ${mf} req/s ($(awk -v a="$mf" -v b="$mo" 'BEGIN {printf "%+.1f", 100*(a-b)/b}')%); fsync ${ms} req/s ($(awk -v a="$ms" -v b="$mo" 'BEGIN {printf "%+.1f", 100*(a-b)/b}')%)"
