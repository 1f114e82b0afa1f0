package frontend

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/gokernel/gokernel/kernel/symbols"
)

// lookupInstance finds compiled instantiations; tests replace it.
var lookupInstance = symbols.Lookup

// lowerGenerics handles what yaegi cannot do with generics:
//   - a generic function or type from a compiled package (slices.Sort,
//     iter.Seq[int], itertools.Count) cannot be imported by yaegi at all: it
//     is rewritten to the concrete instantiation the worker ships
//     (symbols.Lookup), imported under a hidden name;
//   - a call of a generic function declared in a cell gets explicit type
//     arguments (from types.Info.Instances), since yaegi's inference fails
//     when a type parameter appears only in a func literal's result;
//   - `f := Generic[int]` becomes `var f func(...) ... = Generic[int]`.
func (c *compilation) lowerGenerics(root ast.Node) {
	var stack []ast.Node
	ast.Inspect(root, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		stack = append(stack, n)
		switch n := n.(type) {
		case *ast.Ident:
			if inst, ok := c.info.Instances[n]; ok {
				c.lowerInstance(n, inst, stack)
			}
		case *ast.AssignStmt:
			c.lowerGenericValue(n)
		}
		return true
	})
}

// parentOf returns the node enclosing stack's top, skipping nothing.
func parentOf(stack []ast.Node, up int) ast.Node {
	if len(stack) > up {
		return stack[len(stack)-1-up]
	}
	return nil
}

func (c *compilation) lowerInstance(id *ast.Ident, inst types.Instance, stack []ast.Node) {
	obj := c.info.Uses[id]
	if obj == nil || obj.Pkg() == nil {
		return
	}
	var targs []types.Type
	for i := range inst.TypeArgs.Len() {
		targs = append(targs, inst.TypeArgs.At(i))
	}
	var targText []string
	for _, t := range targs {
		targText = append(targText, c.typeString(t))
	}
	// The whole expression naming the instance: pkg.Name, Name, plus any
	// explicit [type args].
	var expr ast.Expr = id
	if se, ok := parentOf(stack, 1).(*ast.SelectorExpr); ok && se.Sel == id {
		expr = se
	}
	explicit := 0
	up := 1
	if expr != ast.Expr(id) {
		up = 2
	}
	switch p := parentOf(stack, up).(type) {
	case *ast.IndexExpr:
		if p.X == expr {
			expr, explicit = p, 1
		}
	case *ast.IndexListExpr:
		if p.X == expr {
			expr, explicit = p, len(p.Indices)
		}
	}
	if obj.Pkg() != c.pkg {
		path, name := obj.Pkg().Path(), obj.Name()
		shown := obj.Pkg().Name() + "." + name + "[" + strings.Join(targText, ", ") + "]"
		if path == "sync/atomic" && name == "Pointer" {
			c.addErr(id.Pos(), "atomic.Pointer[T] is not supported in cells (it crashes the interpreter): use atomic.Value, or a pointer guarded by a sync.Mutex")
			return
		}
		in, ok := lookupInstance(path, name, targs)
		if !ok {
			c.addErr(id.Pos(), fmt.Sprintf("%s is a generic %s from a compiled package, and this kernel has no compiled instantiation of it for these type arguments (the interpreter cannot instantiate compiled generics)", shown, kindOf(obj)))
			return
		}
		hidden := c.hiddenImport(in.Path)
		c.edits.replace(c.off(expr.Pos()), c.off(expr.End()), hidden+"."+in.Name)
		return
	}
	if _, isFunc := obj.(*types.Func); !isFunc {
		return
	}
	if explicit == len(targs) {
		return
	}
	full := id.Name + "[" + strings.Join(targText, ", ") + "]"
	c.edits.replace(c.off(expr.Pos()), c.off(expr.End()), full)
}

func kindOf(o types.Object) string {
	if _, ok := o.(*types.TypeName); ok {
		return "type"
	}
	return "function"
}

// hiddenImport imports path under a hidden name for rewritten generic uses.
func (c *compilation) hiddenImport(path string) string {
	for n, p := range c.imports {
		if p == path && strings.HasPrefix(n, "__gki_") {
			return n
		}
	}
	base := "__gki_" + sanitizeIdent(path[strings.LastIndex(path, "/")+1:])
	n := base
	for i := 2; c.imports[n] != "" && c.imports[n] != path; i++ {
		n = fmt.Sprintf("%s%d", base, i)
	}
	c.imports[n] = path
	if c.s.imports[n] != path {
		c.newImp[n] = path
	}
	return n
}

func sanitizeIdent(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '_' || ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || ('0' <= r && r <= '9') {
			return r
		}
		return '_'
	}, s)
}

// lowerGenericValue rewrites `f := G[T]` (a generic function instance as a
// value) to a var declaration with the instance's type: yaegi reports a
// "constant definition loop" for the short form.
func (c *compilation) lowerGenericValue(as *ast.AssignStmt) {
	if as.Tok != token.DEFINE || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
		return
	}
	lhs, ok := as.Lhs[0].(*ast.Ident)
	if !ok || c.info.Defs[lhs] == nil {
		return
	}
	var id *ast.Ident
	switch r := ast.Unparen(as.Rhs[0]).(type) {
	case *ast.Ident:
		id = r
	case *ast.IndexExpr:
		id = identOf(r.X)
	case *ast.IndexListExpr:
		id = identOf(r.X)
	}
	if id == nil {
		return
	}
	if _, ok := c.info.Instances[id]; !ok {
		return
	}
	if _, ok := c.info.Uses[id].(*types.Func); !ok {
		return
	}
	t := c.info.Types[as.Rhs[0]].Type
	c.edits.replace(c.off(as.Pos()), c.off(as.Rhs[0].Pos()), "var "+lhs.Name+" "+c.typeString(t)+" = ")
}
