package frontend

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"
)

// lowerTypeSwitch rewrites a type switch that has an interface case
// (`case error:`, `case fmt.Stringer:`): yaegi never matches such a case for
// a compiled value, although the assertion v.(error) works. The switch
// becomes an expression switch over comma-ok assertions on a temporary,
// each clause re-binding the switch variable as Go would.
func (c *compilation) lowerTypeSwitch(ts *ast.TypeSwitchStmt) {
	hasIface := false
	for _, cl := range ts.Body.List {
		for _, e := range cl.(*ast.CaseClause).List {
			tv := c.info.Types[e]
			if tv.IsType() && types.IsInterface(tv.Type) {
				hasIface = true
			}
		}
	}
	if !hasIface || c.edits.replaced(c.off(ts.Pos())) {
		return
	}
	var name string
	var ta *ast.TypeAssertExpr
	switch a := ts.Assign.(type) {
	case *ast.AssignStmt:
		name = a.Lhs[0].(*ast.Ident).Name
		ta, _ = a.Rhs[0].(*ast.TypeAssertExpr)
	case *ast.ExprStmt:
		ta, _ = a.X.(*ast.TypeAssertExpr)
	}
	if ta == nil {
		return
	}
	c.nextID++
	tmp := fmt.Sprintf("__gkts%d", c.nextID)
	head := "{ "
	if ts.Init != nil {
		head += c.lowered(c.off(ts.Init.Pos()), c.off(ts.Init.End())) + "; "
	}
	head += tmp + " := " + c.lowered(c.off(ta.X.Pos()), c.off(ta.X.End())) + "; switch {"
	c.edits.replaceSpan(c.off(ts.Pos()), c.off(ts.Body.Lbrace)+1, head)
	for _, st := range ts.Body.List {
		cl := st.(*ast.CaseClause)
		var conds []string
		single := ""
		for _, e := range cl.List {
			t := c.lowered(c.off(e.Pos()), c.off(e.End()))
			if id, ok := e.(*ast.Ident); ok && id.Name == "nil" && c.info.Types[e].IsNil() {
				conds = append(conds, tmp+" == nil")
				continue
			}
			conds = append(conds, "func() bool { _, ok := "+tmp+".("+t+"); return ok }()")
			if len(cl.List) == 1 {
				single = t
			}
		}
		caseText := "default:"
		if cl.List != nil {
			caseText = "case " + strings.Join(conds, " || ") + ":"
		}
		if name != "" {
			if single != "" {
				caseText += " " + name + " := " + tmp + ".(" + single + ");"
			} else {
				caseText += " " + name + " := " + tmp + ";"
			}
		}
		c.edits.replaceSpan(c.off(cl.Case), c.off(cl.Colon)+1, caseText)
	}
	c.edits.insert(c.off(ts.Body.Rbrace)+1, " }")
}
