//go:build !gokernel_tables

package frontend

import "github.com/traefik/yaegi/interp"

// workerTables is nil without the gokernel_tables tag: tests then run on
// yaegi's own Go 1.22 stdlib tables, and corpus programs that need compiled
// generic instances are reported as skipped.
var workerTables interp.Exports
