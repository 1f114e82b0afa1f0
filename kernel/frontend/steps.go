package frontend

import (
	"fmt"
	"go/ast"
	"go/types"
	"sort"
	"strings"
)

// qual spells a package in generated type expressions: the name the check
// file imports it under, or a hidden import __gkt_<name> that the plan adds.
func (c *compilation) qual(p *types.Package) string {
	if p == c.pkg || p == nil {
		return ""
	}
	for n, path := range c.imports {
		if path == p.Path() {
			return n
		}
	}
	n := "__gkt_" + p.Name()
	c.imports[n] = p.Path()
	if c.s.imports[n] != p.Path() {
		c.newImp[n] = p.Path()
	}
	return n
}

// nodeText returns the lowered text of the check file between two offsets.
func (c *compilation) lowered(start, end int) string {
	return c.edits.apply(c.text, start, end)
}

// helpersFile is the file name of the units that declare generated helpers.
const helpersFile = "helpers"

// plan assembles the steps: new imports, then the cell's declarations (and
// the earlier functions that must be re-evaluated to see a redefinition),
// then func main once, then the statements, then the result.
func (c *compilation) plan() *Plan {
	p := &Plan{Cell: c.cell}
	d := &delta{imports: c.newImp}
	p.delta = d
	c.collectVars(d)

	var declSrc []string
	var declLines []int
	var declNamesAll []string
	addDecl := func(src string, line int, names []string) {
		declSrc = append(declSrc, src)
		for i := range strings.Count(src, "\n") + 1 {
			if line == 0 {
				declLines = append(declLines, 0)
			} else {
				declLines = append(declLines, line+i)
			}
		}
		declNamesAll = append(declNamesAll, names...)
	}
	cellNo := c.s.cells + 1
	redeclared := map[string]bool{}
	declaresMain := false
	for _, pd := range c.decls {
		if pd.kind == itemImport {
			continue
		}
		end := pd.base + (pd.end - pd.start)
		var nodes []ast.Decl
		for _, dd := range c.file.Decls {
			if o := c.off(dd.Pos()); o >= pd.base && o < end {
				nodes = append(nodes, dd)
			}
		}
		names := declNames(nodes)
		line, col := lineCol(c.cell, pd.start)
		u := &unit{
			names: names,
			src:   c.cell[pd.start:pd.end],
			file:  fmt.Sprintf("cell %d", cellNo),
			line:  line,
			col:   col,
			deps:  c.deps(nodes),
			doc:   commentAbove(c.cell, pd.start),
		}
		u.lowered = c.lowered(pd.base, end)
		for _, n := range nodes {
			switch n := n.(type) {
			case *ast.FuncDecl:
				u.isFunc = true
				if n.Recv == nil && n.Name.Name == "main" {
					declaresMain = true
				}
			case *ast.GenDecl:
				u.isType = n.Tok.String() == "type"
			}
		}
		for _, n := range names {
			redeclared[n] = true
		}
		if u.isType {
			same := true
			for _, n := range names {
				old := c.s.units[n]
				if old == nil {
					same = false
				} else if old.src != u.src {
					c.errs = append(c.errs, Error{Line: line, Col: col, Msg: fmt.Sprintf(
						"type %s is already defined in this session (%s) and the interpreter cannot change a type once it exists: restart the kernel to redefine it, or give the new type another name", n, old.file)})
				}
			}
			if same {
				// Re-running an unchanged type declaration is a no-op.
				d.units = append(d.units, u)
				continue
			}
		}
		d.units = append(d.units, u)
		addDecl(u.lowered, line, names)
	}
	// Functions compiled earlier keep calling the old definition of a
	// redefined function in yaegi, so re-evaluate every earlier function
	// that (transitively) calls one the cell redefines.
	changed := map[string]bool{}
	for n := range redeclared {
		if old := c.s.units[n]; old != nil && old.isFunc {
			changed[n] = true
		}
	}
	if len(changed) > 0 {
		var again []*unit
		done := map[*unit]bool{}
		for grew := true; grew; {
			grew = false
			for _, u := range c.s.sortedUnits() {
				if done[u] || !u.isFunc || redeclared[u.names[0]] {
					continue
				}
				for _, dep := range u.deps {
					if changed[dep] {
						done[u] = true
						again = append(again, u)
						for _, n := range u.names {
							changed[n] = true
						}
						grew = true
						break
					}
				}
			}
		}
		sort.Slice(again, func(i, j int) bool { return again[i].seq < again[j].seq })
		for _, u := range again {
			addDecl(u.lowered, 0, nil)
		}
	}
	for _, h := range c.helperOrder {
		addDecl(c.helpers[h], 0, []string{h})
		d.helpers = append(d.helpers, h)
		d.units = append(d.units, &unit{names: []string{h}, src: c.helpers[h], file: helpersFile, line: 1, col: 1, lowered: c.helpers[h], isFunc: true})
	}

	if len(c.newImp) > 0 {
		names := make([]string, 0, len(c.newImp))
		for n := range c.newImp {
			names = append(names, n)
		}
		sort.Strings(names)
		var b strings.Builder
		b.WriteString("import (")
		for _, n := range names {
			fmt.Fprintf(&b, " %s %q;", n, c.newImp[n])
		}
		b.WriteString(" )")
		p.Steps = append(p.Steps, Step{Kind: Import, Source: b.String(), Lines: []int{0}, Names: names})
	}
	if len(declSrc) > 0 {
		p.Steps = append(p.Steps, Step{Kind: Decl, Source: strings.Join(declSrc, "\n"), Lines: declLines, Names: declNamesAll})
	}
	if declaresMain && !c.callsMain() {
		p.Steps = append(p.Steps, Step{Kind: Main, Source: ";" + mainName + "()", Lines: []int{0}})
	}
	c.stmtSteps(p, d)
	return p
}

// stmtSteps adds one Stmt step per run of adjacent top-level statements, and
// the Result step, and records the session variables they define.
func (c *compilation) stmtSteps(p *Plan, d *delta) {
	byStart := map[int]placed{}
	for _, ps := range c.stmts {
		byStart[ps.start] = ps
	}
	resultOff := -1
	if c.result != nil {
		resultOff = c.off(c.result.Pos())
	}
	var src strings.Builder
	var lines []int
	lastLine := 0
	flush := func() {
		if src.Len() > 0 {
			p.Steps = append(p.Steps, Step{Kind: Stmt, Source: ";" + src.String(), Lines: lines})
		}
		src.Reset()
		lines = nil
		lastLine = 0
	}
	for _, it := range c.items {
		if it.kind != itemStmt {
			if it.kind == itemDecl {
				flush()
			}
			continue
		}
		ps := byStart[it.start]
		end := ps.base + (ps.end - ps.start)
		if ps.base == resultOff {
			flush()
			st := c.resultStep(ps, end)
			p.Steps = append(p.Steps, st)
			continue
		}
		txt := c.lowered(ps.base, end)
		if src.Len() > 0 {
			if ps.line == lastLine {
				src.WriteString("; ")
			} else {
				src.WriteString("\n")
			}
		}
		for i := range strings.Count(txt, "\n") + 1 {
			if i == 0 && ps.line == lastLine && len(lines) > 0 {
				continue
			}
			lines = append(lines, ps.line+i)
		}
		src.WriteString(txt)
		lastLine = ps.line + strings.Count(txt, "\n")
	}
	flush()
}

// collectVars records the variables the cell's top-level statements
// define: they become session variables.
func (c *compilation) collectVars(d *delta) {
	body := c.cellBody()
	if body == nil {
		return
	}
	for _, st := range body.List {
		as, ok := st.(*ast.AssignStmt)
		if !ok || as.Tok.String() != ":=" {
			continue
		}
		for _, l := range as.Lhs {
			id, ok := l.(*ast.Ident)
			if !ok || id.Name == "_" {
				continue
			}
			v, ok := c.info.Defs[id].(*types.Var)
			if !ok {
				continue
			}
			typ, runTyp := "", ""
			if c.expressible(v.Type()) {
				typ, runTyp = c.checkTypeString(v.Type()), c.typeString(v.Type())
			}
			d.vars = append(d.vars, &sessVar{name: id.Name, typ: typ, runTyp: runTyp})
		}
	}
}

// expressible reports whether t can be spelled at package level: it names
// no type declared inside a function.
func (c *compilation) expressible(t types.Type) bool {
	ok := true
	var walk func(t types.Type, depth int)
	walk = func(t types.Type, depth int) {
		if !ok || depth > 20 {
			return
		}
		switch t := t.(type) {
		case *types.Named:
			o := t.Obj()
			if o.Pkg() != nil && o.Parent() != o.Pkg().Scope() {
				ok = false
				return
			}
			if o.Pkg() != nil && o.Pkg() != c.pkg && !o.Exported() {
				ok = false
				return
			}
			if ta := t.TypeArgs(); ta != nil {
				for i := range ta.Len() {
					walk(ta.At(i), depth+1)
				}
			}
		case *types.Pointer:
			walk(t.Elem(), depth+1)
		case *types.Slice:
			walk(t.Elem(), depth+1)
		case *types.Array:
			walk(t.Elem(), depth+1)
		case *types.Map:
			walk(t.Key(), depth+1)
			walk(t.Elem(), depth+1)
		case *types.Chan:
			walk(t.Elem(), depth+1)
		case *types.Signature:
			for i := range t.Params().Len() {
				walk(t.Params().At(i).Type(), depth+1)
			}
			for i := range t.Results().Len() {
				walk(t.Results().At(i).Type(), depth+1)
			}
		case *types.Struct:
			for i := range t.NumFields() {
				walk(t.Field(i).Type(), depth+1)
			}
		case *types.Alias:
			walk(types.Unalias(t), depth+1)
		}
	}
	walk(t, 0)
	return ok
}

// resultStep rewrites the cell's last expression to hand its value(s) to
// the runtime, which renders and publishes them.
func (c *compilation) resultStep(ps placed, end int) Step {
	expr := c.lowered(c.off(c.result.X.Pos()), c.off(c.result.X.End()))
	tv := c.info.Types[c.result.X]
	var vals []string
	pre := ""
	if tup, ok := tv.Type.(*types.Tuple); ok {
		var tmps []string
		for i := range tup.Len() {
			t := fmt.Sprintf("__gkr%d", i)
			tmps = append(tmps, t)
			vals = append(vals, c.rich(t, tup.At(i).Type()))
		}
		pre = strings.Join(tmps, ", ") + " := " + expr + "; "
	} else {
		vals = []string{c.rich(expr, tv.Type)}
		if c.richMethods(tv.Type) != nil {
			pre = "__gkr0 := " + expr + "; "
			vals = []string{c.rich("__gkr0", tv.Type)}
		}
	}
	src := ";" + pre + RuntimeName + ".Result(" + strings.Join(vals, ", ") + ")"
	var lines []int
	for i := range strings.Count(src, "\n") + 1 {
		lines = append(lines, ps.line+i)
	}
	return Step{Kind: Result, Source: src, Lines: lines}
}

// callsMain reports whether the cell's statements call main themselves.
func (c *compilation) callsMain() bool {
	body := c.cellBody()
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "main" {
				if fn, ok := c.info.Uses[id].(*types.Func); ok && fn.Parent() == c.pkg.Scope() {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// deps lists the session-level names the declarations refer to.
func (c *compilation) deps(nodes []ast.Decl) []string {
	seen := map[string]bool{}
	var out []string
	for _, n := range nodes {
		ast.Inspect(n, func(x ast.Node) bool {
			id, ok := x.(*ast.Ident)
			if !ok {
				return true
			}
			o := c.info.Uses[id]
			if o == nil || o.Pkg() != c.pkg {
				return true
			}
			name := ""
			if o.Parent() == c.pkg.Scope() {
				name = o.Name()
			} else if fn, ok := o.(*types.Func); ok {
				if r := fn.Signature().Recv(); r != nil {
					t := r.Type()
					if p, ok := t.(*types.Pointer); ok {
						t = p.Elem()
					}
					if nt, ok := t.(*types.Named); ok {
						name = nt.Obj().Name() + "." + fn.Name()
					}
				}
			}
			if name != "" && !seen[name] {
				seen[name] = true
				out = append(out, name)
			}
			return true
		})
	}
	return out
}
