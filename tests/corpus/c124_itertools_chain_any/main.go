// Program c124_itertools_chain_any: Chain of a string and a range through Seq[any]
package main

import (
	"fmt"

	"github.com/gokernel/gokernel/lib/itertools"
)

func main() {
	for v := range itertools.Chain(itertools.Any(itertools.Chars("ABC")), itertools.Any(itertools.Range(3))) {
		fmt.Println(v)
	}
}
