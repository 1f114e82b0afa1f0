// Program c123_itertools_filterfalse: FilterFalse keeps what the predicate rejects
package main

import (
	"fmt"
	"slices"

	"github.com/gokernel/gokernel/lib/itertools"
)

func main() {
	for v := range itertools.FilterFalse(func(x int) bool { return x < 3 }, slices.Values([]int{1, 2, 3, 4, 5})) {
		fmt.Println(v)
	}
}
