//go:build gokernel_tables

package frontend

import (
	"github.com/gokernel/gokernel/kernel/symbols/exports"
	"github.com/traefik/yaegi/interp"
)

// workerTables are the worker's generated symbol tables (Go 1.26 stdlib,
// lib/..., compiled generic instances): build with -tags gokernel_tables
// after `go generate ./kernel/symbols/...`.
var workerTables interp.Exports = exports.Symbols
