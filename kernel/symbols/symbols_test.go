package symbols

import (
	"go/types"
	"testing"
)

var (
	tInt    = types.Typ[types.Int]
	tString = types.Typ[types.String]
	tByte   = types.Universe.Lookup("byte").Type()
	tRune   = types.Universe.Lookup("rune").Type()
	tAny    = types.Universe.Lookup("any").Type()
)

func TestMangle(t *testing.T) {
	dur := types.NewNamed(types.NewTypeName(0, types.NewPackage("time", "time"), "Duration", nil), types.Typ[types.Int64], nil)
	for _, c := range []struct {
		targs []types.Type
		want  string
	}{
		{[]types.Type{tInt}, "F__int"},
		{[]types.Type{types.NewSlice(tString), tString}, "F____string__string"},
		{[]types.Type{types.NewMap(tString, tInt)}, "F__map_string_int"},
		{[]types.Type{dur}, "F__time_Duration"},
		{[]types.Type{types.NewInterfaceType(nil, nil)}, "F__any"},
		{[]types.Type{tAny}, "F__any"},
		// byte and rune are uint8 and int32: identical types share a name.
		{[]types.Type{types.NewSlice(tByte)}, "F____uint8"},
		{[]types.Type{tRune, types.NewMap(tRune, tByte)}, "F__int32__map_int32_uint8"},
	} {
		if got := Mangle("F", c.targs); got != c.want {
			t.Errorf("Mangle(F, %v) = %q, want %q", c.targs, got, c.want)
		}
	}
}

func TestCanonicalAliasesKeepsQualifiedNames(t *testing.T) {
	if got := canonicalAliases("map[byte]pkg.rune"); got != "map[uint8]pkg.rune" {
		t.Errorf("got %q", got)
	}
	if got := canonicalAliases("bytes_runes"); got != "bytes_runes" {
		t.Errorf("got %q", got)
	}
}

// needTables fails with instructions when the generated table is missing:
// the Makefile always generates before testing.
func needTables(t *testing.T) {
	t.Helper()
	if NumInstances() == 0 {
		t.Fatal("no generated instance table: run `go generate ./kernel/symbols/...` (or make generate)")
	}
}

func TestLookup(t *testing.T) {
	needTables(t)
	in, ok := Lookup("slices", "Sort", []types.Type{types.NewSlice(tInt), tInt})
	if !ok || in.Path != "gokernel/inst/slices" || in.Name != "Sort____int__int" {
		t.Errorf("slices.Sort[[]int, int] = %+v, %v", in, ok)
	}
	// byte is uint8: a []byte written by the user finds the []uint8 instance.
	if _, ok := Lookup("slices", "Sort", []types.Type{types.NewSlice(tByte), tByte}); !ok {
		t.Error("slices.Sort[[]byte, byte] not found")
	}
	if _, ok := Lookup("iter", "Seq", []types.Type{types.Typ[types.Float64]}); !ok {
		t.Error("iter.Seq[float64] not found")
	}
	// bool is not ordered: no such instance can exist.
	if in, ok := Lookup("slices", "Sort", []types.Type{types.NewSlice(types.Typ[types.Bool]), types.Typ[types.Bool]}); ok {
		t.Errorf("slices.Sort[[]bool, bool] = %+v", in)
	}
	if _, ok := Lookup("sync/atomic", "Pointer", []types.Type{tInt}); !ok {
		t.Error("atomic.Pointer[int] not found")
	}
	if _, ok := Lookup("no/such", "F", nil); ok {
		t.Error("found an instance in a package that does not exist")
	}
}

func TestPreloadedIsACopy(t *testing.T) {
	needTables(t)
	p := Preloaded()
	for name, path := range p {
		if path == "" || name == "" {
			t.Errorf("bad entry %q: %q", name, path)
		}
	}
	p["x"] = "y"
	if _, ok := Preloaded()["x"]; ok {
		t.Error("Preloaded returned the table itself")
	}
}
