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
	}
	c.lowerTopCommaOk()
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

// lowerTopCommaOk rewrites a comma-ok definition at the top level of a cell
// (`v, ok := m[k]`, `x, ok := i.(T)`, `v, ok := <-ch`), which crashes yaegi's
// global-variable pass ("nil type"), into var declarations and a plain
// assignment.
func (c *compilation) lowerTopCommaOk() {
	body := c.cellBody()
	if body == nil {
		return
	}
	for _, st := range body.List {
		as, ok := st.(*ast.AssignStmt)
		if !ok || as.Tok != token.DEFINE || len(as.Lhs) != 2 || len(as.Rhs) != 1 {
			continue
		}
		switch r := ast.Unparen(as.Rhs[0]).(type) {
		case *ast.TypeAssertExpr:
		case *ast.IndexExpr:
			if _, ok := c.info.Types[r.X].Type.Underlying().(*types.Map); !ok {
				continue
			}
		case *ast.UnaryExpr:
			if r.Op != token.ARROW {
				continue
			}
		default:
			continue
		}
		var b strings.Builder
		var names []string
		for _, l := range as.Lhs {
			id := l.(*ast.Ident)
			names = append(names, id.Name)
			if v, ok := c.info.Defs[id].(*types.Var); ok && id.Name != "_" {
				b.WriteString("var " + id.Name + " " + c.typeString(v.Type()) + "; ")
			}
		}
		b.WriteString(strings.Join(names, ", ") + " = ")
		c.edits.replace(c.off(as.Pos()), c.off(as.Rhs[0].Pos()), b.String())
	}
}
