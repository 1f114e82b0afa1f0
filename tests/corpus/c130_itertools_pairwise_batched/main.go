// Program c130_itertools_pairwise_batched: Pairwise and Batched
package main

import (
	"fmt"

	"github.com/gokernel/gokernel/lib/itertools"
)

func main() {
	for a, b := range itertools.Pairwise(itertools.Chars("ABCDE")) {
		fmt.Print(a, b, " ")
	}
	fmt.Println()
	for batch := range itertools.Batched(itertools.Range(1, 8), 3) {
		fmt.Println(batch)
	}
}
