// Command load measures how long a fresh interpreter takes to become ready
// with the kernel's symbol tables (interp.New + exports.Use), the cost the
// worker pays at start and at every restart. See ../RESULTS.md.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"time"

	"github.com/traefik/yaegi/interp"

	"github.com/gokernel/gokernel/kernel/symbols/exports"
)

func main() {
	n := flag.Int("n", 50, "interpreters to create")
	flag.Parse()
	var ds []time.Duration
	for range *n {
		t := time.Now()
		i := interp.New(interp.Options{Stdout: io.Discard, Stderr: io.Discard})
		if err := exports.Use(i); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		if _, err := i.Eval(`import "fmt"`); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		ds = append(ds, time.Since(t))
	}
	sort.Slice(ds, func(a, b int) bool { return ds[a] < ds[b] })
	fmt.Printf("gokernel tables: %d packages, new+Use+import p50 %v p90 %v\n", len(exports.Symbols), ds[len(ds)/2], ds[len(ds)*9/10])
}
