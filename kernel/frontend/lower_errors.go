package frontend

import (
	"go/ast"
	"go/token"
	"go/types"
)

// lowerErrors makes error types declared in cells behave as under go run.
// yaegi cannot convert a value of such a type to an interface that compiled
// code (fmt, errors) then treats as an error, so every conversion of one to
// an interface whose only method could be Error (error, any, interface{
// Error() string }) goes through RuntimeName+".Error", which wraps the value
// with its bound methods; type assertions and type switches unwrap with
// RuntimeName+".Value", and errors.As becomes RuntimeName+".ErrorsAs".
// Conversions are found where Go makes them: explicit conversions,
// assignments, returns, call arguments, composite literal elements, sends.
func (c *compilation) lowerErrors(root ast.Node) {
	var sigs []*types.Signature
	var walk func(n ast.Node) bool
	walk = func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			if n.Body == nil {
				return false
			}
			sig, _ := c.info.Defs[n.Name].Type().(*types.Signature)
			sigs = append(sigs, sig)
			ast.Inspect(n.Body, walk)
			sigs = sigs[:len(sigs)-1]
			return false
		case *ast.FuncLit:
			sig, _ := c.info.Types[n].Type.(*types.Signature)
			sigs = append(sigs, sig)
			ast.Inspect(n.Body, walk)
			sigs = sigs[:len(sigs)-1]
			return false
		case *ast.ReturnStmt:
			if len(sigs) == 0 || sigs[len(sigs)-1] == nil {
				return true
			}
			res := sigs[len(sigs)-1].Results()
			if len(n.Results) == res.Len() {
				for i, r := range n.Results {
					c.wrapTo(r, res.At(i).Type())
				}
			}
		case *ast.AssignStmt:
			if n.Tok == token.ASSIGN && len(n.Lhs) == len(n.Rhs) {
				for i, r := range n.Rhs {
					if tv, ok := c.info.Types[n.Lhs[i]]; ok {
						c.wrapTo(r, tv.Type)
					}
				}
			}
		case *ast.ValueSpec:
			if n.Type != nil && len(n.Values) == len(n.Names) {
				t := c.info.Types[n.Type].Type
				for _, v := range n.Values {
					c.wrapTo(v, t)
				}
			}
		case *ast.SendStmt:
			if ch, ok := c.info.Types[n.Chan].Type.Underlying().(*types.Chan); ok {
				c.wrapTo(n.Value, ch.Elem())
			}
		case *ast.CompositeLit:
			c.wrapCompositeLit(n)
		case *ast.CallExpr:
			c.wrapCall(n)
		case *ast.TypeAssertExpr:
			if n.Type != nil && c.isCellType(c.info.Types[n.Type].Type) {
				c.unwrapValue(n.X)
			}
		case *ast.TypeSwitchStmt:
			c.unwrapSwitch(n)
		case *ast.BinaryExpr:
			c.lowerEquality(n)
		}
		return true
	}
	ast.Inspect(root, walk)
}

// lowerEquality turns == and != between interface values into
// RuntimeName+".Equal", which sees through the error wrappers: two
// conversions of equal values of a cell error type must compare equal, as
// under go run. A cell value compared with an interface value is converted
// (wrapped) first, as Go converts it. Comparisons with nil stay as written.
func (c *compilation) lowerEquality(n *ast.BinaryExpr) {
	if n.Op != token.EQL && n.Op != token.NEQ {
		return
	}
	tx, okx := c.info.Types[n.X]
	ty, oky := c.info.Types[n.Y]
	if !okx || !oky || tx.IsNil() || ty.IsNil() {
		return
	}
	ix, iy := isInterfaceValue(tx.Type), isInterfaceValue(ty.Type)
	switch {
	case ix && iy:
	case ix && c.needsWrap(ty.Type, tx.Type):
		c.wrapTo(n.Y, tx.Type)
	case iy && c.needsWrap(tx.Type, ty.Type):
		c.wrapTo(n.X, ty.Type)
	default:
		return
	}
	pre := RuntimeName + ".Equal("
	if n.Op == token.NEQ {
		pre = "!" + pre
	}
	c.edits.wrap(c.off(n.X.Pos()), c.off(n.Y.End()), pre, ")")
	c.edits.replace(c.off(n.OpPos), c.off(n.OpPos)+len(n.Op.String()), ",")
}

// isInterfaceValue reports whether t is an interface type (not a type
// parameter, whose underlying type is its constraint).
func isInterfaceValue(t types.Type) bool {
	if _, ok := types.Unalias(t).(*types.TypeParam); ok {
		return false
	}
	return types.IsInterface(t)
}

// isCellType reports whether t is (a pointer to) a named non-interface type
// declared in the session.
func (c *compilation) isCellType(t types.Type) bool {
	if t == nil {
		return false
	}
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() != c.pkg {
		return false
	}
	_, isIface := n.Underlying().(*types.Interface)
	return !isIface
}

// needsWrap reports whether a value of type from, converted to to, must be
// wrapped: from is a cell type with an Error() string method and to is an
// interface that an error wrapper can satisfy.
func (c *compilation) needsWrap(from, to types.Type) bool {
	if from == nil || to == nil || !c.isCellType(from) {
		return false
	}
	it, ok := to.Underlying().(*types.Interface)
	if !ok {
		return false
	}
	for i := range it.NumMethods() {
		if it.Method(i).Name() != "Error" {
			return false
		}
	}
	obj, _, _ := types.LookupFieldOrMethod(from, true, c.pkg, "Error")
	fn, ok := obj.(*types.Func)
	if !ok {
		return false
	}
	sig := fn.Signature()
	if sig.Params().Len() != 0 || sig.Results().Len() != 1 || !types.Identical(sig.Results().At(0).Type(), types.Typ[types.String]) {
		return false
	}
	return types.AssignableTo(from, to) || it.NumMethods() == 0
}

// wrapTo wraps e when its value is converted to type to.
func (c *compilation) wrapTo(e ast.Expr, to types.Type) {
	tv, ok := c.info.Types[e]
	if !ok || tv.IsType() || !c.needsWrap(tv.Type, to) {
		return
	}
	from := tv.Type
	unwrap := "nil"
	if obj, _, _ := types.LookupFieldOrMethod(from, true, c.pkg, "Unwrap"); obj != nil {
		if fn, ok := obj.(*types.Func); ok && fn.Signature().Results().Len() == 1 && isError(fn.Signature().Results().At(0).Type()) {
			unwrap = "__gkv.Unwrap"
		}
	}
	c.edits.insert(c.off(e.Pos()), "func(__gkv "+c.typeString(from)+") error { return "+RuntimeName+".Error(__gkv, __gkv.Error, "+unwrap+") }(")
	c.edits.insert(c.off(e.End()), ")")
}

func (c *compilation) wrapCompositeLit(n *ast.CompositeLit) {
	tv, ok := c.info.Types[n]
	if !ok {
		return
	}
	switch u := tv.Type.Underlying().(type) {
	case *types.Slice:
		for _, el := range n.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				el = kv.Value
			}
			c.wrapTo(el, u.Elem())
		}
	case *types.Array:
		for _, el := range n.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				el = kv.Value
			}
			c.wrapTo(el, u.Elem())
		}
	case *types.Map:
		for _, el := range n.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				c.wrapTo(kv.Value, u.Elem())
			}
		}
	case *types.Struct:
		for i, el := range n.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok {
					if f, ok := c.info.Uses[id].(*types.Var); ok {
						c.wrapTo(kv.Value, f.Type())
					}
				}
			} else if i < u.NumFields() {
				c.wrapTo(el, u.Field(i).Type())
			}
		}
	}
}

func (c *compilation) wrapCall(n *ast.CallExpr) {
	ftv, ok := c.info.Types[n.Fun]
	if !ok {
		return
	}
	if ftv.IsType() {
		if len(n.Args) == 1 {
			c.wrapTo(n.Args[0], ftv.Type)
		}
		return
	}
	if fn := c.callee(n); fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "errors" && fn.Name() == "As" {
		sel, ok := n.Fun.(*ast.SelectorExpr)
		if ok {
			c.edits.replace(c.off(sel.Pos()), c.off(sel.End()), RuntimeName+".ErrorsAs")
		}
	}
	if id := identOf(n.Fun); id != nil {
		if b, ok := c.info.Uses[id].(*types.Builtin); ok {
			if b.Name() == "append" && len(n.Args) > 1 && !n.Ellipsis.IsValid() {
				if s, ok := c.info.Types[n].Type.Underlying().(*types.Slice); ok {
					if it, ok := s.Elem().Underlying().(*types.Interface); ok && it.NumMethods() > 0 {
						for _, a := range n.Args[1:] {
							c.wrapTo(a, s.Elem())
						}
					}
				}
			}
			if b.Name() == "panic" && len(n.Args) == 1 {
				c.wrapTo(n.Args[0], types.NewInterfaceType(nil, nil))
			}
			return
		}
	}
	sig, ok := ftv.Type.Underlying().(*types.Signature)
	if !ok {
		return
	}
	// A value handed to an empty interface is wrapped only where Go would
	// call its Error method: printing.
	printing := false
	if fn := c.callee(n); fn != nil && fn.Pkg() != nil {
		switch fn.Pkg().Path() {
		case "fmt", "log":
			printing = true
		}
	}
	ps := sig.Params()
	for i, a := range n.Args {
		var pt types.Type
		switch {
		case sig.Variadic() && i >= ps.Len()-1:
			if n.Ellipsis.IsValid() {
				continue
			}
			pt = ps.At(ps.Len() - 1).Type().(*types.Slice).Elem()
		case i < ps.Len():
			pt = ps.At(i).Type()
		default:
			continue
		}
		if it, ok := pt.Underlying().(*types.Interface); ok && it.NumMethods() == 0 && !printing {
			continue
		}
		c.wrapTo(a, pt)
	}
}

// unwrapValue makes an asserted interface value show the interpreted value
// inside an error wrapper.
func (c *compilation) unwrapValue(x ast.Expr) {
	c.edits.insert(c.off(x.Pos()), RuntimeName+".Value(")
	c.edits.insert(c.off(x.End()), ")")
}

func (c *compilation) unwrapSwitch(n *ast.TypeSwitchStmt) {
	any := false
	for _, cl := range n.Body.List {
		for _, e := range cl.(*ast.CaseClause).List {
			if c.isCellType(c.info.Types[e].Type) {
				any = true
			}
		}
	}
	if !any {
		return
	}
	var ta *ast.TypeAssertExpr
	switch a := n.Assign.(type) {
	case *ast.AssignStmt:
		ta, _ = a.Rhs[0].(*ast.TypeAssertExpr)
	case *ast.ExprStmt:
		ta, _ = a.X.(*ast.TypeAssertExpr)
	}
	if ta != nil {
		c.unwrapValue(ta.X)
		if _, ok := n.Assign.(*ast.ExprStmt); ok {
			// yaegi's `switch x.(type)` without a variable does not match
			// cell types on a compiled interface value; with one it does.
			c.edits.wrap(c.off(ta.Pos()), c.off(ta.Pos()), "__gkts := ", "")
			c.useSwitchVar(n)
		}
	}
}

// useSwitchVar marks the type switch variable lowering added as used in
// every clause, for yaegi's unused-variable check.
func (c *compilation) useSwitchVar(n *ast.TypeSwitchStmt) {
	for _, cl := range n.Body.List {
		cc := cl.(*ast.CaseClause)
		c.edits.insert(c.off(cc.Colon)+1, " _ = __gkts;")
	}
}
