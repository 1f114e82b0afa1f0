package frontend

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
)

// The conformance corpus is tests/corpus, which tests/corpus/run_corpus.py
// also runs through the real kernel. Here every program runs under `go run`
// semantics (built with the installed toolchain: the oracle) and through the
// front-end and yaegi in this process, three ways (the whole program as one
// cell; declarations, then func main in a second cell; one mixed cell
// calling main()); the outputs must be identical. Programs listed in
// tests/corpus/known_differences.txt, or in inProcessOnly, are reported but
// do not fail.

// corpusDir is the shared corpus, one program per folder.
var corpusDir = filepath.Join(ModuleDir, "tests", "corpus")

// inProcessOnly lists programs that differ only in this in-process harness,
// which has the front-end and yaegi but not the worker around them.
var inProcessOnly = map[string]string{
	"c092_text_template":                 "text/template writes to os.Stdout, which the worker points at the cell's output and this harness does not",
	"c096_tabwriter":                     "tabwriter writes to os.Stdout, which the worker points at the cell's output and this harness does not",
	"c097_os_stdout_stderr":              "writes to os.Stdout directly, which the worker points at the cell's output and this harness does not",
	"c150_println_builtin_and_exit_code": "println and os.Exit need the worker (its stderr and its exit handling)",
}

// knownDifferences reads tests/corpus/known_differences.txt: a program's
// folder name, then the reason.
func knownDifferences(t testing.TB) map[string]string {
	data, err := os.ReadFile(filepath.Join(corpusDir, "known_differences.txt"))
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]string{}
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, why, _ := strings.Cut(line, " ")
		known[name] = why
	}
	for name, why := range inProcessOnly {
		known[name] = why
	}
	return known
}

func corpusFiles(t testing.TB) []string {
	files, err := filepath.Glob(filepath.Join(corpusDir, "*", "main.go"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus in %s: %v", corpusDir, err)
	}
	sort.Strings(files)
	return files
}

// programName is a corpus program's folder name.
func programName(file string) string { return filepath.Base(filepath.Dir(file)) }

// libHash changes when the preloaded libraries do: programs use them, so
// their output is cached under it too.
func libHash(t testing.TB) string {
	h := sha256.New()
	filepath.WalkDir(filepath.Join(ModuleDir, "lib"), func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".go") && !strings.HasSuffix(p, "_test.go") {
			b, _ := os.ReadFile(p)
			h.Write([]byte(p))
			h.Write(b)
		}
		return nil
	})
	return hex.EncodeToString(h.Sum(nil)[:8])
}

// oracleOutputs builds the programs with one `go build` inside the module
// (they import the preloaded libraries) and runs them; outputs are cached by
// source and library hash in the user cache directory, since the toolchain
// is the reference and the same source gives the same output.
func oracleOutputs(t testing.TB, files []string) map[string]string {
	cacheDir := filepath.Join(os.TempDir(), "gokernel-frontend-oracle")
	if d, err := os.UserCacheDir(); err == nil {
		cacheDir = filepath.Join(d, "gokernel-frontend-oracle")
	}
	os.MkdirAll(cacheDir, 0o755)
	lib := libHash(t)
	out := map[string]string{}
	var todo []string
	hashes := map[string]string{}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		h := sha256.Sum256(append(src, lib...))
		hashes[f] = hex.EncodeToString(h[:12])
		if b, err := os.ReadFile(filepath.Join(cacheDir, hashes[f])); err == nil {
			out[f] = string(b)
		} else {
			todo = append(todo, f)
		}
	}
	if len(todo) == 0 {
		return out
	}
	bin := t.TempDir()
	args := []string{"build", "-o", bin + "/"}
	for _, f := range todo {
		args = append(args, "./tests/corpus/"+programName(f))
	}
	cmd := exec.Command("go", args...)
	cmd.Dir = ModuleDir
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build of the corpus: %v\n%s", err, b)
	}
	var mu sync.Mutex
	var wg sync.WaitGroup
	sem := make(chan bool, 2)
	for _, f := range todo {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- true
			defer func() { <-sem }()
			cmd := exec.Command(filepath.Join(bin, programName(f)))
			cmd.Dir = bin
			b, _ := cmd.Output() // a panicking program still has its stdout
			mu.Lock()
			out[f] = string(b)
			mu.Unlock()
			os.WriteFile(filepath.Join(cacheDir, hashes[f]), b, 0o644)
		}()
	}
	wg.Wait()
	return out
}

// cellModes returns the ways a program is run as notebook cells besides
// the whole program in one cell: its declarations in one cell and func main
// in the next (where it runs once, as declared), and everything without the
// package clause plus an explicit main() call in one mixed cell.
func cellModes(src string) map[string][]string {
	var decls []string
	mainDecl := ""
	for _, it := range splitCell(src) {
		txt := src[it.start:it.end]
		switch {
		case it.kind == itemPackage:
		case strings.HasPrefix(txt, "func main()"):
			mainDecl = txt
		default:
			decls = append(decls, txt)
		}
	}
	return map[string][]string{
		"declarations, then func main in the next cell": {strings.Join(decls, "\n\n"), mainDecl},
		"one mixed cell calling main()":                 {strings.Join(decls, "\n\n") + "\n\n" + mainDecl + "\n\nmain()"},
	}
}

func TestCorpus(t *testing.T) {
	files := corpusFiles(t)
	want := oracleOutputs(t, files)
	knownDiffs := knownDifferences(t)
	pass, known, skipped := 0, 0, 0
	for _, f := range files {
		name := programName(f)
		src, _ := os.ReadFile(f)
		why, isKnown := knownDiffs[name]
		same, noTables := true, false
		t.Run(name, func(t *testing.T) {
			var diffs []string
			r := newRunner(t)
			got, err := r.cell(string(src))
			if err != nil {
				got += "ERROR: " + err.Error()
			}
			gotAll := got
			if got != want[f] {
				diffs = append(diffs, fmt.Sprintf("one cell:\n--- go run\n%s--- kernel\n%s", want[f], got))
			}
			modes := cellModes(string(src))
			for _, mode := range []string{"declarations, then func main in the next cell", "one mixed cell calling main()"} {
				r = newRunner(t)
				got = ""
				for _, cell := range modes[mode] {
					out, err := r.cell(cell)
					got += out
					if err != nil {
						got += "ERROR: " + err.Error()
						break
					}
				}
				gotAll += got
				if got != want[f] {
					diffs = append(diffs, fmt.Sprintf("%s:\n--- go run\n%s--- kernel\n%s", mode, want[f], got))
				}
			}
			same = len(diffs) == 0
			switch {
			case isKnown && same:
				t.Errorf("listed as a known difference but now identical to go run: remove it from tests/corpus/known_differences.txt (or inProcessOnly)")
			case isKnown:
				t.Log(strings.Join(diffs, "\n"))
				t.Skip("known difference: " + why)
			case !same && workerTables == nil && strings.Contains(gotAll, "ERROR: "):
				// yaegi's own Go 1.22 tables lack the newer standard library,
				// the preloaded libraries and the compiled generic instances.
				noTables = true
				t.Skip("needs the worker's compiled generic instances: go generate ./kernel/symbols/... and go test -tags gokernel_tables")
			case !same:
				t.Error(strings.Join(diffs, "\n"))
			}
		})
		switch {
		case isKnown && !same:
			known++
		case noTables:
			skipped++
		case same:
			pass++
		}
	}
	t.Logf("corpus: %d/%d programs identical to go run; %d known differences (listed with reasons in tests/corpus/known_differences.txt and inProcessOnly); %d skipped for lack of the generated symbol tables", pass, len(files), known, skipped)
}
