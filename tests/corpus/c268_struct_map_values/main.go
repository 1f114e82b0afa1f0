// Program c268_struct_map_values: structs as map values must be replaced whole; pointers as map values can be updated
package main

import (
	"fmt"
)

func main() {
	type P struct{ N int }
	byVal := map[string]P{"a": {1}}
	p := byVal["a"]
	p.N++
	byVal["a"] = p
	byPtr := map[string]*P{"a": {1}}
	byPtr["a"].N += 10
	fmt.Println(byVal["a"].N, byPtr["a"].N)
}
