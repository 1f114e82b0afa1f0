// Program c258_strconv_append: strconv.Append* building byte slices and FormatFloat modes
package main

import (
	"fmt"
	"strconv"
)

func main() {
	b := []byte("n=")
	b = strconv.AppendInt(b, -42, 10)
	b = append(b, ' ')
	b = strconv.AppendBool(b, true)
	b = append(b, ' ')
	b = strconv.AppendQuote(b, "q")
	fmt.Println(string(b))
	for _, f := range []byte{'f', 'e', 'g'} {
		fmt.Println(strconv.FormatFloat(1234.5678, f, 2, 64))
	}
}
