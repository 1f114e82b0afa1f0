// Package fallback holds interpreted stand-ins for the generic functions of
// the standard library's slices and maps packages.
//
// A cell that calls slices.SortFunc on a slice of a type declared in a cell
// cannot use a compiled instantiation: none exists for a type the
// interpreter made up. The front-end then declares the stand-in of the same
// name (from the sources embedded here, renamed to hidden names) in the
// session and calls it with explicit type arguments; yaegi instantiates it
// like any generic function from a cell.
//
// Each stand-in behaves as its standard library namesake, which the tests
// check against the real thing: the sorting functions hand the work to
// sort.Slice and sort.SliceStable, generated from the same template as
// slices' own sorts, so even the order of equal elements matches go run.
// The sources use no other generic code and no imports but sort, since they
// run in the interpreter.
package fallback

import _ "embed"

// Slices and Maps are the sources of the stand-ins, package slices and
// package maps.
var (
	//go:embed slices/slices.go
	Slices string
	//go:embed maps/maps.go
	Maps string
)
