// Program c038_strconv: strconv conversions and errors
package main

import (
	"fmt"
	"strconv"
)

func main() {
	n, err := strconv.Atoi("42")
	fmt.Println(n+1, err)
	_, err = strconv.Atoi("4x2")
	fmt.Println(err)
	f, _ := strconv.ParseFloat("2.5", 64)
	fmt.Println(f * 2)
	fmt.Println(strconv.Itoa(7)+"!", strconv.Quote("hi\n"), strconv.FormatInt(255, 16))
	b, _ := strconv.ParseBool("true")
	fmt.Println(b)
}
