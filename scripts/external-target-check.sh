#!/usr/bin/env bash
# Runs the smoke suite against the reference site started as a separate HTTPS server with a self-signed certificate,
# reached by a host name and described only by targets/reference-standalone-tls.yaml — the path every real staging
# site takes (URL, TLS, listed accounts, secret from env).
set -uo pipefail
cd "$(dirname "$0")/.."
export REFERENCE_SITE_PASSWORD="ci-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
log=target/reference-site.log
ledger=target/external-ledger.txt
mkdir -p target
rm -f "$ledger"
scripts/reference-site --port 0 --idle 8s --absolute 20s --concurrent reject-new --user qa1 --user qa2 --user qa3 --user qa4 --ledger "$ledger" --tls self-signed >"$log" 2>&1 &
site_pid=$!
trap 'kill "$site_pid" 2>/dev/null; wait "$site_pid" 2>/dev/null' EXIT

# A real staging site is reached by its name, and so is this one: the browser must resolve it as the preflight does.
host=reference-site.seh.test
if ! grep -qE "^127\.0\.0\.1[[:space:]].*[[:space:]]$host([[:space:]]|\$)" /etc/hosts 2>/dev/null; then
  if [ -w /etc/hosts ]; then
    echo "127.0.0.1 $host" >>/etc/hosts
  else
    echo "error: $host does not resolve and /etc/hosts is not writable: add '127.0.0.1 $host' to /etc/hosts (as root)" >&2
    exit 3
  fi
fi

url=""
for _ in $(seq 1 600); do   # up to 60 s for Maven to compile and the site to print its address
  url=$(grep -o 'https://127\.0\.0\.1:[0-9]*/' "$log" | head -n 1 | sed "s/127\.0\.0\.1/$host/")
  [ -n "$url" ] && break
  kill -0 "$site_pid" 2>/dev/null || break
  sleep 0.1
done
if [ -z "$url" ]; then echo "error: the standalone reference site did not start; see $log" >&2; exit 1; fi
echo "standalone reference site at $url (by name)"

run_log=target/external-target-run.log
rm -rf target/allure-results
REFERENCE_SITE_URL="$url" ./mvnw -B verify -DskipUnitTests=true -DskipSelfTest=true -DskipReport=true -Dsuite=smoke -Dtarget=reference-standalone-tls "$@" 2>&1 \
  | tee "$run_log" | grep --line-buffered -E 'Tests run:|FAIL|ERROR|preflight|BUILD'
status=${PIPESTATUS[0]}
[ "$status" -eq 0 ] || exit "$status"
scripts/keep-verdicts reference-standalone-tls

# Redaction: the run used a known canary password, and the site listed every session ID it issued in a ledger.
# None may appear in any result, attachment, JUnit XML report or log line; nor may anything the shape rules catch.
scripts/redaction-scan --ledger "$ledger" --canary-env REFERENCE_SITE_PASSWORD target/allure-results target/scenario-reports "$run_log" "$log"
