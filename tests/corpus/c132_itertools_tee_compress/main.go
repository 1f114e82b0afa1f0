// Program c132_itertools_tee_compress: Tee copies and Compress
package main

import (
	"fmt"
	"slices"

	"github.com/gokernel/gokernel/lib/itertools"
)

func main() {
	copies := itertools.Tee(itertools.Range(4), 2)
	fmt.Println(slices.Collect(copies[0]), slices.Collect(copies[1]))
	sel := slices.Values([]bool{true, false, true, true})
	fmt.Println(slices.Collect(itertools.Compress(itertools.Chars("ABCD"), sel)))
	fmt.Println(slices.Collect(itertools.DropWhile(func(x int) bool { return x < 3 }, itertools.Range(6))))
}
