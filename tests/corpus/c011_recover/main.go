// Program c011_recover: recover turns a panic into a value
package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func main() {
	fmt.Println(safeDiv(7, 2))
	q, err := safeDiv(1, 0)
	fmt.Println(q, err)
	fmt.Println(errors.Unwrap(err) == nil)
}
