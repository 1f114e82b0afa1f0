package frontend

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// lowerCalls fixes two yaegi evaluation bugs around calls. It runs after
// the other lowerings, folding their edits of the arguments in.
//
//   - The arguments of `defer f(args)` and `go f(args)` are evaluated when
//     the call runs, not at the statement (so `defer fmt.Println(i)` in a
//     loop prints the final i): the arguments go into fresh temporaries in
//     a block first.
//   - recover() can return the panic value wrapped in a reflect.Value:
//     RuntimeName+".Recovered" unwraps it.
//   - A method expression `T.Method` used as a value is mis-typed
//     ("reflect.Set: value of type func() int is not assignable to type
//     func(T) int"): it becomes a func literal calling the method.
func (c *compilation) lowerCalls(root ast.Node) {
	c.loops = nil
	ast.Inspect(root, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			c.loops = append(c.loops, n)
		}
		return true
	})
	deferredOrGo := map[*ast.CallExpr]bool{}
	ast.Inspect(root, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.DeferStmt:
			deferredOrGo[n.Call] = true
			c.tempArgs(n.Pos(), n.End(), n.Call, true)
		case *ast.GoStmt:
			deferredOrGo[n.Call] = true
			c.tempArgs(n.Pos(), n.End(), n.Call, false)
		case *ast.SelectorExpr:
			c.lowerMethodExpr(n)
		case *ast.TypeSwitchStmt:
			c.lowerTypeSwitch(n)
		case *ast.CallExpr:
			if !deferredOrGo[n] {
				c.interruptibleWait(n)
			}
			if id := identOf(n.Fun); id != nil {
				if b, ok := c.info.Uses[id].(*types.Builtin); ok && b.Name() == "recover" {
					c.edits.insert(c.off(n.Pos()), RuntimeName+".Recovered(")
					c.edits.insert(c.off(n.End()), ")")
				}
			}
		}
		return true
	})
}

// tempArgs rewrites `defer f(a, b)` to `{ t0, t1 := a, b; defer f(t0, t1) }`
// when an argument is not a constant.
func (c *compilation) tempArgs(start, end token.Pos, call *ast.CallExpr, isDefer bool) {
	s, e := c.off(start), c.off(end)
	if c.edits.replaced(s) {
		return // already lowered (a defer inside a range-over-func body)
	}
	var args []ast.Expr
	for _, a := range call.Args {
		if tv, ok := c.info.Types[a]; ok && tv.Value == nil && !tv.IsType() {
			if _, isLit := a.(*ast.FuncLit); isLit {
				continue
			}
			args = append(args, a)
		}
	}
	if lit, ok := ast.Unparen(call.Fun).(*ast.FuncLit); ok && isDefer {
		c.loopVarsAsParams(lit, call, start)
	}
	if len(args) == 0 {
		return
	}
	c.nextID++
	type temp struct {
		name string
		expr ast.Expr
	}
	var ts []temp
	for i, a := range args {
		ts = append(ts, temp{fmt.Sprintf("__gkt%d_%d", c.nextID, i), a})
	}
	var tmps, vals []string
	for _, t := range ts {
		tmps = append(tmps, t.name)
		vals = append(vals, c.lowered(c.off(t.expr.Pos()), c.off(t.expr.End())))
	}
	for _, t := range ts {
		c.edits.replaceSpan(c.off(t.expr.Pos()), c.off(t.expr.End()), t.name)
	}
	c.edits.insert(s, "{ "+strings.Join(tmps, ", ")+" := "+strings.Join(vals, ", ")+"; ")
	c.edits.insert(e, " }")
}

// lowerMethodExpr rewrites a method expression T.M (or (*T).M) to a func
// literal.
func (c *compilation) lowerMethodExpr(se *ast.SelectorExpr) {
	sel, ok := c.info.Selections[se]
	if !ok || sel.Kind() != types.MethodExpr {
		return
	}
	sig, ok := c.info.Types[se].Type.(*types.Signature)
	if !ok {
		return
	}
	// The receiver is the literal's first parameter.
	lit := c.funcLit(sig, "__gkm", func(args []string) string {
		return args[0] + "." + se.Sel.Name + "(" + strings.Join(args[1:], ", ") + ")"
	})
	c.edits.replaceSpan(c.off(se.Pos()), c.off(se.End()), lit)
}

// loopVarsAsParams passes the loop-scoped variables a deferred func literal
// reads as parameters: yaegi creates a deferred literal's closure when the
// deferred call runs, so it would see the last iteration's variables.
// Variables the literal assigns stay captured (it must write the original).
func (c *compilation) loopVarsAsParams(lit *ast.FuncLit, call *ast.CallExpr, at token.Pos) {
	if len(call.Args) > 0 || lit.Type.Params == nil || len(lit.Type.Params.List) > 0 {
		return
	}
	var enclosing []ast.Node
	for _, l := range c.loops {
		if l.Pos() <= at && at < l.End() {
			enclosing = append(enclosing, l)
		}
	}
	if len(enclosing) == 0 {
		return
	}
	assigned := map[types.Object]bool{}
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if id, ok := l.(*ast.Ident); ok {
					assigned[c.info.Uses[id]] = true
				}
			}
		case *ast.IncDecStmt:
			if id, ok := n.X.(*ast.Ident); ok {
				assigned[c.info.Uses[id]] = true
			}
		case *ast.UnaryExpr:
			if id, ok := n.X.(*ast.Ident); ok && n.Op == token.AND {
				assigned[c.info.Uses[id]] = true
			}
		}
		return true
	})
	seen := map[types.Object]bool{}
	var names, params []string
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok {
			return true
		}
		v, ok := c.info.Uses[id].(*types.Var)
		if !ok || seen[v] || assigned[v] || v.IsField() {
			return true
		}
		for _, l := range enclosing {
			if l.Pos() <= v.Pos() && v.Pos() < l.End() && !(lit.Pos() <= v.Pos() && v.Pos() < lit.End()) {
				seen[v] = true
				names = append(names, v.Name())
				params = append(params, v.Name()+" "+c.typeString(v.Type()))
				break
			}
		}
		return true
	})
	if len(names) == 0 {
		return
	}
	c.edits.insert(c.off(lit.Type.Params.Closing), strings.Join(params, ", "))
	c.edits.insert(c.off(call.Rparen), strings.Join(names, ", "))
}

// interruptibleWait routes the blocking calls a cell most often waits in,
// time.Sleep and (*sync.WaitGroup).Wait, through RuntimeName's Sleep and
// WaitGroupWait. yaegi stops an interrupted cell only at its next
// interpreted instruction, so a cell blocked in compiled code cannot be
// interrupted without replacing the interpreter process and losing the
// session's variables; the helpers return to the cell with a panic when
// the interrupt arrives.
func (c *compilation) interruptibleWait(call *ast.CallExpr) {
	fn := c.callee(call)
	if fn == nil || fn.Pkg() == nil {
		return
	}
	switch {
	case fn.Pkg().Path() == "time" && fn.Name() == "Sleep" && fn.Signature().Recv() == nil:
		if se, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			c.edits.replace(c.off(se.Pos()), c.off(se.End()), RuntimeName+".Sleep")
		}
	case fn.Pkg().Path() == "sync" && fn.Name() == "Wait" && len(call.Args) == 0:
		recv := fn.Signature().Recv()
		se, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if recv == nil || !ok || types.TypeString(recv.Type(), nil) != "*sync.WaitGroup" {
			return
		}
		sel := c.info.Selections[se]
		if sel == nil || sel.Kind() != types.MethodVal || len(sel.Index()) != 1 {
			return // a promoted method: leave it
		}
		x := se.X
		if _, isPtr := c.info.Types[x].Type.Underlying().(*types.Pointer); isPtr {
			c.edits.wrap(c.off(call.Pos()), c.off(x.End()), RuntimeName+".WaitGroupWait(", "")
		} else {
			c.edits.wrap(c.off(call.Pos()), c.off(x.End()), RuntimeName+".WaitGroupWait(&", "")
		}
		c.edits.replace(c.off(x.End()), c.off(call.Rparen), "")
	}
}
