package symbols

import (
	"go/types"
	"iter"
	"strings"
)

// Instance says where yaegi finds one compiled instantiation of a generic
// function or type: the front-end imports Path under a hidden name and
// rewrites the generic use to that name's Name.
type Instance struct {
	Path string // import path as the worker's interpreter knows it
	Name string // the exported identifier (see Mangle)
}

// InstPrefix starts the import paths under which the worker exports compiled
// instantiations. They are paths yaegi does not know, because yaegi ships
// interpreted copies of slices, maps and cmp that would shadow compiled
// symbols exported under the packages' own paths.
const InstPrefix = "gokernel/inst/"

// InstPath is the import path holding the instantiations of pkgPath's
// generics, e.g. "gokernel/inst/slices"; its package name is pkgPath's.
func InstPath(pkgPath string) string { return InstPrefix + pkgPath }

// instances maps pkgPath+"."+Mangle(name, targs) to InstPath(pkgPath) for
// every instantiation the worker ships; preloaded maps package names to the
// import paths of the preloaded libraries. Both are filled by the generated
// zz_instances.go (`go generate ./kernel/symbols/...`); without it Lookup
// finds nothing.
var (
	instances map[string]string
	preloaded map[string]string
)

// Lookup reports the compiled instantiation of the generic function or type
// pkgPath.name with the given type arguments (all of them, inferred ones
// included, in declaration order), if the worker ships it.
//
// For example Lookup("slices", "Sort", [[]int, int]) is
// {Path: "gokernel/inst/slices", Name: "Sort____int__int"}.
func Lookup(pkgPath, name string, targs []types.Type) (Instance, bool) {
	m := Mangle(name, targs)
	p, ok := instances[pkgPath+"."+m]
	if !ok {
		return Instance{}, false
	}
	return Instance{Path: p, Name: m}, true
}

// Preloaded returns the preloaded libraries every cell can use without
// installing anything, as package name → import path (a copy).
func Preloaded() map[string]string {
	out := make(map[string]string, len(preloaded))
	for k, v := range preloaded {
		out[k] = v
	}
	return out
}

// NumInstances is how many compiled instantiations the tables hold.
func NumInstances() int { return len(instances) }

// All yields every shipped instantiation with the import path of the generic
// it instantiates (for completion, and to check the tables against each
// other).
func All() iter.Seq2[string, Instance] {
	return func(yield func(string, Instance) bool) {
		for k, p := range instances {
			dot := strings.LastIndex(k, ".")
			if !yield(k[:dot], Instance{Path: p, Name: k[dot+1:]}) {
				return
			}
		}
	}
}
