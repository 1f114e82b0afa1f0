package exports_test

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/traefik/yaegi/interp"

	"github.com/gokernel/gokernel/kernel/symbols"
	"github.com/gokernel/gokernel/kernel/symbols/exports"
)

// A program is Go source in which @{pkg.Name|T1|T2} marks a use of a
// compiled generic with explicit type arguments. For `go run` it becomes
// pkg.Name[T1, T2]; for the interpreter it becomes the instance
// symbols.Lookup names, imported under a hidden name, the way the front-end
// rewrites cells.
var instRef = regexp.MustCompile(`@\{([^}|]+)((?:\|[^}|]+)+)\}`)

// forGo renders a program for the real toolchain.
func forGo(src string) string {
	return instRef.ReplaceAllStringFunc(src, func(m string) string {
		sub := instRef.FindStringSubmatch(m)
		qual := sub[1]
		name := path.Base(qual) // "slices.Sort" or "itertools.TakeWhile"
		return name + "[" + strings.Join(strings.Split(sub[2][1:], "|"), ", ") + "]"
	})
}

// forCell renders a program for yaegi: every @{...} is looked up with
// symbols.Lookup and replaced by __gki_<pkg>.<Mangled>.
func forCell(t *testing.T, src string) string {
	t.Helper()
	imports := map[string]string{}
	out := instRef.ReplaceAllStringFunc(src, func(m string) string {
		sub := instRef.FindStringSubmatch(m)
		qual := sub[1]
		dot := strings.LastIndex(qual, ".")
		pkgPath, name := qual[:dot], qual[dot+1:]
		// a short name like "itertools" means the preloaded library
		if p, ok := symbols.Preloaded()[pkgPath]; ok {
			pkgPath = p
		}
		var targs []types.Type
		for _, s := range strings.Split(sub[2][1:], "|") {
			targs = append(targs, typeOf(t, s))
		}
		in, ok := symbols.Lookup(pkgPath, name, targs)
		if !ok {
			t.Fatalf("symbols.Lookup(%q, %q, %v): no instance", pkgPath, name, targs)
		}
		alias := "__gki_" + path.Base(pkgPath)
		if p, dup := imports[alias]; dup && p != in.Path {
			t.Fatalf("alias clash %s: %s and %s", alias, p, in.Path)
		}
		imports[alias] = in.Path
		return alias + "." + in.Name
	})
	var lines []string
	for a, p := range imports {
		lines = append(lines, fmt.Sprintf("\t%s %q\n", a, p))
	}
	return strings.Replace(out, "import (\n", "import (\n"+strings.Join(lines, ""), 1)
}

var (
	typeScopeOnce sync.Once
	typePkg       *types.Package
	typeFset      = token.NewFileSet()
	typePos       token.Pos
	typeErr       error
)

// typeOf parses a type argument written in a program (`[]int`,
// `*fs.PathError`, `any`) into a go/types type, the way the front-end's type
// checker would hand it to symbols.Lookup.
func typeOf(t *testing.T, expr string) types.Type {
	t.Helper()
	typeScopeOnce.Do(func() {
		const src = "package p\n\nimport (\n\t\"io/fs\"\n\t\"time\"\n)\n\nvar _ fs.FileMode\nvar _ time.Duration\n"
		f, err := parser.ParseFile(typeFset, "p.go", src, 0)
		if err != nil {
			typeErr = err
			return
		}
		conf := types.Config{Importer: importer.ForCompiler(typeFset, "source", nil)}
		typePkg, typeErr = conf.Check("p", typeFset, []*ast.File{f}, nil)
		typePos = f.End() - 1
	})
	if typeErr != nil {
		t.Fatal(typeErr)
	}
	tv, err := types.Eval(typeFset, typePkg, typePos, expr)
	if err != nil || !tv.IsType() {
		t.Fatalf("type %q: %v", expr, err)
	}
	return tv.Type
}

// moduleRoot is the directory of go.mod, where `go run` resolves the
// module's own packages.
func moduleRoot(t *testing.T) string {
	t.Helper()
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		t.Fatal(err)
	}
	return filepath.Dir(strings.TrimSpace(string(out)))
}

// goRun builds src with the real toolchain, runs it and returns its stdout,
// stderr and exit code (built, not `go run`, which reports every failure as
// exit code 1).
func goRun(t *testing.T, src string) (stdout, stderr string, code int) {
	t.Helper()
	dir := t.TempDir()
	file := filepath.Join(dir, "main.go")
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	build := exec.Command("go", "build", "-o", filepath.Join(dir, "prog"), file)
	build.Dir = moduleRoot(t)
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s\n%s", err, out, src)
	}
	cmd := exec.Command(filepath.Join(dir, "prog"))
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("run: %v\n%s", err, e.String())
	}
	return o.String(), e.String(), code
}

// newInterp is an interpreter loaded with every table, printing into the
// returned buffers.
func newInterp(t *testing.T) (*interp.Interpreter, *bytes.Buffer, *bytes.Buffer) {
	t.Helper()
	var out, errb bytes.Buffer
	i := interp.New(interp.Options{Stdout: &out, Stderr: &errb})
	if err := exports.Use(i); err != nil {
		t.Fatalf("Use: %v", err)
	}
	return i, &out, &errb
}

// sameAsGoRun evaluates program in yaegi and checks it prints what `go run`
// prints.
func sameAsGoRun(t *testing.T, program string) {
	t.Helper()
	want, stderr, code := goRun(t, forGo(program))
	if code != 0 {
		t.Fatalf("go run failed (%d): %s\n%s", code, stderr, forGo(program))
	}
	i, out, errb := newInterp(t)
	cell := forCell(t, program)
	if _, err := i.Eval(cell); err != nil {
		t.Fatalf("Eval: %v\nstderr: %s\ncell:\n%s", err, errb.String(), cell)
	}
	if got := out.String(); got != want {
		t.Errorf("interpreted output differs from go run\n--- yaegi\n%s--- go run\n%s--- cell\n%s", got, want, cell)
	}
}

// needLib skips a test whose preloaded library is not in the tables yet.
func needLib(t *testing.T, name string) {
	t.Helper()
	if _, ok := symbols.Preloaded()[name]; !ok {
		t.Skipf("lib/%s is not in the generated tables (not written yet?)", name)
	}
}
