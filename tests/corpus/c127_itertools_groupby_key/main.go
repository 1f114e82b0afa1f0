// Program c127_itertools_groupby_key: GroupBy with a key function
package main

import (
	"fmt"
	"slices"

	"github.com/gokernel/gokernel/lib/itertools"
)

func main() {
	words := []string{"apple", "avocado", "banana", "blueberry", "cherry", "apricot"}
	for letter, group := range itertools.GroupBy(func(s string) byte { return s[0] }, slices.Values(words)) {
		fmt.Printf("%c %v\n", letter, slices.Collect(group))
	}
}
