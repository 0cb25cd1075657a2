# Sourced by run-suite and run-tests: makes sure the machine has what the harness needs (Debian/Ubuntu),
# installing it when we may (root, or password-less sudo), otherwise saying precisely what is missing.

missing_packages() {
  local pkg missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  echo "${missing[@]}"
}

ensure_packages() {
  local missing
  missing=$(missing_packages "$@")
  [ -z "$missing" ] && return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "error: missing $missing and this is not a Debian/Ubuntu machine: install the equivalents, or point -Dbrowser.binary/-Ddriver.path at them" >&2
    exit 3
  fi
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if sudo -n true 2>/dev/null; then sudo="sudo -n"; else
      echo "error: missing packages: $missing — install them with: sudo apt-get install -y $missing" >&2
      exit 3
    fi
  fi
  echo "installing: $missing"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
  # shellcheck disable=SC2086
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null \
    || { echo "error: apt-get could not install: $missing (see apt's messages above)" >&2; exit 3; }
}

ensure_java() {
  if command -v java >/dev/null 2>&1; then
    local major
    major=$(java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
    if [ "${major%%.*}" -ge 17 ] 2>/dev/null; then return 0; fi
  fi
  ensure_packages openjdk-17-jdk-headless
}

# The packages every bundled Linux browser profile that CI exercises needs.
ensure_harness_prerequisites() {  # [the run's -D options]
  ensure_java
  # A browser of one's own (-Dbrowser.binary, SEH_BROWSER_BINARY) or a Grid: no Chromium needed from apt.
  local arg
  [ -n "${SEH_BROWSER_BINARY:-}" ] && return 0
  for arg in "$@"; do
    case "$arg" in -Dbrowser.binary=?*|-Dgrid.url=?*) return 0 ;; esac
  done
  # Ubuntu's apt has Chromium only as a snap (chromium-browser installs the snap; there is no "chromium" deb, and a
  # snap chromium is a link to /usr/bin/snap): say so in one line before apt fails or a run starts.
  local chromium
  chromium=$(command -v chromium 2>/dev/null || command -v chromium-browser 2>/dev/null || true)
  if { [ -n "$chromium" ] && { [[ "$chromium" == /snap/* ]] || [ "$(readlink -f "$chromium")" = /usr/bin/snap ]; }; } \
     || { [ -z "$chromium" ] && grep -qs '^ID=ubuntu' /etc/os-release; }; then
    echo "error: Ubuntu's Chromium is a snap, which apt's chromedriver cannot drive: run in a Debian container (as" \
      ".github/workflows/nightly.yml does), or point -Dbrowser.binary and -Ddriver.path at a browser and driver outside the snap" >&2
    exit 3
  fi
  ensure_packages chromium chromium-driver
}
