// Package exports holds the symbol tables the worker's yaegi interpreter
// runs cells against: the installed toolchain's standard library, the
// preloaded libraries (lib/...), and compiled instantiations of their
// generic functions and types under the import paths symbols.Lookup returns.
//
// The tables live in generated subpackages (std, unsafe, libs, inst/...),
// merged here by the generated zz_merge.go; `go generate
// ./kernel/symbols/...` writes them (see kernel/symbols/gen), and they are
// not committed. Without them this package compiles to empty tables.
package exports

import (
	"reflect"

	"github.com/traefik/yaegi/interp"
)

// Symbols is every table in one interp.Exports. It contains the "fmt/fmt"
// key, so interp.Use treats it as the standard library: fmt.Print* write to
// Options.Stdout, os.Exit and log.Fatal panic, os.Getenv reads Options.Env.
var Symbols = interp.Exports{}

// merge adds a generated table to Symbols; packages are disjoint, but a
// path present twice keeps the union of its names.
func merge(t map[string]map[string]reflect.Value) {
	for k, v := range t {
		if Symbols[k] == nil {
			Symbols[k] = map[string]reflect.Value{}
		}
		for n, s := range v {
			Symbols[k][n] = s
		}
	}
}

// Use loads all tables into i. Call it once, right after interp.New and
// before the first Eval.
func Use(i *interp.Interpreter) error {
	return i.Use(Symbols)
}
