// Program c035_strings_basics: strings functions
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "  Go is expressive, concise, clean  "
	t := strings.TrimSpace(s)
	fmt.Println(t)
	fmt.Println(strings.Fields(t))
	fmt.Println(strings.Split("a,b,,c", ","))
	fmt.Println(strings.ToUpper("abc"), strings.Repeat("ab", 3))
	fmt.Println(strings.HasPrefix(t, "Go"), strings.Index(t, "is"), strings.Count(t, "c"))
	fmt.Println(strings.ReplaceAll(t, ", ", "|"))
	fmt.Println(strings.Title("x") == "X", strings.EqualFold("Go", "GO"))
}
