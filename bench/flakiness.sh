#!/usr/bin/env bash
# Flakiness check, not a test: runs a suite N times against the correct reference site on each browser profile and
# prints every scenario whose verdict changed between runs (target: none), plus any run that was not all green.
#   bench/flakiness.sh [runs] [suite] [profile...]     (default: 3 runs of full on chromium-headless and webkit)
#   extra Maven options in FLAKY_OPTS (e.g. FLAKY_OPTS="-Dtarget=reference-sso")
set -uo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}; suite=${2:-full}; shift 2 || shift $#
profiles=("$@"); [ ${#profiles[@]} -gt 0 ] || profiles=(chromium-headless webkit)
./mvnw -B -q test-compile >/dev/null 2>&1 || { echo "error: the project does not compile" >&2; exit 1; }
out=target/flakiness; rm -rf "$out"; mkdir -p "$out"
changed_total=0
for profile in "${profiles[@]}"; do
  for i in $(seq 1 "$runs"); do
    # shellcheck disable=SC2086
    ./mvnw -B -o verify -DskipUnitTests=true -DskipSelfTest=true -DskipReport=true -Dsuite="$suite" -Dbrowser="$profile" ${FLAKY_OPTS:-} \
      -Dallure.results.directory="$PWD/$out/results-$profile-$i" >"$out/$profile-$i.log" 2>&1
    # One line per scenario: Class.method STATUS (from TestNG's own results file).
    awk '/<class name=/ { match($0, /name="[^"]*"/); cls = substr($0, RSTART + 6, RLENGTH - 7); n = split(cls, parts, "."); cls = parts[n] }
         /<test-method / && !/is-config="true"/ { match($0, /status="[A-Z]*"/); st = substr($0, RSTART + 8, RLENGTH - 9);
           match($0, / name="[^"]*"/); m = substr($0, RSTART + 7, RLENGTH - 8); print cls "." m, st }' \
      target/scenario-reports/testng-results.xml | sort >"$out/$profile-$i.verdicts"
    printf '%-18s run %d: %s\n' "$profile" "$i" "$(awk '{ c[$2]++ } END { for (s in c) printf "%s %d  ", s, c[s] }' "$out/$profile-$i.verdicts")"
  done
  changes=$(cat "$out/$profile"-*.verdicts | sort | uniq | awk '{ seen[$1] = seen[$1] " " $2; n[$1]++ } END { for (s in n) if (n[s] > 1) print "  " s ":" seen[s] }')
  if [ -n "$changes" ]; then
    echo "$profile: verdict changes between runs:"; echo "$changes"; changed_total=$((changed_total + 1))
  else
    echo "$profile: no verdict changes in $runs runs"
  fi
  grep -h -v ' PASS$' "$out/$profile"-*.verdicts | grep -v ' SKIP$' | sort | uniq -c | sed 's/^/  not passed: /' || true
done
[ "$changed_total" -eq 0 ]
