#!/usr/bin/env bash
# Throughput of the temporal engine beside chrono-node, on the same text in
# one run: the development corpus, prepared once by the evaluation's
# timeml.py, tagged by chrono's bench.mjs (median of 3) and by the Go
# benchmark BenchmarkCorpus (characters = code points in both).
#
# usage: scripts/bench-tag.sh [SHARED_DIR]
#   SHARED_DIR holds eval/ and data/tbaq/ (default: ../shared beside the repo).
#   chrono is copied to a cache folder and installed there with npm ci once
#   (CHRONICLE_CACHE, default ${XDG_CACHE_HOME:-$HOME/.cache}/chronicle).
# Exits non-zero when the engine is not at least 5x as fast.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
shared=$(cd "${1:-$repo/../shared}" && pwd)
cache=${CHRONICLE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/chronicle}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

python3 "$shared/eval/timeml.py" prepare "$work/tbaq" "$shared"/data/tbaq/*/*.tml >&2

chrono=$cache/chrono
if [ ! -d "$chrono/node_modules" ]; then
  mkdir -p "$cache" && rm -rf "$chrono"
  cp -r "$shared/eval/baselines/chrono" "$chrono"
  (cd "$chrono" && npm ci --silent) >&2
fi

echo "== chrono-node ($(node --version))"
node "$chrono/bench.mjs" "$work/tbaq" 3 | tee "$work/chrono.txt"
chrono_rate=$(sed -n 's/.*median_chars_per_s=\([0-9]*\).*/\1/p' "$work/chrono.txt")

echo "== temporal ($(go version | cut -d' ' -f3))"
(cd "$repo" && TEMPORAL_CORPUS="$work/tbaq" go test -run '^$' -bench '^BenchmarkCorpus$' -count 3 ./timeline/temporal) | tee "$work/go.txt"
go_rate=$(grep '^BenchmarkCorpus' "$work/go.txt" | sed 's/.* \([0-9.e+]*\) chars\/s.*/\1/' | sort -g | sed -n 2p)

python3 - "$go_rate" "$chrono_rate" <<'EOF'
import sys
go, chrono = float(sys.argv[1]), float(sys.argv[2])
print(f"temporal {go:,.0f} chars/s, chrono-node {chrono:,.0f} chars/s: x{go / chrono:.1f}")
sys.exit(0 if go >= 5 * chrono else 1)
EOF
