// Program c120_integer_conversions: numeric conversions and overflow
package main

import "fmt"

func main() {
	var big int64 = 1<<40 + 5
	fmt.Println(int32(big), uint16(big), float32(0.1) == 0.1)
	f := 3.99
	u8 := uint8(255)
	u8++
	fmt.Println(int(f), int(-f), u8)
	var r rune = 'A' + 2
	fmt.Println(r, string(r), byte('a'))
	x := 10
	y := float64(x) / 4
	fmt.Println(y, x/4)
}
