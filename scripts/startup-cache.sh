#!/usr/bin/env bash
# Builds a startup cache for the built jar with the `java` on PATH, from one training run that serves a few requests:
#   JDK 25+: an AOT cache (JEP 483/514)       -> app/target/cerbero-mcp.aot, launch with -XX:AOTCache=<file>
#   JDK 17+: an AppCDS archive (dynamic CDS)  -> app/target/cerbero-mcp.jsa, launch with -XX:SharedArchiveFile=<file>
# The cache is tied to the exact jar and JDK: rebuild it after every build. Prints the flag to launch with.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=app/target/cerbero-mcp.jar
port=${CACHE_PORT:-19099}
[ -f "$jar" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 1; }
major=$(java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
if (( major >= 25 )); then
  cache=app/target/cerbero-mcp.aot; record="-XX:AOTCacheOutput=$cache"; use="-XX:AOTCache=$cache"
else
  cache=app/target/cerbero-mcp.jsa; record="-XX:ArchiveClassesAtExit=$cache"; use="-XX:SharedArchiveFile=$cache"
fi
rm -f "$cache"
PORT=$port PLUGINS_DIR=/nonexistent java "$record" -jar "$jar" >/dev/null 2>&1 &
pid=$!
until curl -fs -o /dev/null "http://127.0.0.1:$port/health"; do sleep 0.1; done
curl -s -o /dev/null "http://127.0.0.1:$port/health/ready"
curl -s -o /dev/null "http://127.0.0.1:$port/openapi.json"
curl -s -o /dev/null -X POST "http://127.0.0.1:$port/mcp-bybit/tools/get_ticker" -H 'Content-Type: application/json' -d '{}'
kill -TERM $pid; wait $pid 2>/dev/null || true
[ -f "$cache" ] || { echo "no cache written" >&2; exit 1; }
echo "launch with: java $use -jar $jar"
