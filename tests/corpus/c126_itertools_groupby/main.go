// Program c126_itertools_groupby: grouping consecutive equal letters
package main

import (
	"fmt"
	"slices"

	"github.com/gokernel/gokernel/lib/itertools"
)

func main() {
	for name, members := range itertools.Group(itertools.Chars("AAAAABBBBCCDD")) {
		fmt.Println(name, slices.Collect(members))
	}
}
