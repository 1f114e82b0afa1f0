package main

import (
	"os/exec"
	"strings"
	"testing"
)

// The kernel process must not link the interpreter or its symbol tables:
// their package initialisation took ~15 ms before main, long enough for a
// client's first connect attempt to miss the sockets and wait out libzmq's
// 100 ms reconnect interval (bench/kernel/RESULTS.md). They belong to
// cmd/gokernel-worker.
func TestKernelLinksNoInterpreter(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Skip("no go command:", err)
	}
	for _, p := range strings.Fields(string(out)) {
		for _, banned := range []string{
			"github.com/traefik/yaegi",
			"github.com/gokernel/gokernel/kernel/symbols/exports",
			"github.com/gokernel/gokernel/kernel/worker",
			"gonum.org/v1/plot",
		} {
			if (p == banned || strings.HasPrefix(p, banned+"/")) && p != "github.com/gokernel/gokernel/kernel/worker/pipe" {
				t.Errorf("cmd/gokernel depends on %s", p)
			}
		}
	}
}
