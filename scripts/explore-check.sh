#!/usr/bin/env bash
# The profile explorer checked both ways (./run-tests): against reference-spa (client-rendered pages, no expiry page,
# two session cookies), whose profile describes it, every moment is read and nothing is found (with a redaction scan
# of what it wrote against the site's ledger); against a copy of reference-two-cookies with two real-world mistakes —
# a protected page the profile has no marker for, a cookiesRequired marker that also
# matches the session-expired page — it is broken under "Profile or site?" naming both, one line each.
set -uo pipefail
cd "$(dirname "$0")/.."
faulty=targets/explore-check-faulty.yaml
ledger=target/explore-ledger.txt
trap 'rm -f "$faulty"' EXIT

explore() {   # target, log
  rm -rf target/allure-results
  ./mvnw -B verify -DskipUnitTests=true -DskipSelfTest=true -DskipReport=true -Dscenarios.failureIgnore=true -Dsuite=explore -Dtarget="$1" \
    -Dreference.ledger="$ledger" >"$2" 2>&1
}
result_of_explorer() {
  grep -l '"fullName":"io.sessionharness.explorer.ProfileExplorer.exploreTheTarget"' target/allure-results/*-result.json 2>/dev/null | head -n 1
}

rm -f "$ledger"
explore reference-spa target/explore-run.log
result=$(result_of_explorer)
moments=$(grep -c '^== [0-9]*\. ' target/explore-run.log)
if [ -z "$result" ] || ! grep -q '"status":"passed"' "$result" || [ "$moments" -lt 8 ] || ! grep -q 'profile explorer: no findings' target/explore-run.log; then
  echo "error: the explorer did not read every moment of reference-spa cleanly ($moments moment(s)); see target/explore-run.log" >&2
  grep -E 'finding|FAIL|ERROR' target/explore-run.log | head -5 >&2
  exit 1
fi
echo "explore reference-spa: $moments moments read, no findings"
[ -s "$ledger" ] || { echo "error: the site listed no issued values: the scan would prove nothing" >&2; exit 1; }
scripts/redaction-scan --ledger "$ledger" target/allure-results target/explore-run.log || { echo "error: the explorer wrote a secret" >&2; exit 1; }

sed -e 's/^name: reference-two-cookies$/name: explore-check-faulty/' \
    -e 's|^protectedPages: \[\(.*\)\]|protectedPages: [\1, /no-such-page]|' \
    -e 's|^  cookiesRequired: .*|  cookiesRequired: [{ element: "#cookies-required" }, { element: "#session-expired" }]|' \
    targets/reference-two-cookies.yaml >"$faulty"
explore explore-check-faulty target/explore-faulty-run.log
result=$(result_of_explorer)
message=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["status"]); print(d.get("statusDetails",{}).get("message",""))' "$result" 2>/dev/null)
expected_error='the protected page /no-such-page: the page at /no-such-page matches no marker (expected signedIn); title: Not found'
expected_ambiguous='idle: the page at /session-expired?reason=idle&next=/account matches the markers of expired (element #session-expired + text "Your session has expired") and cookiesRequired'
if [ -z "$result" ] || [ "$(printf '%s\n' "$message" | head -n 1)" != broken ] || [[ "$message" != *"Profile or site? The profile explorer found"* ]] \
    || [[ "$message" != *"$expected_error"* ]] || [[ "$message" != *"$expected_ambiguous"* ]]; then
  echo "error: the explorer did not report the faulty profile's two mistakes as broken 'Profile or site?' findings; see target/explore-faulty-run.log" >&2
  grep -E '^- ' target/explore-faulty-run.log | head -8 >&2
  exit 1
fi
echo "explore explore-check-faulty: broken, 'Profile or site?', both mistakes named:"
grep -E '^- ' target/explore-faulty-run.log | awk '!seen[$0]++' | sed 's/^/  /' | head -4
