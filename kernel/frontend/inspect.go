package frontend

import (
	"go/ast"
	"go/types"
	"strings"
	"unicode/utf8"

	"github.com/gokernel/gokernel/kernel"
)

// inspect finds the identifier under the cursor, resolves it with go/types
// against the session, and returns its declaration and doc comment.
func (s *Session) inspect(code string, cursor, detail int) kernel.InspectResult {
	off := byteOffset(code, cursor)
	start := identBefore(code, off)
	end := off
	for end < len(code) {
		r, n := utf8.DecodeRuneInString(code[end:])
		if !isIdentByte(r) {
			break
		}
		end += n
	}
	if start == end {
		// The cursor may sit just after a call's '(' or a selector's '.'.
		if start > 0 && (code[start-1] == '(' || code[start-1] == '.') {
			end = start - 1
			start = identBefore(code, end)
		}
		if start == end {
			return kernel.InspectResult{}
		}
	}
	name := code[start:end]
	obj, owner := s.resolve(code, start, end)
	if obj == nil {
		return kernel.InspectResult{}
	}
	sig, doc := s.describe(obj, owner)
	if sig == "" {
		return kernel.InspectResult{}
	}
	_ = name
	plain := sig
	if doc != "" {
		plain += "\n\n" + strings.TrimRight(doc, "\n")
	}
	md := "```go\n" + sig + "\n```"
	if doc != "" {
		md += "\n\n" + strings.TrimRight(doc, "\n")
	}
	return kernel.InspectResult{Found: true, Data: map[string]any{"text/plain": plain, "text/markdown": md}}
}

// resolve returns the object the identifier at code[start:end] denotes, and
// for a package member its package path.
func (s *Session) resolve(code string, start, end int) (types.Object, string) {
	name := code[start:end]
	// pkg.Name where pkg is a package the session knows.
	if start > 0 && code[start-1] == '.' {
		xs := identBefore(code, start-1)
		x := code[xs : start-1]
		if path := s.packageFor(x); path != "" && x != "" {
			if _, shadowed := s.localName(code, xs, x); !shadowed {
				pkg, err := shared.Import(path)
				if err == nil {
					if o := pkg.Scope().Lookup(name); o != nil {
						return o, path
					}
				}
			}
		}
	} else if path := s.packageFor(name); path != "" {
		if _, shadowed := s.localName(code, start, name); !shadowed {
			pkg, err := shared.Import(path)
			if err == nil {
				return types.NewPkgName(0, nil, name, pkg), path
			}
		}
	}
	c := s.analyze(code[:end] + " ")
	if c == nil {
		return nil, ""
	}
	pos := c.checkPos(start)
	var found types.Object
	ast.Inspect(c.file, func(n ast.Node) bool {
		if found != nil {
			return false
		}
		if id, ok := n.(*ast.Ident); ok && id.Pos() == pos {
			found = c.info.Uses[id]
			if found == nil {
				found = c.info.Defs[id]
			}
		}
		return true
	})
	if found == nil && pos.IsValid() {
		if sc := c.pkg.Scope().Innermost(pos); sc != nil {
			_, found = sc.LookupParent(name, pos)
		}
	}
	if found == nil {
		found = types.Universe.Lookup(name)
	}
	if found != nil && found.Pkg() == c.pkg {
		return found, ""
	}
	if found != nil && found.Pkg() != nil {
		return found, found.Pkg().Path()
	}
	return found, ""
}

// describe renders an object's declaration and finds its doc comment.
func (s *Session) describe(o types.Object, path string) (sig, doc string) {
	q := func(p *types.Package) string {
		if p == nil || p.Path() == "main" {
			return ""
		}
		return p.Name()
	}
	switch o := o.(type) {
	case *types.PkgName:
		sig = "package " + o.Imported().Name() + " // import \"" + o.Imported().Path() + "\""
		if p := docsFor(o.Imported().Path()); p != nil {
			doc = p.Doc
		}
		return sig, doc
	case *types.TypeName:
		sig = "type " + o.Name() + " " + types.TypeString(o.Type().Underlying(), q)
		if o.IsAlias() {
			sig = "type " + o.Name() + " = " + types.TypeString(types.Unalias(o.Type()), q)
		}
	case *types.Builtin:
		return "func " + o.Name() + " (builtin)", builtinDocs[o.Name()]
	default:
		sig = types.ObjectString(o, q)
	}
	name := o.Name()
	if fn, ok := o.(*types.Func); ok {
		if r := fn.Signature().Recv(); r != nil {
			t := r.Type()
			if p, ok := t.(*types.Pointer); ok {
				t = p.Elem()
			}
			if n, ok := t.(*types.Named); ok {
				name = n.Obj().Name() + "." + name
			}
		}
	}
	if path != "" && o.Pkg() != nil && o.Pkg().Path() != "main" {
		return sig, docOf(path, name)
	}
	if u := s.units[name]; u != nil {
		return sig, u.doc
	}
	return sig, ""
}

var builtinDocs = map[string]string{
	"append": "The append built-in function appends elements to the end of a slice.",
	"len":    "The len built-in function returns the length of v, according to its type.",
	"cap":    "The cap built-in function returns the capacity of v, according to its type.",
	"make":   "The make built-in function allocates and initializes an object of type slice, map, or chan (only).",
	"new":    "The new built-in function allocates memory. The first argument is a type, not a value.",
	"min":    "The min built-in function returns the smallest value of a fixed number of arguments of cmp.Ordered types.",
	"max":    "The max built-in function returns the largest value of a fixed number of arguments of cmp.Ordered types.",
	"clear":  "The clear built-in function clears maps and slices.",
	"delete": "The delete built-in function deletes the element with the specified key (m[key]) from the map.",
	"panic":  "The panic built-in function stops normal execution of the current goroutine.",
	"copy":   "The copy built-in function copies elements from a source slice into a destination slice.",
}
