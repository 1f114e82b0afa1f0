// Package frontend turns a notebook cell of modern Go into source that yaegi
// v0.16.1 runs with the meaning `go run` would give it: it splits the cell into
// chunks, resolves imports, type-checks against the session so far, lowers
// what yaegi lacks, and marks the value to show.
//
// It is plain source-to-source: nothing here runs code or knows about Jupyter.
package frontend

import "strconv"

// RuntimeImport is the import line the worker evaluates once, before any cell,
// so that lowered code can reach the kernel's compiled runtime helpers
// (for example RuntimeName+".Result(...)").
const (
	RuntimePath   = "gokernel/rt"
	RuntimeName   = "__gkrt"
	RuntimeImport = `import ` + RuntimeName + ` "` + RuntimePath + `"`
)

// StepKind says what a Step is, so the engine knows what to replay after a
// worker restart and what to run once.
type StepKind int

const (
	// Import is an import declaration (repeats are already dropped).
	Import StepKind = iota
	// Decl declares funcs, types, consts or package-level vars.
	Decl
	// Stmt is top-level statements (including `x := ...` defining session vars).
	Stmt
	// Result is the cell's last expression rewritten to call
	// RuntimeName+".Result(v1, v2, ...)": variadic, because yaegi hands
	// a value of a cell type with methods to compiled code intact only as
	// a call argument, not inside a []any literal.
	Result
	// Main calls the cell's func main once, after its declarations.
	Main
)

func (k StepKind) String() string {
	switch k {
	case Import:
		return "import"
	case Decl:
		return "decl"
	case Stmt:
		return "stmt"
	case Result:
		return "result"
	case Main:
		return "main"
	}
	return "unknown"
}

// Step is one chunk handed to interp.Eval, in order.
type Step struct {
	Kind StepKind
	// Source is passed to interp.Eval as is.
	Source string
	// Lines maps each line of Source (index i is line i+1) to the 1-based
	// cell line it came from, or 0 for lines the front-end synthesised. The
	// engine uses it to report runtime errors at the cell's line.
	Lines []int
	// Names are the session-level names this step declares (funcs, types,
	// vars, consts, import names).
	Names []string
}

// Plan is a compiled cell.
type Plan struct {
	Cell  string
	Steps []Step

	// delta is what Commit adds to the session.
	delta *delta
}

// Error is one compile error at a cell position, in Go's own wording.
type Error struct {
	Line, Col int // 1-based, in the cell
	Msg       string
}

// CompileError is returned by Compile when a cell does not compile; nothing of
// the cell has run and the session is unchanged.
type CompileError struct {
	Errors []Error
}

func (e *CompileError) Error() string {
	if len(e.Errors) == 0 {
		return "compile error"
	}
	s := ""
	for i, x := range e.Errors {
		if i > 0 {
			s += "\n"
		}
		s += strconv.Itoa(x.Line) + ":" + strconv.Itoa(x.Col) + ": " + x.Msg
	}
	return s
}
