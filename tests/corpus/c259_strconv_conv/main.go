// Program c259_strconv_conv: strconv: Atoi, Itoa, ParseFloat, FormatInt bases, Quote, ParseBool and error messages
package main

import (
	"fmt"
	"strconv"
)

func main() {
	n, err := strconv.Atoi("123")
	fmt.Println(n+1, err)
	_, err = strconv.Atoi("12a")
	fmt.Println(err)
	f, _ := strconv.ParseFloat("3.25", 64)
	fmt.Println(f * 2)
	fmt.Println(strconv.Itoa(-45), strconv.FormatInt(255, 2), strconv.FormatInt(255, 16))
	i, err := strconv.ParseInt("ff", 16, 64)
	fmt.Println(i, err)
	_, err = strconv.ParseInt("999999999999999999999", 10, 64)
	fmt.Println(err)
	fmt.Println(strconv.Quote("hi\n\"there\""), strconv.FormatFloat(1.5, 'f', 3, 64))
	b, err := strconv.ParseBool("true")
	fmt.Println(b, err)
	u, _ := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q\n", u)
}
