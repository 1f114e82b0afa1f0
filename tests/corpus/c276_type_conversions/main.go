// Program c276_type_conversions: numeric conversions, truncation, string/byte/rune conversions, named types
package main

import "fmt"

type Meters float64
type Feet float64

func toFeet(m Meters) Feet { return Feet(m * 3.28084) }

func main() {
	f := 3.99
	fmt.Println(int(f), int(-f), float64(7)/2)
	fmt.Println(string(rune(65)), []byte("AB"), string([]rune{72, 105}))
	fmt.Printf("%.2f\n", toFeet(10))
	var x int32 = 1 << 20
	fmt.Println(int16(x), uint8(300%256))
	type Celsius float64
	c := Celsius(36.6)
	fmt.Println(float64(c) + 0.4)
}
