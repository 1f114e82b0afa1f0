// Command gokernel-worker is gokernel's interpreter process: yaegi, the
// symbol tables of the Go standard library and the preloaded libraries. The
// kernel (cmd/gokernel) starts it and talks to it over the pipes described
// in kernel/worker/pipe; a cell that crashes it cannot take the kernel and
// its sockets down.
//
//	gokernel-worker            serve the kernel's session (the kernel runs this)
//	gokernel-worker --futures  serve a process pool started by a cell
//
// It is not meant to be run by hand.
package main

import (
	"fmt"
	"os"
	"runtime/pprof"
	"time"

	"github.com/gokernel/gokernel/kernel/worker"
)

func main() {
	switch {
	case len(os.Args) == 1:
		if path := os.Getenv("GOKERNEL_WORKER_CPUPROFILE"); path != "" {
			// For bench/: a CPU profile of the worker's first five seconds
			// (the kernel kills its worker, so it cannot wait for the end).
			if f, err := os.Create(path); err == nil && pprof.StartCPUProfile(f) == nil {
				time.AfterFunc(5*time.Second, func() { pprof.StopCPUProfile(); f.Close() })
			}
		}
		os.Exit(worker.Main())
	case len(os.Args) == 2 && os.Args[1] == worker.FuturesArg:
		os.Exit(worker.FuturesMain())
	}
	fmt.Fprintf(os.Stderr, "usage: gokernel-worker [%s]\n(the interpreter process of gokernel; the kernel starts it)\n", worker.FuturesArg)
	os.Exit(2)
}
