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
