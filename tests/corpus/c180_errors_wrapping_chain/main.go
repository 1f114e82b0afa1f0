// Program c180_errors_wrapping_chain: error chains: %w with multiple levels, errors.Unwrap, errors.Is on sentinels, custom Unwrap
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

func lookup(q string) error {
	return &QueryError{Query: q, Err: ErrNotFound}
}

func main() {
	err := fmt.Errorf("service: %w", lookup("users"))
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound))
	var qe *QueryError
	if errors.As(err, &qe) {
		fmt.Println("query was", qe.Query)
	}
	fmt.Println(errors.Unwrap(err) != nil, errors.Unwrap(errors.Unwrap(errors.Unwrap(err))) == nil)
	e2 := fmt.Errorf("multi: %w and %w", ErrNotFound, errors.New("other"))
	fmt.Println(e2, errors.Is(e2, ErrNotFound))
}
