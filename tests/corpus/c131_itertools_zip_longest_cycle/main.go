// Program c131_itertools_zip_longest_cycle: ZipLongest, Cycle and ISlice
package main

import (
	"fmt"
	"slices"

	"github.com/gokernel/gokernel/lib/itertools"
)

func main() {
	for t := range itertools.ZipLongest("-", itertools.Chars("ABCD"), itertools.Chars("xy")) {
		fmt.Print(t, " ")
	}
	fmt.Println()
	fmt.Println(slices.Collect(itertools.ISlice(itertools.Cycle(itertools.Chars("AB")), 5)))
	fmt.Println(slices.Collect(itertools.ISlice(itertools.Count(0, 1), 2, 10, 3)))
}
