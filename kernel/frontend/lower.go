package frontend

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// lower runs every lowering over the cell's declarations and statements;
// each records edits on the check file (see edits.go).
func (c *compilation) lower() {
	roots := c.cellNodes()
	for _, n := range roots {
		c.renameMain(n)
		c.lowerLoops(n)
		c.lowerBuiltins(n)
		c.lowerGenerics(n)
		c.lowerErrors(n)
		c.lowerPrintf(n) // before lowerStringers: it marks the %T arguments
		c.lowerStringers(n)
		c.lowerStructTags(n)
	}
	c.lowerTopDefines()
	c.lowerTopBlocks()
	for _, n := range roots {
		c.lowerCalls(n)
	}
}

// cellNodes returns the syntax of the cell: its declarations and the body
// of the statement wrapper.
func (c *compilation) cellNodes() []ast.Node {
	var out []ast.Node
	for _, pd := range c.decls {
		end := pd.base + (pd.end - pd.start)
		for _, d := range c.file.Decls {
			if o := c.off(d.Pos()); o >= pd.base && o < end {
				out = append(out, d)
			}
		}
	}
	if b := c.cellBody(); b != nil {
		out = append(out, b)
	}
	return out
}

// renameMain renames the package-level func main, where declared and where
// used, to mainName: yaegi would otherwise run it after every Eval.
func (c *compilation) renameMain(root ast.Node) {
	ast.Inspect(root, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok || id.Name != "main" {
			return true
		}
		o := c.info.Defs[id]
		if o == nil {
			o = c.info.Uses[id]
		}
		if fn, ok := o.(*types.Func); ok && fn.Parent() == c.pkg.Scope() {
			c.edits.replace(c.off(id.Pos()), c.off(id.End()), mainName)
		}
		return true
	})
}

// lowerRecvReturn rewrites `return <-ch` (yaegi fails on a receive as a
// return operand) to receive into a temporary first.
func (c *compilation) lowerRecvReturn(s *ast.ReturnStmt) {
	hasRecv := false
	for _, r := range s.Results {
		if u, ok := ast.Unparen(r).(*ast.UnaryExpr); ok && u.Op == token.ARROW {
			hasRecv = true
		}
	}
	if !hasRecv {
		return
	}
	c.nextID++
	var tmps []string
	for i := range s.Results {
		tmps = append(tmps, fmt.Sprintf("__gkrv%d_%d", c.nextID, i))
	}
	c.edits.replace(c.off(s.Pos()), c.off(s.Results[0].Pos()), "{ "+strings.Join(tmps, ", ")+" := ")
	c.edits.insert(c.off(s.End()), "; return "+strings.Join(tmps, ", ")+" }")
}

// lowerTopDefines rewrites definitions at the top level of a cell that
// yaegi's global-variable pass cannot type — comma-ok forms (`v, ok :=
// m[k]`, `x, ok := i.(T)`, `v, ok := <-ch`: "nil type", which kills the
// process) and right-hand sides calling generic functions ("constant
// definition loop") — into var declarations and a plain assignment.
func (c *compilation) lowerTopDefines() {
	body := c.cellBody()
	if body == nil {
		return
	}
	for _, st := range body.List {
		as, ok := st.(*ast.AssignStmt)
		if !ok || as.Tok != token.DEFINE || len(as.Rhs) != 1 {
			continue
		}
		if !c.commaOk(as) && !c.usesGeneric(as.Rhs[0]) {
			continue
		}
		var b strings.Builder
		var names []string
		expressible := true
		for _, l := range as.Lhs {
			id := l.(*ast.Ident)
			names = append(names, id.Name)
			if v, ok := c.info.Defs[id].(*types.Var); ok && id.Name != "_" {
				if !c.expressible(v.Type()) {
					expressible = false
				}
				b.WriteString("var " + id.Name + " " + c.typeString(v.Type()) + "; ")
			}
		}
		if !expressible {
			continue
		}
		b.WriteString(strings.Join(names, ", ") + " = ")
		c.edits.replace(c.off(as.Pos()), c.off(as.Rhs[0].Pos()), b.String())
	}
}

// lowerTopBlocks runs each compound statement at the top level of a cell
// (for, if, switch, select, a block, a labelled statement) inside a func
// literal called at once. yaegi compiles a cell's top-level statements in its
// global scope, where a definition inside a nested block from a call
// returning several values (`a, err := g.Send(x)` in a top-level for loop)
// is "undefined" on its next use; inside a function it is an ordinary local.
// Nothing observable changes: such statements define no session variables,
// and assignments to session variables reach them through the closure.
func (c *compilation) lowerTopBlocks() {
	body := c.cellBody()
	if body == nil {
		return
	}
	for _, st := range body.List {
		switch st.(type) {
		case *ast.ForStmt, *ast.RangeStmt, *ast.IfStmt, *ast.SwitchStmt,
			*ast.TypeSwitchStmt, *ast.SelectStmt, *ast.BlockStmt, *ast.LabeledStmt:
			c.edits.wrap(c.off(st.Pos()), c.off(st.End()), "func() { ", " }()")
		}
	}
}

func (c *compilation) commaOk(as *ast.AssignStmt) bool {
	if len(as.Lhs) != 2 {
		return false
	}
	switch r := ast.Unparen(as.Rhs[0]).(type) {
	case *ast.TypeAssertExpr:
		return true
	case *ast.IndexExpr:
		_, ok := c.info.Types[r.X].Type.Underlying().(*types.Map)
		return ok
	case *ast.UnaryExpr:
		return r.Op == token.ARROW
	}
	return false
}

// usesGeneric reports whether e refers to an instance of a generic
// function or type.
func (c *compilation) usesGeneric(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if _, ok := c.info.Instances[id]; ok {
				found = true
			}
		}
		return !found
	})
	return found
}
