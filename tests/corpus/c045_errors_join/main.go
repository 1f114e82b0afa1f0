// Program c045_errors_join: errors.Join and multiple %w
package main

import (
	"errors"
	"fmt"
)

func main() {
	a := errors.New("a failed")
	b := errors.New("b failed")
	j := errors.Join(a, b)
	fmt.Println(j)
	fmt.Println(errors.Is(j, b))
	w := fmt.Errorf("both: %w and %w", a, b)
	fmt.Println(w, errors.Is(w, a))
}
