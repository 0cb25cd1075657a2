#!/usr/bin/env bash
# Benchmark, not a test: runs a suite (default: full) against the embedded reference site with 1, 2 and 4
# threads and prints its wall time next to the sum and the longest of the deliberate idle waits it contains, and the
# peak memory of the whole run (Maven, the test JVM, every browser and driver; sampled twice a second).
#   bench/suite-wall-time.sh [suite] [threads...]      ISOLATION=context: people as BiDi user contexts
#   extra Maven options in BENCH_OPTS (e.g. BENCH_OPTS="-Dbrowser=webkit")
set -uo pipefail
cd "$(dirname "$0")/.."
suite=${1:-full}; shift || true
threads=("$@"); [ ${#threads[@]} -gt 0 ] || threads=(1 2 4)
./mvnw -B -q test-compile >/dev/null 2>&1 || { echo "error: the project does not compile" >&2; exit 1; }

isolation=${ISOLATION:-browser}
source bench/lib.sh
printf 'isolation: %s %s\n' "$isolation" "${BENCH_OPTS:-}"
printf '%-8s %-7s %10s %14s %14s %18s %10s %10s %10s\n' suite threads "wall [s]" "idle sum [s]" "idle max [s]" "longest scen. [s]" "wall/sum" "scenarios" "peak MiB"
for t in "${threads[@]}"; do
  log=target/bench-$suite-$t.log
  # shellcheck disable=SC2086
  run_sampled "$log" ./mvnw -B -o verify -DskipUnitTests=true -DskipSelfTest=true -DskipReport=true -Dsuite="$suite" -Dthreads="$t" -Disolation="$isolation" ${BENCH_OPTS:-}
  status=$BENCH_STATUS; peak=$BENCH_PEAK_MIB
  suite_seconds=$(grep -o 'Time elapsed: [0-9.]* s.* in TestSuite' "$log" | grep -o '[0-9.]*' | tail -n 1)
  read -r sum max count < <(grep -o 'deliberate idle [0-9]* ms' "$log" | awk '{ s += $3; if ($3 > m) m = $3; n++ } END { printf "%.1f %.1f %d\n", s/1000, m/1000, n }')
  longest=$(grep -o ': wall [0-9]* ms' "$log" | awk '{ if ($3 > m) m = $3 } END { printf "%.1f", m/1000 }')
  ratio=$(awk -v w="${suite_seconds:-0}" -v s="$sum" 'BEGIN { if (s > 0) printf "%.2f", w / s; else print "-" }')
  printf '%-8s %-7s %10s %14s %14s %18s %10s %10s %10s%s\n' "$suite" "$t" "${suite_seconds:-?}" "$sum" "$max" "$longest" "$ratio" "$count" "$peak" \
    "$([ $status -eq 0 ] || echo "  (run failed: see $log)")"
  echo "         (whole Maven run incl. start-up: $BENCH_WALL_MS ms)"
done
