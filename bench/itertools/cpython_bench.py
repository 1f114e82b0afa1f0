"""Times CPython's C itertools on the work bench/itertools/itertools_test.go
does in Go, over the same data. Consumers are C functions (sum, len, list,
deque, map, itemgetter) so the time is itertools', not the bytecode loop's.
Prints one JSON object: benchmark name -> best seconds per run.
"""
import json
import sys
import timeit
from collections import deque
from itertools import (accumulate, chain, combinations, count, filterfalse,
                       groupby, islice, product, starmap, takewhile)
from operator import itemgetter, xor

SIZE = 10**6
data = list(range(SIZE))
runs = [i // 10 for i in range(SIZE)]
small = data[:1000]
pool = data[:1415]
x, y = data[:SIZE // 2], data[SIZE // 2:]
limit = SIZE


def groupby_work():
    lens = list(map(len, map(list, map(itemgetter(1), groupby(runs)))))
    return len(lens) + sum(lens)


WORK = {
    "Chain": lambda: sum(chain(x, y)),
    "TakeWhile": lambda: sum(takewhile(limit.__gt__, data)),
    "FilterFalse": lambda: sum(filterfalse((2).__rmod__, data)),
    "Product": lambda: sum(map(itemgetter(1), product(small, repeat=2))),
    "GroupBy": groupby_work,
    "CountISlice": lambda: sum(islice(count(0, 1), SIZE)),
    "Accumulate": lambda: deque(accumulate(data), maxlen=1)[0],
    "Combinations": lambda: sum(map(itemgetter(1), combinations(pool, 2))),
    "Zip": lambda: sum(starmap(xor, zip(data, data))),
    "CollectChain": lambda: len(list(chain(x, y))),
}

repeat = int(sys.argv[1]) if len(sys.argv) > 1 else 5
print(json.dumps({name: min(timeit.repeat(f, number=1, repeat=repeat)) for name, f in WORK.items()}))
