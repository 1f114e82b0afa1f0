// Program c070_panic_error_value: panic with an error value and re-panic
package main

import (
	"errors"
	"fmt"
)

var ErrFatal = errors.New("fatal")

func inner() {
	panic(fmt.Errorf("inner: %w", ErrFatal))
}

func middle() (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
				return
			}
			panic(r)
		}
	}()
	inner()
	return nil
}

func main() {
	err := middle()
	fmt.Println(err, errors.Is(err, ErrFatal))
}
