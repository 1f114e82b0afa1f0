"""jupyter_kernel_test for gokernel: the conformance suite every Jupyter
kernel is checked with, with every sample filled in with Go.

Run (the Makefile installs the kernelspec "gokernel-test" into a private
prefix and points JUPYTER_PATH at it):

    JUPYTER_PATH=PREFIX/share/jupyter /usr/bin/python3 -m unittest -v tests/jupyter/test_gokernel.py

GOKERNEL_KERNEL_NAME overrides the kernelspec name.
"""
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(__file__))

import jupyter_kernel_test as jkt  # noqa: E402

from guard import Guarded  # noqa: E402

KERNEL = os.environ.get("GOKERNEL_KERNEL_NAME", "gokernel-test")


class GoKernelTests(jkt.KernelTests, Guarded):
    kernel_name = KERNEL
    language_name = "go"
    file_extension = ".go"

    code_hello_world = 'fmt.Println("hello, world")'
    code_stderr = 'fmt.Fprintln(os.Stderr, "oops")'

    completion_samples = [
        {"text": "fmt.Pri", "matches": {"fmt.Print", "fmt.Printf", "fmt.Println"}},
        {"text": "strings.ToUpp", "matches": {"strings.ToUpper", "strings.ToUpperSpecial"}},
    ]
    complete_code_samples = ["x := 1", 'fmt.Println("hi")', "func f() int { return 1 }"]
    incomplete_code_samples = ["func f() {", "for i := 0; i < 3; i++ {", "x := []int{1,"]
    invalid_code_samples = ["x := )", "func f() { ) }"]

    code_inspect_sample = "fmt.Println"

    code_generate_error = 'panic("boom")'

    code_execute_result = [
        {"code": "6*7", "result": "42"},
        {"code": '"go" + "pher"', "result": "gopher"},
        {"code": "[]int{1, 2, 3}", "result": "[1 2 3]"},
    ]
    code_history_pattern = "6*7"
    supported_history_operations = ("tail", "range", "search")

    code_display_data = [
        {
            "code": 'import "github.com/gokernel/gokernel/lib/display"\n'
            'display.Show(display.HTML("<b>hi</b>"))',
            "mime": "text/html",
        },
    ]
    code_clear_output = (
        'import "github.com/gokernel/gokernel/lib/display"\n'
        'fmt.Println("soon gone")\ndisplay.Clear(false)'
    )

    # jupyter_kernel_test waits forever when no reply comes; bound it.
    def get_non_kernel_info_reply(self, timeout=None):
        return super().get_non_kernel_info_reply(timeout=timeout or jkt.TIMEOUT)

    def test_completion(self):
        """What the user gets: each match applied over cursor_start..cursor_end.

        jupyter_kernel_test compares the raw matches, which ties the test to
        one of two conventions the protocol allows (matches that replace all
        of "fmt.Pri", or only "Pri" with cursor_start after the dot). The
        edited text is the same under both, so that is what is checked.
        """
        for sample in self.completion_samples:
            text = sample["text"]
            with self.subTest(text=text):
                msg_id = self.kc.complete(text)
                reply = self.get_non_kernel_info_reply(timeout=jkt.TIMEOUT)
                jkt.validate_message(reply, "complete_reply", msg_id)
                c = reply["content"]
                self.assertLessEqual(0, c["cursor_start"])
                self.assertLessEqual(c["cursor_start"], c["cursor_end"])
                self.assertLessEqual(c["cursor_end"], len(text))
                applied = {text[: c["cursor_start"]] + m + text[c["cursor_end"]:] for m in c["matches"]}
                self.assertEqual(applied, set(sample["matches"]))


if __name__ == "__main__":
    unittest.main(verbosity=2)
