"""Rich output from Go cells, over the real protocol with jupyter_client:
each MIME type arrives with the right bundle, Show / Update / Clear become
display_data / update_display_data (same display_id) / clear_output, values
of types declared in cells with an HTML method are shown richly, and a
progress bar's updates are rate-limited.

    JUPYTER_PATH=PREFIX/share/jupyter /usr/bin/python3 -m unittest -v tests/jupyter/test_display.py
"""
import os
import queue
import sys
import time

from jupyter_client.manager import start_new_kernel

sys.path.insert(0, os.path.dirname(__file__))
from guard import Guarded  # noqa: E402

KERNEL = os.environ.get("GOKERNEL_KERNEL_NAME", "gokernel-test")
TIMEOUT = 30


class Display(Guarded):
    @classmethod
    def setUpClass(cls):
        cls.km, cls.kc = start_new_kernel(kernel_name=KERNEL)

    @classmethod
    def tearDownClass(cls):
        cls.kc.stop_channels()
        cls.km.shutdown_kernel(now=True)

    def run_cell(self, code):
        """Execute code; return its iopub messages (status and input excluded) and the reply."""
        msg_id = self.kc.execute(code)
        msgs = []
        deadline = time.time() + TIMEOUT
        while True:
            msg = self.kc.get_iopub_msg(timeout=max(0.1, deadline - time.time()))
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            if msg["msg_type"] == "status":
                if msg["content"]["execution_state"] == "idle":
                    break
                continue
            if msg["msg_type"] != "execute_input":
                msgs.append(msg)
        reply = self.kc.get_shell_msg(timeout=TIMEOUT)
        self.assertEqual(reply["content"]["status"], "ok", msgs)
        return msgs

    def only(self, msgs, msg_type):
        found = [m for m in msgs if m["msg_type"] == msg_type]
        self.assertEqual(len(found), 1, [m["msg_type"] for m in msgs])
        return found[0]["content"]

    def test_each_mime_type_as_execute_result(self):
        self.run_cell("// encoded is a small image in the format enc writes.\n"
                      "func encoded(enc func(io.Writer, image.Image) error) []byte {\n"
                      "\tvar b bytes.Buffer\n\tenc(&b, image.NewRGBA(image.Rect(0, 0, 4, 4)))\n\treturn b.Bytes()\n}")
        cases = {
            'display.HTML("<b>x</b>")': ("text/html", "<b>x</b>"),
            'display.Markdown("*x*")': ("text/markdown", "*x*"),
            'display.Latex("$x^2$")': ("text/latex", "$x^2$"),
            'display.SVG(`<svg xmlns="http://www.w3.org/2000/svg"/>`)': ("image/svg+xml", None),
            'display.JSON(map[string]int{"a": 1})': ("application/json", {"a": 1}),
            'display.PNG(encoded(png.Encode))': ("image/png", None),
            'display.JPEG(encoded(func(w io.Writer, m image.Image) error { return jpeg.Encode(w, m, nil) }))': ("image/jpeg", None),
            'display.Bundle(map[string]any{"text/csv": "a,b"})': ("text/csv", "a,b"),
        }
        for code, (mime, want) in cases.items():
            with self.subTest(code=code):
                content = self.only(self.run_cell(code), "execute_result")
                self.assertIn(mime, content["data"])
                self.assertIn("text/plain", content["data"])
                if want is not None:
                    self.assertEqual(content["data"][mime], want)

    def test_show_update_clear(self):
        msgs = self.run_cell('h := display.Show(display.HTML("<i>one</i>"))\n'
                             'h.Update(display.HTML("<i>two</i>"))\n'
                             'display.Clear(false)')
        kinds = [m["msg_type"] for m in msgs]
        self.assertEqual(kinds, ["display_data", "update_display_data", "clear_output"])
        shown, updated = msgs[0]["content"], msgs[1]["content"]
        self.assertEqual(shown["data"]["text/html"], "<i>one</i>")
        self.assertEqual(updated["data"]["text/html"], "<i>two</i>")
        display_id = shown["transient"]["display_id"]
        self.assertTrue(display_id)
        self.assertEqual(updated["transient"]["display_id"], display_id)
        self.assertEqual(msgs[2]["content"]["wait"], False)

    def test_cell_type_with_html_method(self):
        self.run_cell('type Badge struct{ Name string }\n\n'
                      'func (b Badge) HTML() string { return "<span>" + b.Name + "</span>" }')
        content = self.only(self.run_cell('Badge{"go"}'), "execute_result")
        self.assertEqual(content["data"]["text/html"], "<span>go</span>")
        self.assertEqual(content["data"]["text/plain"], "{go}")

    def test_progress_is_rate_limited(self):
        msgs = self.run_cell("bar := display.Progress(300)\n"
                             "for range 300 {\n\ttime.Sleep(2 * time.Millisecond)\n\tbar.Add(1)\n}\n"
                             "bar.Done()")
        # ~0.6 s of work at most ~10 redraws a second, plus the first and last.
        shows = [m for m in msgs if m["msg_type"] == "display_data"]
        updates = [m for m in msgs if m["msg_type"] == "update_display_data"]
        self.assertEqual(len(shows), 1)
        self.assertGreaterEqual(len(updates), 1)
        self.assertLessEqual(len(updates), 20, "progress redrew %d times" % len(updates))
        self.assertIn("300/300", updates[-1]["content"]["data"]["text/plain"])

    def test_executor_map_drives_a_progress_bar(self):
        msgs = self.run_cell("ex, _ := futures.NewThreadPoolExecutor(2)\n"
                             "bar := display.Progress(50)\n"
                             "total := 0\n"
                             "for r, _ := range futures.Map(ex, func(n int) int { return n * n }, itertools.Collect(itertools.Range(50)), futures.WithProgress(bar)) {\n"
                             "\ttotal += r\n}\n"
                             "bar.Done()\nex.Shutdown(true)\nfmt.Println(total)")
        self.assertEqual(len([m for m in msgs if m["msg_type"] == "display_data"]), 1)
        updates = [m for m in msgs if m["msg_type"] == "update_display_data"]
        self.assertIn("50/50", updates[-1]["content"]["data"]["text/plain"])
        out = "".join(m["content"]["text"] for m in msgs if m["msg_type"] == "stream")
        self.assertEqual(out, "40425\n")


if __name__ == "__main__":
    import unittest
    unittest.main(verbosity=2)
