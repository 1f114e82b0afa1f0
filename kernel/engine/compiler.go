package engine

import (
	"github.com/gokernel/gokernel/kernel"
	"github.com/gokernel/gokernel/kernel/frontend"
)

// Compiler is the front-end as the engine uses it: *frontend.Session
// satisfies it. The engine calls it from the shell goroutine only.
type Compiler interface {
	// Compile turns a cell into steps; a *frontend.CompileError means the
	// cell does not compile and nothing of it may run.
	Compile(cell string) (*frontend.Plan, error)
	// CompileExpression compiles one user_expressions entry to a single
	// Result step.
	CompileExpression(expr string) (*frontend.Plan, error)
	// Commit records that the plan ran (even if it failed part-way).
	Commit(p *frontend.Plan)
	// Replay returns the steps that recreate the session's imports and
	// declarations in a fresh interpreter, and the variables that cannot be
	// recreated.
	Replay() (steps []frontend.Step, lostVars []string)
	Complete(code string, cursor int) kernel.CompleteResult
	Inspect(code string, cursor, detail int) kernel.InspectResult
}
