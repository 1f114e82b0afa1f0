"""CPython side of bench/futures: the same measurements as main.go, printed
as `key value` lines that main.go parses. Run by main.go with /usr/bin/python3."""
import resource
import sys
import time
from concurrent import futures


def noop(x):
    return x


def sum_generator(n):
    return sum(n for n in range(1, n + 1))


def best(fn, reps=3):
    return min(_timed(fn) for _ in range(reps))


def _timed(fn):
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def _cpu():
    a = resource.getrusage(resource.RUSAGE_SELF)
    b = resource.getrusage(resource.RUSAGE_CHILDREN)
    return a.ru_utime + a.ru_stime + b.ru_utime + b.ru_stime


def _timed_cpu(fn):
    c, t = _cpu(), time.perf_counter()
    fn()
    return time.perf_counter() - t, _cpu() - c


def main():
    n_tasks, cpu_n, cpu_items, map_n, reps = (int(a) for a in sys.argv[1:6])
    with futures.ThreadPoolExecutor(max_workers=2) as ex:
        ex.submit(noop, 0).result()

        def roundtrip():
            for i in range(n_tasks):
                ex.submit(noop, i).result()

        def batch():
            fs = [ex.submit(noop, i) for i in range(n_tasks)]
            for f in fs:
                f.result()

        print("roundtrip_ns", best(roundtrip) / n_tasks * 1e9)
        print("batch_ns", best(batch) / n_tasks * 1e9)

    with futures.ProcessPoolExecutor(max_workers=2) as ex:
        ex.submit(noop, 0).result()
        ex.submit(noop, 0).result()

        def proc_roundtrip():
            for i in range(n_tasks // 10):
                ex.submit(noop, i).result()

        print("proc_roundtrip_ns", best(proc_roundtrip) / (n_tasks // 10) * 1e9)

    work = [cpu_n] * cpu_items

    def serial():
        [sum_generator(w) for w in work]

    def threads():
        with futures.ThreadPoolExecutor(max_workers=2) as ex:
            list(ex.map(sum_generator, work))

    def processes():
        with futures.ProcessPoolExecutor(max_workers=2) as ex:
            list(ex.map(sum_generator, work))

    # Interleaved repetitions, best of each: on a shared machine the load
    # drifts, and interleaving keeps the drift from favouring one mode.
    times = {"serial": [], "threads": [], "processes": []}
    for _ in range(reps):
        for name, fn in (("serial", serial), ("threads", threads), ("processes", processes)):
            times[name].append(_timed_cpu(fn))
    for name in times:
        wall, cpu = min(times[name])
        print("cpu_%s_s" % name, wall)
        print("cpu_%s_cpu" % name, cpu)

    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t = time.perf_counter()
    with futures.ThreadPoolExecutor(max_workers=2) as ex:
        total = 0
        for v in ex.map(noop, range(map_n)):
            total += v
    print("map_s", time.perf_counter() - t)
    print("map_rss_growth_kb", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss0)


if __name__ == "__main__":
    main()
