#!/usr/bin/env bash
# Screenshots of the sample site's pages in headless Chromium (the browser
# tests save every kind of page too: CHRONICLE_SCREENSHOTS=DIR go test
# ./timeline/publish -run PagesAccessible), at a phone's
# width (375 px) and a desktop's (1280 px), light and dark:
#   scripts/screenshots.sh [OUT_DIR]     (default: screenshots/)
# The site is built from a temporary copy of the sample (config.yaml and
# content/), so the repository is left untouched. Needs Go and chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-screenshots}
mkdir -p "$out"
out=$(cd "$out" && pwd)

site=$(mktemp -d)
trap 'rm -rf "$site"' EXIT
cp config.yaml "$site/"
cp -R content "$site/"
go run ./cmd/chronicle build -s "$site"

browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
  echo "screenshots: no chromium found (Debian: apt-get install chromium)" >&2
  exit 1
fi

shot() { # name url width height [extra flags...]
  local name=$1 url=$2 width=$3 height=$4
  shift 4
  "$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --no-first-run --hide-scrollbars "$@" \
    --window-size="$width,$height" --screenshot="$out/$name.png" "$url" 2>/dev/null
  echo "$out/$name.png"
}

# Headless Chromium windows are at least 500 px wide: a phone's width is
# shown as a 375 px frame (grey beside it). The pages inline their CSS, so
# they render from file:// as served.
phone() { # name page height [flags...]
  local name=$1 page=$2 height=$3
  shift 3
  local frame="$site/frame-$name.html"
  printf '<!doctype html><body style="margin:0;background:#ccc"><iframe src="file://%s" style="border:0;width:375px;height:%spx;display:block"></iframe></body>\n' "$page" "$height" > "$frame"
  shot "$name" "file://$frame" 500 "$height" "$@"
}

for story in "$site"/public/*/index.html; do
  name=$(basename "$(dirname "$story")")
  [ -e "$site/public/$name/embed/index.html" ] || continue # people, places, tags
  phone "$name-embed-375-light" "$site/public/$name/embed/index.html" 1600
  for mode in light dark; do
    flags=()
    [ "$mode" = dark ] && flags=(--force-dark-mode)
    phone "$name-375-$mode" "$story" 2400 "${flags[@]}"
    shot "$name-1280-$mode" "file://$story" 1280 1600 "${flags[@]}"
  done
done
shot home-1280-light "file://$site/public/index.html" 1280 800
for kind in people organizations places tags; do
  [ -e "$site/public/$kind/index.html" ] && shot "$kind-1280-light" "file://$site/public/$kind/index.html" 1280 800
done
for src in "$site"/public/*/sources/*/index.html; do
  [ -e "$src" ] || continue
  phone "source-$(basename "$(dirname "$src")")-375-light" "$src" 1600
done
