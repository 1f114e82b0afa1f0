// Program c055_variadic: variadic functions
package main

import "fmt"

func sum(label string, nums ...int) string {
	t := 0
	for _, n := range nums {
		t += n
	}
	return fmt.Sprintf("%s=%d(%d)", label, t, len(nums))
}

func main() {
	fmt.Println(sum("none"))
	fmt.Println(sum("three", 1, 2, 3))
	xs := []int{4, 5}
	fmt.Println(sum("spread", xs...))
}
