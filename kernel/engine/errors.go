package engine

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/gokernel/gokernel/kernel"
	"github.com/gokernel/gokernel/kernel/frontend"
	"github.com/gokernel/gokernel/kernel/worker/pipe"
)

// ANSI colours, as IPython and GoNB put them in tracebacks.
func red(s string) string    { return "\x1b[0;31m" + s + "\x1b[0m" }
func green(s string) string  { return "\x1b[0;32m" + s + "\x1b[0m" }
func yellow(s string) string { return "\x1b[0;33m" + s + "\x1b[0m" }

// compileError reports a cell that does not compile, with each failing line
// and a caret under the column.
func compileError(err error, cell string) *kernel.CellError {
	var ce *frontend.CompileError
	if !errors.As(err, &ce) || len(ce.Errors) == 0 {
		return &kernel.CellError{Name: "CompileError", Value: err.Error(),
			Traceback: []string{red("CompileError") + ": " + err.Error()}}
	}
	ce = &frontend.CompileError{Errors: ce.Errors}
	vals := make([]string, len(ce.Errors))
	tb := []string{}
	for i, x := range ce.Errors {
		vals[i] = strconv.Itoa(x.Line) + ":" + strconv.Itoa(x.Col) + ": " + x.Msg
		tb = append(tb, red("CompileError")+": "+vals[i])
		tb = append(tb, excerpt(cell, x.Line, x.Col)...)
	}
	return &kernel.CellError{Name: "CompileError", Value: strings.Join(vals, "\n"), Traceback: tb}
}

// excerpt shows cell line (1-based) with the line before it and, when col
// is known, a caret under the column.
func excerpt(cell string, line, col int) []string {
	lines := strings.Split(cell, "\n")
	if line < 1 || line > len(lines) {
		return nil
	}
	var out []string
	w := len(strconv.Itoa(line))
	if line > 1 {
		out = append(out, fmt.Sprintf("   %*d | %s", w, line-1, lines[line-2]))
	}
	out = append(out, red(fmt.Sprintf("-> %*d", w, line))+" | "+lines[line-1])
	if col >= 1 {
		// Keep tabs so the caret lines up under the text.
		pad := []rune{}
		for i, r := range lines[line-1] {
			if i >= col-1 {
				break
			}
			if r == '\t' {
				pad = append(pad, '\t')
			} else {
				pad = append(pad, ' ')
			}
		}
		out = append(out, strings.Repeat(" ", 3+w)+" | "+string(pad)+red("^"))
	}
	return out
}

// stepRange is the first and last cell line a step came from (0 if none).
func stepRange(s frontend.Step) (lo, hi int) {
	for _, l := range s.Lines {
		if l == 0 {
			continue
		}
		if lo == 0 || l < lo {
			lo = l
		}
		if l > hi {
			hi = l
		}
	}
	return lo, hi
}

// cellLine maps a 1-based line of a step's source to its cell line.
func cellLine(s frontend.Step, line int) int {
	if line < 1 || line > len(s.Lines) {
		return 0
	}
	return s.Lines[line-1]
}

// faultError reports a step that failed in the worker.
func (e *Engine) faultError(f *pipe.Fault, steps []frontend.Step, idx int, cell string) *kernel.CellError {
	var step frontend.Step
	if idx >= 0 && idx < len(steps) {
		step = steps[idx]
	}
	if f.Kind == "compile" {
		line := cellLine(step, f.Line)
		col := f.Col
		val := f.Message
		if line > 0 {
			val = strconv.Itoa(line) + ":" + strconv.Itoa(col) + ": " + f.Message
		}
		tb := []string{red("CompileError") + ": " + val}
		if line > 0 {
			tb = append(tb, excerpt(cell, line, -1)...)
		}
		return &kernel.CellError{Name: "CompileError", Value: val, Traceback: tb}
	}
	var name string
	switch f.Kind {
	case "exit":
		name = "os.Exit"
	case "runtime error":
		name = "runtime error"
	default:
		name = "panic"
	}
	value := f.Message
	if f.Kind == "exit" {
		// What go run says about a program that exits non-zero.
		value = "exit status " + strings.TrimSuffix(strings.TrimPrefix(f.Message, "os.Exit("), ")")
	}
	tb := []string{red(name) + ": " + value}
	tb = append(tb, e.frameLines(f.Frames, step, cell)...)
	return &kernel.CellError{Name: name, Value: value, Traceback: tb}
}

// frameLines renders interpreted panic frames, innermost first, placing
// frames of funcs declared in earlier cells at their cell and line. yaegi
// gives no line for the cell's top level, so that frame shows the lines of
// the step that was running.
func (e *Engine) frameLines(frames []string, step frontend.Step, cell string) []string {
	var out []string
	top := false
	for _, fr := range frames {
		line, _, fn, ok := pipe.ParseFrame(fr)
		if !ok {
			continue
		}
		if fn == "main" || fn == "" {
			top = true
			continue
		}
		name := strings.TrimPrefix(fn, "main.")
		if name == "func" || strings.HasPrefix(name, "func") && !strings.Contains(name, ".") {
			out = append(out, "  in a func literal")
			continue
		}
		site, found := e.site(name)
		if !found {
			if i := strings.IndexByte(name, '.'); i > 0 {
				site, found = e.site(name[:i])
			}
		}
		if !found {
			out = append(out, "  in "+green(name))
			continue
		}
		// yaegi places a frame at the first statement of its func, not
		// at the failing line, so name the func and where it is declared.
		lo := declLine(site.cell, name, cellLine(frontend.Step{Lines: site.lines}, line))
		where := "  in " + green(name)
		if site.count > 0 {
			where += ", cell [" + strconv.Itoa(site.count) + "]"
		}
		if lo > 0 {
			where += ", declared at line " + strconv.Itoa(lo)
			out = append(out, where)
			out = append(out, excerpt(site.cell, lo, -1)...)
		} else {
			out = append(out, where)
		}
	}
	if lo, hi := stepRange(step); lo > 0 && (top || len(frames) == 0 || len(out) == 0) {
		if lo == hi {
			out = append(out, "  in the cell, line "+strconv.Itoa(lo))
			out = append(out, excerpt(cell, lo, -1)...)
		} else {
			out = append(out, "  in the cell, lines "+strconv.Itoa(lo)+"–"+strconv.Itoa(hi))
		}
	}
	return out
}

func (e *Engine) site(name string) (declSite, bool) {
	e.mu.Lock()
	defer e.mu.Unlock()
	s, ok := e.sites[name]
	return s, ok
}

// noteSites remembers where this cell's funcs were declared.
func (e *Engine) noteSites(plan *frontend.Plan, count int) {
	e.mu.Lock()
	defer e.mu.Unlock()
	for _, s := range plan.Steps {
		if s.Kind != frontend.Decl {
			continue
		}
		for _, n := range s.Names {
			e.sites[n] = declSite{count: count, lines: s.Lines, cell: plan.Cell}
		}
	}
}

func interruptedError(restarted bool) *kernel.CellError {
	v := "the cell was interrupted"
	if restarted {
		v += " (it was blocked in compiled code, so the interpreter process was stopped)"
	}
	return &kernel.CellError{Name: "Interrupted", Value: v, Traceback: []string{red("Interrupted") + ": " + v}}
}

// crash classifies how a worker died from the end of its stderr.
func crash(p *proc) (name, value string) {
	tail, _ := p.crashInfo()
	switch {
	case strings.Contains(tail, "fatal error: out of memory"), strings.Contains(tail, "fatal error: runtime: out of memory"):
		return "out of memory", "the cell ran out of memory (the interpreter's limit is " + pipe.MemoryLimitText() + ")"
	}
	if i := strings.LastIndex(tail, "panic: "); i >= 0 && (i == 0 || tail[i-1] == '\n') {
		msg := firstLine(tail[i+len("panic: "):])
		if j := strings.Index(msg, " [recovered"); j >= 0 {
			msg = msg[:j]
		}
		return "panic", msg + " (in a goroutine)"
	}
	if i := strings.LastIndex(tail, "fatal error: "); i >= 0 {
		return "fatal error", firstLine(tail[i+len("fatal error: "):])
	}
	v := "the interpreter process exited"
	if p.exitErr != nil {
		v += " (" + p.exitErr.Error() + ")"
	}
	return "WorkerDied", v
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// crashError reports a worker that died while the cell ran.
func (e *Engine) crashError(p *proc, steps []frontend.Step, idx int, cell string) *kernel.CellError {
	name, value := crash(p)
	_, frames := p.crashInfo()
	tb := []string{red(name) + ": " + value}
	var step frontend.Step
	if idx >= 0 && idx < len(steps) {
		step = steps[idx]
	}
	tb = append(tb, e.frameLines(frames, step, cell)...)
	return &kernel.CellError{Name: name, Value: value, Traceback: tb}
}

// crashNote describes a worker that died between cells.
func (e *Engine) crashNote(p *proc) string {
	name, value := crash(p)
	return name + ": " + value
}

// declLine finds the line declaring func name at or above cell line from
// (where yaegi put the frame), or returns from when there is none.
func declLine(cell, name string, from int) int {
	lines := strings.Split(cell, "\n")
	if from < 1 || from > len(lines) {
		return from
	}
	base := name
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		base = name[i+1:]
	}
	for i := from; i >= 1; i-- {
		l := strings.TrimSpace(lines[i-1])
		if strings.HasPrefix(l, "func ") && strings.Contains(l, base+"(") {
			return i
		}
	}
	return from
}
