// Program c156_arrays_values: arrays are values: copying, comparing, arrays as map keys
package main

import "fmt"

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 100
	fmt.Println(a, b, a == [3]int{1, 2, 3})
	seen := map[[2]int]bool{}
	seen[[2]int{1, 2}] = true
	fmt.Println(seen[[2]int{1, 2}], seen[[2]int{2, 1}])
	var m [2][3]string
	m[1][2] = "x"
	fmt.Println(m, len(m), len(m[0]))
	arr := [...]string{2: "c", 0: "a"}
	fmt.Printf("%q %d\n", arr, len(arr))
}
