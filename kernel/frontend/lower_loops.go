package frontend

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// This file lowers loops yaegi gets wrong or lacks, in one walk over each
// function body (so break/continue/return know which loops enclose them):
//
//   - for i := range n            → a three-clause loop over a hidden counter
//   - Go 1.22 per-iteration loop variables, copied only when a closure or
//     an address captures them (go/types tells us)
//   - range-over-func             → the body becomes the yield closure, as in
//     cmd/compile's rangefunc rewrite: break/continue/return leave the
//     closure with `return false` plus a code dispatched after the iterator
//     call returns; calling yield after the loop ended panics, as the spec
//     says; defer in the body runs when the enclosing function returns,
//     through a defer stack the function gets.
//
// All replacement text stays on the line of the code it replaces.

// loopKind is what a break/continue can target.
type loopKind int

const (
	kRegular loopKind = iota // for, range over slice/map/chan/int/string
	kSwitch                  // switch, type switch, select: break only
	kFunc                    // range-over-func
)

type loopEntry struct {
	kind  loopKind
	label string
	rf    *rfLoop
}

// rfLoop is one range-over-func loop being lowered.
type rfLoop struct {
	id    int
	state string
	codes map[int]branchTarget // codes that leave this loop's closure
}

type branchTarget struct {
	tok   token.Token // BREAK, CONTINUE, or RETURN (code -1)
	label string
	entry int // index of the target in the loop stack; -1 for return
}

// funcCtx is the function whose body is being walked.
type funcCtx struct {
	sig     *types.Signature
	isCell  bool
	lbrace  int // check-file offset just after the body's {
	codes   map[string]int
	defers  bool
	outerID int // id of the outermost range-over-func loop being lowered
	usedRet bool
	usedNxt bool
}

func (c *compilation) lowerLoops(root ast.Node) {
	var bodies []struct {
		body   *ast.BlockStmt
		sig    *types.Signature
		isCell bool
	}
	ast.Inspect(root, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			if n.Body == nil {
				return true
			}
			sig, _ := c.info.Defs[n.Name].Type().(*types.Signature)
			bodies = append(bodies, struct {
				body   *ast.BlockStmt
				sig    *types.Signature
				isCell bool
			}{n.Body, sig, n.Name.Name == cellFunc})
		case *ast.FuncLit:
			sig, _ := c.info.Types[n].Type.(*types.Signature)
			bodies = append(bodies, struct {
				body   *ast.BlockStmt
				sig    *types.Signature
				isCell bool
			}{n.Body, sig, false})
		case *ast.BlockStmt:
			if n == c.cellBody() {
				bodies = append(bodies, struct {
					body   *ast.BlockStmt
					sig    *types.Signature
					isCell bool
				}{n, types.NewSignatureType(nil, nil, nil, nil, nil, false), true})
			}
		}
		return true
	})
	for _, b := range bodies {
		if b.sig == nil {
			continue
		}
		f := &funcCtx{sig: b.sig, isCell: b.isCell, lbrace: c.off(b.body.Lbrace) + 1, codes: map[string]int{}}
		c.loopStmts(b.body.List, f, nil)
		if f.defers {
			if f.isCell {
				c.addErr(b.body.Lbrace, "defer inside a range-over-func loop at the top level of a cell is not supported: put the loop in a function")
			} else {
				c.edits.insert(f.lbrace, " var __gkdefers []func(); defer func() { for __gkdi := len(__gkdefers) - 1; __gkdi >= 0; __gkdi-- { __gkdefers[__gkdi]() } }();")
			}
		}
	}
}

func (c *compilation) loopStmts(list []ast.Stmt, f *funcCtx, stack []loopEntry) {
	for _, s := range list {
		c.loopStmt(s, f, stack, "")
	}
}

func (c *compilation) loopStmt(s ast.Stmt, f *funcCtx, stack []loopEntry, label string) {
	switch s := s.(type) {
	case *ast.BlockStmt:
		c.loopStmts(s.List, f, stack)
	case *ast.IfStmt:
		c.loopStmt(s.Body, f, stack, "")
		if s.Else != nil {
			c.loopStmt(s.Else, f, stack, "")
		}
	case *ast.LabeledStmt:
		c.loopStmt(s.Stmt, f, stack, s.Label.Name)
		if rs, ok := s.Stmt.(*ast.RangeStmt); ok && c.isFuncRange(rs) {
			// The loop becomes a block; its label is dispatched by code.
			c.edits.replace(c.off(s.Label.Pos()), c.off(s.Colon)+1, "")
		}
	case *ast.ForStmt:
		st := append(stack, loopEntry{kind: kRegular, label: label})
		c.loopStmt(s.Body, f, st, "")
		c.loopVarFor(s, st)
	case *ast.RangeStmt:
		if c.isFuncRange(s) {
			c.lowerFuncRange(s, f, stack, label)
			return
		}
		st := append(stack, loopEntry{kind: kRegular, label: label})
		c.loopStmt(s.Body, f, st, "")
		if c.isIntRange(s) {
			c.lowerIntRange(s)
		} else if !c.lowerChanSliceRange(s, label) {
			c.loopVarRange(s)
		}
	case *ast.SwitchStmt:
		c.loopStmt(s.Body, f, append(stack, loopEntry{kind: kSwitch, label: label}), "")
	case *ast.TypeSwitchStmt:
		c.loopStmt(s.Body, f, append(stack, loopEntry{kind: kSwitch, label: label}), "")
	case *ast.SelectStmt:
		c.loopStmt(s.Body, f, append(stack, loopEntry{kind: kSwitch, label: label}), "")
	case *ast.CaseClause:
		c.loopStmts(s.Body, f, stack)
	case *ast.CommClause:
		c.loopStmts(s.Body, f, stack)
	case *ast.BranchStmt:
		c.lowerBranch(s, f, stack)
	case *ast.ReturnStmt:
		c.lowerReturn(s, f, stack)
	case *ast.DeferStmt:
		c.lowerDefer(s, f, stack)
	}
}

func (c *compilation) isFuncRange(rs *ast.RangeStmt) bool {
	tv, ok := c.info.Types[rs.X]
	if !ok {
		return false
	}
	_, ok = tv.Type.Underlying().(*types.Signature)
	return ok
}

func (c *compilation) isIntRange(rs *ast.RangeStmt) bool {
	tv, ok := c.info.Types[rs.X]
	if !ok {
		return false
	}
	b, ok := tv.Type.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

// innermostFunc returns the index of the innermost range-over-func loop in
// stack above index from, or -1.
func innermostFunc(stack []loopEntry, above int) int {
	for i := len(stack) - 1; i > above; i-- {
		if stack[i].kind == kFunc {
			return i
		}
	}
	return -1
}

// lowerBranch rewrites a break/continue that leaves a range-over-func
// loop's closure.
func (c *compilation) lowerBranch(s *ast.BranchStmt, f *funcCtx, stack []loopEntry) {
	if s.Tok == token.GOTO {
		if innermostFunc(stack, -1) >= 0 {
			c.addErr(s.Pos(), "goto inside a range-over-func loop is not supported by the kernel: use a labelled break or continue")
		}
		return
	}
	if s.Tok != token.BREAK && s.Tok != token.CONTINUE {
		return
	}
	target := -1
	for i := len(stack) - 1; i >= 0; i-- {
		e := stack[i]
		if s.Label != nil {
			if e.label == s.Label.Name {
				target = i
				break
			}
			continue
		}
		if s.Tok == token.CONTINUE && e.kind == kSwitch {
			continue
		}
		target = i
		break
	}
	if target < 0 {
		return
	}
	r := innermostFunc(stack, target)
	if r < 0 {
		if stack[target].kind == kFunc {
			r = target
		} else {
			return
		}
	}
	rf := stack[r].rf
	start, end := c.off(s.Pos()), c.off(s.End())
	if r == target {
		if s.Tok == token.CONTINUE {
			c.edits.replace(start, end, "return true")
		} else {
			c.edits.replace(start, end, "{ "+rf.state+" = false; return false }")
		}
		return
	}
	key := fmt.Sprintf("%s %s %d", s.Tok, stack[target].label, target)
	code, ok := f.codes[key]
	if !ok {
		code = len(f.codes) + 1
		f.codes[key] = code
	}
	rf.codes[code] = branchTarget{tok: s.Tok, label: stack[target].label, entry: target}
	f.usedNxt = true
	c.edits.replace(start, end, fmt.Sprintf("{ __gknext%d = %d; %s = false; return false }", f.outerID, code, rf.state))
}

// lowerReturn rewrites a return inside a range-over-func loop body: the
// results go to the function's result variables and code -1 makes every
// enclosing loop's dispatch return.
func (c *compilation) lowerReturn(s *ast.ReturnStmt, f *funcCtx, stack []loopEntry) {
	r := innermostFunc(stack, -1)
	if r < 0 {
		c.lowerRecvReturn(s)
		return
	}
	rf := stack[r].rf
	rf.codes[-1] = branchTarget{tok: token.RETURN, entry: -1}
	f.usedNxt = true
	res := f.sig.Results()
	var b strings.Builder
	b.WriteString("{ ")
	if len(s.Results) > 0 {
		var lhs []string
		for i := range res.Len() {
			if res.At(i).Name() != "" && res.At(i).Name() != "_" {
				lhs = append(lhs, res.At(i).Name())
			} else {
				lhs = append(lhs, fmt.Sprintf("__gkr%d_%d", f.outerID, i))
				f.usedRet = true
			}
		}
		b.WriteString(strings.Join(lhs, ", ") + " = ")
		c.edits.replace(c.off(s.Pos()), c.off(s.Results[0].Pos()), b.String())
		c.edits.insert(c.off(s.End()), fmt.Sprintf("; __gknext%d = -1; %s = false; return false }", f.outerID, rf.state))
		return
	}
	c.edits.replace(c.off(s.Pos()), c.off(s.End()), fmt.Sprintf("{ __gknext%d = -1; %s = false; return false }", f.outerID, rf.state))
}

// lowerDefer moves a defer inside a range-over-func body onto the
// function's defer stack, evaluating the function and arguments now.
func (c *compilation) lowerDefer(s *ast.DeferStmt, f *funcCtx, stack []loopEntry) {
	if innermostFunc(stack, -1) < 0 {
		return
	}
	f.defers = true
	call := s.Call
	var b strings.Builder
	b.WriteString("{ ")
	callee := c.lowered(c.off(call.Fun.Pos()), c.off(call.Fun.End()))
	if _, isBuiltin := c.info.Uses[identOf(call.Fun)].(*types.Builtin); !isBuiltin {
		if tv := c.info.Types[call.Fun]; !tv.IsType() {
			b.WriteString("__gkdf := " + callee + "; ")
			callee = "__gkdf"
		}
	}
	var args []string
	for i, a := range call.Args {
		n := fmt.Sprintf("__gkda%d", i)
		b.WriteString(n + " := " + c.lowered(c.off(a.Pos()), c.off(a.End())) + "; ")
		args = append(args, n)
	}
	ell := ""
	if call.Ellipsis.IsValid() {
		ell = "..."
	}
	b.WriteString("__gkdefers = append(__gkdefers, func() { " + callee + "(" + strings.Join(args, ", ") + ell + ") }) }")
	c.edits.replace(c.off(s.Pos()), c.off(s.End()), b.String())
}

func identOf(e ast.Expr) *ast.Ident {
	id, _ := ast.Unparen(e).(*ast.Ident)
	return id
}

// lowerFuncRange lowers one range-over-func loop.
func (c *compilation) lowerFuncRange(rs *ast.RangeStmt, f *funcCtx, stack []loopEntry, label string) {
	c.nextID++
	rf := &rfLoop{id: c.nextID, state: fmt.Sprintf("__gks%d", c.nextID), codes: map[int]branchTarget{}}
	outermost := innermostFunc(stack, -1) < 0
	if outermost {
		f.outerID = rf.id
		f.usedRet, f.usedNxt = false, false
	}
	st := append(stack, loopEntry{kind: kFunc, label: label, rf: rf})
	c.loopStmt(rs.Body, f, st, "")

	ysig := c.info.Types[rs.X].Type.Underlying().(*types.Signature).Params().At(0).Type().Underlying().(*types.Signature)
	vars := []ast.Expr{rs.Key, rs.Value}
	var params []string
	var pre strings.Builder
	for i := range ysig.Params().Len() {
		name := "_"
		if i < 2 && vars[i] != nil {
			if id, ok := vars[i].(*ast.Ident); ok && rs.Tok == token.DEFINE {
				name = id.Name
			} else if !(ok && id.Name == "_") {
				name = fmt.Sprintf("__gkp%d_%d", rf.id, i)
				pre.WriteString(c.lowered(c.off(vars[i].Pos()), c.off(vars[i].End())) + " = " + name + "; ")
			}
		}
		params = append(params, name+" "+c.typeString(ysig.Params().At(i).Type()))
	}
	var head strings.Builder
	head.WriteString("{ ")
	if outermost {
		if f.usedNxt {
			fmt.Fprintf(&head, "var __gknext%d int; ", rf.id)
		}
		if f.usedRet {
			res := f.sig.Results()
			for i := range res.Len() {
				if res.At(i).Name() == "" || res.At(i).Name() == "_" {
					fmt.Fprintf(&head, "var __gkr%d_%d %s; ", rf.id, i, c.typeString(res.At(i).Type()))
				}
			}
		}
	}
	// yaegi cannot call a declared func through parentheses ("call of
	// reflect.Value.Call on ptr Value"), so only wrap other expressions.
	open, closeP := "(", ")"
	switch ast.Unparen(rs.X).(type) {
	case *ast.Ident, *ast.SelectorExpr, *ast.CallExpr, *ast.IndexExpr, *ast.IndexListExpr:
		open, closeP = "", ""
	}
	head.WriteString(rf.state + " := true; " + open)
	c.edits.replace(c.off(rs.For), c.off(rs.X.Pos()), head.String())
	c.edits.replace(c.off(rs.X.End()), c.off(rs.Body.Lbrace)+1, closeP+fmt.Sprintf(
		"(func(%s) bool { if !%s { panic(\"range function continued iteration after function for loop body returned false\") }; %s",
		strings.Join(params, ", "), rf.state, pre.String()))

	// After the iterator returns: dispatch the codes that left the closure.
	var tail strings.Builder
	fmt.Fprintf(&tail, "; return true }); %s = false", rf.state)
	parent := innermostFunc(stack, -1)
	var prf *rfLoop
	if parent >= 0 {
		prf = stack[parent].rf
	}
	codes := make([]int, 0, len(rf.codes))
	for code := range rf.codes {
		codes = append(codes, code)
	}
	sortInts(codes)
	for _, code := range codes {
		t := rf.codes[code]
		cond := fmt.Sprintf("; if __gknext%d == %d { ", f.outerID, code)
		switch {
		case prf != nil && (t.entry == parent):
			if t.tok == token.CONTINUE {
				tail.WriteString(cond + fmt.Sprintf("__gknext%d = 0; return true }", f.outerID))
			} else {
				tail.WriteString(cond + fmt.Sprintf("__gknext%d = 0; %s = false; return false }", f.outerID, prf.state))
			}
		case prf != nil && t.entry < parent:
			prf.codes[code] = t
			tail.WriteString(cond + prf.state + " = false; return false }")
		case t.tok == token.RETURN:
			ret := "return"
			res := f.sig.Results()
			var rs []string
			named := false
			for i := range res.Len() {
				if res.At(i).Name() != "" && res.At(i).Name() != "_" {
					named = true
				}
				rs = append(rs, fmt.Sprintf("__gkr%d_%d", f.outerID, i))
			}
			if !named && len(rs) > 0 {
				ret += " " + strings.Join(rs, ", ")
			}
			tail.WriteString(cond + ret + " }")
		default:
			tail.WriteString(cond + fmt.Sprintf("__gknext%d = 0; %s %s }", f.outerID, t.tok, t.label))
		}
	}
	tail.WriteString(" }")
	c.edits.replace(c.off(rs.Body.Rbrace), c.off(rs.Body.Rbrace)+1, tail.String())
}

func sortInts(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

// lowerIntRange rewrites `for k := range n {` to a counting loop whose key
// is a fresh variable each iteration.
func (c *compilation) lowerIntRange(rs *ast.RangeStmt) {
	c.nextID++
	t := c.info.Types[rs.X].Type
	if b, ok := t.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
		t = types.Typ[types.Int]
	}
	ts := c.typeString(t)
	i, n := fmt.Sprintf("__gki%d", c.nextID), fmt.Sprintf("__gkn%d", c.nextID)
	c.edits.replace(c.off(rs.For), c.off(rs.X.Pos()), fmt.Sprintf("for %s, %s := %s(0), %s(", i, n, ts, ts))
	key := ""
	if rs.Key != nil {
		if id, ok := rs.Key.(*ast.Ident); !ok || id.Name != "_" {
			key = c.lowered(c.off(rs.Key.Pos()), c.off(rs.Key.End())) + " " + rs.Tok.String() + " " + i + "; "
		}
	}
	c.edits.replace(c.off(rs.X.End()), c.off(rs.Body.Lbrace)+1, fmt.Sprintf("); %s < %s; %s++ { %s", i, n, i, key))
}

// captured returns the loop variables among vars that a function literal in
// body refers to, or whose address body takes.
func (c *compilation) captured(body ast.Node, vars map[types.Object]string) []string {
	var out []string
	seen := map[types.Object]bool{}
	var walk func(n ast.Node, inLit bool)
	walk = func(n ast.Node, inLit bool) {
		ast.Inspect(n, func(x ast.Node) bool {
			switch x := x.(type) {
			case *ast.FuncLit:
				walk(x.Body, true)
				return false
			case *ast.UnaryExpr:
				if x.Op == token.AND {
					if id, ok := ast.Unparen(x.X).(*ast.Ident); ok {
						if o := c.info.Uses[id]; o != nil && vars[o] != "" && !seen[o] {
							seen[o] = true
							out = append(out, vars[o])
						}
					}
				}
			case *ast.Ident:
				if inLit {
					if o := c.info.Uses[x]; o != nil && vars[o] != "" && !seen[o] {
						seen[o] = true
						out = append(out, vars[o])
					}
				}
			}
			return true
		})
	}
	walk(body, false)
	return out
}

// loopVarRange gives each iteration of a range loop its own key/value
// variables when something captures them (Go 1.22 semantics).
func (c *compilation) loopVarRange(rs *ast.RangeStmt) {
	if rs.Tok != token.DEFINE {
		return
	}
	vars := map[types.Object]string{}
	for _, e := range []ast.Expr{rs.Key, rs.Value} {
		if id, ok := e.(*ast.Ident); ok && id.Name != "_" {
			if o := c.info.Defs[id]; o != nil {
				vars[o] = id.Name
			}
		}
	}
	cap := c.captured(rs.Body, vars)
	if len(cap) == 0 {
		return
	}
	c.edits.insert(c.off(rs.Body.Lbrace)+1, " "+strings.Join(cap, ", ")+" := "+strings.Join(cap, ", ")+";")
	c.bindLitsPerIteration(rs.Body, vars)
}

// bindLitsPerIteration hands each function literal in body that refers to
// a loop variable its own copy through a call: `func() int { return w }`
// becomes `func(w int) func() int { return func() int { return w } }(w)`.
// The per-iteration copy (`w := w`) alone is not enough for yaegi when the
// literal is turned into a compiled func value (passed to compiled code,
// called later from another goroutine): that wrapper reads the variable's
// slot in the loop's frame, which the next iteration overwrites. A call
// makes a frame of its own for every iteration.
//
// A literal called on the spot (`func() {...}()`, also after go or defer)
// stays as it is: it runs as interpreted code, where the copy works.
func (c *compilation) bindLitsPerIteration(body ast.Node, vars map[types.Object]string) {
	called := map[*ast.FuncLit]bool{}
	ast.Inspect(body, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			if lit, ok := ast.Unparen(call.Fun).(*ast.FuncLit); ok {
				called[lit] = true
			}
		}
		return true
	})
	ast.Inspect(body, func(n ast.Node) bool {
		lit, ok := n.(*ast.FuncLit)
		if !ok {
			return true
		}
		if called[lit] {
			return true
		}
		var names, params []string
		seen := map[types.Object]bool{}
		ast.Inspect(lit.Body, func(x ast.Node) bool {
			if id, ok := x.(*ast.Ident); ok {
				if o := c.info.Uses[id]; o != nil && vars[o] != "" && !seen[o] {
					seen[o] = true
					names = append(names, vars[o])
					params = append(params, vars[o]+" "+c.typeString(o.Type()))
				}
			}
			return true
		})
		tv, ok := c.info.Types[lit]
		if len(names) == 0 || !ok {
			return false
		}
		c.edits.wrap(c.off(lit.Pos()), c.off(lit.End()),
			"func("+strings.Join(params, ", ")+") "+c.typeString(tv.Type)+" { return ",
			" }("+strings.Join(names, ", ")+")")
		return false
	})
}

// loopVarFor gives each iteration of a three-clause loop its own copy of
// the loop variables when something captures them. When the body also
// assigns them, the copy is written back before the post statement.
func (c *compilation) loopVarFor(fs *ast.ForStmt, stack []loopEntry) {
	as, ok := fs.Init.(*ast.AssignStmt)
	if !ok || as.Tok != token.DEFINE {
		return
	}
	vars := map[types.Object]string{}
	for _, e := range as.Lhs {
		if id, ok := e.(*ast.Ident); ok && id.Name != "_" {
			if o := c.info.Defs[id]; o != nil {
				vars[o] = id.Name
			}
		}
	}
	cap := c.captured(fs.Body, vars)
	if len(cap) == 0 {
		return
	}
	c.bindLitsPerIteration(fs.Body, vars)
	written := false
	ast.Inspect(fs.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if id, ok := l.(*ast.Ident); ok && vars[c.info.Uses[id]] != "" {
					written = true
				}
			}
		case *ast.IncDecStmt:
			if id, ok := n.X.(*ast.Ident); ok && vars[c.info.Uses[id]] != "" {
				written = true
			}
		}
		return true
	})
	if !written {
		c.edits.insert(c.off(fs.Body.Lbrace)+1, " "+strings.Join(cap, ", ")+" := "+strings.Join(cap, ", ")+";")
		return
	}
	// Rename the loop's own variables in the header, copy in at the top of
	// the body, copy back at the end and before each continue.
	outer := make([]string, len(cap))
	for i, n := range cap {
		outer[i] = "__gklv_" + n
	}
	isCap := map[string]bool{}
	for _, n := range cap {
		isCap[n] = true
	}
	for _, part := range []ast.Node{fs.Init, fs.Cond, fs.Post} {
		if part == nil {
			continue
		}
		ast.Inspect(part, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok {
				o := c.info.Defs[id]
				if o == nil {
					o = c.info.Uses[id]
				}
				if o != nil && isCap[vars[o]] {
					c.edits.replace(c.off(id.Pos()), c.off(id.End()), "__gklv_"+id.Name)
				}
			}
			return true
		})
	}
	back := strings.Join(outer, ", ") + " = " + strings.Join(cap, ", ")
	c.edits.insert(c.off(fs.Body.Lbrace)+1, " "+strings.Join(cap, ", ")+" := "+strings.Join(outer, ", ")+";")
	c.edits.insert(c.off(fs.Body.Rbrace), "; "+back+" ")
	label := ""
	if len(stack) > 0 {
		label = stack[len(stack)-1].label
	}
	depth := 0
	var walk func(n ast.Node)
	walk = func(n ast.Node) {
		ast.Inspect(n, func(x ast.Node) bool {
			switch x := x.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ForStmt, *ast.RangeStmt:
				depth++
				if f, ok := x.(*ast.ForStmt); ok {
					walk(f.Body)
				} else {
					walk(x.(*ast.RangeStmt).Body)
				}
				depth--
				return false
			case *ast.BranchStmt:
				if x.Tok == token.CONTINUE && ((x.Label == nil && depth == 0) || (x.Label != nil && x.Label.Name == label && label != "")) {
					c.edits.insert(c.off(x.Pos()), "{ "+back+"; ")
					c.edits.insert(c.off(x.End()), " }")
				}
			}
			return true
		})
	}
	walk(fs.Body)
}

// lowerChanSliceRange rewrites `for k, c := range chans` over a slice or
// array of channels, which yaegi fails on ("call of reflect.Value.Len on
// int Value"), to index the slice instead. The element variable is fresh
// per iteration, as in Go 1.22.
func (c *compilation) lowerChanSliceRange(rs *ast.RangeStmt, label string) bool {
	if rs.Value == nil || rs.Tok != token.DEFINE {
		return false
	}
	var elem types.Type
	switch u := c.info.Types[rs.X].Type.Underlying().(type) {
	case *types.Slice:
		elem = u.Elem()
	case *types.Array:
		elem = u.Elem()
	default:
		return false
	}
	if _, ok := elem.Underlying().(*types.Chan); !ok {
		return false
	}
	x := c.lowered(c.off(rs.X.Pos()), c.off(rs.X.End()))
	_, simple := rs.X.(*ast.Ident)
	if !simple && label != "" {
		return false
	}
	c.nextID++
	key := fmt.Sprintf("__gkri%d", c.nextID)
	if id, ok := rs.Key.(*ast.Ident); ok && id.Name != "_" {
		key = id.Name
	}
	val := rs.Value.(*ast.Ident).Name
	head := "for " + key + " := range " + x + " { " + val + " := " + x + "[" + key + "];"
	if !simple {
		t := fmt.Sprintf("__gkrx%d", c.nextID)
		head = "{ " + t + " := " + x + "; for " + key + " := range " + t + " { " + val + " := " + t + "[" + key + "];"
		c.edits.insert(c.off(rs.Body.Rbrace)+1, " }")
	}
	c.edits.replaceSpan(c.off(rs.For), c.off(rs.Body.Lbrace)+1, head)
	return true
}
