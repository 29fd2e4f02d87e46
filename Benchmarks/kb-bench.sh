#!/usr/bin/env bash
# Knowledge-base search benchmark: quality (MRR@10 per language vs the FTS5 bm25 baseline, on each
# half of the dev set and on all of it) and speed (import rate; p50/p95/p99 latency per query kind
# on the speed corpus), with the machine load at the time.
#
#   Benchmarks/kb-bench.sh [--skip-build] [--speed-max N]
#
# Uses ../shared/kb-eval (see its README). Builds the release binary (scratch path .build-release)
# unless --skip-build. HELPDESK_KB_TUNING="title=3,depth=40,…" passes ranking experiments through
# (see SearchTuning). Tune on half A only; half B tells whether a gain is real.
set -euo pipefail
cd "$(dirname "$0")/.."
EVAL="${KB_EVAL:-../shared/kb-eval}"
OUT="${TMPDIR:-/tmp}/helpdesk-kb-eval"
SPEED_MAX=40000
BUILD=1
while [ $# -gt 0 ]; do
  case "$1" in
    --skip-build) BUILD=0 ;;
    --speed-max) SPEED_MAX="$2"; shift ;;
    *) echo "usage: $0 [--skip-build] [--speed-max N]" >&2; exit 64 ;;
  esac
  shift
done
SCRATCH=.build-release
[ "$BUILD" = 1 ] && swift build -c release --scratch-path "$SCRATCH" >&2
BIN="$(swift build -c release --scratch-path "$SCRATCH" --show-bin-path)/helpdesk"
REPORT="Benchmarks/kb-bench-report.py"
[ -f "$OUT/devset/queries.jsonl" ] || "$EVAL/build-devset" "$OUT/devset" >&2
[ -f "$OUT/speed/queries.jsonl" ] || "$EVAL/build-speed-corpus" "$OUT/speed" --max "$SPEED_MAX" >&2
mkdir -p "$OUT/bench"

echo "== machine: $(nproc) cores; $(uptime | sed 's/.*load average/load average/')"

echo "== dev set: quality and latency"
"$EVAL/evaluate" "$BIN" "$OUT/devset" --details "$OUT/bench/devset-details.jsonl" --work-dir "$OUT/bench" \
  | tee "$OUT/bench/devset.txt" | grep -E '^(en|es|all) |^import|articles/s|^RESULT' || true
echo "-- by half (A: tuning half, B: held out)"
"$REPORT" halves "$OUT/bench/devset-details.jsonl"

echo "== speed corpus ($(wc -l < "$OUT/speed/articles.jsonl") articles): import and latency by query kind"
"$EVAL/evaluate" "$BIN" "$OUT/speed" --work-dir "$OUT/bench" --keep 2> "$OUT/bench/speed.err" \
  | tee "$OUT/bench/speed.txt" | sed -n '/^import/,/^quality/p;/^latency/,$p' | grep -v '^quality'
KEPT="$(sed -n 's/^kept //p' "$OUT/bench/speed.err" | tail -1)"
if [ -n "$KEPT" ] && [ -f "$KEPT/helpdesk.sqlite" ]; then
  echo "-- helpdesk per query kind, again on the imported base (nearest-rank percentiles of took_ms)"
  "$REPORT" latency "$BIN" "$KEPT/helpdesk.sqlite" "$OUT/speed/queries.jsonl"
  rm -rf "$KEPT"
fi
echo "== machine after: $(uptime | sed 's/.*load average/load average/')"
