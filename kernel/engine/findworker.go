package engine

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
)

// WorkerBinary is the name of the interpreter program (cmd/gokernel-worker).
// It is a program of its own, not a subcommand of gokernel, so that the
// kernel process links neither yaegi nor the symbol tables: it starts in a
// few milliseconds and binds its sockets before a client's first connect
// attempt, instead of making the client wait out its reconnect interval.
const WorkerBinary = "gokernel-worker"

// FindWorker locates WorkerBinary for the running kernel; see WorkerFor.
func FindWorker() (string, error) {
	exe, err := os.Executable()
	if err != nil {
		exe = ""
	}
	return WorkerFor(exe)
}

// WorkerFor locates WorkerBinary for the kernel binary kernelExe: next to it
// (where make build and go install put both programs; symlinks resolved),
// else on PATH.
func WorkerFor(kernelExe string) (string, error) {
	var tried []string
	if kernelExe != "" {
		if r, err := filepath.EvalSymlinks(kernelExe); err == nil {
			kernelExe = r
		}
		p := filepath.Join(filepath.Dir(kernelExe), WorkerBinary)
		if fi, err := os.Stat(p); err == nil && !fi.IsDir() {
			return p, nil
		}
		tried = append(tried, p)
	}
	if p, err := exec.LookPath(WorkerBinary); err == nil {
		return p, nil
	}
	tried = append(tried, "$PATH")
	return "", fmt.Errorf("the interpreter program %s is missing (looked at %v): build both programs (make build, or go install for ./cmd/gokernel and ./cmd/gokernel-worker)",
		WorkerBinary, tried)
}
