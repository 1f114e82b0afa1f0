// Package symbols is the contract between the front-end and the worker's
// symbol tables: how a compiled instantiation of a generic function or type
// is named (Mangle), where the worker exports it (InstPath), whether it ships
// (Lookup), and which libraries are preloaded (Preloaded).
//
// The tables themselves are in package exports; both are regenerated from
// the installed toolchain by the directive below.
package symbols

//go:generate go run ./gen
