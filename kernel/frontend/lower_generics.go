package frontend

import (
	"fmt"
	"go/ast"
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
//   - an instance used as a value (`f := Sum[int]`, an argument) becomes a
//     func literal calling it.
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
			up++
		}
	case *ast.IndexListExpr:
		if p.X == expr {
			expr, explicit = p, len(p.Indices)
			up++
		}
	}
	called := false
	if call, ok := parentOf(stack, up).(*ast.CallExpr); ok && call.Fun == expr {
		called = true
	}
	if obj.Pkg() != c.pkg {
		path, name := obj.Pkg().Path(), obj.Name()
		var shownArgs []string
		for _, t := range targs {
			shownArgs = append(shownArgs, c.checkTypeString(t))
		}
		shown := obj.Pkg().Name() + "." + name + "[" + strings.Join(shownArgs, ", ") + "]"
		if path == "sync/atomic" && name == "Pointer" {
			c.addErr(id.Pos(), "atomic.Pointer[T] is not supported in cells (it crashes the interpreter): use atomic.Value, or a pointer guarded by a sync.Mutex")
			return
		}
		in, ok := lookupInstance(path, name, targs)
		if !ok && !called {
			// A generic type with no compiled instance (iter.Seq[T] in a
			// generic cell function, iter.Seq[Point]): its underlying type
			// says the same where it has no methods.
			if named, isNamed := inst.Type.(*types.Named); isNamed {
				var b strings.Builder
				if c.writeInstance(&b, named) {
					c.edits.replace(c.off(expr.Pos()), c.off(expr.End()), b.String())
					return
				}
			}
		}
		if !ok && called {
			// slices and maps have interpreted stand-ins (package fallback).
			if fn, isFunc := obj.(*types.Func); isFunc && c.useFallback(fn, targs, expr, parentOf(stack, up).(*ast.CallExpr)) {
				return
			}
		}
		if !ok {
			c.addErr(id.Pos(), fmt.Sprintf("%s is a generic %s from a compiled package, and this kernel has no compiled instantiation of it for these type arguments (the interpreter cannot instantiate compiled generics)", shown, kindOf(obj)))
			return
		}
		if call, ok := parentOf(stack, up).(*ast.CallExpr); ok && called {
			if named, ok := c.nameProcessTask(obj.Pkg(), name, targs, call); ok {
				in = named
			}
		}
		hidden := c.hiddenImport(in.Path)
		c.edits.replace(c.off(expr.Pos()), c.off(expr.End()), hidden+"."+in.Name)
		return
	}
	if _, isFunc := obj.(*types.Func); !isFunc {
		return
	}
	full := id.Name + "[" + strings.Join(targText, ", ") + "]"
	if !called {
		// An instance used as a value: yaegi mis-types it (`f := Sum[int]`
		// is a "constant definition loop", a var of func type holding it
		// returns zero values), so call it from a func literal instead.
		if sig, ok := c.info.Types[expr].Type.(*types.Signature); ok {
			c.edits.replaceSpan(c.off(expr.Pos()), c.off(expr.End()), c.funcLit(sig, "__gkf", func(args []string) string { return full + "(" + strings.Join(args, ", ") + ")" }))
			return
		}
	}
	if explicit == len(targs) {
		return
	}
	c.edits.replace(c.off(expr.Pos()), c.off(expr.End()), full)
}

// funcLit spells a func literal of signature sig whose parameters are named
// prefix0, prefix1, … and whose body returns call(those names), a variadic
// last one spelled `name...`.
func (c *compilation) funcLit(sig *types.Signature, prefix string, call func(args []string) string) string {
	var params, args []string
	for i := range sig.Params().Len() {
		p := fmt.Sprintf("%s%d", prefix, i)
		t := sig.Params().At(i).Type()
		if sig.Variadic() && i == sig.Params().Len()-1 {
			params = append(params, p+" ..."+c.typeString(t.(*types.Slice).Elem()))
			args = append(args, p+"...")
		} else {
			params = append(params, p+" "+c.typeString(t))
			args = append(args, p)
		}
	}
	var res []string
	for i := range sig.Results().Len() {
		res = append(res, c.typeString(sig.Results().At(i).Type()))
	}
	results := strings.Join(res, ", ")
	if len(res) > 1 {
		results = "(" + results + ")"
	}
	ret := ""
	if len(res) > 0 {
		ret = "return "
	}
	return fmt.Sprintf("func(%s) %s { %s%s }", strings.Join(params, ", "), results, ret, call(args))
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
