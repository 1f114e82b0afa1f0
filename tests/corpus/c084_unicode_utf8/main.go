// Program c084_unicode_utf8: runes, bytes and utf8
package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	s := "héllo, 세계"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	for i, r := range s {
		if unicode.IsLetter(r) && r > 127 {
			fmt.Println(i, string(r), utf8.RuneLen(r))
		}
	}
	rs := []rune(s)
	fmt.Println(string(rs[7:]), unicode.IsUpper('A'), string(unicode.ToUpper('é')))
	b := []byte("ab")
	fmt.Println(b, string(b[1]))
}
