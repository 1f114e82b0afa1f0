package frontend

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// The cache is used only while every export file it names still exists.
func TestExportCacheRoundTrip(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "fmt.a")
	if err := os.WriteFile(data, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "sub", "exports.json")
	files := map[string]string{"fmt": data}
	writeExportCache(path, files)
	got, ok := readExportCache(path)
	if !ok || got["fmt"] != data {
		t.Fatalf("read back %v, %v", got, ok)
	}
	os.Remove(data)
	if _, ok := readExportCache(path); ok {
		t.Fatal("a cache naming a removed export file was used")
	}
	if _, ok := readExportCache(""); ok {
		t.Fatal("no cache path, yet a cache")
	}
}

// exportFiles finds the standard library and the preloaded libraries, and
// gives the same answer from its cache the second time.
func TestExportFilesCached(t *testing.T) {
	// A fresh cache directory for gokernel, the usual build cache for go.
	out, err := exec.Command("go", "env", "GOCACHE").Output()
	if err != nil {
		t.Skip("no go command:", err)
	}
	t.Setenv("GOCACHE", strings.TrimSpace(string(out)))
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	first, err := exportFiles()
	if err != nil {
		t.Skip("no go command:", err)
	}
	for _, p := range append([]string{"fmt", "iter"}, Preloaded["itertools"]) {
		if first[p] == "" {
			t.Errorf("no export data for %s", p)
		}
	}
	path := exportCachePath(sortedPatterns())
	if _, ok := readExportCache(path); !ok {
		t.Fatalf("nothing cached at %s", path)
	}
	second, err := exportFiles()
	if err != nil || len(second) != len(first) || second["fmt"] != first["fmt"] {
		t.Fatalf("cached answer differs: %d vs %d entries, %v", len(second), len(first), err)
	}
}

func TestPruneExportCache(t *testing.T) {
	dir := t.TempDir()
	for i := range 5 {
		f := filepath.Join(dir, fmt.Sprintf("exports-%d.json", i))
		os.WriteFile(f, nil, 0o644)
		ts := time.Unix(int64(1000+i), 0)
		os.Chtimes(f, ts, ts)
	}
	pruneExportCache(dir, 2)
	left, _ := filepath.Glob(filepath.Join(dir, "exports-*.json"))
	if len(left) != 2 || filepath.Base(left[0]) != "exports-3.json" || filepath.Base(left[1]) != "exports-4.json" {
		t.Errorf("kept %v, want the two newest", left)
	}
}
