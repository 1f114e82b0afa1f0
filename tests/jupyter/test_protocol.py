"""Protocol fault tests driven with jupyter_client against an installed
kernelspec: bad signature, malformed frames, a goroutine panic, an interrupt
of an endless loop, a huge output, stdin. After each the kernel must still
answer kernel_info.

    JUPYTER_PATH=PREFIX/share/jupyter /usr/bin/python3 -m unittest -v tests/jupyter/test_protocol.py

GOKERNEL_KERNEL_NAME picks the kernelspec (default gokernel-test);
GOKERNEL_DIALECT=fake runs the same tests with the stand-in engine of
bench/kernel/fakekernel (cells are commands instead of Go).
"""
import os
import sys
import time
import unittest

import zmq
from jupyter_client.manager import start_new_kernel
from jupyter_client.session import Session

sys.path.insert(0, os.path.dirname(__file__))
from guard import Guarded  # noqa: E402

KERNEL = os.environ.get("GOKERNEL_KERNEL_NAME", "gokernel-test")
DIALECT = os.environ.get("GOKERNEL_DIALECT", "go")

CELLS = {
    "go": {
        "hello": 'fmt.Println("hello")',
        "endless": "for {}",
        "lines": "for i := 0; i < 100000; i++ { fmt.Println(i) }",
        "goroutine_panic": 'go func() { panic("in a goroutine") }()\ntime.Sleep(time.Second)',
        "input": 'var s string\nfmt.Scanln(&s)\nfmt.Println("got", s)',
        "input_err": 'var s string\n_, err := fmt.Scanln(&s)\nfmt.Println("err:", err)',
        "error": 'panic("boom")',
    },
    "fake": {
        "hello": "print:hello",
        "endless": "block",
        "lines": "lines:100000",
        "goroutine_panic": None,
        "input": None,
        "input_err": None,
        "error": "error:boom",
    },
}[DIALECT]

TIMEOUT = 30


class ProtocolFaults(Guarded):
    @classmethod
    def setUpClass(cls):
        cls.km, cls.kc = start_new_kernel(kernel_name=KERNEL)

    @classmethod
    def tearDownClass(cls):
        cls.kc.stop_channels()
        cls.km.shutdown_kernel(now=True)

    def setUp(self):
        self.drain()

    def drain(self):
        for get in (self.kc.get_shell_msg, self.kc.get_iopub_msg, self.kc.get_stdin_msg):
            while True:
                try:
                    get(timeout=0.05)
                except Exception:
                    break

    def assert_alive(self):
        msg_id = self.kc.kernel_info()
        while True:
            r = self.kc.get_shell_msg(timeout=TIMEOUT)
            if r["parent_header"].get("msg_id") == msg_id:
                self.assertEqual(r["msg_type"], "kernel_info_reply")
                return r
        self.assertTrue(self.km.is_alive())

    def run_cell(self, code, **kw):
        """Execute code; return (reply, iopub messages up to idle)."""
        msg_id = self.kc.execute(code, **kw)
        reply = None
        while reply is None:
            r = self.kc.get_shell_msg(timeout=TIMEOUT)
            if r["parent_header"].get("msg_id") == msg_id:
                reply = r
        msgs = self.iopub_until_idle(msg_id)
        return reply, msgs

    def iopub_until_idle(self, msg_id):
        msgs = []
        while True:
            m = self.kc.get_iopub_msg(timeout=TIMEOUT)
            if m["parent_header"].get("msg_id") != msg_id:
                continue
            if m["msg_type"] == "status" and m["content"]["execution_state"] == "idle":
                return msgs
            if m["msg_type"] != "status":
                msgs.append(m)

    def raw_shell(self):
        info = self.km.get_connection_info(session=False)
        sock = zmq.Context.instance().socket(zmq.DEALER)
        sock.linger = 0
        sock.connect(f"{info['transport']}://{info['ip']}:{info['shell_port']}")
        time.sleep(0.1)
        return sock

    def test_bad_signature_is_dropped(self):
        sock = self.raw_shell()
        wrong = Session(key=b"not-the-key")
        msg = wrong.send(sock, "kernel_info_request", {})
        self.assertIsNone(self._reply_to(sock, msg["header"]["msg_id"]))
        sock.close()
        self.assert_alive()

    def test_missing_signature_is_dropped(self):
        sock = self.raw_shell()
        unsigned = Session(key=b"")
        msg = unsigned.send(sock, "kernel_info_request", {})
        self.assertIsNone(self._reply_to(sock, msg["header"]["msg_id"]))
        sock.close()
        self.assert_alive()

    def _reply_to(self, sock, msg_id, wait=0.5):
        if sock.poll(int(wait * 1000)):
            return sock.recv_multipart()
        return None

    def test_malformed_frames_are_dropped(self):
        sock = self.raw_shell()
        for frames in (
            [b"garbage"],
            [b"<IDS|MSG>", b"sig"],
            [b"<IDS|MSG>", b"", b"{not json", b"{}", b"{}", b"{}"],
            [b"\xff" * 100, b"<IDS|MSG>"],
        ):
            sock.send_multipart(frames)
        self.assertIsNone(self._reply_to(sock, None))
        sock.close()
        self.assert_alive()

    def test_unknown_request_gets_error_reply(self):
        msg = self.kc.session.msg("frobnicate_request", {})
        self.kc.shell_channel.send(msg)
        while True:
            r = self.kc.get_shell_msg(timeout=TIMEOUT)
            if r["parent_header"].get("msg_id") == msg["header"]["msg_id"]:
                break
        self.assertEqual(r["msg_type"], "frobnicate_reply")
        self.assertEqual(r["content"]["status"], "error")

    def test_interrupt_sleep_and_waitgroup_keep_the_session(self):
        # time.Sleep, WaitGroup.Wait and a future's Result block in compiled
        # code; the kernel still interrupts them without replacing the
        # interpreter.
        self.run_cell("kept := 7")
        for code in ["time.Sleep(time.Hour)",
                     "var wgi sync.WaitGroup\nwgi.Add(1)\ngo func() { defer wgi.Done(); time.Sleep(time.Hour) }()\nwgi.Wait()",
                     "exi, _ := futures.NewThreadPoolExecutor(1)\nfi, _ := futures.SubmitFunc(exi, func() int { time.Sleep(time.Hour); return 1 })\nfi.Result()"]:
            msg_id = self.kc.execute(code)
            while True:
                m = self.kc.get_iopub_msg(timeout=TIMEOUT)
                if m["msg_type"] == "execute_input" and m["parent_header"].get("msg_id") == msg_id:
                    break
            time.sleep(0.2)
            self.km.interrupt_kernel()
            while True:
                r = self.kc.get_shell_msg(timeout=TIMEOUT)
                if r["parent_header"].get("msg_id") == msg_id:
                    break
            self.assertEqual(r["content"]["ename"], "Interrupted")
            self.assertNotIn("stopped", r["content"]["evalue"])  # no new interpreter process
            self.iopub_until_idle(msg_id)
            reply, msgs = self.run_cell("fmt.Println(kept)")
            text = "".join(m["content"]["text"] for m in msgs if m["msg_type"] == "stream")
            self.assertEqual(text, "7\n", code)

    def test_interrupt_endless_loop(self):
        msg_id = self.kc.execute(CELLS["endless"])
        while True:
            m = self.kc.get_iopub_msg(timeout=TIMEOUT)
            if m["msg_type"] == "execute_input" and m["parent_header"].get("msg_id") == msg_id:
                break
        time.sleep(0.2)
        # the heartbeat echoes while the cell burns a CPU
        info = self.km.get_connection_info(session=False)
        hb = zmq.Context.instance().socket(zmq.REQ)
        hb.linger = 0
        hb.connect(f"{info['transport']}://{info['ip']}:{info['hb_port']}")
        for i in range(3):
            hb.send(b"ping-%d" % i)
            self.assertTrue(hb.poll(TIMEOUT * 1000), "no heartbeat echo while busy")
            self.assertEqual(hb.recv(), b"ping-%d" % i)
        hb.close()
        # control answers while the cell runs
        ki = self.kc.session.msg("kernel_info_request", {})
        self.kc.control_channel.send(ki)
        r = self.kc.get_control_msg(timeout=TIMEOUT)
        self.assertEqual(r["parent_header"]["msg_id"], ki["header"]["msg_id"])
        self.assertEqual(r["msg_type"], "kernel_info_reply")
        self.km.interrupt_kernel()
        while True:
            r = self.kc.get_shell_msg(timeout=TIMEOUT)
            if r["parent_header"].get("msg_id") == msg_id:
                break
        self.assertEqual(r["content"]["status"], "error")
        self.assertEqual(r["content"]["ename"], "Interrupted")
        self.assert_alive()

    def test_huge_output_in_order(self):
        reply, msgs = self.run_cell(CELLS["lines"])
        self.assertEqual(reply["content"]["status"], "ok")
        text = "".join(m["content"]["text"] for m in msgs
                       if m["msg_type"] == "stream" and m["content"]["name"] == "stdout")
        self.assertEqual(text, "".join(f"{i}\n" for i in range(100000)))
        self.assert_alive()

    def test_error_then_alive(self):
        reply, msgs = self.run_cell(CELLS["error"])
        self.assertEqual(reply["content"]["status"], "error")
        self.assertIn("error", [m["msg_type"] for m in msgs])
        self.assert_alive()

    def test_goroutine_panic(self):
        if not CELLS["goroutine_panic"]:
            self.skipTest("needs the Go engine")
        reply, msgs = self.run_cell(CELLS["goroutine_panic"])
        self.assertEqual(reply["content"]["status"], "error")
        self.assertTrue(self.km.is_alive())
        self.assert_alive()
        reply, msgs = self.run_cell(CELLS["hello"])
        self.assertEqual(reply["content"]["status"], "ok")

    def test_stdin(self):
        if not CELLS["input"]:
            self.skipTest("needs the Go engine")
        msg_id = self.kc.execute(CELLS["input"], allow_stdin=True)
        req = self.kc.get_stdin_msg(timeout=TIMEOUT)
        self.assertEqual(req["msg_type"], "input_request")
        self.kc.input("gopher")
        while True:
            r = self.kc.get_shell_msg(timeout=TIMEOUT)
            if r["parent_header"].get("msg_id") == msg_id:
                break
        self.assertEqual(r["content"]["status"], "ok")
        out = "".join(m["content"].get("text", "") for m in self.iopub_until_idle(msg_id)
                      if m["msg_type"] == "stream")
        self.assertIn("got gopher", out)
        # Without allow_stdin the read fails with an error the cell can see.
        reply, msgs = self.run_cell(CELLS["input_err"], allow_stdin=False)
        out = "".join(m["content"].get("text", "") for m in msgs if m["msg_type"] == "stream")
        self.assertIn("err:", out)
        self.assertNotIn("err: <nil>", out)
        self.assert_alive()


if __name__ == "__main__":
    unittest.main(verbosity=2)
