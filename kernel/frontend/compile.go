package frontend

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"sort"
	"strconv"
	"strings"
)

// cellFile is the file name positions in the current cell carry.
const cellFile = "cell"

// cellFunc is the function the check file wraps a cell's statements in.
const cellFunc = "__gkcell"

// mainName is what a declared func main is called in the interpreter: yaegi
// runs a function called main after every Eval, so it must not see one.
const mainName = "__gk_main"

// placed is a cell item copied into the check file at base.
type placed struct {
	item
	base int // offset of the item's first byte in the check file
	line int // 1-based cell line the item starts on
}

// unit source positions in the check file
type placedUnit struct {
	u    *unit
	base int
}

// compilation is the state of one Compile call.
type compilation struct {
	s       *Session
	cell    string
	items   []item
	text    string // the check file
	file    *ast.File
	tf      *token.File
	info    *types.Info
	pkg     *types.Package
	imports map[string]string // names the check file imports -> path (session + cell + auto)
	newImp  map[string]string // imports this cell adds to the interpreter
	cellImp map[string]bool   // names imported by the cell's own import lines
	decls   []placed
	stmts   []placed
	units   []placedUnit
	edits   editList
	errs    []Error
	helpers map[string]string // helper name -> declaration, needed by this cell
	// typeNameArgs are print arguments lowerPrintf replaced by their %T.
	typeNameArgs map[ast.Expr]bool
	helperOrder  []string      // helper names in the order they must be declared
	result       *ast.ExprStmt // the cell's last expression, shown as a result
	exprRun      bool
	nextID       int
	loops        []ast.Node // loops of the node lowerCalls is walking
}

// Compile type-checks one cell against the session and lowers it into
// Steps. On compile errors it returns a *CompileError with positions in the
// cell and leaves the session unchanged.
func (s *Session) Compile(cell string) (*Plan, error) {
	return s.compile(cell, false)
}

// CompileExpression compiles one expression (a user_expressions entry) into
// a Plan whose last step is a Result step (preceded by an Import step when
// the expression uses a package the session has not imported yet). The plan
// is never committed.
func (s *Session) CompileExpression(expr string) (*Plan, error) {
	if strings.TrimSpace(expr) == "" {
		return nil, &CompileError{Errors: []Error{{Line: 1, Col: 1, Msg: "empty expression"}}}
	}
	if _, err := parser.ParseExpr(expr); err != nil {
		return nil, toCompileError(err)
	}
	return s.compile(expr, true)
}

func (s *Session) compile(cell string, exprOnly bool) (*Plan, error) {
	c := &compilation{s: s, cell: cell, helpers: map[string]string{}, typeNameArgs: map[ast.Expr]bool{}, exprRun: exprOnly}
	c.items = splitCell(cell)
	if err := c.build(); err != nil {
		return nil, err
	}
	if exprOnly {
		if len(c.decls) > 0 || len(c.stmts) != 1 || c.result == nil {
			return nil, &CompileError{Errors: []Error{{Line: 1, Col: 1, Msg: "not a single expression with a value"}}}
		}
	}
	c.lower()
	if len(c.errs) > 0 {
		return nil, c.compileError()
	}
	p := c.plan()
	if len(c.errs) > 0 {
		return nil, c.compileError()
	}
	return p, nil
}

func (c *compilation) compileError() error {
	sort.SliceStable(c.errs, func(i, j int) bool {
		if c.errs[i].Line != c.errs[j].Line {
			return c.errs[i].Line < c.errs[j].Line
		}
		return c.errs[i].Col < c.errs[j].Col
	})
	// Go stops after 10 errors; so do we.
	if len(c.errs) > 10 {
		c.errs = append(c.errs[:10], Error{Line: c.errs[10].Line, Col: c.errs[10].Col, Msg: "too many errors"})
	}
	return &CompileError{Errors: c.errs}
}

// toCompileError turns parser errors into a CompileError.
func toCompileError(err error) *CompileError {
	ce := &CompileError{}
	var list scanner.ErrorList
	if errors.As(err, &list) {
		for _, e := range list {
			ce.Errors = append(ce.Errors, Error{Line: e.Pos.Line, Col: e.Pos.Column, Msg: e.Msg})
		}
	} else {
		ce.Errors = append(ce.Errors, Error{Line: 1, Col: 1, Msg: err.Error()})
	}
	return ce
}

// lineCol returns the 1-based line and column of a cell offset.
func lineCol(cell string, off int) (int, int) {
	line := 1 + strings.Count(cell[:off], "\n")
	col := off - strings.LastIndex(cell[:off], "\n")
	return line, col
}

// cellImports parses the cell's import lines: name -> path.
func (c *compilation) cellImports() (map[string]string, error) {
	m := map[string]string{}
	for _, it := range c.items {
		if it.kind != itemImport {
			continue
		}
		line, col := lineCol(c.cell, it.start)
		src := fmt.Sprintf("package p;/*line %s:%d:%d*/%s", cellFile, line, col, c.cell[it.start:it.end])
		f, err := parser.ParseFile(token.NewFileSet(), cellFile, src, parser.ImportsOnly)
		if err != nil {
			return nil, toCompileError(err)
		}
		for _, is := range f.Imports {
			path, _ := strconv.Unquote(is.Path.Value)
			name := importName(path)
			if is.Name != nil {
				name = is.Name.Name
			}
			if name == "_" || name == "." {
				continue
			}
			m[name] = path
		}
	}
	return m, nil
}

// importName guesses the package name of an import path the way goimports
// does when it cannot load the package: the last element, minus a version.
func importName(path string) string {
	for n, p := range Preloaded {
		if p == path {
			return n
		}
	}
	el := path[strings.LastIndex(path, "/")+1:]
	if len(el) > 1 && el[0] == 'v' && strings.Trim(el[1:], "0123456789") == "" {
		rest := strings.TrimSuffix(path, "/"+el)
		el = rest[strings.LastIndex(rest, "/")+1:]
	}
	return el
}

// build writes the check file (the session so far plus the cell), adds
// imports the cell uses but lacks, and type-checks it.
func (c *compilation) build() error {
	for _, it := range c.items {
		if it.kind == itemPackage {
			txt := strings.Join(strings.Fields(c.cell[it.start:it.end]), " ")
			if txt != "package main" {
				line, col := lineCol(c.cell, it.start)
				return &CompileError{Errors: []Error{{Line: line, Col: col, Msg: "a cell can only be package main (got " + txt + ")"}}}
			}
		}
	}
	ci, err := c.cellImports()
	if err != nil {
		return err
	}
	c.cellImp = map[string]bool{}
	for n := range ci {
		c.cellImp[n] = true
	}
	auto := map[string]string{}
	for pass := 0; pass < 2; pass++ {
		c.imports = map[string]string{}
		for n, p := range c.s.imports {
			if !c.cellImp[n] {
				c.imports[n] = p
			}
		}
		for n, p := range auto {
			c.imports[n] = p
		}
		c.write()
		f, err := parser.ParseFile(fset, "check.go", c.text, parser.ParseComments|parser.AllErrors)
		if err != nil {
			return toCompileError(err)
		}
		c.file = f
		c.tf = fset.File(f.Pos())
		if pass == 1 {
			break
		}
		more := false
		var qualifiers map[*ast.Ident]bool
		for _, id := range f.Unresolved {
			name := id.Name
			if _, ok := c.imports[name]; ok || ci[name] != "" {
				continue
			}
			if qualifiers == nil {
				qualifiers = selectorXs(f)
			}
			if !qualifiers[id] {
				continue
			}
			if p, ok := Preloaded[name]; ok && knownPackage(p) {
				auto[name] = p
				more = true
			} else if p, ok := stdByName[name]; ok {
				auto[name] = p
				more = true
			}
		}
		if !more {
			break
		}
	}
	c.newImp = map[string]string{}
	for n, p := range ci {
		if c.s.imports[n] != p {
			c.newImp[n] = p
		}
	}
	for n, p := range auto {
		c.newImp[n] = p
	}
	for n, p := range ci {
		c.imports[n] = p
	}
	return c.check()
}

// selectorXs returns the identifiers used as the X of a selector x.Sel.
func selectorXs(f *ast.File) map[*ast.Ident]bool {
	m := map[*ast.Ident]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		if se, ok := n.(*ast.SelectorExpr); ok {
			if id, ok := se.X.(*ast.Ident); ok {
				m[id] = true
			}
		}
		return true
	})
	return m
}

// write lays out the check file: imports, the session's declarations and
// variables, the cell's declarations, and the cell's statements inside
// func __gkcell. /*line*/ directives give every piece its cell position.
func (c *compilation) write() {
	var b strings.Builder
	b.WriteString("package main\n")
	names := make([]string, 0, len(c.imports))
	for n := range c.imports {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if strings.HasPrefix(n, "__gki_") {
			continue // compiled instances exist only in the interpreter
		}
		fmt.Fprintf(&b, "import %s %q\n", n, c.imports[n])
	}
	c.decls, c.stmts, c.units = nil, nil, nil
	for _, it := range c.items {
		if it.kind == itemImport {
			line, col := lineCol(c.cell, it.start)
			fmt.Fprintf(&b, "/*line %s:%d:%d*/", cellFile, line, col)
			c.decls = append(c.decls, placed{it, b.Len(), line})
			b.WriteString(c.cell[it.start:it.end])
			b.WriteString("\n")
		}
	}
	redeclared := c.cellDeclNames()
	for _, u := range c.s.sortedUnits() {
		// Generated helpers are called only from lowered code, and may
		// use hidden imports the check file does not have.
		skip := u.file == helpersFile
		for _, n := range u.names {
			if redeclared[n] {
				skip = true
			}
		}
		if skip {
			continue
		}
		fmt.Fprintf(&b, "/*line %s:%d:%d*/", u.file, u.line, u.col)
		c.units = append(c.units, placedUnit{u, b.Len()})
		b.WriteString(u.src)
		b.WriteString("\n")
	}
	for _, v := range c.s.vars {
		if redeclared[v.name] || v.typ == "" {
			continue
		}
		fmt.Fprintf(&b, "var %s %s\n", v.name, v.typ)
	}
	for _, it := range c.items {
		if it.kind == itemDecl {
			line, col := lineCol(c.cell, it.start)
			fmt.Fprintf(&b, "/*line %s:%d:%d*/", cellFile, line, col)
			c.decls = append(c.decls, placed{it, b.Len(), line})
			b.WriteString(c.cell[it.start:it.end])
			b.WriteString("\n")
		}
	}
	b.WriteString("func " + cellFunc + "() {\n")
	for _, it := range c.items {
		if it.kind == itemStmt {
			line, col := lineCol(c.cell, it.start)
			fmt.Fprintf(&b, "/*line %s:%d:%d*/", cellFile, line, col)
			c.stmts = append(c.stmts, placed{it, b.Len(), line})
			b.WriteString(c.cell[it.start:it.end])
			b.WriteString("\n")
		}
	}
	b.WriteString("}\n")
	c.text = b.String()
}

// cellDeclNames returns the top-level names the cell's declarations
// declare, found with the scanner-level split and a cheap parse.
func (c *compilation) cellDeclNames() map[string]bool {
	m := map[string]bool{}
	for _, it := range c.items {
		if it.kind != itemDecl {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), "", "package p;"+c.cell[it.start:it.end], parser.SkipObjectResolution)
		if err != nil {
			continue
		}
		for _, n := range declNames(f.Decls) {
			m[n] = true
		}
	}
	return m
}

// declNames lists the session names declarations declare; methods are
// "Recv.Name".
func declNames(decls []ast.Decl) []string {
	var ns []string
	for _, d := range decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv != nil && len(d.Recv.List) > 0 {
				ns = append(ns, recvName(d.Recv.List[0].Type)+"."+d.Name.Name)
			} else {
				ns = append(ns, d.Name.Name)
			}
		case *ast.GenDecl:
			for _, sp := range d.Specs {
				switch sp := sp.(type) {
				case *ast.TypeSpec:
					ns = append(ns, sp.Name.Name)
				case *ast.ValueSpec:
					for _, n := range sp.Names {
						if n.Name != "_" {
							ns = append(ns, n.Name)
						}
					}
				}
			}
		}
	}
	return ns
}

func recvName(e ast.Expr) string {
	for {
		switch x := e.(type) {
		case *ast.StarExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.IndexListExpr:
			e = x.X
		case *ast.ParenExpr:
			e = x.X
		case *ast.Ident:
			return x.Name
		default:
			return "?"
		}
	}
}
