package frontend

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"slices"
	"strings"
	"sync"

	"github.com/gokernel/gokernel/kernel/frontend/fallback"
)

// A fallbackDecl is one top-level declaration of the interpreted stand-ins
// for slices and maps (package fallback), ready to declare in a session.
type fallbackDecl struct {
	name    string   // hidden name, __gkfb_<pkg>_<Name>
	tparams []string // type parameter names, in order
	src     string   // the declaration, renamed; importMark+"sort" for imports
	deps    []string // hidden names of the other declarations it uses
}

// importMark precedes a package name in a fallback's source; the package's
// hidden import name replaces both when the declaration is used.
const importMark = "\x00"

// fallbacks maps "slices.SortFunc" (and unexported helpers by hidden name)
// to its declaration.
var fallbacks = sync.OnceValue(func() map[string]*fallbackDecl {
	out := map[string]*fallbackDecl{}
	for pkg, src := range map[string]string{"slices": fallback.Slices, "maps": fallback.Maps} {
		parseFallbacks(pkg, src, out)
	}
	return out
})

func fallbackName(pkg, name string) string { return "__gkfb_" + pkg + "_" + name }

// parseFallbacks renames the top-level names of one stand-in source (the
// parser's object resolution tells them from locals) and records each
// function under "pkg.Name" and its hidden name.
func parseFallbacks(pkg, src string, out map[string]*fallbackDecl) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, pkg+".go", src, 0)
	if err != nil {
		panic("frontend: fallback source " + pkg + ": " + err.Error()) // covered by tests
	}
	imports := map[string]bool{}
	for _, im := range f.Imports {
		p := strings.Trim(im.Path.Value, `"`)
		imports[p[strings.LastIndex(p, "/")+1:]] = true
	}
	//lint:ignore SA1019 the parser's object resolution is enough for these sources: ours, with no keyed composite literals it could misread
	topLevel := map[*ast.Object]string{}
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			topLevel[d.Name.Obj] = d.Name.Name
		case *ast.GenDecl:
			for _, sp := range d.Specs {
				if ts, ok := sp.(*ast.TypeSpec); ok {
					topLevel[ts.Name.Obj] = ts.Name.Name
				}
			}
		}
	}
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok {
			continue
		}
		start, end := fset.Position(fd.Pos()).Offset, fset.Position(fd.End()).Offset
		var edits editList
		deps := map[string]bool{}
		ast.Inspect(fd, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.SelectorExpr:
				if x, ok := n.X.(*ast.Ident); ok && x.Obj == nil && imports[x.Name] {
					o := fset.Position(x.Pos()).Offset
					edits.insert(o, importMark)
				}
			case *ast.Ident:
				name, ok := topLevel[n.Obj]
				if !ok || n.Obj == nil {
					return true
				}
				o := fset.Position(n.Pos()).Offset
				if name == "ordered" {
					edits.replace(o, o+len(n.Name), orderedConstraint)
					return true
				}
				edits.replace(o, o+len(n.Name), fallbackName(pkg, name))
				if n != fd.Name {
					deps[fallbackName(pkg, name)] = true
				}
			}
			return true
		})
		fb := &fallbackDecl{name: fallbackName(pkg, fd.Name.Name), src: edits.apply(src, start, end)}
		if fd.Type.TypeParams != nil {
			for _, fl := range fd.Type.TypeParams.List {
				for _, n := range fl.Names {
					fb.tparams = append(fb.tparams, n.Name)
				}
			}
		}
		delete(deps, fb.name)
		for d := range deps {
			fb.deps = append(fb.deps, d)
		}
		out[fb.name] = fb
		if fd.Name.IsExported() {
			out[pkg+"."+fd.Name.Name] = fb
		}
	}
}

// useFallback rewrites a call of a generic function of slices or maps that
// has no compiled instance for its type arguments (a type declared in a
// cell) to the interpreted stand-in, declared in the session on first use.
// It reports whether there is a stand-in.
func (c *compilation) useFallback(fn *types.Func, targs []types.Type, expr ast.Expr, call *ast.CallExpr) bool {
	fb := fallbacks()[fn.Pkg().Path()+"."+fn.Name()]
	if fb == nil {
		return false
	}
	sig := fn.Type().(*types.Signature)
	byName := map[string]types.Type{}
	for i := range sig.TypeParams().Len() {
		byName[sig.TypeParams().At(i).Obj().Name()] = targs[i]
	}
	var args []string
	for _, n := range fb.tparams {
		t, ok := byName[n]
		if !ok {
			return false
		}
		args = append(args, c.typeString(t))
	}
	c.needFallback(fb)
	c.edits.replace(c.off(expr.Pos()), c.off(expr.End()), fb.name+"["+strings.Join(args, ", ")+"]")
	// The stand-ins return []E and map[K]V where the originals return the
	// caller's own S or M: convert back.
	if sig.Results().Len() == 1 {
		if tp, ok := sig.Results().At(0).Type().(*types.TypeParam); ok {
			if t := byName[tp.Obj().Name()]; t != nil && !slices.Contains(fb.tparams, tp.Obj().Name()) {
				c.edits.wrap(c.off(call.Pos()), c.off(call.End()), "("+c.typeString(t)+")(", ")")
			}
		}
	}
	return true
}

// needFallback declares fb and what it uses, those first, unless the
// session or this cell already does.
func (c *compilation) needFallback(fb *fallbackDecl) {
	if c.s.helpers[fb.name] || c.helpers[fb.name] != "" {
		return
	}
	for _, d := range fb.deps {
		c.needFallback(fallbacks()[d])
	}
	src := fb.src
	for strings.Contains(src, importMark) {
		i := strings.Index(src, importMark)
		j := i + len(importMark)
		k := j
		for k < len(src) && src[k] != '.' {
			k++
		}
		src = src[:i] + c.hiddenImport(src[j:k]) + src[k:]
	}
	c.addHelper(fb.name, src)
}
