"""Reference driver for lib/coroutine's differential test.

Reads a JSON list of cases from stdin. Each case is {"prog": [...], "ops": [...]}:
prog is a generator body in a tiny instruction language, compiled here to the
source of a real Python generator function; ops are next/send/throw/close
calls made on it. Writes a JSON list of results: per op the yielded value or
the exception (class, message, StopIteration value) and the generator state,
then the body's log.
"""
import inspect
import json
import sys

EXC = {"ValueError": ValueError, "KeyError": KeyError}


def compile_prog(prog, funcs):
    """Returns the name of a generator function implementing prog; its source
    (and the source of sub-generators) is appended to funcs."""
    name = "gen_%d" % len(funcs)
    funcs.append(None)
    lines = ["def %s(holder, log):" % name, "    acc = 0"]
    block(prog, 1, lines, funcs)
    lines.append("    if False: yield")
    funcs[int(name[4:])] = "\n".join(lines)
    return name


def block(instrs, depth, lines, funcs):
    ind = "    " * depth
    if not instrs:
        lines.append(ind + "pass")
        return
    for ins in instrs:
        op = ins[0]
        if op == "y":
            lines.append(ind + "s = yield acc + %d" % ins[1])
            lines.append(ind + "acc += (s or 0)")
        elif op == "try":
            lines.append(ind + "try:")
            block(ins[2], depth + 1, lines, funcs)
            lines.append(ind + "except %s:" % ins[1])
            lines.append(ind + "    log.append('caught %s')" % ins[1])
            block(ins[3], depth + 1, lines, funcs)
        elif op == "fin":
            lines.append(ind + "try:")
            block(ins[1], depth + 1, lines, funcs)
            lines.append(ind + "finally:")
            lines.append(ind + "    log.append('fin')")
            block(ins[2], depth + 1, lines, funcs)
        elif op == "raise":
            lines.append(ind + "raise %s('r')" % ins[1])
        elif op == "ret":
            lines.append(ind + "return acc + %d" % ins[1])
        elif op == "loop":
            lines.append(ind + "for _ in range(%d):" % ins[1])
            block(ins[2], depth + 1, lines, funcs)
        elif op == "from":
            sub = compile_prog(ins[1], funcs)
            lines.append(ind + "h = {}")
            lines.append(ind + "h['g'] = %s(h, log)" % sub)
            lines.append(ind + "acc += (yield from h['g']) or 0")
        elif op == "reenter":
            lines.append(ind + "next(holder['g'])")
        elif op == "rstop":
            lines.append(ind + "raise StopIteration")
        else:
            raise ValueError("unknown instruction %r" % (op,))


def describe(e):
    if isinstance(e, StopIteration):
        return {"e": "StopIteration", "v": e.value}
    msg = str(e.args[0]) if e.args else ""
    return {"e": type(e).__name__, "m": msg}


def run_case(case):
    funcs = []
    name = compile_prog(case["prog"], funcs)
    env = {}
    exec("\n\n".join(funcs), env)
    log = []
    holder = {}
    g = env[name](holder, log)
    holder["g"] = g
    steps = []
    for op in case["ops"]:
        try:
            if op[0] == "next":
                r = {"y": next(g)}
            elif op[0] == "send":
                r = {"y": g.send(op[1])}
            elif op[0] == "throw":
                r = {"y": g.throw(EXC[op[1]]("t"))}
            elif op[0] == "close":
                g.close()
                r = {"ok": True}
            else:
                raise SystemExit("unknown op %r" % (op,))
        except BaseException as e:  # every outcome is data here
            r = describe(e)
        r["s"] = inspect.getgeneratorstate(g)
        steps.append(r)
    # Snapshot the log: the finalizer of a still-suspended generator
    # would append to it.
    return {"steps": steps, "log": list(log)}


def main():
    cases = json.load(sys.stdin)
    json.dump([run_case(c) for c in cases], sys.stdout)


if __name__ == "__main__":
    main()
