// Command gokernel is a Jupyter kernel for Go.
//
//	gokernel kernel -f CONNECTION_FILE   serve one Jupyter session (Jupyter starts this)
//	gokernel install [flags]             write the kernelspec (see gokernel install --help)
//	gokernel version                     print the version
//
// The interpreter runs in a separate program, gokernel-worker (installed next
// to this one), which the kernel starts itself: a cell that crashes the
// interpreter cannot take the kernel and its sockets down with it, and the
// kernel, linking no interpreter, starts in milliseconds.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"runtime/pprof"
	"syscall"

	"github.com/gokernel/gokernel/install"
	"github.com/gokernel/gokernel/kernel"
	"github.com/gokernel/gokernel/kernel/engine"
	"github.com/gokernel/gokernel/kernel/frontend"
)

const usage = `gokernel — a Jupyter kernel for Go

Usage:
  gokernel kernel -f CONNECTION_FILE   serve one Jupyter session (Jupyter runs this)
  gokernel install [--user | --sys-prefix | --prefix DIR] [--name NAME]
                                       install the kernelspec (gokernel install --help)
  gokernel version                     print the version
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "kernel":
		return serve(args[1:], stderr)
	case "install":
		if err := install.Run(args[1:], stdout); err != nil {
			if err == flag.ErrHelp {
				return 0
			}
			fmt.Fprintln(stderr, "gokernel install:", err)
			return 1
		}
		return 0
	case "version", "--version":
		fmt.Fprintln(stdout, "gokernel", version())
		return 0
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "gokernel: unknown command %q\n\n%s", args[0], usage)
	return 2
}

func serve(args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("gokernel kernel", flag.ContinueOnError)
	fs.SetOutput(stderr)
	conn := fs.String("f", "", "Jupyter connection file")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *conn == "" {
		fmt.Fprintln(stderr, "gokernel kernel: -f CONNECTION_FILE is required")
		return 2
	}
	// Jupyter may still send SIGINT (interrupt_mode "signal" in an old
	// kernelspec, or a terminal's Ctrl-C under jupyter console): interrupts
	// arrive as messages, so a stray SIGINT must not kill the kernel.
	signal.Ignore(syscall.SIGINT)
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	defer stop()

	if path := os.Getenv("GOKERNEL_CPUPROFILE"); path != "" {
		// For bench/: a CPU profile of the kernel process, written at shutdown.
		if f, err := os.Create(path); err == nil && pprof.StartCPUProfile(f) == nil {
			defer func() { pprof.StopCPUProfile(); f.Close() }()
		}
	}
	eng, err := engine.New(
		engine.WithCompiler(func() engine.Compiler { return frontend.NewSession() }),
		engine.WithIsComplete(frontend.IsComplete),
		engine.WithDeferredStart(),
	)
	if err != nil {
		fmt.Fprintln(stderr, "gokernel kernel:", err)
		return 1
	}
	// The worker process and the front-end's type loading start once the
	// sockets are bound, not while they are being bound.
	if err := kernel.Run(ctx, *conn, eng, kernel.WithListening(eng.Start)); err != nil {
		fmt.Fprintln(stderr, "gokernel kernel:", err)
		return 1
	}
	return 0
}

func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}
