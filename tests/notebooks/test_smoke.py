#!/usr/bin/python3
"""Execute tests/notebooks/smoke.ipynb with `jupyter nbconvert --execute` and
check what each cell produced against what Go itself means by it."""
import json
import os
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
KERNEL = os.environ.get("KERNEL_NAME", "gokernel")


def run_smoke():
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            ["jupyter", "nbconvert", "--to", "notebook", "--execute",
             "--ExecutePreprocessor.kernel_name=" + KERNEL,
             "--ExecutePreprocessor.timeout=60",
             "--output-dir", tmp, os.path.join(HERE, "smoke.ipynb")],
            check=True, capture_output=True, text=True)
        with open(os.path.join(tmp, "smoke.ipynb")) as f:
            return [c for c in json.load(f)["cells"] if c["cell_type"] == "code"]


def stream(cell, name):
    return "".join("".join(o["text"]) for o in cell["outputs"]
                   if o["output_type"] == "stream" and o["name"] == name)


def result(cell):
    res = [o for o in cell["outputs"] if o["output_type"] == "execute_result"]
    return "".join(res[0]["data"]["text/plain"]) if res else None


class SmokeNotebook(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.cells = run_smoke()

    def test_print(self):
        self.assertEqual(stream(self.cells[0], "stdout"), "hello from gokernel\n")
        self.assertIsNone(result(self.cells[0]))

    def test_declarations_persist_and_show_nothing(self):
        self.assertEqual(self.cells[1]["outputs"], [])
        self.assertEqual(result(self.cells[2]), "{41 42}")

    def test_streams_and_range_over_int(self):
        self.assertEqual(stream(self.cells[3], "stderr"), "to stderr\n")
        self.assertEqual(stream(self.cells[3], "stdout"), "0 1 2 \n")

    def test_last_expression(self):
        self.assertEqual(result(self.cells[4]), "20")

    def test_panic_is_an_error_and_session_survives(self):
        errors = [o for o in self.cells[5]["outputs"] if o["output_type"] == "error"]
        self.assertEqual(len(errors), 1)
        self.assertIn("assignment to entry in nil map", errors[0]["evalue"])
        self.assertEqual(result(self.cells[6]), "STILL ALIVE AFTER A PANIC")


if __name__ == "__main__":
    unittest.main()
