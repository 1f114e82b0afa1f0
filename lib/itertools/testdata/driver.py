"""Differential-test oracle: runs itertools cases with CPython.

Reads a JSON list of cases on stdin and prints a JSON list of results, one
per case: {"out": [...], "rest": [...]} or {"err": "ExceptionName"}.
"out" is what the operation yielded (tuples as lists), "rest" what was left
in the input iterator afterwards, so consumption is compared too.
The Go side (diff_test.go) builds the same cases and compares element by
element.
"""
import functools
import itertools
import json
import sys


def batched(iterable, n):
    # itertools.batched is new in 3.12; this is the documented equivalent,
    # checking n at the call as 3.12's does.
    if n < 1:
        raise ValueError("n must be at least one")
    it = iter(iterable)

    def gen():
        while batch := tuple(itertools.islice(it, n)):
            yield batch

    return gen()


BATCHED = getattr(itertools, "batched", batched)


def pred(name):
    op, _, arg = name.partition(":")
    if op == "lt":
        return lambda x: x < arg_of(arg)
    if op == "gt":
        return lambda x: x > arg_of(arg)
    if op == "even":
        return lambda x: x % 2 == 0
    raise KeyError(name)


def keyf(name):
    op, _, arg = name.partition(":")
    if op == "id":
        return lambda x: x
    if op == "div":
        return lambda x: x // int(arg)
    if op == "mod":
        return lambda x: x % int(arg)
    if op == "lower":
        return lambda x: x.lower()
    raise KeyError(name)


def binf(name):
    return {
        "add": lambda a, b: a + b,
        "sub": lambda a, b: a - b,
        "mul": lambda a, b: a * b,
        "max": max,
        "min": min,
    }[name]


def unf(name):
    return {"dup": lambda x: x + x, "neg": lambda x: -x}[name]


ARG = {}


def arg_of(s):
    return ARG["conv"](s)


def listify(v):
    if isinstance(v, (tuple, list)):
        return [listify(x) for x in v]
    return v


def take(seq, n):
    return list(seq if n is None else itertools.islice(seq, n))


def run(c):
    op = c["op"]
    ARG["conv"] = int if c.get("kind") == "int" else (float if c.get("kind") == "float" else str)
    it = iter(c.get("data", []))
    n = c.get("take")
    if op == "count":
        out = take(itertools.count(c["start"], c["step"]), n)
    elif op == "cycle":
        out = take(itertools.cycle(it), n)
    elif op == "repeat":
        r = itertools.repeat(c["value"]) if c["times"] is None else itertools.repeat(c["value"], c["times"])
        out = take(r, n)
    elif op == "accumulate":
        if "initial" in c:
            out = take(itertools.accumulate(it, binf(c["fn"]), initial=c["initial"]), n)
        else:
            out = take(itertools.accumulate(it, binf(c["fn"])), n)
    elif op == "batched":
        out = take(BATCHED(it, c["n"]), n)
    elif op == "chain":
        out = take(itertools.chain(*c["lists"]), n)
    elif op == "chain_from_iterable":
        out = take(itertools.chain.from_iterable(c["lists"]), n)
    elif op == "compress":
        out = take(itertools.compress(it, iter(c["sel"])), n)
    elif op == "dropwhile":
        out = take(itertools.dropwhile(pred(c["fn"]), it), n)
    elif op == "takewhile":
        out = take(itertools.takewhile(pred(c["fn"]), it), n)
    elif op == "filterfalse":
        out = take(itertools.filterfalse(pred(c["fn"]), it), n)
    elif op == "filter":
        out = take(filter(pred(c["fn"]), it), n)
    elif op == "map":
        out = take(map(unf(c["fn"]), it), n)
    elif op == "groupby":
        g = itertools.groupby(it, keyf(c["fn"])) if c["fn"] else itertools.groupby(it)
        mode, m = c["mode"], c.get("m", 0)
        out = []
        if mode == "deferred":
            # Keep every group, read them only after the outer loop ended.
            groups = take(g, n)
            out = [[k, list(grp)] for k, grp in groups]
        else:
            for k, grp in (g if n is None else itertools.islice(g, n)):
                if mode == "full":
                    out.append([k, list(grp)])
                elif mode == "partial":
                    out.append([k, list(itertools.islice(grp, m))])
                elif mode == "twice":
                    first = list(itertools.islice(grp, m))
                    out.append([k, first, list(grp)])
    elif op == "islice":
        out = list(itertools.islice(it, *c["args"]))
    elif op == "pairwise":
        out = take(itertools.pairwise(it), n)
    elif op == "starmap":
        out = take(itertools.starmap(binf(c["fn"]), zip(c["data"], c["b"])), n)
    elif op == "tee":
        copies = itertools.tee(it, c["n"])
        out = [next(copies[i], "STOP") for i in c["sched"] or []]
    elif op == "zip":
        out = take(zip(it, iter(c["b"])), n)
    elif op == "zip_longest":
        out = take(itertools.zip_longest(*c["lists"], fillvalue=c["fill"]), n)
    elif op == "product":
        out = take(itertools.product(*c["lists"], repeat=c["repeat"]), n)
    elif op == "permutations":
        out = take(itertools.permutations(it, c["r"]), n)
    elif op == "combinations":
        out = take(itertools.combinations(it, c["r"]), n)
    elif op == "cwr":
        out = take(itertools.combinations_with_replacement(it, c["r"]), n)
    elif op == "range":
        out = take(range(*c["args"]), n)
    elif op == "enumerate":
        out = take(enumerate(it), n)
    elif op == "chars":
        out = list(c["s"])
    elif op == "runes":
        out = [ord(ch) for ch in c["s"]]
    elif op == "chain_mixed":
        out = take(itertools.chain(c["s"], range(c["n"])), n)
    elif op == "len":
        out = [sum(1 for _ in it)]
    elif op == "foreach":
        seen = []
        for v in it:
            seen.append(v)
        out = seen
    elif op == "reduce":
        out = [functools.reduce(binf(c["fn"]), it, c["initial"])]
    else:
        raise KeyError("unknown op " + op)
    return {"out": listify(out), "rest": list(it)}


def main():
    results = []
    for c in json.load(sys.stdin):
        try:
            results.append(run(c))
        except (ValueError, TypeError) as e:
            results.append({"err": type(e).__name__})
    json.dump(results, sys.stdout)


main()
