// Program c129_itertools_combinatorics: permutations, combinations and combinations with replacement
package main

import (
	"fmt"

	"github.com/gokernel/gokernel/lib/itertools"
)

func main() {
	for p := range itertools.Permutations(itertools.Range(3), 2) {
		fmt.Print(p, " ")
	}
	fmt.Println()
	for c := range itertools.Combinations(itertools.Chars("ABCD"), 2) {
		fmt.Print(c, " ")
	}
	fmt.Println()
	n := 0
	for range itertools.CombinationsWithReplacement(itertools.Chars("ABC"), 2) {
		n++
	}
	fmt.Println(n)
}
