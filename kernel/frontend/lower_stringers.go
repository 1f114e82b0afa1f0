package frontend

import (
	"go/ast"
	"go/types"
)

// printFuncs are the functions whose arguments fmt formats.
var printFuncs = map[string]map[string]bool{
	"fmt": {"Print": true, "Println": true, "Printf": true, "Sprint": true, "Sprintln": true, "Sprintf": true,
		"Fprint": true, "Fprintln": true, "Fprintf": true, "Errorf": true, "Append": true, "Appendln": true, "Appendf": true},
	"log": {"Print": true, "Println": true, "Printf": true, "Fatal": true, "Fatalln": true, "Fatalf": true,
		"Panic": true, "Panicln": true, "Panicf": true},
}

// lowerStringers makes fmt see the String methods of cell types: an argument
// of a print function whose type (declared in a cell) has String() string in
// its method set goes through RuntimeName+".Stringer" with its bound method.
// Error types are left to lowerErrors, and types with their own Format to
// fmt.
func (c *compilation) lowerStringers(root ast.Node) {
	ast.Inspect(root, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || !c.isPrintCall(call) {
			return true
		}
		for _, a := range call.Args {
			c.wrapStringer(a)
		}
		return true
	})
}

func (c *compilation) isPrintCall(call *ast.CallExpr) bool {
	se, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	fn, ok := c.info.Uses[se.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Signature().Recv() != nil {
		return false
	}
	return printFuncs[fn.Pkg().Path()][fn.Name()]
}

func (c *compilation) wrapStringer(e ast.Expr) {
	tv, ok := c.info.Types[e]
	if !ok || tv.IsType() || !c.isCellType(tv.Type) {
		return
	}
	ms := types.NewMethodSet(tv.Type)
	if ms.Lookup(c.pkg, "Error") != nil || ms.Lookup(c.pkg, "Format") != nil {
		return
	}
	sel := ms.Lookup(c.pkg, "String")
	if sel == nil {
		return
	}
	sig, ok := sel.Type().(*types.Signature)
	if !ok || sig.Params().Len() != 0 || sig.Results().Len() != 1 || !types.Identical(sig.Results().At(0).Type(), types.Typ[types.String]) {
		return
	}
	c.edits.insert(c.off(e.Pos()), "func(__gks "+c.typeString(tv.Type)+") any { return "+RuntimeName+".Stringer(__gks, __gks.String) }(")
	c.edits.insert(c.off(e.End()), ")")
}
