// Program c260_string_compress: run-length encoding with strings.Builder and byte loops
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func rle(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] == s[i] {
			j++
		}
		b.WriteByte(s[i])
		if j-i > 1 {
			b.WriteString(strconv.Itoa(j - i))
		}
		i = j
	}
	return b.String()
}

func main() {
	fmt.Println(rle("aaabccddddde"), rle(""), rle("x"))
}
