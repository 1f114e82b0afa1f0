// Program c265_strings_replacer_reader: strings.NewReplacer, strings.NewReader with io.ReadAll, io.Copy to a builder
package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>bold</b>"))
	data, err := io.ReadAll(strings.NewReader("all of it"))
	fmt.Println(string(data), err)
	var sb strings.Builder
	n, err := io.Copy(&sb, strings.NewReader("copied"))
	fmt.Println(sb.String(), n, err)
	lr := io.LimitReader(strings.NewReader("abcdef"), 3)
	part, _ := io.ReadAll(lr)
	fmt.Println(string(part))
}
