#!/usr/bin/env bash
# Benchmark, not a test: how close a run with real-site proportions comes to its physical limit. Runs the full suite
# against the embedded reference site configured with idle 60 s / absolute 180 s (targets/reference-minutes.yaml) at
# default settings and with each given number of action slots (-Dslots), and prints per run: the suite's wall time
# against its longest scenario, the summed peak memory of the run's whole process tree, how long comebacks from a
# wait queued for a slot, and the progress line's estimate against the real time left (from the first minute on).
# With MEASURE=1 also measure mode against the same site: its wall time against the idle timeout T.
#   bench/scheduling.sh [slots...]        (default: the default setting, then 1 2 4 8; "none": no suite run)
#   extra Maven options in BENCH_OPTS; BENCH_TARGET to use another target
#   MEASURE=1 BENCH_TARGET=reference-minutes-120 bench/scheduling.sh none   # measure mode alone, T = 120 s
set -uo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
target=${BENCH_TARGET:-reference-minutes}
settings=("$@"); [ ${#settings[@]} -gt 0 ] || settings=(default 1 2 4 8)
./mvnw -B -q test-compile >/dev/null 2>&1 || { echo "error: the project does not compile" >&2; exit 1; }

# Seconds from the harness's duration format: "12.3 s", "1:02", "1:02:03".
to_seconds='function secs(t,  n, p) { sub(/ s$/, "", t); n = split(t, p, ":"); if (n == 3) return p[1]*3600 + p[2]*60 + p[3]; if (n == 2) return p[1]*60 + p[2]; return t + 0 }'

printf '%-9s %-10s %10s %18s %8s %10s %14s %14s %16s %16s\n' slots scenarios "wall [s]" "longest scen. [s]" ratio "peak MiB" \
  "comeback [s]" "overruns" "ETA err ≤ [%]" "ETA err ≤ [s]"
for setting in "${settings[@]}"; do
  [ "$setting" = none ] && continue
  log=target/bench-scheduling-$setting.log
  opts=(); [ "$setting" = default ] || opts=(-Dslots="$setting")
  # shellcheck disable=SC2086
  run_sampled "$log" ./mvnw -B -o verify -DskipUnitTests=true -DskipSelfTest=true -DskipReport=true -Dsuite=full -Dtarget="$target" \
    -Dscenarios.failureIgnore=true "${opts[@]}" ${BENCH_OPTS:-}
  wall=$(grep -o 'Time elapsed: [0-9.]* s.* in TestSuite' "$log" | grep -o '[0-9.]*' | tail -n 1)
  longest=$(grep -o ': wall [0-9]* ms' "$log" | awk '{ if ($3 > m) m = $3 } END { printf "%.1f", m/1000 }')
  ratio=$(awk -v w="${wall:-0}" -v l="$longest" 'BEGIN { if (l > 0) printf "%.2f", w / l; else print "-" }')
  lanes=$(grep -o '[0-9]* scenario(s) in progress at once' "$log" | head -n 1 | grep -o '^[0-9]*')
  overruns=$(grep -c 'longer than planned' "$log")
  comeback=$(grep -o 'idled [0-9.:]* s\? \?longer than planned' "$log" | awk "$to_seconds"' { sub(/^idled /, ""); sub(/ longer than planned$/, ""); s += secs($0) } END { printf "%.1f", s }')
  # Each progress line: elapsed and the estimate; the real time left is the last line's elapsed minus this one's.
  read -r pct secs_err < <(grep -o '— [0-9.:]* s\? \?elapsed, \(about [0-9.:]* s\? \?to go\|done\)' "$log" | awk "$to_seconds"'
    { line = $0; sub(/^— /, "", line); split(line, part, " elapsed, "); el[NR] = secs(part[1]);
      est[NR] = part[2] == "done" ? 0 : secs(substr(part[2], 7, length(part[2]) - 12)); n = NR }
    END { total = el[n]; maxp = 0; maxs = 0
          for (i = 1; i <= n; i++) { if (el[i] < 60) continue; left = total - el[i]; d = est[i] - left; if (d < 0) d = -d
            if (d > maxs) maxs = d; if (left >= 30 && d / left * 100 > maxp) maxp = d / left * 100 }
          printf "%.0f %.0f\n", maxp, maxs }')
  printf '%-9s %-10s %10s %18s %8s %10s %14s %14s %16s %16s%s\n' "$setting" "${lanes:-?}" "${wall:-?}" "$longest" "$ratio" "$BENCH_PEAK_MIB" \
    "$comeback" "$overruns" "$pct" "$secs_err" "$([ "$BENCH_STATUS" -eq 0 ] || echo "  (run failed: see $log)")"
  grep -E 'Tests run: [0-9]+, Failures' "$log" | tail -n 1 | sed 's/^\[[A-Z]*\] /          /'
done
echo "(ratio: suite wall / longest scenario; ETA error: the largest difference between the progress line's estimate and the"
echo " real time left, from the first minute on — in % only where at least 30 s were left; comeback: total overrun of idle periods)"

if [ "${MEASURE:-0}" = 1 ]; then
  log=target/bench-scheduling-measure.log
  rm -rf target/allure-results
  # shellcheck disable=SC2086
  run_sampled "$log" ./mvnw -B -o verify -DskipUnitTests=true -DskipSelfTest=true -DskipReport=true -Dsuite=measure -Dtarget="$target" \
    -Dscenarios.failureIgnore=true ${BENCH_OPTS:-}
  idle=$(awk '/idleTimeout:/ { print $2; exit }' "targets/$target.yaml")
  echo
  echo "measure mode against $target (declared idle timeout $idle): whole run $((BENCH_WALL_MS / 1000)) s, peak $BENCH_PEAK_MIB MiB"
  grep -o 'scenario MeasureScenarios[.a-zA-Z]*: wall [0-9]* ms' "$log" | sed 's/^scenario /  /'
  grep -h -E '^(idle timeout|absolute lifetime):' target/allure-results/*.txt 2>/dev/null | sed 's/^/  /'
fi
