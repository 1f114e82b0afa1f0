// Program c243_runes_caesar: a Caesar cipher over runes with unicode checks
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func shift(r rune, k int) rune {
	switch {
	case unicode.IsLower(r):
		return 'a' + (r-'a'+rune(k)+26)%26
	case unicode.IsUpper(r):
		return 'A' + (r-'A'+rune(k)+26)%26
	}
	return r
}

func main() {
	enc := strings.Map(func(r rune) rune { return shift(r, 3) }, "Hello, World!")
	fmt.Println(enc)
	fmt.Println(strings.Map(func(r rune) rune { return shift(r, -3) }, enc))
}
