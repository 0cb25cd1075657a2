#!/usr/bin/env bash
# A target that goes down mid-run is infrastructure, never a target defect (./run-tests): the reference site is started
# as a separate server, ./run-suite runs the smoke suite against it (targets/reference-standalone.yaml), and once a few
# scenarios have passed the server is stopped by PID. Every scenario still to come must be *broken* ("could not
# reach … the target or the network is down"), none *failed*, and run-suite must exit 4 (infrastructure only).
# Then, the server still down, a run over two targets: without -Dtargets.continue it stops at the preflight (exit 3);
# with it, the down target's scenarios are all broken with the reason, the embedded one's run and pass (exit 4).
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

# Two targets, one of them down from the start (the server stopped above).
continue_log=target/target-down-continue.log
REFERENCE_SITE_URL="$url" ./run-suite -Dsuite=declared-weaknesses -Dtarget=reference-weak,reference-standalone "$@" >"$continue_log" 2>&1
status=$?
if [ "$status" -ne 3 ] || ! grep -q "^error: .*reference-standalone.*is unreachable" "$continue_log"; then
  echo "error: a target down at start must stop a run without -Dtargets.continue (exit 3, one line naming it): exit $status; see $continue_log" >&2
  exit 1
fi
REFERENCE_SITE_URL="$url" ./run-suite -Dsuite=declared-weaknesses -Dtarget=reference-weak,reference-standalone -Dtargets.continue=true "$@" >"$continue_log" 2>&1
status=$?
/usr/bin/python3 - target/allure-results "$status" <<'PY' || { echo "error: with -Dtargets.continue=true the down target's scenarios must all be broken with the reason and the other target's run and pass (exit 4); see $continue_log" >&2; exit 1; }
import glob, json, sys
counts = {}
for path in glob.glob(sys.argv[1] + "/*-result.json"):
    result = json.load(open(path))
    target = next((p["value"] for p in result.get("parameters", []) if p.get("name") == "target"), "?")
    message = (result.get("statusDetails") or {}).get("message") or ""
    status = result.get("status")
    if status == "broken" and "did not answer when the run started" in message:
        status = "broken, target down at start"
    counts.setdefault(target, {}).setdefault(status, 0)
    counts[target][status] += 1
print("with -Dtargets.continue=true (run-suite exit %s): %s" % (sys.argv[2], "; ".join(
    "%s: %s" % (t, ", ".join("%d %s" % (n, s) for s, n in sorted(c.items()))) for t, c in sorted(counts.items()))))
down, up = counts.get("reference-standalone", {}), counts.get("reference-weak", {})
sys.exit(0 if sys.argv[2] == "4" and list(down) == ["broken, target down at start"] and up.get("passed") and set(up) <= {"passed", "skipped"} else 1)
PY
grep -E "^warning: .*reference-standalone" "$continue_log" | head -n 1
