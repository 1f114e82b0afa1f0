package frontend

import (
	"go/ast"
	"go/scanner"
	"go/token"
	"go/types"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gokernel/gokernel/kernel"
)

var keywords = []string{"break", "case", "chan", "const", "continue", "default", "defer", "else",
	"fallthrough", "for", "func", "go", "goto", "if", "import", "interface", "map", "package",
	"range", "return", "select", "struct", "switch", "type", "var"}

// byteOffset converts a cursor in unicode code points to a byte offset.
func byteOffset(code string, cursor int) int {
	if cursor < 0 {
		return 0
	}
	off := 0
	for i := 0; i < cursor && off < len(code); i++ {
		_, n := utf8.DecodeRuneInString(code[off:])
		off += n
	}
	return off
}

// runeCount converts a byte offset back to code points.
func runeCount(code string, off int) int { return utf8.RuneCountInString(code[:off]) }

func isIdentByte(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) }

// identBefore returns the start of the identifier that ends at off.
func identBefore(code string, off int) int {
	for off > 0 {
		r, n := utf8.DecodeLastRuneInString(code[:off])
		if !isIdentByte(r) {
			break
		}
		off -= n
	}
	return off
}

// analyze type-checks code as far as the cursor (closing open brackets)
// against the session, keeping going past errors, for completion and
// inspection. It returns nil when the code does not parse.
func (s *Session) analyze(code string) *compilation {
	open := 0
	var closers []byte
	for _, r := range scanBrackets(code) {
		switch r {
		case '(', '[', '{':
			open++
			closers = append(closers, map[byte]byte{'(': ')', '[': ']', '{': '}'}[r])
		default:
			if len(closers) > 0 {
				closers = closers[:len(closers)-1]
			}
		}
	}
	var tail strings.Builder
	for i := len(closers) - 1; i >= 0; i-- {
		tail.WriteString("\n" + string(closers[i]))
	}
	c := &compilation{s: s, cell: code + tail.String(), helpers: map[string]string{}, typeNameArgs: map[ast.Expr]bool{}}
	c.items = splitCell(c.cell)
	_ = c.build()
	if c.info == nil || c.pkg == nil {
		return nil
	}
	return c
}

// scanBrackets returns the brackets of code outside strings and comments.
func scanBrackets(code string) []byte {
	var out []byte
	fs := token.NewFileSet()
	f := fs.AddFile("", -1, len(code))
	var sc scanner.Scanner
	sc.Init(f, []byte(code), nil, 0)
	for {
		_, tok, _ := sc.Scan()
		if tok == token.EOF {
			break
		}
		switch tok {
		case token.LPAREN:
			out = append(out, '(')
		case token.LBRACK:
			out = append(out, '[')
		case token.LBRACE:
			out = append(out, '{')
		case token.RPAREN, token.RBRACK, token.RBRACE:
			out = append(out, ')')
		}
	}
	return out
}

// checkPos returns the check-file position of a cell offset.
func (c *compilation) checkPos(off int) token.Pos {
	for _, ps := range append(append([]placed{}, c.decls...), c.stmts...) {
		if off >= ps.start && off <= ps.end {
			return c.tf.Pos(ps.base + off - ps.start)
		}
	}
	return token.NoPos
}

type candidate struct {
	name, kind, sig string
}

func (s *Session) complete(code string, cursor int) kernel.CompleteResult {
	off := byteOffset(code, cursor)
	start := identBefore(code, off)
	prefix := code[start:off]
	res := kernel.CompleteResult{CursorStart: runeCount(code, start), CursorEnd: cursor}
	var cands []candidate
	if start > 0 && code[start-1] == '.' {
		cands = s.memberCandidates(code, start-1)
	} else {
		cands = s.scopeCandidates(code, off)
	}
	seen := map[string]bool{}
	var keep []candidate
	for _, cd := range cands {
		if !strings.HasPrefix(cd.name, prefix) || seen[cd.name] || strings.HasPrefix(cd.name, "__gk") || cd.name == "_" {
			continue
		}
		seen[cd.name] = true
		keep = append(keep, cd)
	}
	sort.Slice(keep, func(i, j int) bool { return keep[i].name < keep[j].name })
	for _, cd := range keep {
		res.Matches = append(res.Matches, cd.name)
		res.Types = append(res.Types, kernel.CompletionType{Start: res.CursorStart, End: res.CursorEnd, Text: cd.name, Type: cd.kind, Signature: cd.sig})
	}
	if res.Matches == nil {
		res.Matches = []string{}
	}
	return res
}

// objCandidate describes an object for completion metadata.
func objCandidate(o types.Object, q types.Qualifier) candidate {
	cd := candidate{name: o.Name()}
	switch o := o.(type) {
	case *types.Func:
		cd.kind = "function"
		cd.sig = strings.TrimPrefix(types.TypeString(o.Type(), q), "func")
	case *types.TypeName:
		cd.kind = "class"
	case *types.Var:
		if o.IsField() {
			cd.kind = "property"
		} else {
			cd.kind = "instance"
		}
		cd.sig = types.TypeString(o.Type(), q)
	case *types.Const:
		cd.kind = "constant"
		cd.sig = types.TypeString(o.Type(), q)
	case *types.PkgName:
		cd.kind = "module"
	case *types.Builtin:
		cd.kind = "function"
	case *types.Nil:
		cd.kind = "constant"
	}
	return cd
}

func pkgQual(p *types.Package) string { return p.Name() }

// packageFor returns the import path a name denotes as a package in this
// session, or "".
func (s *Session) packageFor(name string) string {
	if p, ok := s.imports[name]; ok {
		return p
	}
	if _, ok := s.units[name]; ok {
		return ""
	}
	if _, ok := s.vars[name]; ok {
		return ""
	}
	if p, ok := Preloaded[name]; ok {
		return p
	}
	return stdByName[name]
}

// memberCandidates lists what can follow `x.` where the dot is at dot.
func (s *Session) memberCandidates(code string, dot int) []candidate {
	xs := identBefore(code, dot)
	x := code[xs:dot]
	if x != "" && (xs == 0 || code[xs-1] != '.') {
		if path := s.packageFor(x); path != "" {
			if _, shadowed := s.localName(code, dot, x); !shadowed {
				pkg, err := shared.Import(path)
				if err != nil {
					return nil
				}
				var out []candidate
				for _, n := range pkg.Scope().Names() {
					if o := pkg.Scope().Lookup(n); o.Exported() {
						out = append(out, objCandidate(o, pkgQual))
					}
				}
				return out
			}
		}
	}
	c := s.analyze(code[:dot])
	if c == nil {
		return nil
	}
	e := c.exprEndingAt(dot)
	if e == nil {
		return nil
	}
	tv := c.info.Types[e]
	if tv.Type == nil {
		return nil
	}
	return membersOf(tv.Type, c.pkg)
}

// localName reports whether name is declared in the code (as a variable or
// parameter), shadowing a package of that name.
func (s *Session) localName(code string, off int, name string) (types.Object, bool) {
	c := s.analyze(code[:off])
	if c == nil {
		return nil, false
	}
	pos := c.checkPos(off)
	if !pos.IsValid() {
		return nil, false
	}
	sc := c.pkg.Scope().Innermost(pos)
	if sc == nil {
		return nil, false
	}
	_, o := sc.LookupParent(name, pos)
	if o == nil {
		return nil, false
	}
	_, isPkg := o.(*types.PkgName)
	return o, !isPkg
}

// exprEndingAt returns the widest typed expression ending at cell offset off.
func (c *compilation) exprEndingAt(off int) ast.Expr {
	pos := c.checkPos(off)
	if !pos.IsValid() {
		return nil
	}
	var best ast.Expr
	ast.Inspect(c.file, func(n ast.Node) bool {
		if n == nil {
			return false
		}
		if n.End() < pos || n.Pos() > pos {
			return false
		}
		if e, ok := n.(ast.Expr); ok && n.End() == pos {
			if _, ok := c.info.Types[e]; ok && best == nil {
				best = e
			}
		}
		return true
	})
	return best
}

// membersOf lists the fields and methods of a value of type t.
func membersOf(t types.Type, pkg *types.Package) []candidate {
	var out []candidate
	q := func(p *types.Package) string {
		if p == pkg {
			return ""
		}
		return p.Name()
	}
	mt := t
	if _, isPtr := t.Underlying().(*types.Pointer); !isPtr && !types.IsInterface(t) {
		mt = types.NewPointer(t)
	}
	ms := types.NewMethodSet(mt)
	for i := range ms.Len() {
		o := ms.At(i).Obj()
		if o.Exported() || o.Pkg() == pkg {
			out = append(out, objCandidate(o, q))
		}
	}
	var fields func(t types.Type, depth int)
	fields = func(t types.Type, depth int) {
		if p, ok := t.Underlying().(*types.Pointer); ok {
			t = p.Elem()
		}
		st, ok := t.Underlying().(*types.Struct)
		if !ok || depth > 4 {
			return
		}
		for i := range st.NumFields() {
			f := st.Field(i)
			if f.Exported() || f.Pkg() == pkg {
				out = append(out, objCandidate(f, q))
			}
			if f.Embedded() {
				fields(f.Type(), depth+1)
			}
		}
	}
	fields(t, 0)
	return out
}

// scopeCandidates lists identifiers in scope at off, keywords, and
// packages usable without an import.
func (s *Session) scopeCandidates(code string, off int) []candidate {
	var out []candidate
	for _, k := range keywords {
		out = append(out, candidate{name: k, kind: "keyword"})
	}
	c := s.analyze(code[:off])
	if c != nil {
		pos := c.checkPos(off)
		q := func(p *types.Package) string {
			if p == c.pkg {
				return ""
			}
			return p.Name()
		}
		sc := c.pkg.Scope()
		if pos.IsValid() {
			if in := c.pkg.Scope().Innermost(pos); in != nil {
				sc = in
			}
		}
		for ; sc != nil; sc = sc.Parent() {
			for _, n := range sc.Names() {
				o := sc.Lookup(n)
				if o.Pos().IsValid() && pos.IsValid() && o.Parent() != c.pkg.Scope() && o.Pos() > pos {
					continue
				}
				out = append(out, objCandidate(o, q))
			}
		}
	}
	for n := range s.imports {
		out = append(out, candidate{name: n, kind: "module"})
	}
	for n := range Preloaded {
		out = append(out, candidate{name: n, kind: "module"})
	}
	for n := range stdByName {
		out = append(out, candidate{name: n, kind: "module"})
	}
	return out
}
