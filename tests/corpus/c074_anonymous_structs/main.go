// Program c074_anonymous_structs: anonymous structs and struct literals
package main

import "fmt"

func main() {
	point := struct {
		X, Y int
	}{3, 4}
	fmt.Println(point, point.X*point.Y)
	rows := []struct {
		Name string
		Qty  int
	}{{"apple", 3}, {"pear", 0}}
	for _, r := range rows {
		fmt.Printf("%-6s %d\n", r.Name, r.Qty)
	}
}
