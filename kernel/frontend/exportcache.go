package frontend

import (
	"bufio"
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
)

// exportFiles maps the import paths of the standard library and the
// preloaded libraries (with their dependencies) to their compiled export
// data in the Go build cache. Asking `go list` costs about a quarter of a
// second of CPU at every kernel start, competing with the first cell, so the
// answer is kept in the user's cache directory, keyed by the kernel binary,
// the go command and the module directory, and used again as long as every
// file it names still exists (go clean -cache removes them).
func exportFiles() (map[string]string, error) {
	patterns := sortedPatterns()
	cache := exportCachePath(patterns)
	if files, ok := readExportCache(cache); ok {
		return files, nil
	}
	files, err := goListExports(patterns)
	if err == nil && cache != "" {
		writeExportCache(cache, files)
	}
	return files, err
}

// sortedPatterns are the go list patterns: std and the preloaded libraries.
func sortedPatterns() []string {
	patterns := []string{"std"}
	for _, p := range Preloaded {
		patterns = append(patterns, p)
	}
	slices.Sort(patterns)
	return patterns
}

// goListExports runs one go list over all patterns.
func goListExports(patterns []string) (map[string]string, error) {
	args := append([]string{"list", "-e", "-export", "-deps", "-f", "{{.ImportPath}}\t{{.Export}}"}, patterns...)
	cmd := exec.Command("go", args...)
	cmd.Dir = ModuleDir
	cmd.Stderr = io.Discard
	out, err := cmd.Output()
	files := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		path, file, ok := strings.Cut(sc.Text(), "\t")
		if ok && file != "" {
			files[path] = file
		}
	}
	if err != nil && files["fmt"] == "" {
		return nil, err
	}
	return files, nil
}

// exportCachePath is the cache file for this kernel binary, go command and
// module, or "" when any of them cannot be identified.
func exportCachePath(patterns []string) string {
	dir, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	goCmd, err := exec.LookPath("go")
	if err != nil {
		return ""
	}
	h := sha256.New()
	for _, f := range []string{exe, goCmd} {
		fi, err := os.Stat(f)
		if err != nil {
			return ""
		}
		fmt.Fprintf(h, "%s %d %d\n", f, fi.Size(), fi.ModTime().UnixNano())
	}
	fmt.Fprintf(h, "%s\n%s\n%q\n", ModuleDir, os.Getenv("GOFLAGS"), patterns)
	return filepath.Join(dir, "gokernel", "exports-"+hex.EncodeToString(h.Sum(nil))[:24]+".json")
}

func readExportCache(path string) (map[string]string, bool) {
	if path == "" {
		return nil, false
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, false
	}
	var files map[string]string
	if json.Unmarshal(data, &files) != nil || files["fmt"] == "" {
		return nil, false
	}
	for _, f := range files {
		if _, err := os.Stat(f); err != nil {
			return nil, false
		}
	}
	return files, true
}

// writeExportCache writes atomically: kernels starting together may race.
func writeExportCache(path string, files map[string]string) {
	data, err := json.Marshal(files)
	if err != nil {
		return
	}
	if os.MkdirAll(filepath.Dir(path), 0o755) != nil {
		return
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".exports-*")
	if err != nil {
		return
	}
	_, werr := tmp.Write(data)
	if cerr := tmp.Close(); werr != nil || cerr != nil {
		os.Remove(tmp.Name())
		return
	}
	if os.Rename(tmp.Name(), path) != nil {
		os.Remove(tmp.Name())
	}
	pruneExportCache(filepath.Dir(path), 16)
}

// pruneExportCache keeps the newest keep cache files: every rebuilt kernel
// (and every test binary) writes one under a new key.
func pruneExportCache(dir string, keep int) {
	files, _ := filepath.Glob(filepath.Join(dir, "exports-*.json"))
	if len(files) <= keep {
		return
	}
	mtime := map[string]int64{}
	for _, f := range files {
		if fi, err := os.Stat(f); err == nil {
			mtime[f] = fi.ModTime().UnixNano()
		}
	}
	slices.SortFunc(files, func(a, b string) int { return cmp.Compare(mtime[b], mtime[a]) })
	for _, f := range files[keep:] {
		os.Remove(f)
	}
}
