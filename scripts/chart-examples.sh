#!/usr/bin/env bash
# Makes the pictures the README shows, from real runs (never drawn by hand): the session timeline chart of the idle
# scenario against the seeded idle-not-enforced defect (failed) and against the correct site (passed), the probe plot
# of an idle-timeout measurement, and a screenshot of the chart in the Allure UI, opened in headless Chromium — the
# once-only check that Allure shows it. Writes reports/examples/.
set -uo pipefail
cd "$(dirname "$0")/.."
out=reports/examples
mkdir -p "$out"
attachment() {  # results-folder scenario-method status attachment-name → the attachment file's path
  python3 - "$@" <<'PY'
import json, pathlib, sys
folder, method, status, name = sys.argv[1:5]
for f in sorted(pathlib.Path(folder).glob("*-result.json")):
    r = json.loads(f.read_text())
    if r.get("fullName", "").endswith("." + method) and r.get("status") == status:
        for a in r.get("attachments", []):
            if a["name"] == name:
                print(pathlib.Path(folder) / a["source"]); sys.exit(0)
sys.exit(1)
PY
}

scripts/detection-matrix idle-not-enforced | tail -n 4
results=target/allure-results-matrix
failed=$(attachment "$results" idleSessionExpiresAndItsCookieIsRejected failed "session timeline chart") \
  || { echo "error: no chart of the failed idle scenario in $results" >&2; exit 1; }
passed=$(attachment "$results" idleSessionExpiresAndItsCookieIsRejected passed "session timeline chart") \
  || { echo "error: no chart of the passed idle scenario in $results" >&2; exit 1; }
cp "$failed" "$out/session-timeline-failed.svg"
cp "$passed" "$out/session-timeline-passed.svg"

./mvnw -B -q verify -DskipUnitTests=true -DskipSelfTest=true -DskipReport=true -Dsuite=measure -Dtarget=reference -Dthreads=1 -Dmeasure.parallel=2 \
  -Dallure.results.directory="$PWD/target/allure-results-measure-example" >target/chart-examples-measure.log 2>&1
plot=$(attachment target/allure-results-measure-example measureIdleTimeout passed "idle timeout: the probes") \
  || { echo "error: no probe plot from the measurement (see target/chart-examples-measure.log)" >&2; exit 1; }
cp "$plot" "$out/idle-timeout-probes.svg"

# The chart in the Allure UI: the matrix's report, served on a free port of 127.0.0.1, opened in headless Chromium.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
python3 -m http.server "$port" --bind 127.0.0.1 -d reports/detection-matrix >/dev/null 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null' EXIT
./mvnw -B -q exec:java -Dexec.mainClass=io.sessionharness.bench.AllureChartScreenshot -Dexec.classpathScope=test \
  -Dexec.args="http://127.0.0.1:$port/ reports/detection-matrix idleSessionExpiresAndItsCookieIsRejected 'session timeline chart' $out/allure-ui-chart.png" \
  2>&1 | grep -E 'screenshot|ERROR|Exception' | head -n 5
ls -l "$out"
