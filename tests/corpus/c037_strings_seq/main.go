// Program c037_strings_seq: strings.Lines, SplitSeq and FieldsSeq (Go 1.24)
package main

import (
	"fmt"
	"strings"
)

func main() {
	for line := range strings.Lines("one\ntwo\nthree") {
		fmt.Printf("%q\n", line)
	}
	for part := range strings.SplitSeq("a;b;c", ";") {
		fmt.Print(part, " ")
	}
	fmt.Println()
	n := 0
	for range strings.FieldsSeq("  x  y z ") {
		n++
	}
	fmt.Println(n)
}
