"""CPython reference timings for bench/coroutine (run by run.sh).

Prints "name ns_per_op" lines: a generator send round trip (g.send(1), and
with the method hoisted), next(), a running average driven by send, and an
asyncio sleep(0) task switch, each the best of 3 timeit repeats.
"""
import asyncio
import sys
import time
import timeit

# "cpu" times with process CPU time instead of the wall clock (run.sh runs
# both): on a shared machine, CPU time leaves out time spent descheduled.
TIMER = time.process_time if "cpu" in sys.argv[1:] else time.perf_counter
PREFIX = "pycpu_" if "cpu" in sys.argv[1:] else "py_"


def echo():
    v = 0
    while True:
        v = yield v + 1


def counter():
    i = 0
    while True:
        yield i
        i += 1


def best(stmt, setup, number, globs):
    t = min(timeit.repeat(stmt, setup, number=number, repeat=3, globals=globs, timer=TIMER))
    return t / number * 1e9


# What a Python user writes: g.send(x) in a loop (timeit's loop), the method
# looked up on every call. send_bound hoists the lookup (send = g.send), the
# fastest way to drive a generator from Python.
g = echo()
next(g)
print(PREFIX + "send %.1f" % best("g.send(1)", "", 1_000_000, {"g": g}))
print(PREFIX + "send_bound %.1f" % best("send(1)", "", 1_000_000, {"send": g.send}))
c = counter()
print(PREFIX + "next %.1f" % best("nxt(c)", "", 1_000_000, {"nxt": next, "c": c}))


async def pinger(n):
    for _ in range(n):
        await asyncio.sleep(0)


async def main(n):
    await asyncio.gather(pinger(n // 2), pinger(n // 2))


def averager():
    total, count, average = 0.0, 0, 0.0
    while True:
        v = yield average
        total += v
        count += 1
        average = total / count


def drive(avg, data):
    send = avg.send
    for v in data:
        last = send(v)
    return last


a = averager()
next(a)
data = [float(i % 17) for i in range(1000)]
print(PREFIX + "averager %.1f" % (best("drive(a, data)", "", 2000, {"drive": drive, "a": a, "data": data}) / len(data)))

n = 100_000
print(PREFIX + "asyncio_sleep0 %.1f" % (best("asyncio.run(main(n))", "", 1, {"asyncio": asyncio, "main": main, "n": n}) / n))
