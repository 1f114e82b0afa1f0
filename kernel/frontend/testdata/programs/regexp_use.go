// Covers: regexp: MatchString, FindAllString, submatches, ReplaceAllString.
package main

import (
	"fmt"
	"regexp"
)

func main() {
	re := regexp.MustCompile(`(\w+)@(\w+)\.com`)
	s := "mail ann@example.com and bob@test.com now"
	fmt.Println(re.MatchString(s))
	fmt.Println(re.FindAllString(s, -1))
	for _, m := range re.FindAllStringSubmatch(s, -1) {
		fmt.Println(m[1], m[2])
	}
	fmt.Println(re.ReplaceAllString(s, "<$1>"))
	digits := regexp.MustCompile(`\d+`)
	fmt.Println(digits.FindString("abc 123 def 45"), digits.Split("a1b22c", -1))
}
