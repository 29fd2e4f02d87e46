#!/usr/bin/env python3
"""Extra figures for Benchmarks/kb-bench.sh, from what ../shared/kb-eval/evaluate leaves behind.

  kb-bench-report.py halves DETAILS.jsonl
      MRR@10 per language on each half of the queries (split by the MD5 of the query text:
      first byte even = half A, odd = half B) and on all, with the FTS5 baseline's beside it.
      Ranking constants are tuned on half A only; half B is the check against overfitting.

  kb-bench-report.py latency HELPDESK_BIN DB QUERIES.jsonl
      Runs `kb search --stdin --json` once per (language, query kind) on an existing database and
      prints p50/p95/p99 (nearest rank) of the per-query took_ms for each kind.
"""
import hashlib, json, math, subprocess, sys
from collections import defaultdict


def pct(xs, p):
    s = sorted(xs)
    return s[max(0, math.ceil(p / 100 * len(s)) - 1)] if s else float("nan")


def half(query):
    return "A" if hashlib.md5(query.encode()).digest()[0] % 2 == 0 else "B"


def halves(path):
    ours, base = defaultdict(list), defaultdict(list)
    for line in open(path):
        d = json.loads(line)
        for lang in (d["lang"], "all"):
            for h in (half(d["query"]), "all"):
                ours[(lang, h)].append(1 / d["rank"] if d["rank"] else 0)
                base[(lang, h)].append(1 / d["baseline_rank"] if d["baseline_rank"] else 0)
    print(f"{'MRR@10':8} {'half':5} {'queries':>7} {'helpdesk':>9} {'baseline':>9} {'ratio':>6}")
    for lang in sorted({k[0] for k in ours}, key=lambda x: (x == "all", x)):
        for h in ("A", "B", "all"):
            o, b = ours[(lang, h)], base[(lang, h)]
            m, bm = sum(o) / len(o), sum(b) / len(b)
            print(f"{lang:8} {h:5} {len(o):7d} {m:9.4f} {bm:9.4f} {m / bm:6.3f}")


def latency(binary, db, queries):
    groups = defaultdict(list)
    for line in open(queries):
        q = json.loads(line)
        groups[(q["lang"], q.get("kind", "all"))].append(q["query"].replace("\n", " "))
    took = defaultdict(list)
    for (lang, kind), qs in sorted(groups.items()):
        out = subprocess.run([binary, "--db", db, "kb", "search", "--stdin", "--limit", "10", "--lang", lang, "--json"],
                             input="".join(q + "\n" for q in qs), capture_output=True, text=True, check=True).stdout
        took[kind] += [json.loads(l)["took_ms"] for l in out.splitlines()]
    print(f"{'kind':14} {'queries':>7} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7}")
    for kind, xs in sorted(took.items()):
        print(f"{kind:14} {len(xs):7d} {pct(xs, 50):7.2f} {pct(xs, 95):7.2f} {pct(xs, 99):7.2f}")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "halves":
        halves(sys.argv[2])
    elif len(sys.argv) == 5 and sys.argv[1] == "latency":
        latency(*sys.argv[2:])
    else:
        sys.exit(__doc__)
