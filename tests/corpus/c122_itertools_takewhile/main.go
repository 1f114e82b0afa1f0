// Program c122_itertools_takewhile: TakeWhile over an infinite count
package main

import (
	"fmt"

	"github.com/gokernel/gokernel/lib/itertools"
)

func main() {
	for v := range itertools.TakeWhile(func(x float64) bool { return x < 10 }, itertools.Count(1.0, 2.5)) {
		fmt.Println(v)
	}
}
