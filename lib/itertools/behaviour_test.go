package itertools_test

import (
	"iter"
	"reflect"
	"runtime"
	"strings"
	"testing"

	it "github.com/gokernel/gokernel/lib/itertools"
)

// settleGoroutines runs the garbage collector until the goroutine count is
// back to want (cleanups run asynchronously), giving up after a bounded
// number of rounds; it returns the last count seen.
func settleGoroutines(want int) int {
	n := runtime.NumGoroutine()
	for i := 0; i < 200 && n > want; i++ {
		runtime.GC()
		runtime.Gosched()
		n = runtime.NumGoroutine()
	}
	return n
}

func TestNoGoroutineLeftBehind(t *testing.T) {
	before := runtime.NumGoroutine()
	for range 50 {
		for k, g := range it.Group(it.Chars("AABBCC")) {
			_ = k
			for range g {
				break
			}
			break
		}
		for range it.Zip(it.Count(0, 1), it.Count(0, 1)) {
			break
		}
		for range it.Compress(it.Count(0, 1), it.Repeat(true)) {
			break
		}
		for range it.ZipLongest(0, it.Count(0, 1), it.Count(0, 1)) {
			break
		}
		// Tee copies abandoned half-way: the cleanup stops the pull.
		copies := it.Tee(it.Count(0, 1), 3)
		for range copies[0] {
			break
		}
	}
	if after := settleGoroutines(before); after > before {
		t.Fatalf("goroutines: %d before, %d after abandoning 50 rounds of iterators", before, after)
	}
}

func TestGroupByPythonSharing(t *testing.T) {
	// Keeping groups past the next outer step leaves them empty, as in
	// Python: [list(g) for k, g in list(groupby("AABB"))] == [[], []].
	var groups []iter.Seq[string]
	for _, g := range it.Group(it.Chars("AABB")) {
		groups = append(groups, g)
	}
	for i, g := range groups {
		if got := it.Collect(g); len(got) != 0 {
			t.Errorf("group %d after the outer loop: %v, want empty", i, got)
		}
	}
	// A group left half-read is skipped by the next outer step.
	var keys []string
	var firsts []string
	for k, g := range it.Group(it.Chars("AAABBC")) {
		keys = append(keys, k)
		for v := range g {
			firsts = append(firsts, v)
			break
		}
	}
	if !reflect.DeepEqual(keys, []string{"A", "B", "C"}) || !reflect.DeepEqual(firsts, []string{"A", "B", "C"}) {
		t.Errorf("keys %v firsts %v", keys, firsts)
	}
	// The source is read once, lazily: breaking after the first group reads
	// only one element past it (the look-ahead that ended the group).
	reads := 0
	src := func(yield func(int) bool) {
		for _, v := range []int{1, 1, 2, 2, 3} {
			reads++
			if !yield(v) {
				return
			}
		}
	}
	for _, g := range it.Group(iter.Seq[int](src)) {
		it.Collect(g)
		break
	}
	if reads != 3 {
		t.Errorf("GroupBy read %d elements to finish the first group, want 3", reads)
	}
}

func TestReiteration(t *testing.T) {
	p := it.ProductRepeat(2, it.Range(3))
	if a, b := it.Collect(p), it.Collect(p); !reflect.DeepEqual(a, b) || len(a) != 9 {
		t.Errorf("Product re-iterated: %v then %v", a, b)
	}
	c := it.Count(5, 1)
	for range 2 {
		if got := it.Collect(it.ISlice(c, 3)); !reflect.DeepEqual(got, []int{5, 6, 7}) {
			t.Errorf("Count restarts: got %v", got)
		}
	}
	// Tuples are fresh: changing one does not change the next.
	var kept [][]int
	for t := range it.Combinations(it.Range(4), 2) {
		kept = append(kept, t)
		t[0] = -1
	}
	if kept[1][1] != 2 || len(kept) != 6 {
		t.Errorf("tuples share memory: %v", kept)
	}
	for i, tu := range kept {
		if cap(tu) != 2 {
			t.Errorf("tuple %d has cap %d; appending to it would overwrite its neighbour", i, cap(tu))
		}
	}
}

func TestBadArgumentsPanicAtCall(t *testing.T) {
	cases := map[string]func(){
		"Batched":                     func() { it.Batched(it.Range(3), 0) },
		"ISlice":                      func() { it.ISlice(it.Range(3), -1) },
		"ISlice step":                 func() { it.ISlice(it.Range(3), 0, 2, 0) },
		"ISlice arity":                func() { it.ISlice(it.Range(3)) },
		"Tee":                         func() { it.Tee(it.Range(3), -2) },
		"ProductRepeat":               func() { it.ProductRepeat(-1, it.Range(3)) },
		"Permutations":                func() { it.Permutations(it.Range(3), -1) },
		"Permutations arity":          func() { it.Permutations(it.Range(3), 1, 2) },
		"Combinations":                func() { it.Combinations(it.Range(3), -1) },
		"CombinationsWithReplacement": func() { it.CombinationsWithReplacement(it.Range(3), -1) },
		"Range":                       func() { it.Range(1, 5, 0) },
		"Range arity":                 func() { it.Range[int]() },
		"Repeat":                      func() { it.Repeat(1, 2, 3) },
		"TakeWhile":                   func() { it.TakeWhile(nil, it.Range(3)) },
		"DropWhile":                   func() { it.DropWhile(nil, it.Range(3)) },
		"FilterFalse":                 func() { it.FilterFalse(nil, it.Range(3)) },
		"Filter":                      func() { it.Filter(nil, it.Range(3)) },
		"Map":                         func() { it.Map[int, int](nil, it.Range(3)) },
		"GroupBy":                     func() { it.GroupBy[int, int](nil, it.Range(3)) },
		"Accumulate":                  func() { it.Accumulate(nil, it.Range(3)) },
		"StarMap":                     func() { it.StarMap[int, int, int](nil, it.Enumerate(it.Range(3))) },
		"Chain nil":                   func() { it.Chain(it.Range(3), nil) },
		"TakeWhile nil":               func() { it.TakeWhile(func(int) bool { return true }, nil) },
		"Zip nil":                     func() { it.Zip[int, int](it.Range(3), nil) },
		"Compress nil":                func() { it.Compress(it.Range(3), nil) },
		"ZipLongest nil":              func() { it.ZipLongest(0, it.Range(3), nil) },
		"Product nil":                 func() { it.ProductRepeat[int](2, nil) },
		"Permutations nil":            func() { it.Permutations[int](nil) },
		"GroupBy nil":                 func() { it.Group[int](nil) },
		"Tee nil":                     func() { it.Tee[int](nil, 2) },
		"ISlice nil":                  func() { it.ISlice[int](nil, 3) },
		"Cycle nil":                   func() { it.Cycle[int](nil) },
		"Collect nil":                 func() { it.Collect[int](nil) },
		"Len nil":                     func() { it.Len[int](nil) },
		"Reduce nil":                  func() { it.Reduce(it.Add[int], 0, nil) },
		"ForEach nil":                 func() { it.ForEach(func(int) {}, nil) },
		"ChainFromIterable nil": func() {
			it.Collect(it.ChainFromIterable(it.Of[iter.Seq[int]](it.Range(2), nil)))
		},
	}
	for name, call := range cases {
		fn := strings.Fields(name)[0]
		func() {
			defer func() {
				r := recover()
				if r == nil {
					t.Errorf("%s: no panic", name)
					return
				}
				if msg, ok := r.(string); !ok || !strings.Contains(msg, "itertools."+fn) {
					t.Errorf("%s: panic %v does not name itertools.%s", name, r, fn)
				}
			}()
			call()
		}()
	}
}

func TestRangeNoOverflow(t *testing.T) {
	got := it.Collect(it.Range[int8](120, 127, 5))
	if !reflect.DeepEqual(got, []int8{120, 125}) {
		t.Errorf("Range[int8](120, 127, 5) = %v", got)
	}
	got = it.Collect(it.Range[int8](-120, -128, -5))
	if !reflect.DeepEqual(got, []int8{-120, -125}) {
		t.Errorf("Range[int8](-120, -128, -5) = %v", got)
	}
	if got := it.Collect(it.Range[uint8](250, 255, 3)); !reflect.DeepEqual(got, []uint8{250, 253}) {
		t.Errorf("Range[uint8](250, 255, 3) = %v", got)
	}
	// The whole of int8, both ways, and steps as large as the type allows.
	if n := it.Len(it.Range[int8](-128, 127)); n != 255 {
		t.Errorf("Range[int8](-128, 127) has %d elements, want 255", n)
	}
	if n := it.Len(it.Range[int8](127, -128, -1)); n != 255 {
		t.Errorf("Range[int8](127, -128, -1) has %d elements, want 255", n)
	}
	if got := it.Collect(it.Range[int8](127, -128, -128)); !reflect.DeepEqual(got, []int8{127, -1}) {
		t.Errorf("Range[int8](127, -128, -128) = %v", got)
	}
	if got := it.Collect(it.Range[int8](-128, 127, 127)); !reflect.DeepEqual(got, []int8{-128, -1, 126}) {
		t.Errorf("Range[int8](-128, 127, 127) = %v", got)
	}
}

func TestFromChanStopsReceiving(t *testing.T) {
	ch := make(chan int, 5)
	for i := range 5 {
		ch <- i
	}
	close(ch)
	for v := range it.FromChan(ch) {
		if v == 1 {
			break
		}
	}
	if len(ch) != 3 {
		t.Errorf("FromChan left %d values in the channel, want 3", len(ch))
	}
}

func TestGroupBodyPanicsReachTheCaller(t *testing.T) {
	defer func() {
		if r := recover(); r != "boom" {
			t.Fatalf("recovered %v, want the body's panic", r)
		}
	}()
	for _, g := range it.Group(it.Chars("AAAB")) {
		for v := range g {
			if v == "A" {
				panic("boom")
			}
		}
	}
	t.Fatal("no panic")
}

func TestGroupRangedInsideItself(t *testing.T) {
	defer func() {
		r := recover()
		if msg, ok := r.(string); !ok || !strings.Contains(msg, "inside its own loop body") {
			t.Fatalf("recovered %v, want a clear GroupBy panic", r)
		}
	}()
	for _, g := range it.Group(it.Chars("AAAAB")) {
		n := 0
		for range g {
			if n++; n == 2 { // the second element comes from inside seq
				for range g {
				}
			}
		}
	}
}

func TestGroupBodyKeepsItsVariables(t *testing.T) {
	// The body runs on seq's goroutine; its writes must still be seen.
	total, groups := 0, 0
	for _, g := range it.GroupBy(func(x int) int { return x / 10 }, it.Range(1000)) {
		groups++
		for v := range g {
			total += v
		}
	}
	if groups != 100 || total != 999*1000/2 {
		t.Fatalf("groups %d total %d", groups, total)
	}
}
