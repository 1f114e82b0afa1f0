// Program c100_strings_replacer_map: strings.NewReplacer, Map and Cut
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>go</b>"))
	rot := strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) {
			return 'a' + (unicode.ToLower(r)-'a'+13)%26
		}
		return r
	}, "Hello!")
	fmt.Println(rot)
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.CutPrefix("v1.2", "v"))
}
