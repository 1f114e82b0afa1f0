// Program c223_palindromes: palindrome checks on runes with unicode folding
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func isPal(s string) bool {
	var rs []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			rs = append(rs, r)
		}
	}
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		if rs[i] != rs[j] {
			return false
		}
	}
	return true
}

func main() {
	for _, s := range []string{"A man, a plan, a canal: Panama", "hello", "été", ""} {
		fmt.Println(isPal(s))
	}
}
