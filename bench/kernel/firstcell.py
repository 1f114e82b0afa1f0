#!/usr/bin/python3
"""Kernel start to the first cell's reply, through jupyter_client: the time to
the first kernel_info_reply, then the time for a first cell (by default one
that imports a package, so the front-end needs its export data).

    JUPYTER_PATH=PREFIX/share/jupyter /usr/bin/python3 bench/kernel/firstcell.py gokernel-test 3 'fmt.Println(strings.ToUpper("a"))'
"""
import sys
import time

from jupyter_client.manager import KernelManager

name = sys.argv[1] if len(sys.argv) > 1 else "gokernel-test"
starts = int(sys.argv[2]) if len(sys.argv) > 2 else 3
code = sys.argv[3] if len(sys.argv) > 3 else 'fmt.Println(strings.ToUpper("a"))'
for _ in range(starts):
    km = KernelManager(kernel_name=name)
    t0 = time.perf_counter()
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    kc.kernel_info()
    kc.get_shell_msg(timeout=60)
    t1 = time.perf_counter()
    reply = kc.execute_interactive(code, timeout=60, output_hook=lambda m: None)
    t2 = time.perf_counter()
    print("%s: kernel_info after %.0f ms, first cell %.0f ms (%s)" % (
        name, (t1 - t0) * 1e3, (t2 - t1) * 1e3, reply["content"]["status"]))
    kc.stop_channels()
    km.shutdown_kernel(now=True)
