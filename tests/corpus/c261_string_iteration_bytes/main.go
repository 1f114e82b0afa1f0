// Program c261_string_iteration_bytes: byte-wise vs rune-wise string iteration and indexing
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "añb"
	for i := 0; i < len(s); i++ {
		fmt.Print(s[i], " ")
	}
	fmt.Println()
	for i, r := range s {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	fmt.Println(strings.IndexRune(s, 'b'), strings.IndexByte(s, 'b'))
}
