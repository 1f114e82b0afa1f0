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

	"github.com/gokernel/gokernel/kernel/worker"
)

func main() {
	switch {
	case len(os.Args) == 1:
		os.Exit(worker.Main())
	case len(os.Args) == 2 && os.Args[1] == worker.FuturesArg:
		os.Exit(worker.FuturesMain())
	}
	fmt.Fprintf(os.Stderr, "usage: gokernel-worker [%s]\n(the interpreter process of gokernel; the kernel starts it)\n", worker.FuturesArg)
	os.Exit(2)
}
