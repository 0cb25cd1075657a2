#!/usr/bin/env bash
# Benchmark, not a test: time for a new person to be ready (new browser vs new BiDi user context), to the first page
# of the embedded reference site, per browser profile; with a running grid (scripts/grid start) also through it.
#   bench/session-start.sh [samples] [profile...]     (default: 5 samples; chromium-headless webkit)
set -uo pipefail
cd "$(dirname "$0")/.."
samples=${1:-5}; shift || true
profiles=("$@"); [ ${#profiles[@]} -gt 0 ] || profiles=(chromium-headless webkit)
./mvnw -B -q test-compile >/dev/null 2>&1 || { echo "error: the project does not compile" >&2; exit 1; }
run() {
  ./mvnw -B -q -o exec:java -Dexec.mainClass=io.sessionharness.bench.SessionStartBenchmark -Dexec.classpathScope=test \
    -Dexec.args="$samples" -Dharness.home="$PWD" "$@" 2>/dev/null | grep -v ' INFO \| WARN '
}
for profile in "${profiles[@]}"; do run -Dbrowser="$profile"; done
if [ -f grid/target/run/grid.properties ]; then
  url=$(scripts/grid url)
  run -Dbrowser=grid -Dgrid.url="$url"
  run -Dbrowser=webkit -Dgrid.url="$url"
fi
