#!/usr/bin/env bash
# Builds this example the way an author outside the repository would: against installed artifacts only.
# The gateway's plugin-facing artifacts (cerbero-spi, -plugin-kit, -tck, -plugin-bom and what they need) are
# installed into a throwaway local repository — a copy of ~/.m2, which is never written — and this project is
# then built and tested with nothing else. Extra Maven flags pass through (e.g. -o on a machine without network).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
repo=$(mktemp -d)
trap 'rm -rf "$repo"' EXIT
if [ -d "$HOME/.m2/repository" ]; then cp -a "$HOME/.m2/repository/." "$repo/"; fi
mvn -B -q "$@" -f "$root/pom.xml" -Dmaven.repo.local="$repo" -DskipTests \
    -pl core/spi,core/kit,core,core/tck,core/bom -am install
mvn -B "$@" -f "$here/pom.xml" -Dmaven.repo.local="$repo" verify
