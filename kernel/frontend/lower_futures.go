package frontend

import (
	"github.com/gokernel/gokernel/kernel/symbols"
	"go/ast"
	"go/types"
	"strconv"
)

// futuresPath is the preloaded concurrent.futures port.
const futuresPath = ModulePath + "/lib/futures"

// nameProcessTask tells a process pool which function a cell submits.
//
// A process pool's workers are interpreter processes that look the task
// function up by name, and interpreted functions cannot be told apart by
// their value. So when a cell passes a function it declared to
// futures.Submit, Map or MapSeq, the call also carries its name:
// Submit(ex, f, x) becomes SubmitNamed(ex, "f", f, x) — the instance it
// returns replaces Submit's — and Map(ex, f, xs) gains
// futures.WithName("f"). Thread pools ignore the name.
func (c *compilation) nameProcessTask(pkg *types.Package, name string, targs []types.Type, call *ast.CallExpr) (symbols.Instance, bool) {
	path := pkg.Path()
	if path != futuresPath || len(call.Args) < 2 {
		return symbols.Instance{}, false
	}
	fn, ok := ast.Unparen(call.Args[1]).(*ast.Ident)
	if !ok || !c.isSessionFunc(fn) {
		return symbols.Instance{}, false
	}
	quoted := strconv.Quote(fn.Name)
	switch name {
	case "Submit":
		in, ok := lookupInstance(path, "SubmitNamed", targs)
		if !ok {
			return symbols.Instance{}, false
		}
		c.edits.insert(c.off(fn.Pos()), quoted+", ")
		return in, true
	case "Map", "MapSeq":
		if call.Ellipsis.IsValid() {
			return symbols.Instance{}, false // opts... : no room for one more option
		}
		// Through the package's name in the checked source, so that the
		// checker sees the same option when it re-reads this declaration.
		c.edits.insert(c.off(call.Rparen), ", "+c.qual(pkg)+".WithName("+quoted+")")
	}
	return symbols.Instance{}, false
}

// isSessionFunc reports whether id names a function declared at the top
// level of a cell (this one or an earlier one).
func (c *compilation) isSessionFunc(id *ast.Ident) bool {
	f, ok := c.info.Uses[id].(*types.Func)
	return ok && f.Pkg() == c.pkg && f.Parent() == c.pkg.Scope()
}
