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

// wrapStringer passes a print argument through RuntimeName+".Stringer" when
// its type is a cell type with a String method; a slice, array or map
// (values) of such elements goes through a []any or map[K]any of wrapped
// elements, which fmt prints the same way.
func (c *compilation) wrapStringer(e ast.Expr) {
	tv, ok := c.info.Types[e]
	if !ok || tv.IsType() || c.typeNameArgs[e] {
		return
	}
	t := tv.Type
	if c.isStringer(t) {
		c.edits.insert(c.off(e.Pos()), "func(__gks "+c.typeString(t)+") any { return "+RuntimeName+".Stringer(__gks, __gks.String) }(")
		c.edits.insert(c.off(e.End()), ")")
		return
	}
	if c.isCellType(t) && c.hasMethod(t, "String", "Error", "Format", "GoString") {
		return // fmt uses the container's own method
	}
	// Each element is bound in a call of its own: a method value of the
	// loop variable would be shared by every iteration in yaegi.
	each := func(elem types.Type) string {
		return "for __gksk, __gkse := range __gks { __gkso[__gksk] = func(__gkv " + c.typeString(elem) + ") any { return " +
			RuntimeName + ".Stringer(__gkv, __gkv.String) }(__gkse) }; return __gkso }("
	}
	switch u := t.Underlying().(type) {
	case *types.Slice:
		if c.isStringer(u.Elem()) {
			c.edits.insert(c.off(e.Pos()), "func(__gks "+c.typeString(t)+") []any { __gkso := make([]any, len(__gks)); "+each(u.Elem()))
			c.edits.insert(c.off(e.End()), ")")
		}
	case *types.Array:
		if c.isStringer(u.Elem()) {
			c.edits.insert(c.off(e.Pos()), "func(__gks "+c.typeString(t)+") []any { __gkso := make([]any, len(__gks)); "+each(u.Elem()))
			c.edits.insert(c.off(e.End()), ")")
		}
	case *types.Map:
		// Keys stay as they are: fmt sorts them by value.
		if c.isStringer(u.Elem()) && !c.isStringer(u.Key()) {
			k := c.typeString(u.Key())
			c.edits.insert(c.off(e.Pos()), "func(__gks "+c.typeString(t)+") map["+k+"]any { if __gks == nil { return nil }; __gkso := make(map["+k+"]any, len(__gks)); "+each(u.Elem()))
			c.edits.insert(c.off(e.End()), ")")
		}
	}
}

// isStringer reports whether t is a cell type whose String() string fmt
// would call, with no Error or Format method taking precedence.
func (c *compilation) isStringer(t types.Type) bool {
	if !c.isCellType(t) {
		return false
	}
	if c.hasMethod(t, "Error", "Format") {
		return false
	}
	sel := types.NewMethodSet(t).Lookup(c.pkg, "String")
	if sel == nil {
		return false
	}
	sig, ok := sel.Type().(*types.Signature)
	return ok && sig.Params().Len() == 0 && sig.Results().Len() == 1 && types.Identical(sig.Results().At(0).Type(), types.Typ[types.String])
}

// hasMethod reports whether t's method set has any of the named methods.
func (c *compilation) hasMethod(t types.Type, names ...string) bool {
	ms := types.NewMethodSet(t)
	for _, m := range names {
		if ms.Lookup(c.pkg, m) != nil {
			return true
		}
	}
	return false
}
