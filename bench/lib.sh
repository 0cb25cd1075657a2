# Shared by the benchmarks: run a command in the background and sample the memory of its whole process tree (Maven,
# the test JVM, every browser and driver) twice a second: the proportional set size (PSS, /proc/PID/smaps_rollup),
# which shares a page among the processes that map it, so Chromium's shared pages count once, not once per process.
#   run_sampled LOG command...   → sets BENCH_STATUS, BENCH_WALL_MS, BENCH_PEAK_MIB

# The processes of a tree: its root and every descendant.
tree_pids() {
  ps -e -o pid=,ppid= | awk -v root="$1" '{ parent[$1] = $2 }
    END { for (p in parent) { q = p; while (q != "" && q != 0 && q != 1) { if (q == root) { print p; break } q = parent[q] } } }'
}

# Memory of a process tree, in MiB (PSS summed; a process that ended meanwhile counts nothing).
tree_pss() {
  local total=0 pid kb
  for pid in $(tree_pids "$1"); do
    kb=$(awk '/^Pss:/ { print $2; exit }' "/proc/$pid/smaps_rollup" 2>/dev/null) || kb=0
    total=$(( total + ${kb:-0} ))
  done
  echo $(( total / 1024 ))
}

run_sampled() {
  local log=$1; shift
  local start end run now
  start=$(date +%s%N)
  "$@" >"$log" 2>&1 &
  run=$!
  BENCH_PEAK_MIB=0
  while kill -0 "$run" 2>/dev/null; do
    now=$(tree_pss "$run"); [ "$now" -gt "$BENCH_PEAK_MIB" ] && BENCH_PEAK_MIB=$now
    sleep 0.5
  done
  wait "$run"; BENCH_STATUS=$?
  end=$(date +%s%N)
  BENCH_WALL_MS=$(( (end - start) / 1000000 ))
}
