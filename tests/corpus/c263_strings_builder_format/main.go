// Program c263_strings_builder_format: text formatting: padding tables with %-*s, strings.Repeat borders, tabular output
package main

import (
	"fmt"
	"strings"
)

func main() {
	rows := [][2]string{{"name", "qty"}, {"apple", "3"}, {"kiwi", "12"}}
	w := 0
	for _, r := range rows {
		w = max(w, len(r[0]))
	}
	line := "+" + strings.Repeat("-", w+2) + "+-----+"
	fmt.Println(line)
	for _, r := range rows {
		fmt.Printf("| %-*s | %3s |\n", w, r[0], r[1])
	}
	fmt.Println(line)
	fmt.Println(strings.Title("x") == "X", strings.TrimFunc("123abc456", func(r rune) bool { return r >= '0' && r <= '9' }))
}
