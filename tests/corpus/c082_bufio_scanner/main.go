// Program c082_bufio_scanner: bufio.Scanner over a string reader
package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("alpha beta\ngamma\n\ndelta"))
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d %q\n", n, sc.Text())
	}
	words := bufio.NewScanner(strings.NewReader("one two  three"))
	words.Split(bufio.ScanWords)
	count := 0
	for words.Scan() {
		count++
	}
	fmt.Println(count, sc.Err())
}
