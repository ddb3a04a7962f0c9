#!/usr/bin/env bash
# Builds this example the way an author outside the repository would: against installed artifacts only.
# The gateway's plugin-facing artifacts (cerbero-spi, -plugin-kit, -tck, -plugin-bom and what they need) are
# installed into a throwaway local repository — a copy of ~/.m2, which is never written — and this project is
# then built and tested with nothing else. Extra Maven flags pass through (e.g. -o on a machine without network).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
repo="$work/repository"; src="$work/gateway"; plugin="$work/plugin"
mkdir -p "$repo" "$src" "$plugin"
if [ -d "$HOME/.m2/repository" ]; then cp -a "$HOME/.m2/repository/." "$repo/"; fi
# the checkout's sources (tracked and new files, no build output), so the install starts clean
(cd "$root" && git ls-files -co --exclude-standard -z | xargs -0 cp --parents -t "$src")
mvn -B -q "$@" -f "$src/pom.xml" -Dmaven.repo.local="$repo" -DskipTests \
    -pl core/spi,core/kit,core,core/tck,core/bom -am install
cp -r "$src/examples/outside-plugin/." "$plugin/"   # outside the gateway's tree: nothing but the BOM links them
mvn -B "$@" -f "$plugin/pom.xml" -Dmaven.repo.local="$repo" verify
mkdir -p "$here/target" && cp "$plugin"/target/cerbero-plugin-spotprice-*.jar "$here/target/"
echo "plugin jar: $here/target (drop it into the gateway's PLUGINS_DIR)"
