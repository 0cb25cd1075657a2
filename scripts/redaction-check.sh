#!/usr/bin/env bash
# The redaction regression run (./run-tests): the SSO flavour of the reference site sets several cookies in one answer
# (one of them a JWT), redirects with code= and session_state=, keeps hidden tokens in its forms, and lists every
# secret it hands out in a ledger. The full suite runs against it (must pass), then the idle family with a seeded
# defect (failures, with their evidence: page sources, server answers, statusDetails, the JUnit XML failure reports); the
# Allure HTML report is generated; then scripts/redaction-scan looks through every output for any ledger value,
# JWT-shaped value, credential parameter, Authorization value, hidden form value or cookie value in the clear.
set -uo pipefail
cd "$(dirname "$0")/.."
ledger=target/redaction-ledger.txt
rm -rf target/allure-results target/scenario-reports "$ledger" target/redaction-*.log

run() {
  local log=$1; shift
  ./mvnw -B verify -DskipUnitTests=true -DskipSelfTest=true -DskipReport=true -Dtarget=reference-sso -Dreference.ledger="$ledger" "$@" 2>&1 \
    | tee "$log" | grep --line-buffered -E 'Tests run:|FAIL|BROKEN|ERROR|preflight|BUILD'
  return "${PIPESTATUS[0]}"
}

run target/redaction-full.log -Dsuite=full "$@" || { echo "error: the full suite against reference-sso failed" >&2; exit 1; }
scripts/keep-verdicts reference-sso
# Every scenario run starts by removing the previous run's results: the full run's are kept aside for the report and the scan.
rm -rf target/redaction-full-results target/redaction-full-reports
cp -r target/allure-results target/redaction-full-results && cp -r target/scenario-reports target/redaction-full-reports \
  || { echo "error: the full run's results could not be kept for the scan" >&2; exit 1; }
echo "now with a seeded defect (idle-not-enforced) and the idle family, so that failures and their evidence are written too:"
run target/redaction-defect.log -Dsuite=idle -Dreference.defects=idle-not-enforced -Dscenarios.failureIgnore=true "$@" \
  || { echo "error: the smoke suite with a seeded defect could not run" >&2; exit 1; }
if ! grep -qE 'Tests run: [0-9]+, Failures: [1-9]' target/redaction-defect.log; then
  echo "error: the seeded defect failed no scenario, so no failure evidence was written to scan" >&2
  exit 1
fi
cp -n target/redaction-full-results/* target/allure-results/   # the report covers both runs (result files have unique names; the defect run keeps its environment)
./mvnw -B -q allure:report >target/redaction-report.log 2>&1 || { echo "error: the Allure report could not be generated" >&2; exit 1; }
if [ ! -s "$ledger" ]; then
  echo "error: the reference site listed nothing in $ledger: the scan would prove nothing" >&2
  exit 1
fi
scripts/redaction-scan --ledger "$ledger" target/allure-results reports/allure-report target/scenario-reports target/redaction-full-reports \
  target/surefire-reports target/failsafe-reports \
  target/redaction-full.log target/redaction-defect.log target/redaction-report.log
