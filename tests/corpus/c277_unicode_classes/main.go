// Program c277_unicode_classes: unicode classification of runes and case conversion
package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range "aZ5 _é\t" {
		fmt.Printf("%q L=%v U=%v D=%v S=%v P=%v\n", r, unicode.IsLetter(r), unicode.IsUpper(r), unicode.IsDigit(r), unicode.IsSpace(r), unicode.IsPunct(r))
	}
	fmt.Println(string(unicode.ToUpper('é')), string(unicode.ToLower('Q')))
}
