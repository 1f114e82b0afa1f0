// Program c034_cmp: cmp.Compare, cmp.Less and cmp.Or
package main

import (
	"cmp"
	"fmt"
)

func main() {
	fmt.Println(cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Compare(2.0, 2.0))
	fmt.Println(cmp.Less(1, 2))
	fmt.Println(cmp.Or("", "fallback", "other"))
	fmt.Println(cmp.Or(0, 0, 7))
}
