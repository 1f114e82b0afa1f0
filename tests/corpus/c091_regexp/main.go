// Program c091_regexp: regular expressions
package main

import (
	"fmt"
	"regexp"
)

func main() {
	re := regexp.MustCompile(`(\w+)@(\w+)\.com`)
	s := "ann@example.com, bob@test.com"
	fmt.Println(re.FindAllString(s, -1))
	for _, m := range re.FindAllStringSubmatch(s, -1) {
		fmt.Println(m[1], m[2])
	}
	fmt.Println(re.ReplaceAllString(s, "$1 at $2"))
	fmt.Println(regexp.MustCompile(`^\d{3}$`).MatchString("123"))
}
