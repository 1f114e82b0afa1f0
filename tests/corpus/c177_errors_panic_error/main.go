// Program c177_errors_panic_error: panicking with an error value and recovering it as an error
package main

import (
	"errors"
	"fmt"
)

type Fatal struct{ Reason string }

func (f Fatal) Error() string { return "fatal: " + f.Reason }

func risky() (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
				return
			}
			err = fmt.Errorf("%v", r)
		}
	}()
	panic(Fatal{"disk full"})
}

func main() {
	err := risky()
	fmt.Println(err)
	var f Fatal
	fmt.Println(errors.As(err, &f), f.Reason)
}
