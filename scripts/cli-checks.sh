#!/usr/bin/env bash
# Bad input to ./run-suite: a one-line error naming the fix, exit 2, no browser started, no report written.
set -uo pipefail
cd "$(dirname "$0")/.."
passed=0; failed=0

check() {
  local name=$1 expected=$2 status_wanted=2; shift 2
  # An unreachable target or Grid is infrastructure: exit 3 (a missing prerequisite), still one line before anything starts.
  [[ "$expected" == *"not reachable"* || "$expected" == *"is unreachable"* ]] && status_wanted=3
  local before_browsers after_browsers output status
  before_browsers=$(pgrep -c -x chromium 2>/dev/null || true)
  rm -rf reports/allure-report.check && [ -d reports/allure-report ] && cp -r reports/allure-report reports/allure-report.check
  output=$(./run-suite "$@" 2>&1 >/dev/null); status=$?
  after_browsers=$(pgrep -c -x chromium 2>/dev/null || true)
  if [ "$status" -eq "$status_wanted" ] && [ "$(printf '%s\n' "$output" | wc -l)" -eq 1 ] && [[ "$output" == *"$expected"* ]] \
      && [ "${after_browsers:-0}" -le "${before_browsers:-0}" ]; then
    passed=$((passed + 1)); echo "  ok    $name: $output"
  else
    failed=$((failed + 1)); echo "  FAIL  $name: exit $status, output: $output"
  fi
  rm -rf reports/allure-report.check
}

check "unknown browser profile" "Unknown browser profile 'netscape'" -Dbrowser=netscape
check "unknown suite"           "Unknown suite 'nightly-typo'"       -Dsuite=nightly-typo
check "unknown target"          "Unknown target 'prod'"              -Dtarget=prod
# The command line beats the environment: a stale SEH_TARGET of a CI job never overrides -Dtarget.
SEH_TARGET=reference check "-D beats a stale SEH_TARGET" "Unknown target 'prod'" -Dtarget=prod
check "missing browser binary"  "browser.binary = /nowhere/chromium: no executable file there" -Dbrowser.binary=/nowhere/chromium
check "bad thread count"        "threads = 'lots'"                   -Dthreads=lots
check "bad slot count"          "slots = '0' (-Dslots): expected a whole number from 1 to 64 or auto" -Dslots=0
check "bad scenario ceiling"    "max.scenario (-Dmax.scenario): 'soon' is not a duration" -Dmax.scenario=soon
check "unreachable grid"        "Selenium Grid at http://127.0.0.1:9 is not reachable" -Dgrid.url=http://127.0.0.1:9
check "bad isolation"           "isolation = 'tab'"                  -Disolation=tab
check "draft without a password" "SEH_EXPLORE_PASSWORD is not set" -Dsuite=draft -Dexplore.url=http://127.0.0.1:9/login -Dexplore.user=qa1
check "draft from a non-URL"    "explore.url = 'staging'"            -Dsuite=draft -Dexplore.url=staging -Dexplore.user=qa1
check "draft with a bad idle"   "explore.idle (-Dexplore.idle): 'soon' is not a duration" -Dsuite=draft -Dexplore.url=http://127.0.0.1:9/login \
  -Dexplore.user=qa1 -Dexplore.idle=soon

# measure.write cannot edit a flow-style policy line by line: one line naming the file and line, the profile untouched.
flow=targets/cli-check-flow-policy.yaml
trap 'rm -f "$flow"' EXIT
{ sed '/^policy:/,$d; s/^name: reference$/name: cli-check-flow-policy/' targets/reference.yaml
  echo 'policy: {idleTimeout: 8s, absoluteTimeout: 20s, tolerance: 1s, rotatesSessionIdOnSignIn: true, invalidatesOnSignOut: true}'; } >"$flow"
flow_before=$(sha256sum "$flow")
check "flow-style policy with measure.write" "targets/cli-check-flow-policy.yaml line" -Dtarget=cli-check-flow-policy -Dsuite=measure -Dmeasure.write=true
[ "$(sha256sum "$flow")" = "$flow_before" ] || { failed=$((failed + 1)); echo "  FAIL  flow-style policy: the profile was changed"; }
rm -f "$flow"
check "user contexts on webkit" "isolation = context needs a browser profile that supports user-contexts; 'webkit' does not" -Dbrowser=webkit -Disolation=context

# A browser profile this machine cannot run (no Firefox/geckodriver here) is not bad input: one warning line, every
# scenario reported skipped with the reason, exit 5 (nothing ran: not green).
output=$(./run-suite -Dbrowser=firefox 2>&1); status=$?
if [ "$status" -eq 5 ] && [[ "$output" == *"warning: browser profile 'firefox' is unavailable here"* ]] \
    && [[ "$output" == *"Nothing ran: every scenario was skipped"* ]] && ! [[ "$output" == *"passed: "[1-9]* ]]; then
  passed=$((passed + 1)); echo "  ok    unavailable browser: every scenario skipped with the reason, exit 5"
else
  failed=$((failed + 1)); echo "  FAIL  unavailable browser: exit $status"; printf '%s\n' "$output" | tail -5
fi

# The third-party tooling: an unknown application or action is one line and exit 2, before anything is installed.
command_check() {
  local name=$1 expected=$2; shift 2
  local output status
  output=$("$@" 2>&1 >/dev/null); status=$?
  if [ "$status" -eq 2 ] && [ "$(printf '%s\n' "$output" | wc -l)" -eq 1 ] && [[ "$output" == *"$expected"* ]]; then
    passed=$((passed + 1)); echo "  ok    $name: $output"
  else
    failed=$((failed + 1)); echo "  FAIL  $name: exit $status, output: $output"
  fi
}
command_check "unknown third-party app" "unknown application (known: tomcat-examples, django-admin, node-red)" scripts/third-party wordpress start
command_check "unknown third-party action" "unknown action 'launch'" scripts/third-party tomcat-examples launch
command_check "unknown probe" "unknown application 'wordpress'" scripts/third-party-probe wordpress
command_check "verdict table missing" "error: targets/nope.expected.md: no such file" \
  java -cp target/classes io.sessionharness.cli.VerdictCheck --expected targets/nope.expected.md --results target

echo "cli-checks: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
