// Command gen regenerates the symbol tables the kernel's yaegi interpreter
// runs cells against, from the installed Go toolchain and the module's
// preloaded libraries (lib/...):
//
//   - kernel/symbols/exports/zz_std_*.go: every exported non-generic name of
//     the standard library, in yaegi's table format, plus yaegi's
//     hand-written support files copied from the module cache;
//   - kernel/symbols/exports/unsafe: the unsafe table;
//   - kernel/symbols/exports/zz_lib_*.go: the non-generic names of lib/...;
//   - kernel/symbols/exports/zz_inst_*.go: compiled instantiations of the
//     generic functions and types of the standard library and lib/...,
//     under symbols.InstPath and symbols.Mangle names;
//   - kernel/symbols/zz_instances.go: the table behind symbols.Lookup.
//
// It runs from `go generate ./kernel/symbols/...`. Each half is skipped when
// its stamp (toolchain version, generator source, inputs) is unchanged;
// -force regenerates everything.
package main

import (
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"go/importer"
	"go/token"
	"go/types"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"time"
)

func main() {
	force := flag.Bool("force", false, "regenerate even if the stamps match")
	flag.Parse()
	if err := run(*force); err != nil {
		fmt.Fprintln(os.Stderr, "kernel/symbols/gen:", err)
		os.Exit(1)
	}
}

type dirs struct {
	root, symbols, exports, unsafe, gen string
}

func run(force bool) error {
	gomod, err := goCmd(".", "env", "GOMOD")
	if err != nil {
		return err
	}
	if gomod == "" || gomod == os.DevNull {
		return fmt.Errorf("run inside the gokernel module")
	}
	root := filepath.Dir(gomod)
	d := dirs{root: root, symbols: filepath.Join(root, "kernel", "symbols")}
	d.exports = filepath.Join(d.symbols, "exports")
	d.unsafe = filepath.Join(d.exports, "unsafe")
	d.gen = filepath.Join(d.symbols, "gen")
	yaegiDir, err := goCmd(root, "list", "-m", "-f", "{{.Dir}}", "github.com/traefik/yaegi")
	if err != nil {
		return err
	}
	if yaegiDir == "" {
		return fmt.Errorf("github.com/traefik/yaegi is not in the module cache: run `go mod download github.com/traefik/yaegi`")
	}
	goVersion := runtime.Version()
	std, err := stdPackages(root)
	if err != nil {
		return err
	}
	genHash, err := hashFiles(globGo(d.gen))
	if err != nil {
		return err
	}
	// The standard tables depend only on the extraction code, so editing the
	// instance generator does not redo the slow half.
	extractHash, err := hashFiles([]string{filepath.Join(d.gen, "extract.go"), filepath.Join(d.gen, "golist.go")})
	if err != nil {
		return err
	}

	stdStamp := strings.Join([]string{"std", goVersion, yaegiDir, extractHash, strings.Join(std, " ")}, "\n")
	stdFile := filepath.Join(d.exports, "zz_stamp_std.txt")
	if force || !stampMatches(stdFile, stdStamp) {
		t := time.Now()
		if err := genStd(d, yaegiDir, std); err != nil {
			return err
		}
		if err := os.WriteFile(stdFile, []byte(stdStamp), 0o644); err != nil {
			return err
		}
		fmt.Printf("gen: %d standard packages in %v\n", len(std), time.Since(t).Round(time.Millisecond))
	}

	libs, err := libPackages(root)
	if err != nil {
		return err
	}
	var libFiles []string
	for _, p := range libs {
		for _, f := range p.GoFiles {
			libFiles = append(libFiles, filepath.Join(p.Dir, f))
		}
	}
	libHash, err := hashFiles(append(libFiles, filepath.Join(d.symbols, "mangle.go"), filepath.Join(d.symbols, "catalog.go")))
	if err != nil {
		return err
	}
	libStamp := strings.Join([]string{"lib", goVersion, genHash, libHash}, "\n")
	libFile := filepath.Join(d.exports, "zz_stamp_lib.txt")
	if force || !stampMatches(libFile, libStamp) || !exists(filepath.Join(d.symbols, "zz_instances.go")) {
		t := time.Now()
		n, err := genLib(d, std, libs)
		if err != nil {
			return err
		}
		if err := os.WriteFile(libFile, []byte(libStamp), 0o644); err != nil {
			return err
		}
		fmt.Printf("gen: %d lib packages, %d generic instances in %v\n", len(libs), n, time.Since(t).Round(time.Millisecond))
	}
	return nil
}

// genStd regenerates the standard library tables and yaegi's support files.
func genStd(d dirs, yaegiDir string, std []string) error {
	if err := removeGlob(filepath.Join(d.exports, "zz_std_*.go"), filepath.Join(d.exports, "zz_yaegi_*.go"), filepath.Join(d.exports, "zz_stamp_std.txt")); err != nil {
		return err
	}
	if err := os.RemoveAll(d.unsafe); err != nil {
		return err
	}
	if err := os.MkdirAll(d.unsafe, 0o755); err != nil {
		return err
	}
	if err := extractAll(d.exports, "exports", "std", std); err != nil {
		return err
	}
	if err := copySupport(yaegiDir, d.exports, "exports"); err != nil {
		return err
	}
	return copyUnsafe(yaegiDir, d.unsafe)
}

// genLib regenerates the lib tables, every generic instance and the Lookup
// table; it returns the number of instances.
func genLib(d dirs, std []string, libs []listedPackage) (int, error) {
	if err := removeGlob(filepath.Join(d.exports, "zz_lib_*.go"), filepath.Join(d.exports, "zz_inst_*.go"),
		filepath.Join(d.exports, "zz_stamp_lib.txt"), filepath.Join(d.symbols, "zz_instances.go")); err != nil {
		return 0, err
	}
	var libPaths []string
	preloaded := map[string]string{}
	for _, p := range libs {
		libPaths = append(libPaths, p.ImportPath)
		preloaded[p.Name] = p.ImportPath
	}
	if err := extractAll(d.exports, "exports", "lib", libPaths); err != nil {
		return 0, err
	}

	imp, err := exportImporter(d.root, append([]string{"std"}, libPaths...))
	if err != nil {
		return 0, err
	}
	lookupType := func(path, name string) types.Type {
		p, err := imp.Import(path)
		if err != nil {
			return nil
		}
		if o, ok := p.Scope().Lookup(name).(*types.TypeName); ok {
			return o.Type()
		}
		return nil
	}
	cands := newCandidates(lookupType)
	ctxt := types.NewContext()
	var all []instance
	for _, path := range append(append([]string{}, std...), libPaths...) {
		pkg, err := imp.Import(path)
		if err != nil {
			return 0, fmt.Errorf("load %s: %v", path, err)
		}
		ins := instancesOf(pkg, cands, ctxt)
		if len(ins) == 0 {
			continue
		}
		sortInstances(ins, mangled)
		if err := emitInstances(d.exports, "exports", pkg, ins); err != nil {
			return 0, err
		}
		all = append(all, ins...)
	}
	if err := emitLookup(filepath.Join(d.symbols, "zz_instances.go"), all, preloaded); err != nil {
		return 0, err
	}
	return len(all), nil
}

// libPackages lists the module's preloaded libraries (lib/..., no commands,
// no internal packages); a broken one is an error, not a silent omission.
func libPackages(root string) ([]listedPackage, error) {
	if !exists(filepath.Join(root, "lib")) {
		return nil, nil
	}
	pkgs, err := goList(root, "./lib/...")
	if err != nil {
		return nil, err
	}
	var out []listedPackage
	for _, p := range pkgs {
		if p.Error != nil {
			if strings.Contains(p.Error.Err, "no Go files") || strings.Contains(p.Error.Err, "matched no packages") {
				continue
			}
			return nil, fmt.Errorf("%s: %s", p.ImportPath, p.Error.Err)
		}
		if p.Name == "main" || strings.Contains("/"+p.ImportPath+"/", "/internal/") || len(p.GoFiles) == 0 {
			continue
		}
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ImportPath < out[j].ImportPath })
	return out, nil
}

// exportImporter returns an importer reading the compiler's export data,
// located with one `go list -export -deps` run (fast, and it compiles the
// libraries, so a broken one is reported here).
func exportImporter(root string, patterns []string) (types.Importer, error) {
	pkgs, err := goList(root, append([]string{"-export", "-deps"}, patterns...)...)
	if err != nil {
		return nil, err
	}
	files := map[string]string{}
	for _, p := range pkgs {
		if p.Error != nil && !p.Standard {
			return nil, fmt.Errorf("%s: %s", p.ImportPath, p.Error.Err)
		}
		if p.Export != "" {
			files[p.ImportPath] = p.Export
		}
	}
	lookup := func(path string) (io.ReadCloser, error) {
		f, ok := files[path]
		if !ok {
			return nil, fmt.Errorf("no export data for %s", path)
		}
		return os.Open(f)
	}
	return importer.ForCompiler(token.NewFileSet(), "gc", lookup), nil
}

func globGo(dir string) []string {
	m, _ := filepath.Glob(filepath.Join(dir, "*.go"))
	var out []string
	for _, f := range m {
		if !strings.HasSuffix(f, "_test.go") {
			out = append(out, f)
		}
	}
	return out
}

func hashFiles(files []string) (string, error) {
	sort.Strings(files)
	h := sha256.New()
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return "", err
		}
		fmt.Fprintf(h, "%s %d\n", f, len(b))
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

func stampMatches(file, want string) bool {
	b, err := os.ReadFile(file)
	return err == nil && string(b) == want
}

func exists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

func removeGlob(patterns ...string) error {
	for _, pat := range patterns {
		m, err := filepath.Glob(pat)
		if err != nil {
			return err
		}
		for _, f := range m {
			if err := os.Remove(f); err != nil {
				return err
			}
		}
	}
	return nil
}
