#!/usr/bin/env bash
# Knowledge-base search benchmark: quality (MRR@10 per language vs the FTS5 bm25 baseline) on the
# dev set, and latency (p50/p95 vs raw FTS5) on the dev set and the speed corpus.
#
#   Benchmarks/kb-bench.sh [--skip-build] [--speed-max N]
#
# Uses ../shared/kb-eval (see its README). Builds the release binary unless --skip-build.
# HELPDESK_KB_TUNING="title=3,depth=40,…" passes ranking experiments through (see SearchTuning).
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
[ "$BUILD" = 1 ] && swift build -c release >&2
BIN="$(swift build -c release --show-bin-path)/helpdesk"
[ -f "$OUT/devset/queries.jsonl" ] || "$EVAL/build-devset" "$OUT/devset" >&2
[ -f "$OUT/speed/queries.jsonl" ] || "$EVAL/build-speed-corpus" "$OUT/speed" --max "$SPEED_MAX" >&2

summarise() { # RESULT line -> selected fields
  tr ' ' '\n' | grep -E '^(mrr10|baseline_mrr10|ratio|mrr10_en|baseline_mrr10_en|mrr10_es|baseline_mrr10_es|p50_ms|p95_ms|baseline_p50_ms|baseline_p95_ms|import_aps|baseline_import_aps)=' | tr '\n' ' '
  echo
}

echo "== dev set (quality + latency)"
"$EVAL/evaluate" "$BIN" "$OUT/devset" | tee "$OUT/bench-devset.txt" | grep -E '^(en|es|all) |^RESULT' || true
grep '^RESULT' "$OUT/bench-devset.txt" | summarise

echo "== speed corpus (latency by query kind)"
"$EVAL/evaluate" "$BIN" "$OUT/speed" | tee "$OUT/bench-speed.txt" | sed -n '/^latency/,$p'
