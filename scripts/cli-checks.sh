#!/usr/bin/env bash
# Bad input to ./run-suite: a one-line error naming the fix, exit 2, no browser started, no report written.
set -uo pipefail
cd "$(dirname "$0")/.."
passed=0; failed=0

check() {
  local name=$1 expected=$2; shift 2
  local before_browsers after_browsers output status
  before_browsers=$(pgrep -c -x chromium 2>/dev/null || true)
  rm -rf reports/allure-report.check && [ -d reports/allure-report ] && cp -r reports/allure-report reports/allure-report.check
  output=$(./run-suite "$@" 2>&1 >/dev/null); status=$?
  after_browsers=$(pgrep -c -x chromium 2>/dev/null || true)
  if [ "$status" -eq 2 ] && [ "$(printf '%s\n' "$output" | wc -l)" -eq 1 ] && [[ "$output" == *"$expected"* ]] \
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
check "missing browser binary"  "browser.binary = /nowhere/chromium: no executable file there" -Dbrowser.binary=/nowhere/chromium
check "bad thread count"        "threads = 'lots'"                   -Dthreads=lots

echo "cli-checks: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
