package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os/exec"
	"strings"
)

// listedPackage is the part of `go list -json` the generator reads.
type listedPackage struct {
	ImportPath string
	Name       string
	Dir        string
	Export     string
	GoFiles    []string
	Standard   bool
	Error      *struct{ Err string }
}

// goList runs `go list -json args...` in dir and decodes the stream of
// packages it prints.
func goList(dir string, args ...string) ([]listedPackage, error) {
	cmd := exec.Command("go", append([]string{"list", "-e", "-json"}, args...)...)
	cmd.Dir = dir
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("go list %s: %v: %s", strings.Join(args, " "), err, errb.String())
	}
	var pkgs []listedPackage
	dec := json.NewDecoder(&out)
	for {
		var p listedPackage
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			return nil, fmt.Errorf("go list output: %v", err)
		}
		pkgs = append(pkgs, p)
	}
	return pkgs, nil
}

// goCmd runs a go subcommand in dir and returns its trimmed standard output.
func goCmd(dir string, args ...string) (string, error) {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	var errb bytes.Buffer
	cmd.Stderr = &errb
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("go %s: %v: %s", strings.Join(args, " "), err, errb.String())
	}
	return strings.TrimSpace(string(out)), nil
}

// stdPackages lists the standard library packages a cell may import: no
// internal or vendored packages, no commands, and not the ones yaegi handles
// itself (unsafe) or that only build for other targets or with cgo.
func stdPackages(dir string) ([]string, error) {
	out, err := goCmd(dir, "list", "std")
	if err != nil {
		return nil, err
	}
	var pkgs []string
	for _, p := range strings.Fields(out) {
		if skipStd(p) {
			continue
		}
		pkgs = append(pkgs, p)
	}
	return pkgs, nil
}

// skippedStd are standard packages left out of the tables: unsafe has its own
// hand-written table, syscall is platform-specific and escapes the
// interpreter's restrictions, the rest do not build on a plain host.
var skippedStd = map[string]bool{
	"unsafe":       true,
	"syscall":      true,
	"syscall/js":   true,
	"runtime/cgo":  true,
	"runtime/race": true,
	"plugin":       true,
}

func skipStd(p string) bool {
	if skippedStd[p] || strings.HasPrefix(p, "cmd/") || strings.HasPrefix(p, "vendor/") {
		return true
	}
	for _, part := range strings.Split(p, "/") {
		if part == "internal" {
			return true
		}
	}
	return false
}
