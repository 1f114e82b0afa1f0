// Program c160_bufio_scanner: bufio.Scanner over a strings.Reader: lines and words
package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	text := "first line\nsecond line\n\nlast"
	sc := bufio.NewScanner(strings.NewReader(text))
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d:%q\n", n, sc.Text())
	}
	ws := bufio.NewScanner(strings.NewReader("a bb  ccc"))
	ws.Split(bufio.ScanWords)
	var words []string
	for ws.Scan() {
		words = append(words, ws.Text())
	}
	fmt.Println(words, len(words))
}
