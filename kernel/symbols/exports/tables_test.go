package exports_test

import (
	"os/exec"
	"path"
	"strings"
	"testing"

	"github.com/gokernel/gokernel/kernel/symbols"
	"github.com/gokernel/gokernel/kernel/symbols/exports"
)

// Every instance symbols.Lookup promises is in the tables, under the key
// yaegi derives its import path and package name from.
func TestLookupTableMatchesExports(t *testing.T) {
	n := 0
	for pkgPath, in := range symbols.All() {
		n++
		key := in.Path + "/" + path.Base(pkgPath)
		if path.Base(pkgPath) == "v2" { // math/rand/v2 is package rand
			key = in.Path + "/rand"
		}
		if _, ok := exports.Symbols[key][in.Name]; !ok {
			t.Errorf("%s %s: not in exports.Symbols[%q]", pkgPath, in.Name, key)
		}
	}
	if n == 0 {
		t.Fatal("no instances: run `go generate ./kernel/symbols/...`")
	}
}

// Every importable standard package of the installed toolchain has a table,
// and a few names newer than yaegi's Go 1.22 tables are there.
func TestEveryStdPackage(t *testing.T) {
	out, err := exec.Command("go", "list", "-f", "{{.ImportPath}} {{.Name}}", "std").Output()
	if err != nil {
		t.Fatal(err)
	}
	skip := map[string]bool{"unsafe": true, "syscall": true, "syscall/js": true, "runtime/cgo": true, "runtime/race": true, "plugin": true}
	count := 0
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		f := strings.Fields(line)
		p, name := f[0], f[1]
		if skip[p] || strings.HasPrefix(p, "cmd/") || strings.HasPrefix(p, "vendor/") || strings.Contains("/"+p+"/", "/internal/") {
			continue
		}
		count++
		if _, ok := exports.Symbols[p+"/"+name]; !ok {
			t.Errorf("no table for %s", p)
		}
	}
	if count < 150 {
		t.Errorf("only %d std packages listed", count)
	}
	for _, s := range []string{"os/os.CopyFS", "strings/strings.Lines", "sync/sync.OnceFunc", "sync/atomic/atomic.Uint64", "unsafe/unsafe.Add", "fmt/fmt.Println"} {
		i := strings.LastIndex(s, ".")
		if _, ok := exports.Symbols[s[:i]][s[i+1:]]; !ok {
			t.Errorf("missing %s", s)
		}
	}
}
