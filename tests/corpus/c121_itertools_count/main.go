// Program c121_itertools_count: itertools.Count with a float step, as in the document
package main

import (
	"fmt"

	"github.com/gokernel/gokernel/lib/itertools"
)

func main() {
	n := 0
	for v := range itertools.Count(1.0, 2.5) {
		if n > 3 {
			break
		}
		n++
		fmt.Println(v)
	}
}
