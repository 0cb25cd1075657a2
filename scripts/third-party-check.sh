#!/usr/bin/env bash
# The harness against software nobody here wrote (./run-tests): each third-party application (Apache Tomcat from Maven
# Central, Django's admin from Debian, Node-RED from npm) installed and started by
# scripts/third-party, probed with plain HTTP (scripts/third-party-probe), then the smoke suite against it, described
# only by its targets/<name>.yaml. The probe's facts and the run's verdicts must both match the expected-verdict
# table written beforehand (targets/<name>.expected.md); a redaction scan checks every output against the session IDs
# the application itself recorded. Then the profile explorer against each (its profile describes every moment; what it
# observes about the site agrees with the probe), measure mode against django-admin (idle 60 s) must find its timeout,
# and a profile drafted from each one's start URL alone must give the same smoke verdicts (scripts/draft-check.sh).
#   scripts/third-party-check.sh [extra Maven options]
set -uo pipefail
cd "$(dirname "$0")/.."
apps=(tomcat-examples django-admin node-red)
mkdir -p target/third-party
started=()
cleanup() { for app in "${started[@]}"; do scripts/third-party "$app" stop >/dev/null 2>&1; done; }
trap cleanup EXIT

export THIRD_PARTY_PASSWORD="ci-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
for app in "${apps[@]}"; do
  scripts/third-party "$app" start >"target/third-party/$app.start.log" 2>&1 \
    || { echo "error: third-party application $app could not be installed or started: $(grep -h '^error:' "target/third-party/$app.start.log" | head -n 1)" >&2; exit 1; }
  started+=("$app")
  echo "$app started: $(grep -o 'started (pid [0-9]*' "target/third-party/$app.start.log" | grep -o 'pid [0-9]*')"
done

# The probes wait out the idle timeout with curl alone; they run while the first browser suite does.
probe_pids=()
for app in "${apps[@]}"; do
  scripts/third-party-probe "$app" >"target/third-party/$app.probe.txt" 2>&1 &
  probe_pids+=($!)
done

# The smoke suite against every application in one run (-Dtarget=a,b,c): one suite per application, side by side,
# their waits overlapped; each application's results are told apart by their target parameter.
smoke_all() {
  local results=target/allure-results-third-party log=target/third-party/smoke.log since=$SECONDS app targets
  rm -rf "$results"
  targets=$(IFS=,; echo "${apps[*]}")
  (set -a; for app in "${apps[@]}"; do . ".third-party/$app/env"; done; set +a
   ./mvnw -B verify -DskipUnitTests=true -DskipSelfTest=true -DskipReport=true -Dsuite=smoke -Dtarget="$targets" -Dscenarios.failureIgnore=true \
     -Dallure.results.directory="$PWD/$results" "$@") >"$log" 2>&1
  grep -E 'Tests run:.*TestSuite|preflight' "$log" | sed "s/^/  $targets: /"
  grep -qE 'Tests run: [0-9]+' "$log" || { echo "error: the smoke suite against $targets did not run (see $log)" >&2; return 1; }
  echo "  (smoke, all side by side: $((SECONDS - since)) s)"
  for app in "${apps[@]}"; do
    scripts/keep-verdicts "$app" "$results" "$app"
    [ -n "$(ls -A "target/verdicts/$app")" ] || { echo "error: the run reported no scenario of $app (see $log)" >&2; return 1; }
  done
}

compare() {  # app: its verdicts and the probe's facts against the table, then the redaction scan
  local app=$1 results=target/allure-results-third-party
  java -cp target/classes:"$(cat target/third-party/classpath)" io.sessionharness.cli.VerdictCheck --target "$app" \
    --expected "targets/$app.expected.md" --results "$results" --probe "target/third-party/$app.probe.txt" \
    | grep -v '^ok ' | sed "s/^/  $app: /"
  if [ "${PIPESTATUS[0]}" -ne 0 ]; then  # what the probe noted on the way (an answer without a token, say)
    grep '^note:' "target/third-party/$app.probe.txt" | sed "s/^/  $app: probe /"
    return 1
  fi
  scripts/third-party "$app" ledger >"target/third-party/$app.ledger.txt"
  scripts/redaction-scan --ledger "target/third-party/$app.ledger.txt" "$results" target/scenario-reports target/third-party/smoke.log \
    | sed "s/^/  $app: /"
  [ "${PIPESTATUS[0]}" -eq 0 ]
}

./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/third-party/classpath >/dev/null \
  || { echo "error: the project does not compile" >&2; exit 1; }
smoke_all "$@" || exit 1
for pid in "${probe_pids[@]}"; do wait "$pid" 2>/dev/null; done
status=0
for app in "${apps[@]}"; do
  compare "$app" || { echo "error: $app: the harness's verdicts or the probe differ from targets/$app.expected.md (or a secret leaked)" >&2; status=1; }
done
[ "$status" -eq 0 ] || exit 1

# The profile explorer against each: its profile must describe every moment (no finding). What it observes about the
# site must agree with the probe: Tomcat signs in a browser that blocks cookies (;jsessionid= in the URL); Node-RED's
# editor, its storage blocked with the cookies, never offers a sign-in and says nothing.
declare -A explorer_observes=([tomcat-examples]='signing in with cookies blocked: the site showed signedIn'
                              [node-red]='signing in with cookies blocked: No clear message')
# All three explorers in one run (-Dtarget=a,b,c, side by side); each line of theirs names its profile.
explore_all() {
  local results=target/allure-results-explore-third-party log=target/third-party/explore.log since=$SECONDS app targets observed whose
  rm -rf "$results"
  targets=$(IFS=,; echo "${apps[*]}")
  (set -a; for app in "${apps[@]}"; do . ".third-party/$app/env"; done; set +a
   ./mvnw -B verify -DskipUnitTests=true -DskipSelfTest=true -DskipReport=true -Dsuite=explore -Dtarget="$targets" -Dscenarios.failureIgnore=true \
     -Dallure.results.directory="$PWD/$results" "$@") >"$log" 2>&1
  for app in "${apps[@]}"; do
    whose="[targets/$app.yaml]"
    grep -E 'profile explorer(, about the site)?: ' "$log" | grep -F "$whose" | sed -E 's/^.*(profile explorer)/\1/' | awk '!seen[$0]++' | sed "s/^/  $app: /"
    grep -qF "profile explorer: no findings $whose" "$log" || { echo "error: the profile explorer found what targets/$app.yaml does not describe (see $log)" >&2; return 1; }
    observed=${explorer_observes[$app]:-}
    if [ -n "$observed" ] && ! grep -F "about the site: " "$log" | grep -F "$whose" | grep -qF ". $observed"; then
      echo "error: the profile explorer did not observe on $app what its probe found: $observed" >&2; return 1
    fi
    scripts/third-party "$app" ledger >"target/third-party/$app.explore-ledger.txt"
    scripts/redaction-scan --ledger "target/third-party/$app.explore-ledger.txt" "$results" "$log" | sed "s/^/  $app explorer: /"
    [ "${PIPESTATUS[0]}" -eq 0 ] || return 1
  done
  echo "  (explorers, all side by side: $((SECONDS - since)) s)"
}
explore_all "$@" || exit 1

echo "measure mode against django-admin (declared idle 60 s): the search must find it within the tolerance"
log=target/third-party/django-admin.measure.log
since=$SECONDS
(set -a; . .third-party/django-admin/env; set +a
 ./mvnw -B verify -DskipUnitTests=true -DskipSelfTest=true -DskipReport=true -Dsuite=measure -Dtarget=django-admin -Dmeasure.upper=72s \
   -Dmeasure.resolution=4s -Dallure.results.directory="$PWD/target/allure-results-django-measure" "$@") >"$log" 2>&1
measure_status=$?
grep -h -E '^(idle timeout|absolute lifetime):' target/allure-results-django-measure/*.txt 2>/dev/null | sort -u | sed 's/^/  django-admin: /'
grep -E 'Tests run:.*TestSuite' "$log" | sed 's/^/  django-admin: /'
[ "$measure_status" -eq 0 ] || { echo "error: measure mode against django-admin failed (see $log)" >&2; exit 1; }
echo "  (django-admin measure: $((SECONDS - since)) s)"
since=$SECONDS

echo "the profile drafter against each (its start URL and accounts only): the draft's smoke verdicts must agree with the table"
bash scripts/draft-check.sh "${apps[@]}" || { echo "error: a drafted profile did not reproduce the expected verdicts (see target/drafts)" >&2; exit 1; }
echo "  (drafts: $((SECONDS - since)) s; third-party stage: $SECONDS s)"
