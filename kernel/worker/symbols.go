package worker

import (
	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"
)

// symbolTables are the compiled packages cells can import. This is the one
// place to switch to the kernel's generated tables (kernel/symbols).
func symbolTables() []interp.Exports {
	return []interp.Exports{stdlib.Symbols}
}
