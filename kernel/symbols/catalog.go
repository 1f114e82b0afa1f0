package symbols

import "go/types"

// Instance says where yaegi finds one compiled instantiation of a generic
// function or type: the front-end imports Path under a hidden name and
// rewrites the generic use to that name's Name.
type Instance struct {
	Path string // import path as the worker's interpreter knows it
	Name string // the exported identifier (see Mangle)
}

// Lookup reports the compiled instantiation of the generic function or type
// pkgPath.name with the given type arguments, if the worker ships it.
//
// This is the contract between the front-end and the symbol tables; the
// table-driven implementation replaces this placeholder.
func Lookup(pkgPath, name string, targs []types.Type) (Instance, bool) {
	return Instance{}, false
}
