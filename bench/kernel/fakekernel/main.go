// Command fakekernel is gokernel's protocol side with a stand-in engine that
// understands a few commands instead of Go. It measures what the protocol
// costs by itself (bench/kernel) and lets the Jupyter-level tests run before
// the Go engine is wired in.
//
//	fakekernel kernel -f CONNECTION_FILE
//	fakekernel install [gokernel install flags]
//
// Cells: "" (nothing), "print:TEXT", "lines:N" (N numbered lines),
// "result:TEXT", "error:TEXT", "block" (until interrupted), "sleep:MS".
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/gokernel/gokernel/install"
	"github.com/gokernel/gokernel/kernel"
)

func main() {
	if len(os.Args) >= 2 && os.Args[1] == "install" {
		if err := install.Run(os.Args[2:], os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		return
	}
	if len(os.Args) != 4 || os.Args[1] != "kernel" || os.Args[2] != "-f" {
		fmt.Fprintln(os.Stderr, "usage: fakekernel kernel -f CONNECTION_FILE | fakekernel install [flags]")
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	defer stop()
	signal.Ignore(syscall.SIGINT) // interrupts come as messages
	if err := kernel.Run(ctx, os.Args[3], engine{}); err != nil {
		fmt.Fprintln(os.Stderr, "fakekernel:", err)
		os.Exit(1)
	}
}

type engine struct{}

func (engine) Execute(ctx context.Context, req kernel.ExecuteRequest, out kernel.Output) kernel.ExecuteResult {
	cmd, arg, _ := strings.Cut(strings.TrimSpace(req.Code), ":")
	switch cmd {
	case "":
	case "print":
		out.Stream("stdout", arg+"\n")
	case "lines":
		n, _ := strconv.Atoi(arg)
		for i := range n {
			out.Stream("stdout", strconv.Itoa(i)+"\n")
		}
	case "result":
		return kernel.ExecuteResult{Result: &kernel.MIMEBundle{Data: map[string]any{"text/plain": arg}}}
	case "block":
		<-ctx.Done()
		return kernel.ExecuteResult{Err: &kernel.CellError{Name: "Interrupted", Value: "interrupted"}}
	case "sleep":
		ms, _ := strconv.Atoi(arg)
		select {
		case <-time.After(time.Duration(ms) * time.Millisecond):
		case <-ctx.Done():
			return kernel.ExecuteResult{Err: &kernel.CellError{Name: "Interrupted", Value: "interrupted"}}
		}
	default:
		return kernel.ExecuteResult{Err: &kernel.CellError{Name: "FakeError", Value: req.Code,
			Traceback: []string{"FakeError: " + req.Code}}}
	}
	return kernel.ExecuteResult{}
}

func (engine) Complete(code string, cursor int) kernel.CompleteResult {
	return kernel.CompleteResult{CursorStart: cursor, CursorEnd: cursor}
}
func (engine) Inspect(string, int, int) kernel.InspectResult { return kernel.InspectResult{} }
func (engine) IsComplete(string) (string, string)            { return "complete", "" }
func (engine) Interrupt()                                    {}
func (engine) Shutdown(bool) error                           { return nil }
func (engine) Info() kernel.LanguageInfo {
	return kernel.LanguageInfo{Name: "go", Version: "fake", Mimetype: "text/x-go", FileExtension: ".go",
		PygmentsLexer: "go", CodemirrorMode: "go", Banner: "fakekernel: gokernel's protocol with a stand-in engine"}
}
