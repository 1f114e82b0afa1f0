// Program c133_itertools_starmap_zip: StarMap over Zip, Enumerate and Reduce
package main

import (
	"fmt"
	"math"
	"slices"

	"github.com/gokernel/gokernel/lib/itertools"
)

func main() {
	bases := slices.Values([]float64{2, 3, 10})
	exps := slices.Values([]float64{5, 2, 3})
	fmt.Println(slices.Collect(itertools.StarMap(math.Pow, itertools.Zip(bases, exps))))
	for i, s := range itertools.Enumerate(itertools.Chars("xyz")) {
		fmt.Print(i, s, " ")
	}
	fmt.Println()
	fmt.Println(itertools.Reduce(func(acc int, s string) int { return acc + len(s) }, 0, slices.Values([]string{"ab", "cde"})))
}
