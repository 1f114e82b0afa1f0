package itertools_test

import (
	"math/rand/v2"
)

// allOps lists every operation the differential test must cover.
var allOps = []string{
	"count", "cycle", "repeat", "accumulate", "batched", "chain",
	"chain_from_iterable", "compress", "dropwhile", "takewhile", "filterfalse",
	"filter", "map", "groupby", "islice", "pairwise", "starmap", "tee", "zip",
	"zip_longest", "product", "permutations", "combinations", "cwr", "range",
	"enumerate", "chars", "reduce", "runes", "chain_mixed", "len", "foreach",
}

// gen draws inputs from a fixed seed so every run tests the same cases.
type gen struct{ r *rand.Rand }

func ptr[T any](v T) *T { return &v }

func (g gen) ints(maxLen int) []int {
	xs := make([]int, g.r.IntN(maxLen+1))
	for i := range xs {
		xs[i] = g.r.IntN(16) - 5
	}
	return xs
}

// runs draws ints with repeated neighbours, so groups are longer than one.
func (g gen) runs(maxLen int) []int {
	xs := make([]int, g.r.IntN(maxLen+1))
	v := 0
	for i := range xs {
		if g.r.IntN(3) == 0 {
			v = g.r.IntN(9) - 3
		}
		xs[i] = v
	}
	return xs
}

func (g gen) strs(maxLen int) []string {
	chars := []string{"a", "A", "b", "B", "c", "é"}
	xs := make([]string, g.r.IntN(maxLen+1))
	for i := range xs {
		xs[i] = chars[g.r.IntN(len(chars))]
	}
	return xs
}

func (g gen) take() *int {
	if g.r.IntN(3) == 0 {
		return nil
	}
	return ptr(g.r.IntN(12))
}

func (g gen) data(kind string, maxLen int) any {
	if kind == "str" {
		return g.strs(maxLen)
	}
	return g.ints(maxLen)
}

func (g gen) kind() string {
	if g.r.IntN(2) == 0 {
		return "str"
	}
	return "int"
}

func (g gen) lists(kind string, maxN, maxLen int) any {
	n := g.r.IntN(maxN + 1)
	if kind == "str" {
		out := make([][]string, n)
		for i := range out {
			out[i] = g.strs(maxLen)
		}
		return out
	}
	out := make([][]int, n)
	for i := range out {
		out[i] = g.ints(maxLen)
	}
	return out
}

func (g gen) pred(kind string) *string {
	if kind == "str" {
		return ptr([]string{"lt:b", "gt:B", "lt:c", "gt:a"}[g.r.IntN(4)])
	}
	return ptr([]string{"lt:3", "gt:0", "even", "lt:-2", "gt:20"}[g.r.IntN(5)])
}

func (g gen) binf(kind string) *string {
	if kind == "str" {
		return ptr([]string{"add", "max", "min"}[g.r.IntN(3)])
	}
	return ptr([]string{"add", "sub", "mul", "max", "min"}[g.r.IntN(5)])
}

func (g gen) scalar(kind string) any {
	if kind == "str" {
		return g.strs(1 + g.r.IntN(2))
	}
	return g.r.IntN(10) - 3
}

func one(v any) any {
	switch x := v.(type) {
	case []string:
		if len(x) == 0 {
			return "z"
		}
		return x[0]
	}
	return v
}

// genCases builds the differential cases: random ones per operation and the
// edge cases (empty inputs, r > n, r = 0, negative arguments) that must
// behave like CPython or fail where it raises.
func genCases() []dcase {
	g := gen{rand.New(rand.NewPCG(4, 2026))}
	var cs []dcase
	add := func(c dcase) { cs = append(cs, c) }
	const N = 40
	for range N {
		// Infinite iterators, cut by take.
		if g.r.IntN(2) == 0 {
			add(dcase{Op: "count", Kind: "int", Start: g.r.IntN(20) - 10, Step: g.r.IntN(9) - 4, Take: ptr(g.r.IntN(10))})
		} else {
			add(dcase{Op: "count", Kind: "float", Start: float64(g.r.IntN(20)-10) / 4, Step: g.r.Float64()*6 - 3, Take: ptr(g.r.IntN(30))})
		}
		k := g.kind()
		add(dcase{Op: "cycle", Kind: k, Data: g.data(k, 5), Take: ptr(g.r.IntN(15))})
		add(dcase{Op: "repeat", Kind: k, Value: one(g.scalar(k)), Times: ptr(g.r.IntN(6) - 2), Take: g.take()})
		add(dcase{Op: "repeat", Kind: k, Value: one(g.scalar(k)), Take: ptr(g.r.IntN(6))})

		k = g.kind()
		c := dcase{Op: "accumulate", Kind: k, Data: g.data(k, 8), Fn: g.binf(k), Take: g.take()}
		if g.r.IntN(2) == 0 {
			c.Initial = one(g.scalar(k))
		}
		add(c)
		add(dcase{Op: "batched", Kind: k, Data: g.data(k, 10), N: g.r.IntN(5) - 1, Take: g.take()})
		add(dcase{Op: "chain", Kind: k, Lists: g.lists(k, 4, 4), Take: g.take()})
		add(dcase{Op: "chain_from_iterable", Kind: k, Lists: g.lists(k, 4, 4), Take: g.take()})
		sel := make([]bool, g.r.IntN(10))
		for i := range sel {
			sel[i] = g.r.IntN(2) == 0
		}
		add(dcase{Op: "compress", Kind: k, Data: g.data(k, 10), Sel: sel, Take: g.take()})
		for _, op := range []string{"dropwhile", "takewhile", "filterfalse", "filter"} {
			k := g.kind()
			add(dcase{Op: op, Kind: k, Data: g.data(k, 10), Fn: g.pred(k), Take: g.take()})
		}
		k = g.kind()
		add(dcase{Op: "map", Kind: k, Data: g.data(k, 8), Fn: ptr("dup"), Take: g.take()})
		add(dcase{Op: "map", Kind: "int", Data: g.ints(8), Fn: ptr("neg"), Take: g.take()})

		for _, mode := range []string{"full", "partial", "twice", "deferred"} {
			c := dcase{Op: "groupby", Kind: "int", Data: g.runs(14), Mode: mode, M: g.r.IntN(4)}
			if mode != "deferred" {
				c.Take = g.take()
			}
			switch g.r.IntN(4) {
			case 0:
			case 1:
				c.Fn = ptr("div:3")
			case 2:
				c.Fn = ptr("mod:2")
			default:
				c.Fn = ptr("id")
			}
			add(c)
			s := dcase{Op: "groupby", Kind: "str", Data: g.strs(12), Mode: mode, M: g.r.IntN(3)}
			if g.r.IntN(2) == 0 {
				s.Fn = ptr("lower")
			}
			add(s)
		}

		k = g.kind()
		var args []*int
		for range 1 + g.r.IntN(3) {
			args = append(args, ptr(g.r.IntN(10)))
		}
		if len(args) >= 2 && g.r.IntN(3) == 0 {
			args[1] = nil // Python's None
		}
		if len(args) == 1 && g.r.IntN(4) == 0 {
			args[0] = nil
		}
		if len(args) == 3 && *args[2] == 0 && g.r.IntN(2) == 0 {
			args[2] = ptr(1)
		}
		add(dcase{Op: "islice", Kind: k, Data: g.data(k, 12), Args: args})
		add(dcase{Op: "pairwise", Kind: k, Data: g.data(k, 6), Take: g.take()})
		add(dcase{Op: "starmap", Kind: "int", Data: g.ints(6), B: g.ints(6), Fn: g.binf("int"), Take: g.take()})

		tn := g.r.IntN(4)
		sched := make([]int, 0)
		if tn > 0 {
			for range g.r.IntN(20) {
				sched = append(sched, g.r.IntN(tn))
			}
		}
		add(dcase{Op: "tee", Kind: k, Data: g.data(k, 8), N: tn, Sched: sched})
		add(dcase{Op: "zip", Kind: k, Data: g.data(k, 6), B: g.data(k, 6), Take: g.take()})
		add(dcase{Op: "zip_longest", Kind: k, Lists: g.lists(k, 4, 5), Fill: one(g.scalar(k)), Take: g.take()})
		add(dcase{Op: "product", Kind: k, Lists: g.lists(k, 3, 3), Repeat: g.r.IntN(3), Take: g.take()})
		add(dcase{Op: "product", Kind: k, Lists: g.lists(k, 3, 4), Repeat: 1, Take: g.take()})
		var r *int
		if g.r.IntN(4) > 0 {
			r = ptr(g.r.IntN(6))
		}
		add(dcase{Op: "permutations", Kind: k, Data: g.data(k, 5), R: r, Take: g.take()})
		add(dcase{Op: "combinations", Kind: k, Data: g.data(k, 7), R: ptr(g.r.IntN(8)), Take: g.take()})
		add(dcase{Op: "cwr", Kind: k, Data: g.data(k, 5), R: ptr(g.r.IntN(5)), Take: g.take()})

		var rargs []*int
		for range 1 + g.r.IntN(3) {
			rargs = append(rargs, ptr(g.r.IntN(30)-10))
		}
		add(dcase{Op: "range", Kind: "int", Args: rargs, Take: g.take()})
		add(dcase{Op: "enumerate", Kind: k, Data: g.data(k, 6), Take: g.take()})
		k = g.kind()
		add(dcase{Op: "reduce", Kind: k, Data: g.data(k, 6), Fn: g.binf(k), Initial: one(g.scalar(k))})
	}

	// Edge cases, each a place where CPython's behaviour is specific.
	for i, s := range []string{"", "ABC", "héllo wörld", "日本語", "a\u0301e"} {
		add(dcase{Op: "chars", Kind: "str", S: s})
		add(dcase{Op: "runes", Kind: "str", S: s})
		// Python: itertools.chain("ABC", range(3))
		add(dcase{Op: "chain_mixed", Kind: "str", S: s, N: i - 1, Take: g.take()})
	}
	for range 10 {
		k := g.kind()
		add(dcase{Op: "len", Kind: k, Data: g.data(k, 12)})
		add(dcase{Op: "foreach", Kind: k, Data: g.data(k, 12)})
	}
	add(dcase{Op: "count", Kind: "float", Start: 1, Step: 2.5, Take: ptr(4)})
	add(dcase{Op: "count", Kind: "float", Start: 0.1, Step: 0.1, Take: ptr(50)})
	add(dcase{Op: "count", Kind: "int", Start: 5, Step: -3, Take: ptr(5)})
	add(dcase{Op: "cycle", Kind: "int", Data: []int{}, Take: ptr(5)})
	add(dcase{Op: "repeat", Kind: "int", Value: 3, Times: ptr(-1), Take: nil})
	add(dcase{Op: "repeat", Kind: "int", Value: 3, Times: ptr(0), Take: nil})
	add(dcase{Op: "accumulate", Kind: "int", Data: []int{}, Fn: ptr("add")})
	add(dcase{Op: "accumulate", Kind: "int", Data: []int{}, Fn: ptr("add"), Initial: 7})
	add(dcase{Op: "accumulate", Kind: "float", Data: []float64{0.1, 0.2, 0.3, 1e16, 1, -1e16}, Fn: ptr("add")})
	for _, n := range []int{-1, 0, 1, 3, 10} {
		add(dcase{Op: "batched", Kind: "int", Data: []int{1, 2, 3, 4, 5, 6, 7}, N: n})
	}
	add(dcase{Op: "chain", Kind: "int", Lists: [][]int{}})
	add(dcase{Op: "chain", Kind: "str", Lists: [][]string{{}, {}, {"x"}, {}}})
	add(dcase{Op: "compress", Kind: "int", Data: []int{1, 2, 3}, Sel: []bool{}})
	add(dcase{Op: "compress", Kind: "int", Data: []int{1, 2, 3, 4, 5}, Sel: []bool{true, false}})
	add(dcase{Op: "takewhile", Kind: "int", Data: []int{1, 4, 6, 4, 1}, Fn: ptr("lt:5")})
	add(dcase{Op: "dropwhile", Kind: "int", Data: []int{1, 4, 6, 4, 1}, Fn: ptr("lt:5")})
	add(dcase{Op: "filterfalse", Kind: "int", Data: []int{1, 2, 3, 4, 5}, Fn: ptr("lt:3")})
	add(dcase{Op: "groupby", Kind: "str", Data: []string{"A", "A", "A", "A", "A", "B", "B", "B", "B", "C", "C", "D", "D"}, Mode: "full"})
	add(dcase{Op: "groupby", Kind: "str", Data: []string{}, Mode: "full"})
	add(dcase{Op: "groupby", Kind: "int", Data: []int{1, 1, 2, 2, 3}, Mode: "deferred"})
	add(dcase{Op: "groupby", Kind: "int", Data: []int{1, 1, 1, 2, 2, 3, 3, 3}, Mode: "partial", M: 1, Take: ptr(2)})
	add(dcase{Op: "groupby", Kind: "int", Data: []int{1, 1, 1, 2, 2, 3, 3, 3}, Mode: "twice", M: 1})
	for _, a := range [][]*int{
		{ptr(0)}, {nil}, {ptr(5), ptr(3)}, {ptr(0), ptr(5), ptr(3)}, {ptr(2), nil, ptr(3)},
		{ptr(-1)}, {ptr(0), ptr(-1)}, {ptr(0), ptr(5), ptr(0)}, {ptr(0), ptr(5), ptr(-2)},
		{ptr(3), ptr(3)}, {ptr(20)}, {ptr(20), ptr(30)},
	} {
		add(dcase{Op: "islice", Kind: "int", Data: []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, Args: a})
	}
	add(dcase{Op: "pairwise", Kind: "int", Data: []int{1}})
	add(dcase{Op: "tee", Kind: "int", Data: []int{1, 2, 3}, N: -1})
	add(dcase{Op: "tee", Kind: "int", Data: []int{1, 2, 3}, N: 0})
	add(dcase{Op: "tee", Kind: "int", Data: []int{1, 2, 3}, N: 2, Sched: []int{0, 0, 0, 0, 1, 1, 1, 1, 0}})
	add(dcase{Op: "zip", Kind: "int", Data: []int{1, 2, 3, 4}, B: []int{9}})
	add(dcase{Op: "zip_longest", Kind: "int", Lists: [][]int{}, Fill: 0})
	add(dcase{Op: "zip_longest", Kind: "str", Lists: [][]string{{"A", "B", "C", "D"}, {"x", "y"}}, Fill: "-"})
	add(dcase{Op: "product", Kind: "str", Lists: [][]string{{"A", "B", "C"}}, Repeat: 2})
	add(dcase{Op: "product", Kind: "int", Lists: [][]int{}, Repeat: 1})
	add(dcase{Op: "product", Kind: "int", Lists: [][]int{{1, 2}, {}}, Repeat: 1})
	add(dcase{Op: "product", Kind: "int", Lists: [][]int{{1, 2}}, Repeat: 0})
	add(dcase{Op: "product", Kind: "int", Lists: [][]int{{1, 2}}, Repeat: -1})
	add(dcase{Op: "product", Kind: "int", Lists: [][]int{{1, 1}, {2, 2}}, Repeat: 2})
	for _, r := range []*int{nil, ptr(-1), ptr(0), ptr(1), ptr(2), ptr(3), ptr(4)} {
		add(dcase{Op: "permutations", Kind: "int", Data: []int{1, 1, 2}, R: r})
		add(dcase{Op: "permutations", Kind: "int", Data: []int{}, R: r})
		if r != nil {
			add(dcase{Op: "combinations", Kind: "int", Data: []int{1, 1, 2}, R: r})
			add(dcase{Op: "combinations", Kind: "int", Data: []int{}, R: r})
			add(dcase{Op: "cwr", Kind: "int", Data: []int{1, 1, 2}, R: r})
			add(dcase{Op: "cwr", Kind: "int", Data: []int{}, R: r})
		}
	}
	add(dcase{Op: "permutations", Kind: "int", Data: []int{0, 1, 2, 3, 4, 5}, R: nil})
	add(dcase{Op: "combinations", Kind: "int", Data: []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, R: ptr(4)})
	for _, a := range [][]*int{{}, {ptr(1), ptr(2), ptr(0)}, {ptr(10), ptr(0), ptr(-3)}, {ptr(0), ptr(10), ptr(3)}, {ptr(5), ptr(1)}, {ptr(-3)}, {ptr(1), ptr(2), ptr(3), ptr(4)}} {
		add(dcase{Op: "range", Kind: "int", Args: a})
	}
	add(dcase{Op: "enumerate", Kind: "int", Data: []int{}})
	add(dcase{Op: "reduce", Kind: "int", Data: []int{}, Fn: ptr("add"), Initial: 42})
	return cs
}
