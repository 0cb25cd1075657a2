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
ensure_harness_prerequisites() {
  ensure_java
  ensure_packages chromium chromium-driver
  # Ubuntu's apt "chromium" only installs the snap, which apt's chromium-driver cannot start: say so before any run.
  if readlink -f "$(command -v chromium 2>/dev/null || echo /nonexistent)" | grep -q '^/snap/'; then
    echo "error: chromium here is a snap (Ubuntu): run in a Debian container (as .github/workflows/nightly.yml does), or point" \
      "-Dbrowser.binary and -Ddriver.path at a browser and driver outside the snap" >&2
    exit 3
  fi
}
