package main

import (
	"fmt"
	"go/types"
	"slices"
	"sort"
	"strings"
)

// instance is one compiled instantiation of a generic function or type.
type instance struct {
	pkg    *types.Package
	name   string       // the generic object's name
	targs  []types.Type // all type arguments, in declaration order
	isType bool
}

// candidates are the type arguments tried for the free type parameters of a
// generic function or type, by how many free parameters it has: everyday
// element types for one, a smaller set for two and three, so the number of
// instances (and the binary) stays bounded. Derived parameters such as
// S ~[]E are not free: they follow from the others.
type candidates struct {
	one, two, three []types.Type
	// errorTypes are tried in addition for a parameter whose constraint has
	// methods (errors.AsType[E error]): compiled error types a cell receives.
	errorTypes []types.Type
}

func basic(k types.BasicKind) types.Type { return types.Typ[k] }

// newCandidates builds the candidate sets; lookup finds exported types of
// loaded packages for the error types.
func newCandidates(lookup func(path, name string) types.Type) candidates {
	anyT := types.Universe.Lookup("any").Type()
	errT := types.Universe.Lookup("error").Type()
	var c candidates
	c.one = []types.Type{
		basic(types.Bool), basic(types.Int), basic(types.Int8), basic(types.Int16),
		basic(types.Int32), basic(types.Int64), basic(types.Uint), basic(types.Uint8),
		basic(types.Uint16), basic(types.Uint32), basic(types.Uint64), basic(types.Float32),
		basic(types.Float64), basic(types.String), anyT, errT,
		types.NewSlice(basic(types.Int)), types.NewSlice(basic(types.String)),
		types.NewSlice(basic(types.Float64)), types.NewSlice(anyT), types.NewSlice(basic(types.Uint8)),
	}
	c.two = []types.Type{
		basic(types.Int), basic(types.Int64), basic(types.Float64), basic(types.String),
		basic(types.Int32), basic(types.Bool), anyT,
	}
	c.three = []types.Type{basic(types.Int), basic(types.Float64), basic(types.String), anyT}
	for _, e := range [][2]string{
		{"io/fs", "PathError"}, {"os", "LinkError"}, {"os", "SyscallError"},
		{"strconv", "NumError"}, {"encoding/json", "SyntaxError"},
		{"encoding/json", "UnmarshalTypeError"}, {"net", "OpError"}, {"net", "DNSError"},
		{"net/url", "Error"}, {"os/exec", "ExitError"}, {"time", "ParseError"},
	} {
		if t := lookup(e[0], e[1]); t != nil {
			c.errorTypes = append(c.errorTypes, types.NewPointer(t))
		}
	}
	return c
}

// forLibs extends the sets for the preloaded libraries, whose generic
// signatures cells use most: byte keys and values (GroupBy on a string's
// first byte) among two free parameters, and struct{} among three (a
// generator whose body returns nothing, coroutine.New[Y, S, struct{}]).
func (c candidates) forLibs() candidates {
	c.two = append(slices.Clip(c.two), basic(types.Uint8))
	c.three = append(slices.Clip(c.three), types.NewStruct(nil, nil))
	return c
}

// excluded are generic objects never instantiated. Empty for now: the
// atomic.Pointer[T] crash noted in yaegi.md is yaegi's own generic source;
// the compiled instance exported under its mangled name works (tested).
var excluded = map[string]bool{}

// instancesOf enumerates the instantiations of every exported generic
// function and type of pkg whose type arguments satisfy the constraints.
func instancesOf(pkg *types.Package, cands candidates, ctxt *types.Context) []instance {
	var out []instance
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		obj := scope.Lookup(name)
		if !obj.Exported() || excluded[pkg.Path()+"."+name] {
			continue
		}
		var tparams *types.TypeParamList
		isType := false
		switch o := obj.(type) {
		case *types.Func:
			tparams = o.Type().(*types.Signature).TypeParams()
		case *types.TypeName:
			if o.IsAlias() {
				continue
			}
			if n, ok := o.Type().(*types.Named); ok {
				tparams = n.TypeParams()
				isType = true
			}
		}
		if tparams.Len() == 0 {
			continue
		}
		for _, targs := range enumerate(tparams, cands, ctxt) {
			if _, err := types.Instantiate(ctxt, obj.Type(), targs, true); err != nil {
				continue
			}
			out = append(out, instance{pkg: pkg, name: name, targs: targs, isType: isType})
		}
	}
	return out
}

// enumerate yields candidate type-argument lists for tparams: the free
// parameters range over the candidate set for their count, the derived ones
// (whose constraint's core type mentions other parameters, like S ~[]E or
// M ~map[K]V) are computed from them.
func enumerate(tparams *types.TypeParamList, cands candidates, ctxt *types.Context) [][]types.Type {
	n := tparams.Len()
	all := map[*types.TypeParam]bool{}
	for i := range n {
		all[tparams.At(i)] = true
	}
	core := make([]types.Type, n)
	var free []int
	for i := range n {
		tp := tparams.At(i)
		if c := coreType(tp); c != nil && mentions(c, all) {
			core[i] = c
		} else {
			free = append(free, i)
		}
	}
	var set []types.Type
	switch len(free) {
	case 1:
		set = cands.one
	case 2:
		set = cands.two
	case 3:
		set = cands.three
	default:
		return nil
	}
	var out [][]types.Type
	choice := make([]int, len(free))
	for {
		m := map[*types.TypeParam]types.Type{}
		for j, i := range free {
			m[tparams.At(i)] = set[choice[j]]
		}
		if targs := derive(tparams, core, m, ctxt); targs != nil {
			out = append(out, targs)
		}
		// next combination
		j := len(choice) - 1
		for j >= 0 {
			choice[j]++
			if choice[j] < len(set) {
				break
			}
			choice[j] = 0
			j--
		}
		if j < 0 {
			break
		}
	}
	if len(free) == 1 && hasMethods(tparams.At(free[0])) {
		for _, t := range cands.errorTypes {
			m := map[*types.TypeParam]types.Type{tparams.At(free[0]): t}
			if targs := derive(tparams, core, m, ctxt); targs != nil {
				out = append(out, targs)
			}
		}
	}
	return out
}

// derive fills in the derived parameters from the free ones in m and
// returns the full argument list, or nil if some cannot be computed.
func derive(tparams *types.TypeParamList, core []types.Type, m map[*types.TypeParam]types.Type, ctxt *types.Context) []types.Type {
	n := tparams.Len()
	for progress := true; progress; {
		progress = false
		for i := range n {
			tp := tparams.At(i)
			if _, done := m[tp]; done || core[i] == nil {
				continue
			}
			pending := map[*types.TypeParam]bool{}
			for j := range n {
				if _, done := m[tparams.At(j)]; !done {
					pending[tparams.At(j)] = true
				}
			}
			if mentions(core[i], pending) {
				continue
			}
			t, err := subst(core[i], m, ctxt)
			if err != nil {
				return nil
			}
			m[tp] = t
			progress = true
		}
	}
	targs := make([]types.Type, n)
	for i := range n {
		t, ok := m[tparams.At(i)]
		if !ok {
			return nil
		}
		targs[i] = t
	}
	return targs
}

// coreType returns the single type a constraint like ~[]E or []E pins its
// parameter to, or nil.
func coreType(tp *types.TypeParam) types.Type {
	iface, ok := tp.Constraint().Underlying().(*types.Interface)
	if !ok || iface.NumMethods() != 0 || iface.NumEmbeddeds() != 1 {
		return nil
	}
	switch e := iface.EmbeddedType(0).(type) {
	case *types.Union:
		if e.Len() == 1 {
			return e.Term(0).Type()
		}
	case *types.Interface, *types.Named, *types.Alias:
		return nil
	default:
		return e
	}
	return nil
}

func hasMethods(tp *types.TypeParam) bool {
	iface, ok := tp.Constraint().Underlying().(*types.Interface)
	return ok && iface.NumMethods() > 0
}

// mentions reports whether t refers to any of the type parameters in set.
func mentions(t types.Type, set map[*types.TypeParam]bool) bool {
	switch t := t.(type) {
	case *types.TypeParam:
		return set[t]
	case *types.Slice:
		return mentions(t.Elem(), set)
	case *types.Array:
		return mentions(t.Elem(), set)
	case *types.Pointer:
		return mentions(t.Elem(), set)
	case *types.Chan:
		return mentions(t.Elem(), set)
	case *types.Map:
		return mentions(t.Key(), set) || mentions(t.Elem(), set)
	case *types.Signature:
		return tupleMentions(t.Params(), set) || tupleMentions(t.Results(), set)
	case *types.Named:
		for i := range t.TypeArgs().Len() {
			if mentions(t.TypeArgs().At(i), set) {
				return true
			}
		}
	case *types.Alias:
		return mentions(types.Unalias(t), set)
	case *types.Struct:
		for i := range t.NumFields() {
			if mentions(t.Field(i).Type(), set) {
				return true
			}
		}
	}
	return false
}

func tupleMentions(t *types.Tuple, set map[*types.TypeParam]bool) bool {
	for i := range t.Len() {
		if mentions(t.At(i).Type(), set) {
			return true
		}
	}
	return false
}

// subst replaces the type parameters in t by their arguments in m.
func subst(t types.Type, m map[*types.TypeParam]types.Type, ctxt *types.Context) (types.Type, error) {
	var err error
	sub := func(t types.Type) types.Type {
		if err != nil {
			return t
		}
		var r types.Type
		r, err = subst(t, m, ctxt)
		return r
	}
	switch t := t.(type) {
	case *types.TypeParam:
		if r, ok := m[t]; ok {
			return r, nil
		}
		return nil, fmt.Errorf("unbound %s", t)
	case *types.Basic:
		return t, nil
	case *types.Slice:
		r := types.NewSlice(sub(t.Elem()))
		return r, err
	case *types.Array:
		r := types.NewArray(sub(t.Elem()), t.Len())
		return r, err
	case *types.Pointer:
		r := types.NewPointer(sub(t.Elem()))
		return r, err
	case *types.Chan:
		r := types.NewChan(t.Dir(), sub(t.Elem()))
		return r, err
	case *types.Map:
		r := types.NewMap(sub(t.Key()), sub(t.Elem()))
		return r, err
	case *types.Signature:
		p, e1 := substTuple(t.Params(), m, ctxt)
		r, e2 := substTuple(t.Results(), m, ctxt)
		if e1 != nil || e2 != nil {
			return nil, fmt.Errorf("signature: %v %v", e1, e2)
		}
		return types.NewSignatureType(nil, nil, nil, p, r, t.Variadic()), nil
	case *types.Named:
		if t.TypeArgs().Len() == 0 {
			return t, nil
		}
		args := make([]types.Type, t.TypeArgs().Len())
		for i := range args {
			args[i] = sub(t.TypeArgs().At(i))
		}
		if err != nil {
			return nil, err
		}
		return types.Instantiate(ctxt, t.Origin(), args, false)
	case *types.Alias:
		return subst(types.Unalias(t), m, ctxt)
	case *types.Interface:
		if mentions(t, allParams(m)) {
			return nil, fmt.Errorf("cannot substitute into %s", t)
		}
		return t, nil
	}
	return nil, fmt.Errorf("cannot substitute into %s", t)
}

func allParams(m map[*types.TypeParam]types.Type) map[*types.TypeParam]bool {
	s := map[*types.TypeParam]bool{}
	for k := range m {
		s[k] = true
	}
	return s
}

func substTuple(t *types.Tuple, m map[*types.TypeParam]types.Type, ctxt *types.Context) (*types.Tuple, error) {
	vars := make([]*types.Var, t.Len())
	for i := range vars {
		v := t.At(i)
		r, err := subst(v.Type(), m, ctxt)
		if err != nil {
			return nil, err
		}
		vars[i] = types.NewParam(v.Pos(), v.Pkg(), v.Name(), r)
	}
	return types.NewTuple(vars...), nil
}

// sortInstances orders instances for stable output.
func sortInstances(in []instance, mangle func(instance) string) {
	sort.SliceStable(in, func(i, j int) bool {
		if a, b := in[i].pkg.Path(), in[j].pkg.Path(); a != b {
			return a < b
		}
		return strings.Compare(mangle(in[i]), mangle(in[j])) < 0
	})
}
