#!/usr/bin/python3
"""Execute notebooks with `jupyter nbconvert --execute` and compare their outputs.

Each notebook is executed against the installed kernel (GOKERNEL_KERNEL_NAME, found via
JUPYTER_PATH) into a temporary directory; then every code cell's outputs are
compared with the outputs committed in the notebook. Text that legitimately
changes from run to run (timings, addresses, temp paths) is masked; a cell
tagged "nondeterministic" is only checked for having the same kinds of output
and no error. Any error output in a cell not tagged "raises-exception" fails.

    run_notebooks.py [--kernel NAME] [--update] NOTEBOOK...

--update writes the executed notebooks back in place (to commit new outputs).
The last line is "notebooks: N passed, N failed".
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

MASKS = [
    (re.compile(r"0x[0-9a-fA-F]+"), "0x…"),
    # Durations as Go and Python print them: 1.5s, 12ms, 3.2µs, 850ns, 1m2.5s
    (re.compile(r"\b\d+(\.\d+)?(h|m)?(\d+(\.\d+)?)?(ns|µs|us|ms|s)\b"), "<dur>"),
    (re.compile(r"/tmp/[^\s'\"]+"), "/tmp/…"),
    (re.compile(r"\d+(\.\d+)?x (faster|slower)"), "<ratio>"),
]


def mask(text):
    for rx, repl in MASKS:
        text = rx.sub(repl, text)
    return text


def text_of(output):
    """The comparable text of one output."""
    kind = output.get("output_type")
    if kind == "stream":
        return output.get("name", "") + ":" + "".join(output.get("text", ""))
    if kind in ("execute_result", "display_data"):
        data = output.get("data", {})
        parts = [kind]
        for mime in sorted(data):
            if mime in ("text/plain", "text/markdown", "text/latex", "application/json"):
                value = data[mime]
                if not isinstance(value, str):
                    value = "".join(value) if isinstance(value, list) else json.dumps(value, sort_keys=True)
                parts.append(mime + "=" + value)
            else:
                parts.append(mime)  # images, HTML and SVG: presence only
        return "|".join(parts)
    if kind == "error":
        return "error:" + output.get("ename", "") + ":" + output.get("evalue", "")
    return kind or ""


def merged_streams(outputs):
    """Stream outputs coalesced per name, as a reader sees them."""
    merged = []
    for out in outputs:
        if (out.get("output_type") == "stream" and merged
                and merged[-1].get("output_type") == "stream"
                and merged[-1].get("name") == out.get("name")):
            prev = dict(merged[-1])
            prev["text"] = "".join(prev.get("text", "")) + "".join(out.get("text", ""))
            merged[-1] = prev
        else:
            merged.append(out)
    return merged


def kinds(outputs):
    return [o.get("output_type") for o in merged_streams(outputs)]


def compare(committed, executed, name):
    problems = []
    cells_a = [c for c in committed["cells"] if c["cell_type"] == "code"]
    cells_b = [c for c in executed["cells"] if c["cell_type"] == "code"]
    if len(cells_a) != len(cells_b):
        return ["%s: %d code cells committed, %d executed" % (name, len(cells_a), len(cells_b))]
    for i, (a, b) in enumerate(zip(cells_a, cells_b), 1):
        tags = set(b.get("metadata", {}).get("tags", []))
        where = "%s cell %d" % (name, i)
        for out in b.get("outputs", []):
            if out.get("output_type") == "error" and "raises-exception" not in tags:
                problems.append("%s: error %s: %s" % (where, out.get("ename"), out.get("evalue")))
        outs_a = merged_streams(a.get("outputs", []))
        outs_b = merged_streams(b.get("outputs", []))
        if "nondeterministic" in tags:
            if kinds(outs_a) != kinds(outs_b):
                problems.append("%s: output kinds %s, committed %s" % (where, kinds(outs_b), kinds(outs_a)))
            continue
        got = [mask(text_of(o)) for o in outs_b]
        want = [mask(text_of(o)) for o in outs_a]
        if got != want:
            problems.append("%s: outputs differ\n  committed: %r\n  executed:  %r" % (where, want, got))
    return problems


def execute(path, kernel, outdir, timeout):
    cmd = ["jupyter", "nbconvert", "--to", "notebook", "--execute",
           "--ExecutePreprocessor.kernel_name=" + kernel,
           "--ExecutePreprocessor.timeout=%d" % timeout,
           "--allow-errors",
           "--output-dir", outdir, path]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError("nbconvert failed for %s:\n%s" % (path, proc.stderr[-4000:]))
    return os.path.join(outdir, os.path.basename(path))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kernel", default=os.environ.get("GOKERNEL_KERNEL_NAME", "gokernel-test"))
    ap.add_argument("--update", action="store_true")
    ap.add_argument("--timeout", type=int, default=300)
    ap.add_argument("notebooks", nargs="+")
    args = ap.parse_args()

    passed = failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for nb in args.notebooks:
            name = os.path.basename(nb)
            try:
                out = execute(nb, args.kernel, tmp, args.timeout)
            except RuntimeError as err:
                print("FAIL", name, err)
                failed += 1
                continue
            with open(nb) as f:
                committed = json.load(f)
            with open(out) as f:
                executed = json.load(f)
            if args.update:
                shutil.copy(out, nb)
                problems = [p for p in compare(executed, executed, name)]
            else:
                problems = compare(committed, executed, name)
            if problems:
                failed += 1
                print("FAIL", name)
                for p in problems:
                    print("   ", p)
            else:
                passed += 1
                print("ok  ", name)
    print("notebooks: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
