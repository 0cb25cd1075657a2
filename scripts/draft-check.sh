#!/usr/bin/env bash
# The profile drafter checked (./run-tests): for each site, from its start URL and accounts alone, the draft suite
# writes targets/<name>.draft.yaml; the smoke suite then runs with every draft, unedited, in one run (-Dtarget=a.draft,b.draft:
# side by side, their waits overlapped), and the profile explorer on every reference flavour's draft in another. Each draft's verdicts must
# agree with the site's expected-verdict table (a scenario may skip only for the timeouts a draft leaves to a human:
# VerdictCheck --draft), or — on the correct reference site — be free of any failure; the explorer must find nothing the
# draft does not describe; a redaction scan checks every output.
#   scripts/draft-check.sh reference                          starts the reference site on its own (concurrent logins allowed)
#   scripts/draft-check.sh reference-two-cookies reference-spa reference-console reference-sso   its other flavours: a session
#       in two cookies beside a pre-login cookie reissued at sign-in; a single-page app with a stored token; the same built
#       unlike our pages (targets/reference-console.yaml: the product's name on every page, generated ids, expiry told on the
#       sign-in page); single sign-on through an identity provider on another host, the sign-in page drawn by scripts
#   scripts/draft-check.sh tomcat-examples django-admin node-red   the third-party applications, already started
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p target/drafts
classpath=target/drafts/classpath
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile="$classpath" >/dev/null \
  || { echo "error: the project does not compile" >&2; exit 1; }

# The reference site's flavours each run as a server of their own until the smoke run with every draft is over.
site_pids=()
trap 'for pid in "${site_pids[@]}"; do kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; done' EXIT
# One password for every account of every flavour (each site is still its own server with its own sessions).
export REFERENCE_SITE_PASSWORD="draft-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"

# Idle 30 s, no absolute lifetime: long enough that a person of one draft's smoke or explorer waiting for another's turn
# (all of them side by side on two cores) never idles the session out — a draft leaves the timeouts to a human, so a
# run with it cannot tell such an end from a defect —, short enough for the drafter to idle one session out
# (-Dexplore.idle); and no lifetime that a long side-by-side run could reach.
REFERENCE_IDLE=30s
start_reference() {  # flavour; sets base: the reference site as a server of its own, four accounts, logins allowed side by side
  local flavour=$1 pid
  scripts/reference-site --port 0 --flavour "$flavour" --idle $REFERENCE_IDLE --absolute none --user qa1 --user qa2 --user qa3 --user qa4 \
    --ledger "target/drafts/reference-$flavour-ledger.txt" >"target/drafts/reference-$flavour-site.log" 2>&1 &
  pid=$!
  site_pids+=("$pid")
  base=""
  for _ in $(seq 1 600); do
    base=$(grep -o 'http://127\.0\.0\.1:[0-9]*/' "target/drafts/reference-$flavour-site.log" | head -n 1)
    [ -n "$base" ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  [ -n "$base" ] || { echo "error: the reference site did not start; see target/drafts/reference-$flavour-site.log" >&2; exit 1; }
  password=$REFERENCE_SITE_PASSWORD
}

draft() {  # name start-url users [options]: the draft suite; its accounts' password variables exported for the smoke run
  local name=$1 start=$2 users=$3; shift 3
  local results=target/allure-results-draft-$name log=target/drafts/$name
  rm -rf "$results" "$results-smoke" "targets/$name.draft.yaml"
  SEH_EXPLORE_PASSWORD=$password ./mvnw -B verify -DskipUnitTests=true -DskipSelfTest=true -DskipReport=true -Dsuite=draft -Dexplore.url="$start" \
    -Dexplore.user="$users" -Dexplore.name="$name" -Dallure.results.directory="$PWD/$results" "$@" >"$log.draft.log" 2>&1
  [ -f "targets/$name.draft.yaml" ] || { echo "error: no draft for $name (see $log.draft.log)" >&2; return 1; }
  echo "  $name: drafted targets/$name.draft.yaml from $start; needs a human: $(grep -c 'NEEDS A HUMAN' "targets/$name.draft.yaml") line(s)"
  # Each account's password variable, as the run printed them and the tester sets them; every account signed in with.
  grep -o "reads each account's password from the environment: .*" "$log.draft.log" | head -n 1 | sed "s/^/  $name: the draft /"
  local variables
  variables=$(grep -oE 'password: \{ env: [A-Z0-9_]+ \} \}' "targets/$name.draft.yaml" | grep -oE '[A-Z0-9_]+_PASSWORD')
  for variable in $variables; do export "$variable=$password"; done
  exported="$exported $variables"   # unset once the smoke run is over (forget), so no later run carries them
  if [ "$(grep -c '# signed in by the drafter' "targets/$name.draft.yaml")" -ne "$(printf '%s\n' "$variables" | grep -c .)" ]; then
    echo "error: $name: the drafter did not sign in with every account: $(grep -E '^    - \{ username' "targets/$name.draft.yaml" | grep -v 'signed in by the drafter' | head -n 2)" >&2
    return 1
  fi
}

smoke_all() {  # label name...: the smoke suite with these drafts, in one run; each draft's results picked out by its target
  local label=$1; shift
  local targets log=target/drafts/smoke-$label.log results=target/allure-results-drafts-smoke-$label name
  targets=$(printf '%s.draft,' "$@"); targets=${targets%,}
  rm -rf "$results"
  SEH_EXPLORE_PASSWORD=$password ./mvnw -B verify -DskipUnitTests=true -DskipSelfTest=true -DskipReport=true -Dsuite=smoke -Dtarget="$targets" \
    -Dscenarios.failureIgnore=true -Dallure.results.directory="$PWD/$results" >"$log" 2>&1
  grep -E 'Tests run:.*TestSuite' "$log" | sed "s/^/  $targets: /"
  grep -qE 'Tests run: [0-9]+' "$log" || { echo "error: the smoke suite with the drafts did not run (see $log)" >&2; return 1; }
  for name in "$@"; do
    scripts/keep-verdicts "draft-$name" "$results" "$name.draft"
    echo "  $name (draft): $(verdicts "$name" | sort | uniq -c | awk '{ printf "%s%d %s", (NR > 1 ? ", " : ""), $1, $2 }')"
  done
}

verdicts() {  # name: each scenario's verdict with the draft (the top-level status of its last attempt), one per line
  /usr/bin/python3 - "target/verdicts/draft-$1" <<'PY'
import glob, json, sys
latest = {}
for path in glob.glob(sys.argv[1] + "/*-result.json"):
    result = json.load(open(path))
    key = result.get("historyId", path)
    if key not in latest or result.get("stop", 0) >= latest[key].get("stop", 0):
        latest[key] = result
for result in latest.values():
    print(result.get("status"))
PY
}

explore_all() {  # name...: the explorer on every draft, unedited, in one run — every moment it reaches described, no finding
  local log=target/drafts/explore.log results=target/allure-results-drafts-explore targets name whose
  targets=$(printf '%s.draft,' "$@"); targets=${targets%,}
  rm -rf "$results"
  SEH_EXPLORE_PASSWORD=$password ./mvnw -B verify -DskipUnitTests=true -DskipSelfTest=true -DskipReport=true -Dsuite=explore -Dtarget="$targets" \
    -Dscenarios.failureIgnore=true -Dallure.results.directory="$PWD/$results" >"$log" 2>&1
  for name in "$@"; do
    whose="[targets/$name.draft.yaml]"
    if grep -qF "profile explorer: no findings $whose" "$log"; then
      echo "  $name (draft): the explorer on the draft: no findings"
    else
      echo "error: $name: the explorer found the draft wrong, or did not run on it (see $log):" >&2
      grep -E '^- ' "$log" | awk '!seen[$0]++' | head -5 >&2
      status=1
    fi
  done
}

# What the draft must say the session is, established from the flavour's own description (targets/<flavour>.yaml,
# hand-written from the site's code), never from the drafter's output: the cookies and the pre-login cookie.
expect_session() {
  local app=$1 want_cookies want_pre=""
  local want_expiry='  expired: { text: "Your session has expired — please sign in again" }'   # Pages.expired: a page of its own
  case "$app" in
    reference) want_cookies='["JSESSIONID"]' ;;
    reference-two-cookies) want_cookies='["APP_IDENTITY", "JSESSIONID"]' want_pre='"APP_AUTH_SESSION"' ;;
    reference-spa) want_cookies='["APP_IDENTITY", "JSESSIONID"]' want_pre='"APP_AUTH_SESSION"'
      want_expiry='  expiryShows: sign-in-page        # an idled-out session was shown the plain sign-in page' ;;   # SpaPages: no expiry page
    reference-console) want_cookies='["APP_IDENTITY", "JSESSIONID"]' want_pre='"APP_AUTH_SESSION"'
      want_expiry='  expired: { text: "Your session has expired. Please sign in again." }' ;;   # ConsoleSkin: told on the sign-in page
    # SsoSessionCookies: the identity token, restart token and session hash set at sign-in are not the session (the app's
    # session stays APPSESSION, set before sign-in and rotated by it); SsoPages: the banner on the sign-in page.
    reference-sso) want_cookies='["APPSESSION"]'
      want_expiry='  expired: { text: "Your session timed out. Please sign in again." }' ;;
  esac
  grep -qF "$want_expiry" "targets/$app.draft.yaml" \
    || { echo "error: $app: the draft does not say what an ended session shows ($want_expiry): $(grep -E 'expired|expiryShows' "targets/$app.draft.yaml" | head -n 2)" >&2; status=1; }
  grep -qF "sessionCookies: $want_cookies" "targets/$app.draft.yaml" \
    || { echo "error: $app: the draft's session cookies are not $want_cookies: $(grep -E 'sessionCookies' "targets/$app.draft.yaml")" >&2; status=1; }
  if [ -n "$want_pre" ]; then
    grep -qF "preLoginCookie: $want_pre" "targets/$app.draft.yaml" \
      || { echo "error: $app: the draft does not name the pre-login cookie $want_pre" >&2; status=1; }
  elif grep -q 'preLoginCookie' "targets/$app.draft.yaml"; then
    echo "error: $app: the draft names a pre-login cookie the site does not set" >&2; status=1
  fi
  echo "  $app (draft): $(grep -E '^  (sessionCookies|preLoginCookie|sessionTokens|expired|expiryShows):' "targets/$app.draft.yaml" | sed 's/ *#.*//' | tr -s ' ' | paste -sd';')"
}

# Every output of one site's runs that exists: a run that failed half-way is scanned too (its logs are the likeliest
# to hold a dump). The smoke run with every draft is scanned with each site's ledger.
outputs() {
  local app=$1 path
  for path in "target/allure-results-draft-$app" target/allure-results-drafts-smoke-* target/allure-results-drafts-explore \
      "target/drafts/$app.draft.log" target/drafts/smoke-*.log target/drafts/explore.log; do
    [ -e "$path" ] && printf '%s\n' "$path"
  done
}

forget() {  # the per-account password variables of the drafts just checked
  local variable
  for variable in $exported; do unset "$variable"; done
  exported=""
}

status=0
exported=""
drafted=()
# First every draft (a reference flavour's site stays up for the smoke run), then one smoke run with all of them.
for app in "$@"; do
  case "$app" in
    reference|reference-two-cookies|reference-spa|reference-console|reference-sso)
      flavour=${app#reference-}; [ "$flavour" = reference ] && flavour=classic
      start_reference "$flavour"
      # The site's idle timeout given: the drafter idles one session out and drafts what it showed. The SSO app's sign-in
      # page is /signin (its /login does not exist: the drafter would read a 404).
      start_page=login; [ "$app" = reference-sso ] && start_page=signin
      if draft "$app" "${base}$start_page" qa1,qa2,qa3,qa4 -Dexplore.idle=$REFERENCE_IDLE; then drafted+=("$app"); else status=1; fi ;;
    tomcat-examples|django-admin|node-red)
      set -a; . ".third-party/$app/env"; set +a
      password=$THIRD_PARTY_PASSWORD
      case "$app" in
        tomcat-examples) start=${TOMCAT_EXAMPLES_URL}jsp/security/protected/index.jsp users=qa1,qa2,qa3 ;;
        django-admin) start=${DJANGO_ADMIN_URL}login/ users=qa1,qa2,qa3,qa4,qa5,qa6 ;;
        node-red) start=$NODE_RED_URL users=qa1,qa2,qa3,qa4,qa5,qa6,qa7,qa8 ;;
      esac
      if draft "$app" "$start" "$users"; then drafted+=("$app"); else status=1; fi ;;
    *) echo "usage: scripts/draft-check.sh reference|reference-two-cookies|reference-spa|reference-console|reference-sso|tomcat-examples|django-admin|node-red ..." >&2; exit 2 ;;
  esac
done
# One smoke run with every draft, then one explorer run with every draft (the reference flavours' sites are still up).
rm -rf target/allure-results-drafts-smoke-* target/drafts/smoke-*.log
label=third-party; [[ " ${drafted[*]:-} " == *" reference"* ]] && label=reference
if [ "${#drafted[@]}" -gt 0 ]; then
  smoke_all "$label" "${drafted[@]}" || status=1
  # The explorer on the reference flavours' drafts (the third-party applications' hand-written profiles are explored in
  # scripts/third-party-check.sh; their drafts' explorer run is not in ./run-tests yet).
  [ "$label" = reference ] && explore_all "${drafted[@]}"
fi

for app in "$@"; do
  case "$app" in
    reference|reference-two-cookies|reference-spa|reference-console|reference-sso)
      flavour=${app#reference-}; [ "$flavour" = reference ] && flavour=classic
      if [[ " ${drafted[*]} " == *" $app "* ]]; then
        # The correct site: nothing may fail or break with the draft.
        if verdicts "$app" | grep -qE '^(failed|broken)$'; then
          echo "error: the smoke suite with the $app draft failed or broke (see target/drafts/smoke-$label.log, target/verdicts/draft-$app)" >&2; status=1
        elif [ -z "$(ls -A "target/verdicts/draft-$app" 2>/dev/null)" ]; then
          echo "error: the smoke run reported no scenario with the $app draft (see target/drafts/smoke-$label.log)" >&2; status=1
        else
          echo "  $app (draft): no failure on the correct site"
        fi
        expect_session "$app"
      fi
      mapfile -t written < <(outputs "$app")
      scripts/redaction-scan --ledger "target/drafts/reference-$flavour-ledger.txt" --canary-env REFERENCE_SITE_PASSWORD "${written[@]}" \
        | sed "s/^/  $app (draft): /"
      [ "${PIPESTATUS[0]}" -eq 0 ] || status=1 ;;
    tomcat-examples|django-admin|node-red)
      if [[ " ${drafted[*]} " == *" $app "* ]]; then
        java -cp "target/classes:$(cat "$classpath")" io.sessionharness.cli.VerdictCheck --draft --expected "targets/$app.expected.md" \
          --results "target/allure-results-drafts-smoke-$label" --target "$app.draft" | grep -v '^ok ' | sed "s/^/  $app (draft): /"
        [ "${PIPESTATUS[0]}" -eq 0 ] || { echo "error: $app: the smoke verdicts with the draft differ from targets/$app.expected.md" >&2; status=1; }
      fi
      scripts/third-party "$app" ledger >"target/drafts/$app.ledger.txt"
      mapfile -t written < <(outputs "$app")
      scripts/redaction-scan --ledger "target/drafts/$app.ledger.txt" "${written[@]}" | sed "s/^/  $app (draft): /"
      [ "${PIPESTATUS[0]}" -eq 0 ] || status=1 ;;
  esac
done
forget
exit "$status"
