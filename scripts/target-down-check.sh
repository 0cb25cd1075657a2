#!/usr/bin/env bash
# A target that goes down mid-run is infrastructure, never a target defect (./run-tests): the reference site is started
# as a separate server, ./run-suite runs the smoke suite against it (targets/reference-standalone.yaml), and once a few
# scenarios have passed the server is stopped by PID. Every scenario still to come must be *broken* ("could not
# reach … the target or the network is down"), none *failed*, and run-suite must exit 4 (infrastructure only).
set -uo pipefail
cd "$(dirname "$0")/.."
export REFERENCE_SITE_PASSWORD="ci-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
site_log=target/target-down-site.log
run_log=target/target-down-run.log
mkdir -p target
scripts/reference-site --port 0 --idle 8s --absolute 20s --concurrent reject-new --user qa1 --user qa2 --user qa3 --user qa4 >"$site_log" 2>&1 &
site_pid=$!
trap 'kill "$site_pid" 2>/dev/null; wait "$site_pid" 2>/dev/null' EXIT
url=""
for _ in $(seq 1 600); do
  url=$(grep -o 'http://127\.0\.0\.1:[0-9]*/' "$site_log" | head -n 1)
  [ -n "$url" ] && break
  kill -0 "$site_pid" 2>/dev/null || break
  sleep 0.1
done
[ -n "$url" ] || { echo "error: the standalone reference site did not start; see $site_log" >&2; exit 1; }

REFERENCE_SITE_URL="$url" ./run-suite -Dsuite=smoke -Dtarget=reference-standalone "$@" >"$run_log" 2>&1 &
run_pid=$!
for _ in $(seq 1 1800); do
  [ "$(grep -c '\] passed ' "$run_log")" -ge 3 ] && break
  kill -0 "$run_pid" 2>/dev/null || break
  sleep 0.1
done
kill "$site_pid"; wait "$site_pid" 2>/dev/null
echo "stopped the target after $(grep -c '\] passed ' "$run_log") passed scenario(s)"
wait "$run_pid"; status=$?
summary=$(grep -E '^Summary:' "$run_log")
echo "$summary (run-suite exit $status)"
broken=$(grep -l 'could not reach' target/allure-results/*-result.json 2>/dev/null | wc -l)
if [ "$status" -ne 4 ] || ! [[ "$summary" == *" 0 failed"* ]] || [ "$broken" -lt 1 ]; then
  echo "error: a target that went down must leave broken scenarios only (exit 4, 0 failed, 'could not reach' named): exit $status, $broken result(s) naming it; see $run_log" >&2
  grep -E 'FAILED' "$run_log" | head -5 >&2
  exit 1
fi
echo "target-down-check: $broken scenario(s) broken with 'could not reach …', none failed, exit 4"
