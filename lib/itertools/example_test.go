package itertools_test

import (
	"fmt"
	"strings"

	it "github.com/gokernel/gokernel/lib/itertools"
)

func ExampleCount() {
	for v := range it.Count(1, 2.5) {
		if v > 10 {
			break
		}
		fmt.Println(v)
	}
	// Output:
	// 1
	// 3.5
	// 6
	// 8.5
}

func ExampleCycle() {
	fmt.Println(it.Collect(it.ISlice(it.Cycle(it.Chars("AB")), 5)))
	// Output: [A B A B A]
}

func ExampleRepeat() {
	fmt.Println(it.Collect(it.Repeat("go", 3)))
	fmt.Println(it.Collect(it.ISlice(it.Repeat(7), 4)))
	// Output:
	// [go go go]
	// [7 7 7 7]
}

func ExampleAccumulate() {
	fmt.Println(it.Collect(it.Accumulate(it.Add, it.Of(1, 2, 3, 4, 5))))
	fmt.Println(it.Collect(it.Accumulate(func(a, b int) int { return max(a, b) }, it.Of(3, 1, 4, 1, 5))))
	// Output:
	// [1 3 6 10 15]
	// [3 3 4 4 5]
}

func ExampleAccumulateInitial() {
	lens := it.AccumulateInitial(func(n int, s string) int { return n + len(s) }, 100, it.Of("a", "bb", "ccc"))
	fmt.Println(it.Collect(lens))
	// Output: [100 101 103 106]
}

func ExampleAdd() {
	fmt.Println(it.Reduce(it.Add, 0, it.Range(101)))
	// Output: 5050
}

func ExampleMul() {
	fmt.Println(it.Collect(it.Accumulate(it.Mul, it.Range(1, 6))))
	// Output: [1 2 6 24 120]
}

func ExampleBatched() {
	for b := range it.Batched(it.Chars("ABCDEFG"), 3) {
		fmt.Println(b)
	}
	// Output:
	// [A B C]
	// [D E F]
	// [G]
}

func ExampleChain() {
	// Python: itertools.chain("ABC", range(3))
	for v := range it.Chain(it.Any(it.Chars("ABC")), it.Any(it.Range(3))) {
		fmt.Println(v)
	}
	// Output:
	// A
	// B
	// C
	// 0
	// 1
	// 2
}

func ExampleChainFromIterable() {
	words := it.Map(it.Chars, it.Of("ab", "", "cd"))
	fmt.Println(it.Collect(it.ChainFromIterable(words)))
	// Output: [a b c d]
}

func ExampleCompress() {
	fmt.Println(it.Collect(it.Compress(it.Chars("ABCDEF"), it.Of(true, false, true, false, true, true))))
	// Output: [A C E F]
}

func ExampleDropWhile() {
	fmt.Println(it.Collect(it.DropWhile(func(x int) bool { return x < 5 }, it.Of(1, 4, 6, 3, 8))))
	// Output: [6 3 8]
}

func ExampleFilterFalse() {
	for v := range it.FilterFalse(func(x int) bool { return x < 3 }, it.Of(1, 2, 3, 4, 5)) {
		fmt.Println(v)
	}
	// Output:
	// 3
	// 4
	// 5
}

func ExampleFilter() {
	fmt.Println(it.Collect(it.Filter(func(x int) bool { return x%2 == 0 }, it.Range(10))))
	// Output: [0 2 4 6 8]
}

func ExampleTakeWhile() {
	for v := range it.TakeWhile(func(x float64) bool { return x < 10 }, it.Count(1, 2.5)) {
		fmt.Println(v)
	}
	// Output:
	// 1
	// 3.5
	// 6
	// 8.5
}

func ExampleGroupBy() {
	words := it.Of("apple", "avocado", "banana", "blueberry", "cherry")
	first := func(s string) byte { return s[0] }
	for k, g := range it.GroupBy(first, words) {
		fmt.Println(string(k), it.Collect(g))
	}
	// Output:
	// a [apple avocado]
	// b [banana blueberry]
	// c [cherry]
}

func ExampleGroup() {
	// Python: for k, g in itertools.groupby("AAAAABBBBCCDD"): print(k, list(g))
	for k, g := range it.Group(it.Chars("AAAAABBBBCCDD")) {
		fmt.Println(k, it.Collect(g))
	}
	// Output:
	// A [A A A A A]
	// B [B B B B]
	// C [C C]
	// D [D D]
}

func ExampleISlice() {
	fmt.Println(it.Collect(it.ISlice(it.Chars("ABCDEFG"), 2)))
	fmt.Println(it.Collect(it.ISlice(it.Chars("ABCDEFG"), 2, 4)))
	fmt.Println(it.Collect(it.ISlice(it.Chars("ABCDEFG"), 2, it.ToEnd)))
	fmt.Println(it.Collect(it.ISlice(it.Chars("ABCDEFG"), 0, it.ToEnd, 2)))
	// Output:
	// [A B]
	// [C D]
	// [C D E F G]
	// [A C E G]
}

func ExamplePairwise() {
	for a, b := range it.Pairwise(it.Chars("ABCD")) {
		fmt.Print(a, b, " ")
	}
	fmt.Println()
	// Output: AB BC CD
}

func ExampleStarMap() {
	pow := func(b, e int) int {
		r := 1
		for range e {
			r *= b
		}
		return r
	}
	fmt.Println(it.Collect(it.StarMap(pow, it.Zip(it.Of(2, 3, 10), it.Of(5, 2, 3)))))
	// Output: [32 9 1000]
}

func ExampleTee() {
	copies := it.Tee(it.Range(5), 2)
	a, b := copies[0], copies[1]
	fmt.Println(it.Collect(it.ISlice(a, 2)))
	fmt.Println(it.Collect(b))
	fmt.Println(it.Collect(a)) // a continues where it stopped
	// Output:
	// [0 1]
	// [0 1 2 3 4]
	// [2 3 4]
}

func ExampleZip() {
	for n, s := range it.Zip(it.Count(1, 1), it.Of("one", "two", "three")) {
		fmt.Println(n, s)
	}
	// Output:
	// 1 one
	// 2 two
	// 3 three
}

func ExampleZipLongest() {
	for t := range it.ZipLongest("-", it.Chars("ABCD"), it.Chars("xy")) {
		fmt.Println(t)
	}
	// Output:
	// [A x]
	// [B y]
	// [C -]
	// [D -]
}

func ExampleProduct() {
	fmt.Println(it.Collect(it.Product(it.Chars("AB"), it.Chars("xy"))))
	// Output: [[A x] [A y] [B x] [B y]]
}

func ExampleProductRepeat() {
	// Python: itertools.product("ABC", repeat=2)
	for t := range it.ProductRepeat(2, it.Chars("ABC")) {
		fmt.Println(t)
	}
	// Output:
	// [A A]
	// [A B]
	// [A C]
	// [B A]
	// [B B]
	// [B C]
	// [C A]
	// [C B]
	// [C C]
}

func ExamplePermutations() {
	fmt.Println(it.Collect(it.Permutations(it.Chars("ABC"), 2)))
	fmt.Println(len(it.Collect(it.Permutations(it.Range(4)))))
	// Output:
	// [[A B] [A C] [B A] [B C] [C A] [C B]]
	// 24
}

func ExampleCombinations() {
	fmt.Println(it.Collect(it.Combinations(it.Chars("ABCD"), 2)))
	// Output: [[A B] [A C] [A D] [B C] [B D] [C D]]
}

func ExampleCombinationsWithReplacement() {
	fmt.Println(it.Collect(it.CombinationsWithReplacement(it.Chars("ABC"), 2)))
	// Output: [[A A] [A B] [A C] [B B] [B C] [C C]]
}

func ExampleRange() {
	fmt.Println(it.Collect(it.Range(5)), it.Collect(it.Range(2, 5)), it.Collect(it.Range(10, 0, -3)))
	// Output: [0 1 2 3 4] [2 3 4] [10 7 4 1]
}

func ExampleChars() {
	fmt.Println(strings.Join(it.Collect(it.Chars("héllo")), "|"))
	// Output: h|é|l|l|o
}

func ExampleRunes() {
	for r := range it.Runes("día") {
		fmt.Printf("%q ", r)
	}
	fmt.Println()
	// Output: 'd' 'í' 'a'
}

func ExampleOf() {
	xs := []int{3, 1, 2}
	fmt.Println(it.Collect(it.Of(xs...)), it.Collect(it.Of("a", "b")))
	// Output: [3 1 2] [a b]
}

func ExampleFromChan() {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	ch <- 3
	close(ch)
	fmt.Println(it.Collect(it.FromChan(ch)))
	// Output: [1 2 3]
}

func ExampleCollect() {
	fmt.Println(it.Collect(it.Range(3)), len(it.Collect(it.Range(0))))
	// Output: [0 1 2] 0
}

func ExampleForEach() {
	it.ForEach(func(s string) { fmt.Print(s, ";") }, it.Chars("abc"))
	fmt.Println()
	// Output: a;b;c;
}

func ExampleReduce() {
	joined := it.Reduce(func(acc string, r rune) string { return string(r) + acc }, "", it.Runes("stressed"))
	fmt.Println(joined)
	// Output: desserts
}

func ExampleMap() {
	fmt.Println(it.Collect(it.Map(strings.ToUpper, it.Of("a", "b"))))
	// Output: [A B]
}

func ExampleEnumerate() {
	for i, c := range it.Enumerate(it.Chars("xyz")) {
		fmt.Println(i, c)
	}
	// Output:
	// 0 x
	// 1 y
	// 2 z
}

func ExampleAny() {
	mixed := it.Collect(it.Chain(it.Any(it.Chars("AB")), it.Any(it.Range(2))))
	fmt.Printf("%v %T %T\n", mixed, mixed[0], mixed[2])
	// Output: [A B 0 1] string int
}

func ExampleLen() {
	fmt.Println(it.Len(it.ProductRepeat(2, it.Range(1000))))
	// Output: 1000000
}

func ExampleToEnd() {
	// Python: itertools.islice("ABCDEFG", 3, None)
	fmt.Println(it.Collect(it.ISlice(it.Chars("ABCDEFG"), 3, it.ToEnd)))
	// Output: [D E F G]
}

func ExampleNumber() {
	// Count takes any Number: here float32.
	fmt.Println(it.Collect(it.ISlice(it.Count[float32](0.5, 0.25), 4)))
	// Output: [0.5 0.75 1 1.25]
}

func ExampleInteger() {
	// Range takes any Integer: here int8, counting down.
	fmt.Println(it.Collect(it.Range[int8](3, -3, -2)))
	// Output: [3 1 -1]
}

func ExampleFloat() {
	var sum = func(xs ...float64) float64 { return it.Reduce(it.Add[float64], 0, it.Of(xs...)) }
	fmt.Println(sum(0.5, 0.25, 0.125))
	// Output: 0.875
}
