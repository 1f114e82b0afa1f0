#!/usr/bin/python3
"""Runs the bench/itertools benchmarks and CPython's timing of the same work
in one go and prints the Markdown tables of bench/itertools/RESULTS.md.

Usage (from the repository root):
    /usr/bin/python3 bench/itertools/run.py [count]

The Go benchmarks and the CPython timings run alternately, `count` rounds
(default 5) of two runs each, and the fastest run of each is kept: on a
shared machine the minimum is the least disturbed measurement, and
alternating keeps a change of load from favouring one side.
"""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
COUNT = int(sys.argv[1]) if len(sys.argv) > 1 else 5

GO_CMD = ["go", "test", "-run", "^$", "-bench", "^Benchmark[^C]|^BenchmarkC[^e]", "-benchtime", "10x",
          "-count", "2", "."]
# The cell benchmarks include the interpreted library (seconds per run).
CELL_CMD = ["go", "test", "-run", "^$", "-bench", "^BenchmarkCell$", "-benchtime", "1x",
            "-count", "3", "."]
PY_CMD = ["/usr/bin/python3", "cpython_bench.py", "2"]


def go_bench(cmd):
    out = subprocess.run(cmd, cwd=HERE, check=True, capture_output=True, text=True).stdout
    best = {}
    for line in out.splitlines():
        m = re.match(r"Benchmark(\S+?)(?:-\d+)?\s+\d+\s+([\d.]+) ns/op", line)
        if m:
            name, ns = m.group(1), float(m.group(2))
            best[name] = min(ns, best.get(name, ns))
    return best


def ms(ns):
    return f"{ns / 1e6:.2f}"


def main():
    go, py = {}, {}
    for _ in range(COUNT):
        for k, v in go_bench(GO_CMD).items():
            go[k] = min(v, go.get(k, v))
        out = subprocess.run(PY_CMD, cwd=HERE, check=True, capture_output=True, text=True).stdout
        for k, v in json.loads(out).items():
            py[k] = min(v, py.get(k, v))
    go.update(go_bench(CELL_CMD))
    print(f"Commands (in bench/itertools; the first and third alternate, {COUNT} rounds):")
    for cmd in (GO_CMD, CELL_CMD, PY_CMD):
        print("    " + " ".join(repr(a) if "^" in a else a for a in cmd))
    print()
    print("| work (10^6 ints) | lib ms | hand ms | lib/hand | seq ms | lib/seq | pull ms | CPython ms | CPython/lib |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name in ["Chain", "TakeWhile", "FilterFalse", "Product", "GroupBy",
                 "CountISlice", "Accumulate", "Combinations", "Zip", "CollectChain"]:
        lib, hand = go[name + "/lib"], go[name + "/hand"]
        seq = go.get(name + "/seq")
        pull = go.get(name + "/pull")
        p = py[name] * 1e9
        row = [name, ms(lib), ms(hand), f"{lib / hand:.1f}×",
               ms(seq) if seq else "–", f"{lib / seq:.1f}×" if seq else "–",
               ms(pull) if pull else "–", ms(p), f"{p / lib:.2f}×"]
        print("| " + " | ".join(row) + " |")
        if name == "Product":
            keep = go[name + "/hand-keep"]
            print(f"| Product, hand loop keeping each tuple (heap) | {ms(lib)} | {ms(keep)} | {lib / keep:.2f}× | – | – | – | {ms(p)} | {p / lib:.2f}× |")
    print()
    print("| cell pipeline | compiled ms | cell ms | cell/compiled | library as interpreted source ms | interpreted/compiled |")
    print("|---|---|---|---|---|---|")
    for name in ["CollectChain", "ProductCount", "GroupByLibraryKey", "TakeWhileCellPredicate"]:
        c, cell = go[f"Cell/{name}/compiled"], go[f"Cell/{name}/cell"]
        i = go.get(f"Cell/{name}/interpreted")
        row = [name, ms(c), ms(cell), f"{cell / c:.1f}×",
               ms(i) if i else "–", f"{i / c:.0f}×" if i else "–"]
        print("| " + " | ".join(row) + " |")
    c, cell = go["Cell/TakeWhileCellPredicate/compiled"], go["Cell/TakeWhileCellPredicate/cell"]
    print()
    print(f"Interpreted predicate cost: ({ms(cell)} − {ms(c)}) ms / 10^6 elements = {(cell - c) / 1e6:.0f} ns per element.")


main()
