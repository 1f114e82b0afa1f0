package itertools_test

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"iter"
	"os"
	"os/exec"
	"reflect"
	"strconv"
	"strings"
	"testing"

	it "github.com/gokernel/gokernel/lib/itertools"
)

// python is the CPython the differential tests compare against.
const python = "/usr/bin/python3"

// dcase is one operation with its inputs, run by testdata/driver.py under
// CPython and by runCase under Go. Field names follow the driver.
type dcase struct {
	Op      string  `json:"op"`
	Kind    string  `json:"kind"` // element type: int, str or float
	Data    any     `json:"data,omitempty"`
	B       any     `json:"b"`
	Lists   any     `json:"lists"`
	Sel     []bool  `json:"sel"`
	Fn      *string `json:"fn"`
	Mode    string  `json:"mode"`
	M       int     `json:"m"`
	Take    *int    `json:"take"`
	Start   any     `json:"start"`
	Step    any     `json:"step"`
	Value   any     `json:"value"`
	Times   *int    `json:"times"`
	Initial any     `json:"initial,omitempty"`
	N       int     `json:"n"`
	Args    []*int  `json:"args"`
	Sched   []int   `json:"sched"`
	Fill    any     `json:"fill"`
	Repeat  int     `json:"repeat"`
	R       *int    `json:"r"`
	S       string  `json:"s"`
}

// result is what both sides report for a case.
type result struct {
	Out  any    `json:"out,omitempty"`
	Rest any    `json:"rest,omitempty"`
	Err  string `json:"err,omitempty"`
}

// runPython runs all cases in one CPython process.
func runPython(t *testing.T, cases []dcase) []result {
	t.Helper()
	if _, err := os.Stat(python); err != nil {
		t.Skipf("differential tests need CPython at %s: %v", python, err)
	}
	in, err := json.Marshal(cases)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(python, "testdata/driver.py")
	cmd.Stdin = bytes.NewReader(in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python driver: %v\n%s", err, stderr.String())
	}
	var res []result
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("python driver output: %v", err)
	}
	if len(res) != len(cases) {
		t.Fatalf("python driver answered %d of %d cases", len(res), len(cases))
	}
	return res
}

// runGo runs one case with the Go port; a panic is reported as an error.
func runGo(c dcase) (res result) {
	defer func() {
		if r := recover(); r != nil {
			res = result{Err: fmt.Sprint("panic: ", r)}
		}
	}()
	switch {
	case c.Op == "count" && c.Kind == "float":
		return result{Out: take(it.Count(conv[float64](c.Start), conv[float64](c.Step)), c.Take), Rest: []any{}}
	case c.Op == "count":
		return result{Out: take(it.Count(conv[int](c.Start), conv[int](c.Step)), c.Take), Rest: []any{}}
	case c.Op == "range":
		args := make([]int, len(c.Args))
		for i, a := range c.Args {
			args[i] = *a
		}
		return result{Out: take(it.Range(args...), c.Take), Rest: []any{}}
	case c.Op == "chars":
		return result{Out: take(it.Chars(c.S), nil), Rest: []any{}}
	case c.Op == "runes":
		return result{Out: take(it.Runes(c.S), nil), Rest: []any{}}
	case c.Op == "chain_mixed":
		return result{Out: take(it.Chain(it.Any(it.Chars(c.S)), it.Any(it.Range(c.N))), c.Take), Rest: []any{}}
	case c.Kind == "int":
		return runCase[int](c)
	case c.Kind == "float":
		return runCase[float64](c)
	default:
		return runCase[string](c)
	}
}

func runCase[T cmp.Ordered](c dcase) result {
	data := conv[[]T](c.Data)
	seq, rest := shared(data)
	var out any
	fn := ""
	if c.Fn != nil {
		fn = *c.Fn
	}
	switch c.Op {
	case "cycle":
		out = take(it.Cycle(seq), c.Take)
	case "repeat":
		if c.Times == nil {
			out = take(it.Repeat(conv[T](c.Value)), c.Take)
		} else {
			out = take(it.Repeat(conv[T](c.Value), *c.Times), c.Take)
		}
	case "accumulate":
		if c.Initial != nil {
			out = take(it.AccumulateInitial(binf[T](fn), conv[T](c.Initial), seq), c.Take)
		} else {
			out = take(it.Accumulate(binf[T](fn), seq), c.Take)
		}
	case "batched":
		out = take(it.Batched(seq, c.N), c.Take)
	case "chain":
		out = take(it.Chain(seqs(conv[[][]T](c.Lists))...), c.Take)
	case "chain_from_iterable":
		out = take(it.ChainFromIterable(it.Of(seqs(conv[[][]T](c.Lists))...)), c.Take)
	case "compress":
		out = take(it.Compress(seq, it.Of(c.Sel...)), c.Take)
	case "dropwhile":
		out = take(it.DropWhile(pred[T](fn), seq), c.Take)
	case "takewhile":
		out = take(it.TakeWhile(pred[T](fn), seq), c.Take)
	case "filterfalse":
		out = take(it.FilterFalse(pred[T](fn), seq), c.Take)
	case "filter":
		out = take(it.Filter(pred[T](fn), seq), c.Take)
	case "map":
		out = take(it.Map(unf[T](fn), seq), c.Take)
	case "groupby":
		out = groupby(c, seq)
	case "islice":
		args := make([]int, len(c.Args))
		for i, a := range c.Args {
			if a == nil {
				args[i] = it.ToEnd
			} else {
				args[i] = *a
			}
		}
		out = take(it.ISlice(seq, args...), nil)
	case "pairwise":
		out = take2(it.Pairwise(seq), c.Take)
	case "starmap":
		out = take(it.StarMap(binf[T](fn), it.Zip(it.Of(data...), it.Of(conv[[]T](c.B)...))), c.Take)
	case "tee":
		out = teeSchedule(it.Tee(seq, c.N), c.Sched)
	case "zip":
		out = take2(it.Zip(seq, it.Of(conv[[]T](c.B)...)), c.Take)
	case "zip_longest":
		out = take(it.ZipLongest(conv[T](c.Fill), seqs(conv[[][]T](c.Lists))...), c.Take)
	case "product":
		pools := seqs(conv[[][]T](c.Lists))
		if c.Repeat == 1 {
			out = take(it.Product(pools...), c.Take)
		} else {
			out = take(it.ProductRepeat(c.Repeat, pools...), c.Take)
		}
	case "permutations":
		if c.R == nil {
			out = take(it.Permutations(seq), c.Take)
		} else {
			out = take(it.Permutations(seq, *c.R), c.Take)
		}
	case "combinations":
		out = take(it.Combinations(seq, *c.R), c.Take)
	case "cwr":
		out = take(it.CombinationsWithReplacement(seq, *c.R), c.Take)
	case "enumerate":
		out = take2(it.Enumerate(seq), c.Take)
	case "reduce":
		out = []any{it.Reduce(binf[T](fn), conv[T](c.Initial), seq)}
	case "len":
		out = []any{it.Len(seq)}
	case "foreach":
		seen := []any{}
		it.ForEach(func(v T) { seen = append(seen, v) }, seq)
		out = seen
	default:
		panic("unknown op " + c.Op)
	}
	return result{Out: out, Rest: asAny(rest())}
}

func groupby[T cmp.Ordered](c dcase, seq iter.Seq[T]) []any {
	var groups iter.Seq2[T, iter.Seq[T]]
	if c.Fn == nil {
		groups = it.Group(seq)
	} else {
		groups = it.GroupBy(keyf[T](*c.Fn), seq)
	}
	out := []any{}
	if c.Mode == "deferred" {
		type kg struct {
			k T
			g iter.Seq[T]
		}
		var kept []kg
		for k, g := range groups {
			kept = append(kept, kg{k, g})
		}
		for _, p := range kept {
			out = append(out, []any{p.k, asAny(it.Collect(p.g))})
		}
		return out
	}
	if c.Take != nil && *c.Take == 0 {
		return out // islice(groups, 0) never advances groups
	}
	n := 0
	for k, g := range groups {
		n++
		switch c.Mode {
		case "full":
			out = append(out, []any{k, asAny(it.Collect(g))})
		case "partial":
			out = append(out, []any{k, asAny(it.Collect(it.ISlice(g, c.M)))})
		case "twice":
			first := it.Collect(it.ISlice(g, c.M))
			out = append(out, []any{k, asAny(first), asAny(it.Collect(g))})
		}
		if c.Take != nil && n >= *c.Take {
			break
		}
	}
	return out
}

// teeSchedule steps the copies in the order sched gives, as next() would.
func teeSchedule[T any](copies []iter.Seq[T], sched []int) []any {
	nexts := make([]func() (T, bool), len(copies))
	for i, c := range copies {
		next, stop := iter.Pull(c)
		defer stop()
		nexts[i] = next
	}
	out := []any{}
	for _, i := range sched {
		if v, ok := nexts[i](); ok {
			out = append(out, v)
		} else {
			out = append(out, "STOP")
		}
	}
	return out
}

// shared is a single-use iterator over xs, like Python's iter(xs); rest
// reports what the operation left unread.
func shared[T any](xs []T) (iter.Seq[T], func() []T) {
	i := 0
	seq := func(yield func(T) bool) {
		for i < len(xs) {
			v := xs[i]
			i++
			if !yield(v) {
				return
			}
		}
	}
	return seq, func() []T { return xs[i:] }
}

func seqs[T any](lists [][]T) []iter.Seq[T] {
	out := make([]iter.Seq[T], len(lists))
	for i, l := range lists {
		out[i] = it.Of(l...)
	}
	return out
}

// take collects up to *n elements (all if n is nil), as islice(seq, n) does.
func take[T any](seq iter.Seq[T], n *int) []any {
	out := []any{}
	if n != nil && *n == 0 {
		return out
	}
	for v := range seq {
		out = append(out, v)
		if n != nil && len(out) >= *n {
			break
		}
	}
	return out
}

func take2[K, V any](seq iter.Seq2[K, V], n *int) []any {
	out := []any{}
	if n != nil && *n == 0 {
		return out
	}
	for k, v := range seq {
		out = append(out, []any{k, v})
		if n != nil && len(out) >= *n {
			break
		}
	}
	return out
}

func asAny[T any](xs []T) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}

// conv converts a JSON-decoded value to T by a JSON round trip.
func conv[T any](v any) T {
	var out T
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	if err := json.Unmarshal(b, &out); err != nil {
		panic(fmt.Sprintf("test input %s is not a %T: %v", b, out, err))
	}
	return out
}

func parseArg[T any](s string) T {
	var out any
	var zero T
	switch any(zero).(type) {
	case int:
		n, err := strconv.Atoi(s)
		if err != nil {
			panic(err)
		}
		out = n
	case float64:
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			panic(err)
		}
		out = f
	default:
		out = s
	}
	return out.(T)
}

// The named callbacks below mirror pred/keyf/binf/unf in testdata/driver.py.

func pred[T cmp.Ordered](name string) func(T) bool {
	op, arg, _ := strings.Cut(name, ":")
	switch op {
	case "lt":
		k := parseArg[T](arg)
		return func(x T) bool { return x < k }
	case "gt":
		k := parseArg[T](arg)
		return func(x T) bool { return x > k }
	case "even":
		return func(x T) bool { return any(x).(int)%2 == 0 }
	}
	panic("unknown predicate " + name)
}

func keyf[T cmp.Ordered](name string) func(T) T {
	op, arg, _ := strings.Cut(name, ":")
	switch op {
	case "id":
		return func(x T) T { return x }
	case "div":
		k, _ := strconv.Atoi(arg)
		return func(x T) T { return any(floorDiv(any(x).(int), k)).(T) }
	case "mod":
		k, _ := strconv.Atoi(arg)
		return func(x T) T { return any(any(x).(int) - k*floorDiv(any(x).(int), k)).(T) }
	case "lower":
		return func(x T) T { return any(strings.ToLower(any(x).(string))).(T) }
	}
	panic("unknown key " + name)
}

// floorDiv is Python's //.
func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func binf[T cmp.Ordered](name string) func(T, T) T {
	switch name {
	case "add":
		return func(a, b T) T { return a + b }
	case "max":
		return func(a, b T) T { return max(a, b) }
	case "min":
		return func(a, b T) T { return min(a, b) }
	case "sub":
		return func(a, b T) T { return any(any(a).(int) - any(b).(int)).(T) }
	case "mul":
		return func(a, b T) T { return any(any(a).(int) * any(b).(int)).(T) }
	}
	panic("unknown function " + name)
}

func unf[T cmp.Ordered](name string) func(T) T {
	switch name {
	case "dup":
		return func(x T) T { return x + x }
	case "neg":
		return func(x T) T { return any(-any(x).(int)).(T) }
	}
	panic("unknown function " + name)
}

// normalize turns a result into what JSON decoding gives, so Go and Python
// results compare with reflect.DeepEqual (numbers become float64).
func normalize(t *testing.T, r result) any {
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	return v
}

func TestDifferentialCPython(t *testing.T) {
	cases := genCases()
	want := runPython(t, cases)
	failures := map[string]int{}
	perOp := map[string]int{}
	for i, c := range cases {
		perOp[c.Op]++
		got := runGo(c)
		py := want[i]
		ok := false
		switch {
		case py.Err != "" || got.Err != "":
			// Go panics exactly where Python raises.
			ok = py.Err != "" && got.Err != ""
		default:
			ok = reflect.DeepEqual(normalize(t, got), normalize(t, py))
		}
		if !ok {
			failures[c.Op]++
			if failures[c.Op] <= 3 {
				in, _ := json.Marshal(c)
				gb, _ := json.Marshal(got)
				pb, _ := json.Marshal(py)
				t.Errorf("case %s\n   go: %s\n   py: %s", in, gb, pb)
			}
		}
	}
	for _, op := range allOps {
		if perOp[op] == 0 {
			t.Errorf("no differential cases for %s", op)
		}
	}
	t.Logf("%d cases over %d operations, %d failing", len(cases), len(perOp), len(failures))
}
