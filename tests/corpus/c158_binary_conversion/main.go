// Program c158_binary_conversion: converting numbers to binary strings by hand and with strconv
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	toBin := func(n int) string {
		if n == 0 {
			return "0"
		}
		var parts []string
		for n > 0 {
			parts = append([]string{strconv.Itoa(n % 2)}, parts...)
			n /= 2
		}
		return strings.Join(parts, "")
	}
	for _, n := range []int{0, 5, 255, 1024} {
		fmt.Println(toBin(n), strconv.FormatInt(int64(n), 2) == toBin(n))
	}
}
