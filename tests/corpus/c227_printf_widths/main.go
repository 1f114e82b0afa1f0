// Program c227_printf_widths: printf widths and precisions for strings, floats and ints in a table
package main

import (
	"fmt"
)

func main() {
	items := []struct {
		name string
		v    float64
	}{{"alpha", 1.5}, {"be", 22.125}, {"gamma-ray", 333}}
	for _, it := range items {
		fmt.Printf("[%-8.8s][%8.2f][%+d][%05d]\n", it.name, it.v, int(it.v), int(it.v))
	}
}
