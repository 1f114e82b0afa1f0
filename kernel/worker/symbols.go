package worker

import (
	"github.com/gokernel/gokernel/kernel/symbols/exports"
	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"
)

// symbolTables are the compiled packages cells can import: the kernel's
// generated tables (Go 1.26 stdlib, lib/..., compiled generic instances,
// produced by `go generate ./kernel/...`, i.e. `make generate`), or yaegi's
// own Go 1.22 stdlib tables should the generated ones be empty.
func symbolTables() []interp.Exports {
	if _, ok := exports.Symbols["fmt/fmt"]; ok {
		return []interp.Exports{exports.Symbols}
	}
	return []interp.Exports{stdlib.Symbols}
}
