package frontend

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// check type-checks the check file with go/types and keeps the errors Go
// would report, minus the REPL relaxations:
//   - a variable defined by a cell's top-level statement may stay unused
//     (it becomes a session variable that later cells use);
//   - an import may stay unused (imports are session-wide);
//   - the cell's last expression statement may be a bare value (it is shown
//     as the cell's result).
//
// Unused variables inside function bodies and blocks stay errors, as in Go.
func (c *compilation) check() error {
	c.info = &types.Info{
		Types:      map[ast.Expr]types.TypeAndValue{},
		Defs:       map[*ast.Ident]types.Object{},
		Uses:       map[*ast.Ident]types.Object{},
		Implicits:  map[ast.Node]types.Object{},
		Instances:  map[*ast.Ident]types.Instance{},
		Selections: map[*ast.SelectorExpr]*types.Selection{},
		Scopes:     map[ast.Node]*types.Scope{},
	}
	body := c.cellBody()
	topVars := map[token.Pos]bool{}
	if body != nil {
		for _, st := range body.List {
			if as, ok := st.(*ast.AssignStmt); ok && as.Tok == token.DEFINE {
				for _, l := range as.Lhs {
					topVars[l.Pos()] = true
				}
			}
		}
		if n := len(body.List); n > 0 {
			if es, ok := body.List[n-1].(*ast.ExprStmt); ok {
				c.result = es
			}
		}
	}
	var errs []types.Error
	conf := types.Config{
		Importer: &shared,
		Error: func(err error) {
			if te, ok := err.(types.Error); ok {
				errs = append(errs, te)
			}
		},
	}
	pkg, _ := conf.Check("main", fset, []*ast.File{c.file}, c.info)
	c.pkg = pkg
	for _, e := range errs {
		msg := e.Msg
		if strings.HasPrefix(msg, "declared and not used") && topVars[e.Pos] {
			continue
		}
		if strings.HasSuffix(msg, "imported and not used") || strings.Contains(msg, "imported as ") && strings.HasSuffix(msg, "and not used") {
			continue
		}
		if c.result != nil && e.Pos == c.result.X.Pos() && strings.HasSuffix(msg, "is not used") {
			continue
		}
		if strings.Contains(msg, cellFunc) {
			continue
		}
		c.addErr(e.Pos, msg)
	}
	if len(c.errs) > 0 {
		return c.compileError()
	}
	if c.result != nil && !c.hasValue(c.result.X) {
		c.result = nil
	}
	return nil
}

// addErr records an error at pos; positions outside the cell (an earlier
// cell's declaration broken by this one) are reported at the cell's start
// with the place named.
func (c *compilation) addErr(pos token.Pos, msg string) {
	p := fset.Position(pos)
	if p.Filename == cellFile {
		c.errs = append(c.errs, Error{Line: p.Line, Col: p.Column, Msg: msg})
		return
	}
	where := p.Filename
	if p.Line > 0 {
		where = p.String()
	}
	c.errs = append(c.errs, Error{Line: 1, Col: 1, Msg: "in the earlier declaration at " + where + ": " + msg})
}

// cellBody returns the body of func __gkcell in the check file.
func (c *compilation) cellBody() *ast.BlockStmt {
	for _, d := range c.file.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Name.Name == cellFunc && fd.Recv == nil {
			return fd.Body
		}
	}
	return nil
}

// hasValue reports whether an expression statement produces a value worth
// showing: not a call without results, and not a Print-style call returning
// (n int, err error) such as fmt.Println.
func (c *compilation) hasValue(e ast.Expr) bool {
	tv, ok := c.info.Types[e]
	if !ok || tv.IsVoid() {
		return false
	}
	if t, ok := tv.Type.(*types.Tuple); ok {
		if t.Len() == 0 {
			return false
		}
		if t.Len() == 2 && types.Identical(t.At(0).Type(), types.Typ[types.Int]) && isError(t.At(1).Type()) {
			if call, ok := ast.Unparen(e).(*ast.CallExpr); ok {
				if fn := c.callee(call); fn != nil && fn.Pkg() != nil {
					switch fn.Pkg().Path() {
					case "fmt", "io", "os", "bufio", "bytes", "strings":
						return false
					}
				}
			}
		}
	}
	return true
}

// callee returns the function a call calls, if it is a named func or method.
func (c *compilation) callee(call *ast.CallExpr) *types.Func {
	var id *ast.Ident
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		id = f
	case *ast.SelectorExpr:
		id = f.Sel
	case *ast.IndexExpr:
		if s, ok := f.X.(*ast.SelectorExpr); ok {
			id = s.Sel
		} else if i, ok := f.X.(*ast.Ident); ok {
			id = i
		}
	}
	if id == nil {
		return nil
	}
	fn, _ := c.info.Uses[id].(*types.Func)
	return fn
}

func isError(t types.Type) bool {
	return types.Identical(t, types.Universe.Lookup("error").Type())
}

// off returns the check-file offset of pos.
func (c *compilation) off(pos token.Pos) int { return c.tf.Offset(pos) }
