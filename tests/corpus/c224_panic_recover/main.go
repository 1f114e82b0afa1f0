// Program c224_panic_recover: panic and recover, converting a panic to an error, re-panicking values
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

func mustPositive(n int) int {
	if n < 0 {
		panic(errors.New("negative"))
	}
	return n
}

func main() {
	fmt.Println(safeDiv(10, 2))
	q, err := safeDiv(1, 0)
	fmt.Println(q, err)
	fmt.Println(errors.Unwrap(err) == nil) // %v, not %w: nothing wrapped
	func() {
		defer func() {
			r := recover()
			fmt.Println("recovered:", r)
		}()
		mustPositive(-1)
	}()
	fmt.Println("still running")
}
