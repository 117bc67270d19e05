#!/usr/bin/env bash
# Throughput of the temporal engine beside chrono-node, on the same text in
# one run: the development corpus, prepared once by the evaluation's
# timeml.py, tagged by chrono's bench.mjs and by the Go benchmark
# BenchmarkCorpus (characters = code points in both), in turns.
#
# usage: scripts/bench-tag.sh [SHARED_DIR]
#   SHARED_DIR holds eval/ and data/tbaq/ (default: ../shared beside the repo).
#   chrono is copied to a cache folder and installed there with npm ci once
#   (CHRONICLE_CACHE, default ${XDG_CACHE_HOME:-$HOME/.cache}/chronicle).
# Exits non-zero when the engine is not at least 5x as fast (median ratio).
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

# Five rounds, each chrono's bench (the median of 15 passes, about a
# second) then the Go benchmark (about a second), so that both sides of a
# round see the machine alike; the verdict is the median of the rounds'
# ratios, which a busy neighbour on a shared machine moves least.
(cd "$repo" && go test -c -o "$work/temporal.test" ./timeline/temporal)
echo "== chrono-node $(node --version) and temporal $(go version | cut -d' ' -f3), five rounds"
for round in 1 2 3 4 5; do
  chrono_rate=$(node "$chrono/bench.mjs" "$work/tbaq" 15 | sed -n 's/.*median_chars_per_s=\([0-9]*\).*/\1/p')
  go_rate=$(cd "$repo/timeline/temporal" && TEMPORAL_CORPUS="$work/tbaq" "$work/temporal.test" -test.run '^$' \
    -test.bench '^BenchmarkCorpus$' | sed -n 's/^BenchmarkCorpus.* \([0-9.e+]*\) chars\/s.*/\1/p')
  echo "$go_rate $chrono_rate"
done > "$work/rates.txt"

python3 - "$work/rates.txt" <<'EOF'
import statistics, sys
rounds = [tuple(map(float, line.split())) for line in open(sys.argv[1])]
for i, (go, chrono) in enumerate(rounds, 1):
    print(f"round {i}: temporal {go:,.0f} chars/s, chrono-node {chrono:,.0f} chars/s: x{go / chrono:.2f}")
ratio = statistics.median(go / chrono for go, chrono in rounds)
print(f"median x{ratio:.1f}")
sys.exit(0 if ratio >= 5 else 1)
EOF
