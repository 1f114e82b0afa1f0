"""Execute tests/jupyter/smoke.ipynb headlessly with
`jupyter nbconvert --to notebook --execute` and check its outputs.

    JUPYTER_PATH=PREFIX/share/jupyter /usr/bin/python3 -m unittest -v tests/jupyter/test_smoke.py
"""
import json
import os
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(__file__))
from guard import Guarded  # noqa: E402

KERNEL = os.environ.get("GOKERNEL_KERNEL_NAME", "gokernel-test")
HERE = os.path.dirname(os.path.abspath(__file__))


def text_of(outputs, name=None):
    out = ""
    for o in outputs:
        if o["output_type"] == "stream" and (name is None or o["name"] == name):
            out += o["text"] if isinstance(o["text"], str) else "".join(o["text"])
    return out


def data_of(outputs, output_type, mime):
    for o in outputs:
        if o["output_type"] == output_type and mime in o["data"]:
            d = o["data"][mime]
            return d if isinstance(d, str) else "".join(d)
    return None


class SmokeNotebook(Guarded):
    def test_nbconvert_execute(self):
        with tempfile.TemporaryDirectory() as out:
            cmd = ["jupyter", "nbconvert", "--to", "notebook", "--execute",
                   f"--ExecutePreprocessor.kernel_name={KERNEL}",
                   "--ExecutePreprocessor.timeout=60",
                   "--output-dir", out, os.path.join(HERE, "smoke.ipynb")]
            p = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
            self.assertEqual(p.returncode, 0, p.stderr[-3000:])
            with open(os.path.join(out, "smoke.ipynb")) as f:
                nb = json.load(f)
        cells = [c for c in nb["cells"] if c["cell_type"] == "code"]
        self.assertEqual(text_of(cells[0]["outputs"], "stdout"), "hello, world\n")
        self.assertEqual(data_of(cells[1]["outputs"], "execute_result", "text/plain"), "42")
        self.assertEqual(text_of(cells[2]["outputs"], "stderr"), "to stderr\n")
        self.assertEqual(cells[3]["outputs"], [])
        self.assertEqual(text_of(cells[4]["outputs"], "stdout"), "2\n4\n6\n")
        self.assertEqual(data_of(cells[5]["outputs"], "display_data", "text/html"), "<b>bold</b>")
        # A value of a type declared in the cell, with a method, shows like %v.
        self.assertEqual(data_of(cells[6]["outputs"], "execute_result", "text/plain"), "{41 42}")
        self.assertEqual(text_of(cells[7]["outputs"], "stdout"), "0 1 2 \n")
        errors = [o for o in cells[8]["outputs"] if o["output_type"] == "error"]
        self.assertEqual(len(errors), 1)
        self.assertIn("assignment to entry in nil map", errors[0]["evalue"])
        self.assertEqual(data_of(cells[9]["outputs"], "execute_result", "text/plain"), "STILL ALIVE AFTER A PANIC")
        counts = [c["execution_count"] for c in cells]
        self.assertEqual(counts, list(range(1, len(cells) + 1)))


if __name__ == "__main__":
    unittest.main(verbosity=2)
