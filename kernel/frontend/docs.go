package frontend

import (
	"go/ast"
	"go/build"
	"go/doc"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"sync"
)

// pkgDocs caches go/doc for packages whose docs were asked for: the
// standard library's from GOROOT source, the preloaded libraries' from the
// module's lib/ directory. Parsing happens on the first inspect of a package.
var pkgDocs sync.Map // path -> *doc.Package (nil when unavailable)

func sourceDir(path string) string {
	for n, p := range Preloaded {
		if p == path && ModuleDir != "" {
			return filepath.Join(ModuleDir, "lib", n)
		}
	}
	return filepath.Join(build.Default.GOROOT, "src", filepath.FromSlash(path))
}

func docsFor(path string) *doc.Package {
	if v, ok := pkgDocs.Load(path); ok {
		p, _ := v.(*doc.Package)
		return p
	}
	dir := sourceDir(path)
	ents, err := os.ReadDir(dir)
	var files []*ast.File
	fs := token.NewFileSet()
	if err == nil {
		for _, e := range ents {
			n := e.Name()
			if !strings.HasSuffix(n, ".go") || strings.HasSuffix(n, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(fs, filepath.Join(dir, n), nil, parser.ParseComments)
			if err != nil || f.Name.Name == "main" {
				continue
			}
			files = append(files, f)
		}
	}
	var p *doc.Package
	if len(files) > 0 {
		p, _ = doc.NewFromFiles(fs, files, path)
	}
	pkgDocs.Store(path, p)
	return p
}

// docOf returns the doc comment of a package member, or of a method or
// field ("Type.Name").
func docOf(path, name string) string {
	p := docsFor(path)
	if p == nil {
		return ""
	}
	typ, member, isMember := strings.Cut(name, ".")
	for _, f := range p.Funcs {
		if f.Name == name {
			return f.Doc
		}
	}
	for _, t := range p.Types {
		if t.Name == typ {
			if !isMember {
				return t.Doc
			}
			for _, m := range t.Methods {
				if m.Name == member {
					return m.Doc
				}
			}
		}
		for _, f := range t.Funcs {
			if f.Name == name {
				return f.Doc
			}
		}
		for _, v := range append(t.Vars, t.Consts...) {
			for _, n := range v.Names {
				if n == name {
					return v.Doc
				}
			}
		}
	}
	for _, v := range append(p.Vars, p.Consts...) {
		for _, n := range v.Names {
			if n == name {
				return v.Doc
			}
		}
	}
	return ""
}

// commentAbove returns the // comment lines directly above offset off in
// src: a declaration's doc comment in a cell.
func commentAbove(src string, off int) string {
	lines := strings.Split(src[:off], "\n")
	if len(lines) == 0 {
		return ""
	}
	lines = lines[:len(lines)-1] // the declaration's own line
	var doc []string
	for i := len(lines) - 1; i >= 0; i-- {
		l := strings.TrimSpace(lines[i])
		if !strings.HasPrefix(l, "//") {
			break
		}
		doc = append([]string{strings.TrimPrefix(strings.TrimPrefix(l, "//"), " ")}, doc...)
	}
	if len(doc) == 0 {
		return ""
	}
	return strings.Join(doc, "\n") + "\n"
}
