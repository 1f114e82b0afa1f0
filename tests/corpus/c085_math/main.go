// Program c085_math: math functions and special values
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Printf("%.4f %.4f %.4f\n", math.Sqrt(2), math.Pow(2, 0.5), math.Hypot(3, 4))
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Round(2.5), math.Trunc(-2.7))
	fmt.Println(math.MaxInt64, math.MinInt8, math.MaxUint16)
	fmt.Println(math.Inf(1), -math.Inf(1), math.IsNaN(math.NaN()))
	fmt.Println(math.Abs(-3.2), math.Mod(7, 3), math.Max(1, 2))
	var i8 int8 = 127
	i8++
	fmt.Println(i8, uint8(300%256), 7/2, -7/2, 7%-3, 7.0/2)
}
