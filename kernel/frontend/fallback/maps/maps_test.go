package maps

import (
	stdmaps "maps"
	"reflect"
	"slices"
	"testing"
)

func TestMatchTheStandardLibrary(t *testing.T) {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	if got, want := slices.Sorted(Keys(m)), slices.Sorted(stdmaps.Keys(m)); !reflect.DeepEqual(got, want) {
		t.Errorf("Keys: %v, want %v", got, want)
	}
	if got, want := slices.Sorted(Values(m)), slices.Sorted(stdmaps.Values(m)); !reflect.DeepEqual(got, want) {
		t.Errorf("Values: %v, want %v", got, want)
	}
	if got := Collect(All(m)); !reflect.DeepEqual(got, m) {
		t.Errorf("Collect(All) = %v", got)
	}
	n := 0
	for range All(m) { // early stop
		n++
		break
	}
	if n != 1 {
		t.Errorf("All did not stop")
	}
	c := Clone(m)
	if !reflect.DeepEqual(c, stdmaps.Clone(m)) || Clone(map[string]int(nil)) != nil {
		t.Errorf("Clone differs")
	}
	dst := map[string]int{"z": 0, "a": 9}
	want := map[string]int{"z": 0, "a": 9}
	Copy(dst, m)
	stdmaps.Copy(want, m)
	if !reflect.DeepEqual(dst, want) {
		t.Errorf("Copy: %v, want %v", dst, want)
	}
	ins, insWant := map[string]int{}, map[string]int{}
	Insert(ins, All(m))
	stdmaps.Insert(insWant, stdmaps.All(m))
	if !reflect.DeepEqual(ins, insWant) {
		t.Errorf("Insert differs")
	}
	same := func(a, b int) bool { return a == b }
	for _, other := range []map[string]int{c, dst, {"a": 1, "b": 2, "c": 4}, nil} {
		if Equal(m, other) != stdmaps.Equal(m, other) || EqualFunc(m, other, same) != stdmaps.EqualFunc(m, other, same) {
			t.Errorf("Equal/EqualFunc(%v) differ", other)
		}
	}
	odd := func(_ string, v int) bool { return v%2 == 1 }
	d1, d2 := Clone(m), stdmaps.Clone(m)
	DeleteFunc(d1, odd)
	stdmaps.DeleteFunc(d2, odd)
	if !reflect.DeepEqual(d1, d2) {
		t.Errorf("DeleteFunc: %v, want %v", d1, d2)
	}
}
