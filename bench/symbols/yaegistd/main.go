// Command yaegistd is the reference for load: the same measurement with
// yaegi's bundled Go 1.22 stdlib tables. See ../RESULTS.md.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"time"

	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"
)

func main() {
	n := flag.Int("n", 50, "interpreters to create")
	flag.Parse()
	var ds []time.Duration
	for range *n {
		t := time.Now()
		i := interp.New(interp.Options{Stdout: io.Discard, Stderr: io.Discard})
		if err := i.Use(stdlib.Symbols); err != nil {
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
	fmt.Printf("yaegi 1.22 tables: %d packages, new+Use+import p50 %v p90 %v\n", len(stdlib.Symbols), ds[len(ds)/2], ds[len(ds)*9/10])
}
