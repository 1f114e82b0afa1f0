// Program c266_strings_runes: strings as bytes vs runes: len, range over string, utf8, []rune conversion
package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	for i, r := range s {
		if r > 127 {
			fmt.Println(i, string(r), r)
		}
	}
	rs := []rune(s)
	fmt.Println(len(rs), string(rs[7:]))
	up := 0
	for _, r := range "Hello World" {
		if unicode.IsUpper(r) {
			up++
		}
	}
	fmt.Println(up, s[1], s[:2])
	b := []byte("abc")
	b[0] = 'X'
	fmt.Println(string(b))
}
