#!/usr/bin/env bash
# Startup benchmark: process start to the first 200 on /health, with all built-in plugins, N runs.
# Usage: bench/startup.sh [runs] [extra JVM options...]   (build first: mvn -B -q package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}; shift || true
jar=app/target/cerbero-mcp.jar
port=${BENCH_PORT:-19000}
if curl -fs -o /dev/null "http://127.0.0.1:$port/health"; then
  echo "port $port already answers /health: stop that process first (or set BENCH_PORT)" >&2; exit 1
fi
[ -f "$jar" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 1; }
times=()
for i in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  PORT=$port PLUGINS_DIR=/nonexistent java "$@" -jar "$jar" >/dev/null 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/health"; do
    sleep 0.01
    if (( ($(date +%s%N) - start) > 60000000000 )); then echo "no answer after 60 s" >&2; kill $pid; exit 1; fi
  done
  end=$(date +%s%N)
  kill $pid; wait $pid 2>/dev/null || true
  times+=($(( (end - start) / 1000000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "runs: ${times[*]} ms"
echo "median: ${sorted[$(( runs / 2 ))]} ms  min: ${sorted[0]} ms  max: ${sorted[-1]} ms"
