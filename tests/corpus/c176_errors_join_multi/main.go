// Program c176_errors_join_multi: errors.Join collecting validation errors and checking each with errors.Is
package main

import (
	"errors"
	"fmt"
)

func main() {
	errEmpty := errors.New("empty name")
	errAge := errors.New("bad age")
	validate := func(name string, age int) error {
		var errs []error
		if name == "" {
			errs = append(errs, errEmpty)
		}
		if age < 0 || age > 150 {
			errs = append(errs, fmt.Errorf("age %d: %w", age, errAge))
		}
		return errors.Join(errs...)
	}
	fmt.Println(validate("ann", 30) == nil)
	err := validate("", 200)
	fmt.Println(err)
	fmt.Println(errors.Is(err, errEmpty), errors.Is(err, errAge))
}
