#!/usr/bin/python3
"""Cold start to the first kernel_info_reply, through jupyter_client, for each
kernelspec named on the command line (one discarded warm-up start, which
pays for jupyter_client's own first-use imports, then 9 starts each, the same
client):

    JUPYTER_PATH=PREFIX/share/jupyter /usr/bin/python3 bench/kernel/coldstart.py gokernel-test python3
"""
import statistics
import sys
import time

from jupyter_client.manager import KernelManager


def cold_start(name):
    km = KernelManager(kernel_name=name)
    t = time.perf_counter()
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    kc.kernel_info()
    while kc.get_shell_msg(timeout=60)["msg_type"] != "kernel_info_reply":
        pass
    ms = (time.perf_counter() - t) * 1000
    kc.stop_channels()
    km.shutdown_kernel(now=True)
    return ms


for name in sys.argv[1:] or ["gokernel-test"]:
    cold_start(name)
    runs = [cold_start(name) for _ in range(9)]
    print("%-16s cold start ms: %s  median %.0f" % (name, [round(r) for r in runs], statistics.median(runs)))
