package slices

import (
	"cmp"
	"math"
	"math/rand/v2"
	"reflect"
	stdslices "slices"
	"testing"
)

type rec struct {
	key, id int
}

func byKey(a, b rec) int { return cmp.Compare(a.key, b.key) }

// randomRecs has many equal keys, so the order of equal elements after an
// unstable sort shows whether the algorithm is the standard library's.
func randomRecs(r *rand.Rand, n int) []rec {
	xs := make([]rec, n)
	for i := range xs {
		xs[i] = rec{key: r.IntN(n/4 + 1), id: i}
	}
	return xs
}

func TestSortsMatchTheStandardLibrary(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 2, 5, 12, 13, 50, 300, 2000} {
		for range 20 {
			xs := randomRecs(r, n)
			a, b := stdslices.Clone(xs), stdslices.Clone(xs)
			stdslices.SortFunc(a, byKey)
			SortFunc(b, byKey)
			if !reflect.DeepEqual(a, b) {
				t.Fatalf("SortFunc n=%d: %v, standard library %v", n, b, a)
			}
			a, b = stdslices.Clone(xs), stdslices.Clone(xs)
			stdslices.SortStableFunc(a, byKey)
			SortStableFunc(b, byKey)
			if !reflect.DeepEqual(a, b) {
				t.Fatalf("SortStableFunc n=%d differs", n)
			}
			fs := make([]float64, n)
			for i := range fs {
				fs[i] = float64(r.IntN(n/3 + 1))
				if r.IntN(10) == 0 {
					fs[i] = math.NaN()
				}
			}
			fa, fb := stdslices.Clone(fs), stdslices.Clone(fs)
			stdslices.Sort(fa)
			Sort(fb)
			if !stdslices.EqualFunc(fa, fb, func(x, y float64) bool { return x == y || x != x && y != y }) {
				t.Fatalf("Sort n=%d: %v, standard library %v", n, fb, fa)
			}
			if IsSorted(fb) != stdslices.IsSorted(fb) || IsSortedFunc(xs, byKey) != stdslices.IsSortedFunc(xs, byKey) {
				t.Fatalf("IsSorted differs")
			}
			for _, target := range []float64{-1, 0, 1, float64(n / 6), math.NaN(), 1e9} {
				i1, ok1 := stdslices.BinarySearch(fa, target)
				i2, ok2 := BinarySearch(fa, target)
				if i1 != i2 || ok1 != ok2 {
					t.Fatalf("BinarySearch(%v) = %d %v, standard library %d %v", target, i2, ok2, i1, ok1)
				}
			}
			sorted := stdslices.Clone(a)
			for _, k := range []int{-1, 0, 1, n / 8, n} {
				cmpKey := func(x rec, k int) int { return cmp.Compare(x.key, k) }
				i1, ok1 := stdslices.BinarySearchFunc(sorted, k, cmpKey)
				i2, ok2 := BinarySearchFunc(sorted, k, cmpKey)
				if i1 != i2 || ok1 != ok2 {
					t.Fatalf("BinarySearchFunc(%d) differs", k)
				}
			}
		}
	}
}

func TestSearchAndCompareMatchTheStandardLibrary(t *testing.T) {
	xs := []int{3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5}
	odd := func(x int) bool { return x%2 == 1 }
	big := func(x int) bool { return x > 100 }
	for _, v := range []int{1, 5, 7} {
		if Index(xs, v) != stdslices.Index(xs, v) || Contains(xs, v) != stdslices.Contains(xs, v) {
			t.Errorf("Index/Contains(%d) differ", v)
		}
	}
	for _, f := range []func(int) bool{odd, big} {
		if IndexFunc(xs, f) != stdslices.IndexFunc(xs, f) || ContainsFunc(xs, f) != stdslices.ContainsFunc(xs, f) {
			t.Errorf("IndexFunc/ContainsFunc differ")
		}
	}
	ys := stdslices.Clone(xs)
	eqMod := func(a, b int) bool { return a%3 == b%3 }
	for _, other := range [][]int{ys, ys[1:], append(stdslices.Clone(ys[:10]), 7), nil} {
		if Equal(xs, other) != stdslices.Equal(xs, other) || EqualFunc(xs, other, eqMod) != stdslices.EqualFunc(xs, other, eqMod) {
			t.Errorf("Equal/EqualFunc(%v) differ", other)
		}
	}
	byVal := func(a, b int) int { return a - b }
	byValRev := func(a, b int) int { return b - a }
	if Max(xs) != stdslices.Max(xs) || Min(xs) != stdslices.Min(xs) ||
		MaxFunc(xs, byVal) != stdslices.MaxFunc(xs, byVal) || MinFunc(xs, byValRev) != stdslices.MinFunc(xs, byValRev) {
		t.Errorf("Max/Min differ")
	}
	recs := []rec{{1, 0}, {3, 1}, {3, 2}, {0, 3}, {0, 4}}
	if MaxFunc(recs, byKey) != stdslices.MaxFunc(recs, byKey) || MinFunc(recs, byKey) != stdslices.MinFunc(recs, byKey) {
		t.Errorf("MaxFunc/MinFunc pick a different one of equal elements")
	}
	nan := []float64{1, math.NaN(), 3}
	if !math.IsNaN(Max(nan)) || !math.IsNaN(Min(nan)) {
		t.Errorf("Max/Min of a NaN: %v %v", Max(nan), Min(nan))
	}
	for name, f := range map[string]func(){
		"Max": func() { Max([]int{}) }, "Min": func() { Min([]int{}) },
		"MaxFunc": func() { MaxFunc([]int{}, byVal) }, "MinFunc": func() { MinFunc([]int{}, byVal) },
	} {
		want := panicOf(map[string]func(){
			"Max": func() { _ = stdslices.Max([]int{}) }, "Min": func() { _ = stdslices.Min([]int{}) },
			"MaxFunc": func() { _ = stdslices.MaxFunc([]int{}, byVal) }, "MinFunc": func() { _ = stdslices.MinFunc([]int{}, byVal) },
		}[name])
		if got := panicOf(f); got != want {
			t.Errorf("%s of nothing panics %q, standard library %q", name, got, want)
		}
	}
}

func panicOf(f func()) (msg any) {
	defer func() { msg = recover() }()
	f()
	return nil
}

func TestEditsMatchTheStandardLibrary(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 200 {
		n := r.IntN(12)
		xs := make([]int, n)
		for i := range xs {
			xs[i] = r.IntN(4)
		}
		check := func(name string, got, want []int) {
			t.Helper()
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%s(%v) = %v, standard library %v", name, xs, got, want)
			}
		}
		// Compact and friends also clear the tail they drop: compare the
		// whole backing arrays.
		a, b := stdslices.Clone(xs), stdslices.Clone(xs)
		ra, rb := stdslices.Compact(a), Compact(b)
		check("Compact", rb, ra)
		check("Compact (backing array)", b, a)
		near := func(p, q int) bool { return p-q <= 1 && q-p <= 1 }
		a, b = stdslices.Clone(xs), stdslices.Clone(xs)
		check("CompactFunc", CompactFunc(b, near), stdslices.CompactFunc(a, near))
		check("CompactFunc (backing array)", b, a)
		even := func(x int) bool { return x%2 == 0 }
		a, b = stdslices.Clone(xs), stdslices.Clone(xs)
		check("DeleteFunc", DeleteFunc(b, even), stdslices.DeleteFunc(a, even))
		check("DeleteFunc (backing array)", b, a)
		i := r.IntN(n + 1)
		j := i + r.IntN(n-i+1)
		a, b = stdslices.Clone(xs), stdslices.Clone(xs)
		check("Delete", Delete(b, i, j), stdslices.Delete(a, i, j))
		check("Delete (backing array)", b, a)
		check("Insert", Insert(stdslices.Clone(xs), i, 7, 8), stdslices.Insert(stdslices.Clone(xs), i, 7, 8))
		a, b = stdslices.Clone(xs), stdslices.Clone(xs)
		stdslices.Reverse(a)
		Reverse(b)
		check("Reverse", b, a)
		check("Clone", Clone(xs), stdslices.Clone(xs))
		check("Concat", Concat(xs, nil, xs[:n/2]), stdslices.Concat(xs, nil, xs[:n/2]))
		check("Repeat", Repeat(xs, 3), stdslices.Repeat(xs, 3))
	}
	if Clone([]int(nil)) != nil || Concat[int]() != nil || Concat([]int{}, nil) != nil {
		t.Errorf("nil results differ from the standard library's")
	}
	if got, want := panicOf(func() { Repeat([]int{1}, -1) }), panicOf(func() { _ = stdslices.Repeat([]int{1}, -1) }); got != want {
		t.Errorf("Repeat(-1) panics %v, standard library %v", got, want)
	}
	if panicOf(func() { Insert([]int{1}, 2, 0) }) == nil || panicOf(func() { Delete([]int{1}, 1, 0) }) == nil {
		t.Errorf("out-of-range Insert/Delete do not panic")
	}
}

func TestIteratorsMatchTheStandardLibrary(t *testing.T) {
	xs := []int{5, 3, 8, 1}
	if got, want := Collect(Values(xs)), stdslices.Collect(stdslices.Values(xs)); !reflect.DeepEqual(got, want) {
		t.Errorf("Collect(Values) = %v, want %v", got, want)
	}
	var got, want [][2]int
	for i, v := range All(xs) {
		got = append(got, [2]int{i, v})
	}
	for i, v := range stdslices.All(xs) {
		want = append(want, [2]int{i, v})
	}
	for i, v := range Backward(xs) {
		got = append(got, [2]int{i, v})
	}
	for i, v := range stdslices.Backward(xs) {
		want = append(want, [2]int{i, v})
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("All/Backward = %v, want %v", got, want)
	}
	for v := range Values(xs) { // early stop
		if v == 3 {
			break
		}
	}
	rev := func(a, b int) int { return b - a }
	if !reflect.DeepEqual(Sorted(Values(xs)), stdslices.Sorted(stdslices.Values(xs))) ||
		!reflect.DeepEqual(SortedFunc(Values(xs), rev), stdslices.SortedFunc(stdslices.Values(xs), rev)) ||
		!reflect.DeepEqual(SortedStableFunc(Values(xs), rev), stdslices.SortedStableFunc(stdslices.Values(xs), rev)) ||
		!reflect.DeepEqual(AppendSeq([]int{0}, Values(xs)), stdslices.AppendSeq([]int{0}, stdslices.Values(xs))) {
		t.Errorf("Sorted/SortedFunc/AppendSeq differ")
	}
	if Collect(Values([]int{})) != nil || stdslices.Collect(stdslices.Values([]int{})) != nil {
		t.Errorf("Collect of nothing is not nil")
	}
}
