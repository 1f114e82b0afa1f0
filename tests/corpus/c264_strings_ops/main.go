// Program c264_strings_ops: strings: Split, Join, Fields, Replace, Contains, Index, Trim, Title-free case mapping, Builder, Repeat
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "  Hello, World! Hello, Go!  "
	t := strings.TrimSpace(s)
	fmt.Printf("%q\n", t)
	fmt.Println(strings.Split(t, ", "))
	fmt.Println(strings.Join([]string{"a", "b", "c"}, "-"))
	fmt.Println(strings.Fields(" a  b c "), len(strings.Fields(" a  b c ")))
	fmt.Println(strings.ReplaceAll(t, "Hello", "Bye"), strings.Replace(t, "Hello", "Hi", 1))
	fmt.Println(strings.Contains(t, "Go"), strings.Index(t, "World"), strings.LastIndex(t, "Hello"))
	fmt.Println(strings.ToUpper("abc"), strings.ToLower("ÀB"), strings.Repeat("ab", 3))
	fmt.Println(strings.HasPrefix(t, "Hello"), strings.HasSuffix(t, "!"), strings.Count(t, "l"))
	fmt.Println(strings.TrimLeft("xxabcxx", "x"), strings.TrimSuffix("file.go", ".go"), strings.Trim("--a--", "-"))
	var b strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&b, "%d;", i)
	}
	b.WriteString("end")
	fmt.Println(b.String(), b.Len())
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Map(func(r rune) rune { return r + 1 }, "HAL"))
}
