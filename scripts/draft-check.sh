#!/usr/bin/env bash
# The profile drafter checked (./run-tests): for each site, from its start URL and accounts alone, the draft suite
# writes targets/<name>.draft.yaml; the smoke suite then runs with that draft, unedited. Its verdicts must agree with
# the site's expected-verdict table (a scenario may skip only for the timeouts a draft leaves to a human: VerdictCheck
# --draft), or — on the correct reference site — be free of any failure; a redaction scan checks every output.
#   scripts/draft-check.sh reference                          starts the reference site on its own (concurrent logins allowed)
#   scripts/draft-check.sh tomcat-examples django-admin node-red   the third-party applications, already started
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p target/drafts
classpath=target/drafts/classpath
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile="$classpath" >/dev/null \
  || { echo "error: the project does not compile" >&2; exit 1; }

site_pid=""
trap '[ -n "$site_pid" ] && kill "$site_pid" 2>/dev/null && wait "$site_pid" 2>/dev/null' EXIT

start_reference() {  # sets base and users: the reference site as a server of its own, four accounts, logins allowed side by side
  export REFERENCE_SITE_PASSWORD="draft-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  scripts/reference-site --port 0 --idle 8s --absolute 20s --user qa1 --user qa2 --user qa3 --user qa4 \
    --ledger target/drafts/reference-ledger.txt >target/drafts/reference-site.log 2>&1 &
  site_pid=$!
  base=""
  for _ in $(seq 1 600); do
    base=$(grep -o 'http://127\.0\.0\.1:[0-9]*/' target/drafts/reference-site.log | head -n 1)
    [ -n "$base" ] && break
    kill -0 "$site_pid" 2>/dev/null || break
    sleep 0.1
  done
  [ -n "$base" ] || { echo "error: the reference site did not start; see target/drafts/reference-site.log" >&2; exit 1; }
  password=$REFERENCE_SITE_PASSWORD
}

draft() {  # name start-url users: the draft suite, then the smoke suite with the draft
  local name=$1 start=$2 users=$3
  local results=target/allure-results-draft-$name log=target/drafts/$name
  rm -rf "$results" "$results-smoke" "targets/$name.draft.yaml"
  SEH_EXPLORE_PASSWORD=$password ./mvnw -B verify -DskipUnitTests=true -DskipSelfTest=true -DskipReport=true -Dsuite=draft -Dexplore.url="$start" \
    -Dexplore.user="$users" -Dexplore.name="$name" -Dallure.results.directory="$PWD/$results" >"$log.draft.log" 2>&1
  [ -f "targets/$name.draft.yaml" ] || { echo "error: no draft for $name (see $log.draft.log)" >&2; return 1; }
  echo "  $name: drafted targets/$name.draft.yaml from $start; needs a human: $(grep -c 'NEEDS A HUMAN' "targets/$name.draft.yaml") line(s)"
  SEH_EXPLORE_PASSWORD=$password ./mvnw -B verify -DskipUnitTests=true -DskipSelfTest=true -DskipReport=true -Dsuite=smoke -Dtarget="$name.draft" \
    -Dscenarios.failureIgnore=true -Dallure.results.directory="$PWD/$results-smoke" >"$log.smoke.log" 2>&1
  grep -E 'Tests run:.*TestSuite' "$log.smoke.log" | sed "s/^/  $name (draft): /"
}

status=0
for app in "$@"; do
  case "$app" in
    reference)
      start_reference
      draft reference "${base}login" qa1,qa2,qa3,qa4 || { status=1; continue; }
      # The correct site: nothing may fail or break with the draft.
      if grep -qE 'Tests run: [0-9]+, Failures: 0, Errors: 0' target/drafts/reference.smoke.log; then
        echo "  reference (draft): no failure on the correct site"
      else
        echo "error: the smoke suite with the reference site's draft failed or broke (see target/drafts/reference.smoke.log)" >&2; status=1
      fi
      scripts/redaction-scan --ledger target/drafts/reference-ledger.txt --canary-env REFERENCE_SITE_PASSWORD \
        target/allure-results-draft-reference target/allure-results-draft-reference-smoke target/drafts/reference.draft.log \
        target/drafts/reference.smoke.log | sed 's/^/  reference (draft): /'
      [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
      kill "$site_pid" 2>/dev/null; wait "$site_pid" 2>/dev/null; site_pid="" ;;
    tomcat-examples|django-admin|node-red)
      set -a; . ".third-party/$app/env"; set +a
      password=$THIRD_PARTY_PASSWORD
      case "$app" in
        tomcat-examples) start=${TOMCAT_EXAMPLES_URL}jsp/security/protected/index.jsp users=qa1,qa2,qa3 ;;
        django-admin) start=${DJANGO_ADMIN_URL}login/ users=qa1,qa2,qa3,qa4,qa5,qa6 ;;
        node-red) start=$NODE_RED_URL users=qa1,qa2,qa3,qa4,qa5,qa6,qa7,qa8 ;;
      esac
      draft "$app" "$start" "$users" || { status=1; continue; }
      java -cp "target/classes:$(cat "$classpath")" io.sessionharness.cli.VerdictCheck --draft --expected "targets/$app.expected.md" \
        --results "target/allure-results-draft-$app-smoke" | grep -v '^ok ' | sed "s/^/  $app (draft): /"
      [ "${PIPESTATUS[0]}" -eq 0 ] || { echo "error: $app: the smoke verdicts with the draft differ from targets/$app.expected.md" >&2; status=1; }
      scripts/third-party "$app" ledger >"target/drafts/$app.ledger.txt"
      scripts/redaction-scan --ledger "target/drafts/$app.ledger.txt" "target/allure-results-draft-$app" "target/allure-results-draft-$app-smoke" \
        "target/drafts/$app.draft.log" "target/drafts/$app.smoke.log" | sed "s/^/  $app (draft): /"
      [ "${PIPESTATUS[0]}" -eq 0 ] || status=1 ;;
    *) echo "usage: scripts/draft-check.sh reference|tomcat-examples|django-admin|node-red ..." >&2; exit 2 ;;
  esac
done
exit "$status"
