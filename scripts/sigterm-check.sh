#!/usr/bin/env bash
# Stopping a run half-way leaves nothing behind (./run-tests): ./run-suite is started, sent SIGTERM — as a CI that
# cancels a job sends it — once its browsers are up, and every process it had started by then must be gone, with no
# chromedriver or Chromium left on the machine beyond those there before.
#   scripts/sigterm-check.sh [run-suite options…]
set -uo pipefail
cd "$(dirname "$0")/.."
log=target/sigterm-check.log
mkdir -p target

descendants_of() {
  local child
  for child in $(ps -o pid= --ppid "$1" 2>/dev/null); do echo "$child"; descendants_of "$child"; done
}
browsers_on_machine() { ps -eo comm= | grep -cE '^(chromium|chromedriver|chrome|Xvfb)$'; }

before=$(browsers_on_machine)
./run-suite "$@" >"$log" 2>&1 &
run=$!
family=""
browsers_up=no
for _ in $(seq 1 900); do
  kill -0 "$run" 2>/dev/null || { echo "error: run-suite ended before any browser started; see $log" >&2; exit 1; }
  family=$(descendants_of "$run")
  if [ -n "$family" ] && ps -o comm= -p "$(echo $family | tr ' ' ,)" 2>/dev/null | grep -qE '^(chromium|chromedriver|chrome)'; then
    browsers_up=yes
    break
  fi
  sleep 0.2
done
if [ "$browsers_up" != yes ]; then
  echo "error: no browser started within 180 s: the stop would prove nothing; see $log" >&2
  kill -TERM "$run" 2>/dev/null
  exit 1
fi
sleep 3   # a moment with browsers at work
family=$(descendants_of "$run")
kill -TERM "$run"
for _ in $(seq 1 300); do kill -0 "$run" 2>/dev/null || break; sleep 0.2; done
if kill -0 "$run" 2>/dev/null; then
  echo "error: run-suite was still running 60 s after SIGTERM" >&2
  kill -KILL "$run" $family 2>/dev/null
  exit 1
fi
wait "$run"; status=$?
# Processes already told to end may take a moment to go (a renderer whose browser has ended): up to 10 s.
for _ in $(seq 1 50); do
  leftover=""
  for pid in $family; do kill -0 "$pid" 2>/dev/null && leftover="$leftover $pid"; done
  after=$(browsers_on_machine)
  [ -z "$leftover" ] && [ "$after" -le "$before" ] && break
  sleep 0.2
done
if [ -n "$leftover" ] || [ "$after" -gt "$before" ]; then
  echo "error: after SIGTERM these processes of the run were left:" >&2
  [ -n "$leftover" ] && ps -o pid=,comm= -p "$(echo $leftover | tr ' ' ,)" >&2
  echo "  (chromium/chromedriver on the machine: $before before, $after after)" >&2
  [ -n "$leftover" ] && kill -KILL $leftover 2>/dev/null
  exit 1
fi
if [ "$status" -ne 143 ] || ! grep -q 'stopped by a signal' "$log"; then
  echo "error: run-suite did not report the stop (exit $status); see $log" >&2
  exit 1
fi
echo "sigterm-check: run-suite stopped mid-run (exit $status); the $(echo $family | wc -w) processes it had started are all gone, no browser left"
