"""Reference scenarios for lib/coroutine's event loop (see loop_test.go).

Each scenario prints "== name" and then its events; the Go test runs the
same scenarios on coroutine.RunVirtual and compares the lines.

asyncio runs here on a virtual clock too: the loop's time() is a counter and
its selector, instead of sleeping for a timeout, advances the counter by it.
That is asyncio's own scheduling code, unchanged, without the waiting — so
the order of events does not depend on how loaded the machine is.
"""
import asyncio
import sys


def virtual_loop():
    loop = asyncio.new_event_loop()
    now = [0.0]
    select = loop._selector.select

    def advancing_select(timeout=None):
        if timeout is None:
            sys.exit("scenario stalled: nothing will ever complete")
        now[0] += timeout
        return select(0)

    loop.time = lambda: now[0]
    loop._selector.select = advancing_select
    return loop

T = 0.01


async def order():
    async def worker(name, d):
        print("start", name)
        await asyncio.sleep(d * T)
        print("end", name)
        return name + "!"
    a = asyncio.create_task(worker("a", 2))
    b = asyncio.create_task(worker("b", 1))
    print("created")
    res = await asyncio.gather(a, b)
    print("gathered", res)


async def interleave():
    async def ping(name):
        for i in range(3):
            print(name, i)
            await asyncio.sleep(0)
    await asyncio.gather(asyncio.create_task(ping("a")), asyncio.create_task(ping("b")))


async def cancel():
    async def sleeper():
        try:
            await asyncio.sleep(100 * T)
        except asyncio.CancelledError:
            print("sleeper cancelled")
            raise
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(T)
    print("cancel ->", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("await -> CancelledError")
    print("cancelled()", t.cancelled(), "cancel again ->", t.cancel())


async def cancel_nested():
    async def inner():
        try:
            await asyncio.sleep(100 * T)
        except asyncio.CancelledError:
            print("inner cancelled")
            raise
    async def outer():
        try:
            await asyncio.create_task(inner())
        except asyncio.CancelledError:
            print("outer cancelled")
            raise
    t = asyncio.create_task(outer())
    await asyncio.sleep(T)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main sees CancelledError")


async def swallow():
    async def stubborn():
        try:
            await asyncio.sleep(100 * T)
        except asyncio.CancelledError:
            print("stubborn ignores cancel")
        return 7
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(T)
    t.cancel()
    print("result", await t, "cancelled()", t.cancelled())


async def cancel_before_start():
    async def never():
        print("never runs")
        return 1
    t = asyncio.create_task(never())
    print("cancel ->", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("CancelledError before start")


async def timeout():
    async def slow():
        try:
            await asyncio.sleep(100 * T)
            return "slow done"
        except asyncio.CancelledError:
            print("slow cancelled")
            raise
    async def fast():
        await asyncio.sleep(T)
        return "fast done"
    try:
        await asyncio.wait_for(asyncio.create_task(slow()), 2 * T)
    except asyncio.TimeoutError:
        print("TimeoutError")
    print(await asyncio.wait_for(asyncio.create_task(fast()), 5 * T))


async def gather_error():
    async def bad():
        await asyncio.sleep(T)
        raise ValueError("bad")
    async def good():
        await asyncio.sleep(3 * T)
        print("good finished anyway")
        return 1
    g = asyncio.create_task(good())
    try:
        await asyncio.gather(asyncio.create_task(bad()), g)
    except ValueError as e:
        print("gather raised", e)
    print("good done?", g.done())
    await asyncio.sleep(5 * T)
    print("good done?", g.done())


async def future_callbacks():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_later(2 * T, lambda: f.set_result(42))
    loop.call_later(1 * T, lambda: print("timer 1"))
    f.add_done_callback(lambda _: print("callback"))
    print("awaiting")
    print("got", await f)


async def leftover():
    async def forever():
        try:
            await asyncio.sleep(1000 * T)
        finally:
            print("leftover cleaned up")
    asyncio.create_task(forever())
    await asyncio.sleep(T)
    print("main returns")
    return "main result"


async def gather_cancel_child():
    async def child(name, d):
        try:
            await asyncio.sleep(d * T)
            print("child", name, "done")
            return name
        except asyncio.CancelledError:
            print("child", name, "cancelled")
            raise
    a = asyncio.create_task(child("a", 1))
    b = asyncio.create_task(child("b", 5))
    c = asyncio.create_task(child("c", 3))
    async def killer():
        await asyncio.sleep(2 * T)
        print("killer cancels b")
        b.cancel()
    asyncio.create_task(killer())
    try:
        await asyncio.gather(a, b, c)
    except asyncio.CancelledError:
        print("gather -> CancelledError")
    await asyncio.sleep(5 * T)
    print("c done?", c.done())


async def cancel_gather():
    async def child(name):
        try:
            await asyncio.sleep(10 * T)
        except asyncio.CancelledError:
            print("child", name, "cancelled")
            raise
    async def waiter():
        try:
            await asyncio.gather(asyncio.create_task(child("x")), asyncio.create_task(child("y")))
        except asyncio.CancelledError:
            print("waiter cancelled")
            raise
    w = asyncio.create_task(waiter())
    await asyncio.sleep(T)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("main: waiter is cancelled", w.cancelled())


async def waitfor_future():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    try:
        await asyncio.wait_for(f, T)
    except asyncio.TimeoutError:
        print("TimeoutError; future cancelled?", f.cancelled())
    g = loop.create_future()
    loop.call_later(T, lambda: g.set_result("in time"))
    print(await asyncio.wait_for(g, 3 * T))


async def task_error():
    async def bad():
        await asyncio.sleep(T)
        raise KeyError("k")
    t = asyncio.create_task(bad())
    try:
        await t
    except KeyError:
        print("awaited task raised")
    print("done", t.done(), "cancelled", t.cancelled())


for name, fn in [("gather_cancel_child", gather_cancel_child), ("cancel_gather", cancel_gather),
                 ("waitfor_future", waitfor_future), ("task_error", task_error),
                 ("order", order), ("interleave", interleave), ("cancel", cancel),
                 ("cancel_nested", cancel_nested), ("swallow", swallow),
                 ("cancel_before_start", cancel_before_start), ("timeout", timeout),
                 ("gather_error", gather_error), ("future_callbacks", future_callbacks),
                 ("leftover", leftover)]:
    print("==", name)
    with asyncio.Runner(loop_factory=virtual_loop) as runner:
        r = runner.run(fn())
    if r is not None:
        print("run ->", r)
