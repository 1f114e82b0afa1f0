#!/usr/bin/python3
"""Run the conformance corpus two ways and compare: `go run` versus notebook cells.

Every tests/corpus/<name>/main.go is a complete program. The oracle is the
program built and run by the Go toolchain. Through the kernel (GOKERNEL_KERNEL_NAME,
found via JUPYTER_PATH) each program runs twice, each time in a fresh session:

  split  cell 1: the program without its package line, with main renamed to
         program__ (so declaring it does not run it); cell 2: `program__()`
  whole  the whole file pasted as one cell (the kernel runs main once)

stdout and stderr must be identical to the oracle's. Programs listed in
known_differences.txt (name, then the reason) are reported but do not fail;
a listed program that passes fails the run, so the list stays true.
The last line is "corpus: N passed, N failed".

    run_corpus.py [-k PATTERN] [-v]
"""
import argparse
import os
import queue
import re
import subprocess
import sys
import tempfile
import time

from jupyter_client.manager import KernelManager

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
KERNEL = os.environ.get("GOKERNEL_KERNEL_NAME", "gokernel-test")
CELL_TIMEOUT = 60


def programs(pattern):
    names = sorted(d for d in os.listdir(HERE)
                   if os.path.isfile(os.path.join(HERE, d, "main.go")))
    return [n for n in names if not pattern or re.search(pattern, n)]


def known_differences():
    known = {}
    path = os.path.join(HERE, "known_differences.txt")
    if os.path.exists(path):
        for line in open(path):
            line = line.strip()
            if line and not line.startswith("#"):
                name, _, reason = line.partition(" ")
                known[name] = reason.strip()
    return known


def oracle(names, bindir):
    """Build every program with one `go build` and run each binary."""
    pkgs = ["./tests/corpus/" + n for n in names]
    subprocess.run(["go", "build", "-o", bindir + "/"] + pkgs, cwd=ROOT, check=True)
    out = {}
    for n in names:
        # Jupyter streams are text: the kernel sends what a program prints
        # as UTF-8, invalid bytes replaced, so the oracle's bytes get the same.
        p = subprocess.run([os.path.join(bindir, n)], capture_output=True, timeout=60,
                           cwd=tempfile.gettempdir())
        p.stdout = p.stdout.decode("utf-8", errors="replace")
        p.stderr = p.stderr.decode("utf-8", errors="replace")
        out[n] = (p.stdout, p.stderr, p.returncode)
    return out


def cells_for(source, mode):
    body = re.sub(r"^package main\s*$", "", source, count=1, flags=re.M)
    if mode == "whole":
        return [source]
    renamed = re.sub(r"^func main\(\)", "func program__()", body, count=1, flags=re.M)
    return [renamed, "program__()"]


class Session:
    def __init__(self):
        self.km = KernelManager(kernel_name=KERNEL)
        self.km.start_kernel()
        self.kc = self.km.client()
        self.kc.start_channels()
        self.kc.wait_for_ready(timeout=60)

    def restart(self):
        """A fresh session in the same kernel process: shutdown_request with
        restart=true, which the kernel answers by replacing its engine."""
        msg_id = self.kc.shutdown(restart=True)
        deadline = time.time() + 30
        while time.time() < deadline:
            reply = self.kc.get_control_msg(timeout=30)
            if reply["parent_header"].get("msg_id") == msg_id:
                return
        raise RuntimeError("no shutdown_reply to a restart request")

    def close(self):
        self.kc.stop_channels()
        self.km.shutdown_kernel(now=True)

    def run(self, code):
        """Execute code; return (stdout, stderr, error or None)."""
        msg_id = self.kc.execute(code)
        stdout, stderr, error = [], [], None
        deadline = time.time() + CELL_TIMEOUT
        while True:
            try:
                msg = self.kc.get_iopub_msg(timeout=max(0.1, deadline - time.time()))
            except queue.Empty:
                self.km.interrupt_kernel()
                return "".join(stdout), "".join(stderr), "timeout after %ds" % CELL_TIMEOUT
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            kind, content = msg["msg_type"], msg["content"]
            if kind == "stream":
                (stdout if content["name"] == "stdout" else stderr).append(content["text"])
            elif kind == "error":
                error = "%s: %s" % (content["ename"], content["evalue"])
            elif kind == "status" and content["execution_state"] == "idle":
                break
        self.kc.get_shell_msg(timeout=CELL_TIMEOUT)
        return "".join(stdout), "".join(stderr), error


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-k", dest="pattern", default="")
    ap.add_argument("-v", dest="verbose", action="store_true")
    args = ap.parse_args()

    names = programs(args.pattern)
    known = known_differences()
    with tempfile.TemporaryDirectory() as bindir:
        want = oracle(names, bindir)

    passed = failed = excused = 0
    session = Session()
    try:
        for i, name in enumerate(names):
            source = open(os.path.join(HERE, name, "main.go")).read()
            w_out, w_err, w_rc = want[name]
            problems = []
            for mode in ("split", "whole"):
                if i or mode != "split":
                    session.restart()
                got_out, got_err, error = "", "", None
                for cell in cells_for(source, mode):
                    o, e, error = session.run(cell)
                    got_out += o
                    got_err += e
                    if error:
                        break
                if error and w_rc == 0:
                    problems.append("%s: kernel error %s" % (mode, error))
                if got_out != w_out:
                    problems.append("%s: stdout differs\n      go run: %r\n      kernel: %r" % (mode, w_out, got_out))
                if w_rc == 0 and got_err != w_err:
                    problems.append("%s: stderr differs\n      go run: %r\n      kernel: %r" % (mode, w_err, got_err))
            if not problems and name in known:
                failed += 1
                print("FAIL", name, "— listed in known_differences.txt but now identical: remove it from the list")
            elif not problems:
                passed += 1
                if args.verbose:
                    print("ok  ", name)
            elif name in known:
                excused += 1
                print("KNOWN", name, "—", known[name])
            else:
                failed += 1
                print("FAIL", name)
                for p in problems:
                    print("    ", p)
            sys.stdout.flush()
    finally:
        session.close()
    print("corpus: %d of %d programs identical to go run (%d known differences)" % (passed, len(names), excused))
    print("corpus: %d passed, %d failed, %d skipped" % (passed, failed, excused))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
