// Program c214_math_ops: integer division and modulo with negatives, overflow wraparound, bit ops, math functions
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(7/2, -7/2, 7%3, -7%3, 7.0/2)
	var b uint8 = 250
	b += 10
	fmt.Println(b)
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	fmt.Println(6&3, 6|3, 6^3, 1<<4, 256>>2, 6&^3)
	fmt.Println(math.Sqrt(2), math.Floor(-1.5), math.Ceil(1.2), math.Abs(-3))
	fmt.Println(math.MaxInt64, math.Pow(2, 10), math.Mod(7, 3))
	fmt.Printf("%.3f %.3f\n", math.Sin(math.Pi/2), math.Log(math.E))
	fmt.Println(math.Inf(1) > 1e308, math.IsNaN(math.NaN()))
}
