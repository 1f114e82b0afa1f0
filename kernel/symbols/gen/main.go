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
	"slices"
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
	root, module, symbols, exports, gen string
	std, unsafe, libs, inst             string
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
	module, err := goCmd(root, "list", "-m")
	if err != nil {
		return err
	}
	d := dirs{root: root, module: module, symbols: filepath.Join(root, "kernel", "symbols")}
	d.exports = filepath.Join(d.symbols, "exports")
	d.std = filepath.Join(d.exports, "std")
	d.unsafe = filepath.Join(d.exports, "unsafe")
	d.libs = filepath.Join(d.exports, "libs")
	d.inst = filepath.Join(d.exports, "inst")
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
	stdFile := filepath.Join(d.std, "zz_stamp.txt")
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
	libFile := filepath.Join(d.libs, "zz_stamp.txt")
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

// replaceDir fills a fresh hidden directory (the go tool ignores names
// starting with a dot) and then swaps it in for dir, so builds running
// meanwhile see the old tables or the new ones, never half of them.
func replaceDir(dir string, fill func(tmp string) error) error {
	tmp, err := os.MkdirTemp(filepath.Dir(dir), ".gen-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	if err := os.Chmod(tmp, 0o755); err != nil {
		return err
	}
	if err := fill(tmp); err != nil {
		return err
	}
	if err := os.RemoveAll(dir); err != nil {
		return err
	}
	return os.Rename(tmp, dir)
}

// genStd regenerates the standard library tables (package std) with yaegi's
// support files, and the unsafe table.
func genStd(d dirs, yaegiDir string, std []string) error {
	err := replaceDir(d.std, func(dir string) error {
		if err := emitTableDecl(dir, "std", "the standard library of the toolchain that ran the generator", true); err != nil {
			return err
		}
		if err := extractAll(dir, "std", "std", std); err != nil {
			return err
		}
		return copySupport(yaegiDir, dir, "std")
	})
	if err != nil {
		return err
	}
	return replaceDir(d.unsafe, func(dir string) error { return copyUnsafe(yaegiDir, dir) })
}

// genLib regenerates the lib tables (package libs), one package of compiled
// instances per generic package under inst/ (separate packages compile in
// parallel and a lib change recompiles only its own), the file merging them
// all into exports.Symbols, and the Lookup table; it returns the number of
// instances.
func genLib(d dirs, std []string, libs []listedPackage) (int, error) {
	var libPaths []string
	preloaded := map[string]string{}
	for _, p := range libs {
		libPaths = append(libPaths, p.ImportPath)
		preloaded[p.Name] = p.ImportPath
	}
	err := replaceDir(d.libs, func(dir string) error {
		if err := emitTableDecl(dir, "libs", "the preloaded libraries' non-generic names", false); err != nil {
			return err
		}
		return extractAll(dir, "libs", "lib", libPaths)
	})
	if err != nil {
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
	parts := []string{
		d.module + "/kernel/symbols/exports/std",
		d.module + "/kernel/symbols/exports/unsafe",
		d.module + "/kernel/symbols/exports/libs",
	}
	err = replaceDir(d.inst, func(instDir string) error {
		for _, path := range append(append([]string{}, std...), libPaths...) {
			pkg, err := imp.Import(path)
			if err != nil {
				return fmt.Errorf("load %s: %v", path, err)
			}
			pc := cands
			if slices.Contains(libPaths, path) {
				pc = cands.forLibs()
			}
			ins := instancesOf(pkg, pc, ctxt)
			if len(ins) == 0 {
				continue
			}
			sortInstances(ins, mangled)
			sub := instSubdir(d.module, path)
			if err := os.MkdirAll(filepath.Join(instDir, sub), 0o755); err != nil {
				return err
			}
			if err := emitInstances(filepath.Join(instDir, sub), "inst", pkg, ins); err != nil {
				return err
			}
			parts = append(parts, d.module+"/kernel/symbols/exports/inst/"+sub)
			all = append(all, ins...)
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	if err := emitMerge(filepath.Join(d.exports, "zz_merge.go"), "", parts[:3]); err != nil {
		return 0, err
	}
	// The tag lets bench/symbols measure what the instances cost.
	if err := emitMerge(filepath.Join(d.exports, "zz_merge_inst.go"), "!gokernel_noinst", parts[3:]); err != nil {
		return 0, err
	}
	if err := emitLookup(filepath.Join(d.symbols, "zz_instances.go"), all, preloaded); err != nil {
		return 0, err
	}
	return len(all), nil
}

// instSubdir names the directory of a package's instances: its import path
// relative to the module, or the standard path, as one identifier.
func instSubdir(module, path string) string {
	path = strings.TrimPrefix(path, module+"/")
	return strings.NewReplacer("/", "_", ".", "_", "-", "_").Replace(path)
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
