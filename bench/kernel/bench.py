#!/usr/bin/python3
"""Kernel-level benchmark: gokernel (or its protocol with a stand-in engine)
against ipykernel, measured in the same run with the same client.

Measures, per kernel:
  cold start      launch -> first kernel_info_reply (median of --starts)
  round trip      execute_request of a trivial cell -> status idle (p50/p99)
  100k lines      execute_request printing 100000 lines -> idle, all lines in order
  interrupt       interrupt_request while a cell blocks -> execute_reply, then kernel_info

Usage (see RESULTS.md for the exact command used):
  /usr/bin/python3 bench/kernel/bench.py --kernel gokernel-fake:fake --kernel python3:python
Each --kernel is KERNELSPEC_NAME:DIALECT where DIALECT picks the cells
(fake, go, python). Kernelspecs are found through JUPYTER_PATH as usual.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

import zmq
from jupyter_client import BlockingKernelClient
from jupyter_client.connect import write_connection_file
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager
from jupyter_client.session import Session


def log(*a):
    print(*a, file=sys.stderr, flush=True)

CELLS = {
    "fake": {"trivial": "", "lines": "lines:100000", "block": "block"},
    "go": {
        "trivial": "x := 1",
        "lines": "for i := 0; i < 100000; i++ { fmt.Println(i) }",
        "block": "select {}",
    },
    "python": {
        "trivial": "x = 1",
        "lines": "for i in range(100000): print(i)",
        "block": "import time\nwhile True: time.sleep(0.01)",
    },
}


def now():
    return time.perf_counter()


def wait_idle(kc, msg_id, timeout=60, collect=None):
    """Read iopub until the idle status of msg_id; optionally collect stdout."""
    deadline = now() + timeout
    while True:
        msg = kc.get_iopub_msg(timeout=max(0.001, deadline - now()))
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        t = msg["msg_type"]
        if collect is not None and t == "stream" and msg["content"]["name"] == "stdout":
            collect.append(msg["content"]["text"])
        if t == "status" and msg["content"]["execution_state"] == "idle":
            return now()


def cold_start(name):
    """Launch the kernelspec's argv directly (no KernelManager bookkeeping in
    the timing) and time it to the first kernel_info_reply."""
    spec = KernelSpecManager().get_kernel_spec(name)
    fd, fn = tempfile.mkstemp(suffix=".json")
    os.close(fd)
    write_connection_file(fn, ip="127.0.0.1", key=b"bench-key")
    argv = [a.replace("{connection_file}", fn) for a in spec.argv]
    kc = BlockingKernelClient(connection_file=fn)
    kc.load_connection_file()
    # Reconnect every 1 ms instead of libzmq's 100 ms, so the client notices
    # the kernel's sockets as soon as they exist (same for every kernel).
    kc.context.setsockopt(zmq.RECONNECT_IVL, 1)
    kc.start_channels()
    t0 = now()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env=dict(os.environ, **spec.env))
    while True:
        kc.kernel_info()
        try:
            kc.get_shell_msg(timeout=0.005)
            break
        except Exception:
            if now() - t0 > 30:
                raise RuntimeError(f"{name}: no kernel_info_reply in 30 s")
    t1 = now()
    kc.stop_channels()
    proc.kill()
    proc.wait()
    os.unlink(fn)
    return t1 - t0


def start(name):
    km = KernelManager(kernel_name=name)
    t0 = now()
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    # first kernel_info_reply: ask repeatedly, as clients do, until one comes
    while True:
        kc.kernel_info()
        try:
            kc.get_shell_msg(timeout=0.05)
            break
        except Exception:
            if now() - t0 > 30:
                raise RuntimeError(f"{name}: no kernel_info_reply in 30 s")
    t1 = now()
    return km, kc, t1 - t0


def wait_iopub_ready(kc):
    """Make sure iopub is subscribed before timing iopub-based measurements."""
    for _ in range(100):
        msg_id = kc.kernel_info()
        kc.get_shell_msg(timeout=10)
        try:
            wait_idle(kc, msg_id, timeout=0.2)
            return
        except Exception:
            pass
    raise RuntimeError("iopub never became ready")


def drain(kc):
    for get in (kc.get_shell_msg, kc.get_iopub_msg):
        while True:
            try:
                get(timeout=0.05)
            except Exception:
                break


def raw_round_trips(km, code, n, warmup):
    """Round trips with bare pyzmq sockets and jupyter_client's Session (no
    client event loop): request sent -> idle received, reply read too."""
    info = km.get_connection_info(session=False)
    session = Session(key=info["key"], signature_scheme=info["signature_scheme"])
    ctx = zmq.Context.instance()
    url = lambda port: f"{info['transport']}://{info['ip']}:{port}"
    shell = ctx.socket(zmq.DEALER)
    shell.connect(url(info["shell_port"]))
    iopub = ctx.socket(zmq.SUB)
    iopub.setsockopt(zmq.SUBSCRIBE, b"")
    iopub.connect(url(info["iopub_port"]))

    def one(code):
        t0 = now()
        msg = session.send(shell, "execute_request", {"code": code, "silent": False,
                           "store_history": True, "user_expressions": {}, "allow_stdin": False,
                           "stop_on_error": True})
        mid = msg["header"]["msg_id"]
        while True:
            _, frames = session.feed_identities(iopub.recv_multipart())
            m = session.deserialize(frames, content=True)
            if (m["parent_header"].get("msg_id") == mid and m["msg_type"] == "status"
                    and m["content"]["execution_state"] == "idle"):
                t1 = now()
                break
        _, frames = session.feed_identities(shell.recv_multipart())
        return t1 - t0

    # subscribe: run cells until an idle arrives (the first ones may be lost)
    iopub.setsockopt(zmq.RCVTIMEO, 200)
    for _ in range(50):
        try:
            one(code)
            break
        except zmq.Again:
            while shell.poll(100):
                shell.recv_multipart()
    iopub.setsockopt(zmq.RCVTIMEO, 10000)
    rts = []
    for i in range(warmup + n):
        dt = one(code)
        if i >= warmup:
            rts.append(dt)
    shell.close(0)
    iopub.close(0)
    return rts


def pct(xs, p):
    xs = sorted(xs)
    k = min(len(xs) - 1, max(0, round(p / 100 * (len(xs) - 1))))
    return xs[k]


def bench(name, dialect, args):
    cells = CELLS[dialect]
    res = {"kernel": name}
    starts = [cold_start(name) for _ in range(args.starts)]
    log(name, "cold starts", starts)
    res["cold_start_ms"] = statistics.median(starts) * 1e3

    km, kc, _ = start(name)
    try:
        wait_iopub_ready(kc)
        drain(kc)
        rts = []
        for i in range(args.warmup + args.n):
            t0 = now()
            msg_id = kc.execute(cells["trivial"])
            t1 = wait_idle(kc, msg_id)
            kc.get_shell_msg(timeout=10)
            if i >= args.warmup:
                rts.append(t1 - t0)
        res["rt_p50_ms"] = pct(rts, 50) * 1e3
        res["rt_p99_ms"] = pct(rts, 99) * 1e3
        raw = raw_round_trips(km, cells["trivial"], args.n, args.warmup)
        res["raw_rt_p50_ms"] = pct(raw, 50) * 1e3
        res["raw_rt_p99_ms"] = pct(raw, 99) * 1e3
        log(name, "round trips done")

        # kc's iopub also saw the raw round trips' messages: skip them first
        drain(kc)
        out = []
        t0 = now()
        msg_id = kc.execute(cells["lines"])
        t1 = wait_idle(kc, msg_id, collect=out)
        kc.get_shell_msg(timeout=10)
        text = "".join(out)
        want = "".join(f"{i}\n" for i in range(100000))
        res["lines_100k_s"] = t1 - t0
        res["lines_in_order"] = text == want
        res["lines_messages"] = len(out)
        log(name, "100k lines done")

        msg_id = kc.execute(cells["block"])
        # wait until the cell runs
        while True:
            m = kc.get_iopub_msg(timeout=10)
            if m["msg_type"] == "execute_input" and m["parent_header"].get("msg_id") == msg_id:
                break
        time.sleep(0.2)
        t0 = now()
        km.interrupt_kernel()
        while True:
            r = kc.get_shell_msg(timeout=10)
            if r["parent_header"].get("msg_id") == msg_id:
                break
        t1 = now()
        res["interrupt_ms"] = (t1 - t0) * 1e3
        res["interrupt_status"] = r["content"]["status"]
        kc.kernel_info()
        while True:
            r = kc.get_shell_msg(timeout=10)
            if r["msg_type"] == "kernel_info_reply":
                break
        res["alive_after_interrupt"] = True
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    return res


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kernel", action="append", required=True, help="NAME:DIALECT")
    ap.add_argument("-n", type=int, default=500, help="round trips measured")
    ap.add_argument("--warmup", type=int, default=50)
    ap.add_argument("--starts", type=int, default=5)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    rows = []
    for spec in args.kernel:
        name, _, dialect = spec.partition(":")
        rows.append(bench(name, dialect or "go", args))
    if args.json:
        json.dump(rows, sys.stdout, indent=1)
        print()
        return
    cols = [
        ("kernel", "{}"), ("cold_start_ms", "{:.1f}"), ("rt_p50_ms", "{:.3f}"),
        ("rt_p99_ms", "{:.3f}"), ("raw_rt_p50_ms", "{:.3f}"), ("raw_rt_p99_ms", "{:.3f}"),
        ("lines_100k_s", "{:.3f}"), ("lines_in_order", "{}"),
        ("lines_messages", "{}"), ("interrupt_ms", "{:.1f}"), ("interrupt_status", "{}"),
        ("alive_after_interrupt", "{}"),
    ]
    print("| " + " | ".join(c for c, _ in cols) + " |")
    print("|" + "---|" * len(cols))
    for r in rows:
        print("| " + " | ".join(f.format(r.get(c, "")) for c, f in cols) + " |")


if __name__ == "__main__":
    main()
