package main

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"sort"
	"strings"
	"testing"

	"github.com/gokernel/gokernel/kernel/symbols"
)

const genericSrc = `package p

import "cmp"

func Sort[S ~[]E, E cmp.Ordered](x S)                    {}
func Keys[M ~map[K]V, K comparable, V any](m M) []K     { return nil }
func Four[A, B, C, D any]()                             {}
func AsType[E error](err error) (E, bool)               { var e E; return e, false }
func Nums[N ~int | ~float64](n N) N                     { return n }
func Triple[A, B, C any](a A, b B, c C)                 {}
type Pair[K comparable, V any] struct{ K K; V V }
func plain()                                            {}
func unexported[T any]()                                {}
`

func checkSrc(t *testing.T) *types.Package {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", genericSrc, 0)
	if err != nil {
		t.Fatal(err)
	}
	conf := types.Config{Importer: importer.ForCompiler(fset, "source", nil)}
	pkg, err := conf.Check("example.com/p", fset, []*ast.File{f}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return pkg
}

// instancesOf enumerates only instantiations that satisfy the constraints,
// derives S ~[]E and M ~map[K]V from the free parameters, and skips objects
// with more than three free parameters.
func TestInstancesOf(t *testing.T) {
	pkg := checkSrc(t)
	fsPkg := types.NewPackage("io/fs", "fs")
	pathErr := types.NewNamed(types.NewTypeName(0, fsPkg, "PathError", nil), types.NewStruct(nil, nil), nil)
	pathErr.AddMethod(types.NewFunc(0, fsPkg, "Error", types.NewSignatureType(
		types.NewVar(0, fsPkg, "", types.NewPointer(pathErr)), nil, nil, nil,
		types.NewTuple(types.NewVar(0, nil, "", types.Typ[types.String])), false)))
	cands := newCandidates(func(path, name string) types.Type {
		if path == "io/fs" && name == "PathError" {
			return pathErr
		}
		return nil
	})
	ins := instancesOf(pkg, cands, types.NewContext())
	byName := map[string][]string{}
	for _, in := range ins {
		byName[in.name] = append(byName[in.name], symbols.Mangle(in.name, in.targs))
	}
	for _, names := range byName {
		sort.Strings(names)
	}
	has := func(obj, mangled string) bool {
		for _, n := range byName[obj] {
			if n == mangled {
				return true
			}
		}
		return false
	}
	for _, want := range [][2]string{
		{"Sort", "Sort____int__int"}, {"Sort", "Sort____string__string"}, {"Sort", "Sort____float64__float64"},
		{"Keys", "Keys__map_string_int__string__int"}, {"Keys", "Keys__map_any_bool__any__bool"},
		{"AsType", "AsType__error"}, {"AsType", "AsType___fs_PathError"},
		{"Nums", "Nums__int"}, {"Nums", "Nums__float64"},
		{"Triple", "Triple__int__float64__string"},
		{"Pair", "Pair__string__int"},
	} {
		if !has(want[0], want[1]) {
			t.Errorf("missing %s; have %v", want[1], byName[want[0]])
		}
	}
	for _, n := range byName["Sort"] {
		if strings.Contains(n, "bool") || strings.Contains(n, "any") || strings.Contains(n, "error") {
			t.Errorf("Sort instantiated with an unordered type: %s", n)
		}
	}
	if len(byName["Nums"]) != 2 {
		t.Errorf("Nums: %v, want only int and float64", byName["Nums"])
	}
	if got := len(byName["Triple"]); got != 64 {
		t.Errorf("Triple: %d instances, want 4^3", got)
	}
	if got := len(byName["Keys"]); got != 49 {
		t.Errorf("Keys: %d instances, want 7^2", got)
	}
	for _, name := range []string{"Four", "plain", "unexported"} {
		if len(byName[name]) != 0 {
			t.Errorf("%s should have no instances: %v", name, byName[name])
		}
	}
	for _, in := range ins {
		if in.name == "Pair" != in.isType {
			t.Errorf("%s: isType=%v", in.name, in.isType)
		}
	}
}
