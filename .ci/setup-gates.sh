#!/usr/bin/env bash
# Installs what the browser quality gates (tests/gates/) need, only what is missing:
#   - Debian's chromium and a headless JRE (apt), when /usr/bin/chromium / java (11+) are absent;
#   - the npm packages pinned in package.json + package-lock.json (npm ci), when node_modules is
#     missing or does not match the lockfile;
#   - the pinned Python packages of tests/gates/requirements.txt (pip).
# Idempotent and non-interactive (CI runs it as root with no stdin). Never runs
# `playwright install`: Playwright drives /usr/bin/chromium.
# Usage: bash .ci/setup-gates.sh            (PYTHON=path/to/python to pick the interpreter)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DEBIAN_FRONTEND=noninteractive
start=$(date +%s)

say() { echo "[setup-gates] $*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi
}

java_major() {
  # prints the major version of `java` on PATH, or 0
  command -v java >/dev/null 2>&1 || { echo 0; return; }
  java -version 2>&1 | sed -n 's/.*version "\([0-9]*\)[."].*/\1/p' | head -n1 | grep . || echo 0
}

# --- apt: chromium and a JRE --------------------------------------------------------------
apt_pkgs=()
[ -x /usr/bin/chromium ] || apt_pkgs+=(chromium)
if [ "$(java_major)" -lt 11 ]; then
  apt_pkgs+=(default-jre-headless)
fi
if [ "${#apt_pkgs[@]}" -gt 0 ]; then
  say "apt-get install ${apt_pkgs[*]}"
  as_root apt-get update -qq
  as_root apt-get install -y -qq -o Dpkg::Use-Pty=0 "${apt_pkgs[@]}" >/dev/null
else
  say "chromium and java $(java_major) already present"
fi
/usr/bin/chromium --version 2>/dev/null | head -n1 || { say "chromium is not working"; exit 1; }
[ "$(java_major)" -ge 11 ] || { say "java 11+ is required by vnu.jar"; exit 1; }

# --- npm: vnu-jar, axe-core, lighthouse (pinned by package-lock.json) ---------------------
command -v npm >/dev/null 2>&1 || { say "node/npm not found (Node 20 expected)"; exit 1; }
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
stamp=node_modules/.gates-lock.sha256
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_sum" ] \
   || [ ! -f node_modules/vnu-jar/build/dist/vnu.jar ] || [ ! -f node_modules/axe-core/axe.min.js ] \
   || [ ! -x node_modules/.bin/lighthouse ]; then
  say "npm ci"
  # --ignore-scripts: vnu-jar's postinstall would download a Java runtime from GitHub; the
  # machine's JRE is used instead, and no other package in the lockfile has install scripts.
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
  echo "$lock_sum" > "$stamp"
else
  say "node_modules matches package-lock.json"
fi

# --- pip: playwright, beautifulsoup4 -------------------------------------------------------
PYTHON=${PYTHON:-}
if [ -z "$PYTHON" ]; then
  if [ -x .venv/bin/python ]; then PYTHON=.venv/bin/python; else PYTHON=python3; fi
fi
if "$PYTHON" - <<'PY' 2>/dev/null
import re, sys
from importlib.metadata import version, PackageNotFoundError
for line in open("tests/gates/requirements.txt"):
    line = line.split("#", 1)[0].strip()
    if not line:
        continue
    name, want = re.split(r"==", line)
    try:
        if version(name) != want:
            sys.exit(1)
    except PackageNotFoundError:
        sys.exit(1)
PY
then
  say "python packages already installed ($PYTHON)"
else
  say "pip install -r tests/gates/requirements.txt ($PYTHON)"
  "$PYTHON" -m pip install --quiet --disable-pip-version-check -r tests/gates/requirements.txt
fi

say "ready in $(( $(date +%s) - start )) s"
