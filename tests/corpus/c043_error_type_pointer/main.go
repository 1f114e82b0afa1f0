// Program c043_error_type_pointer: a pointer-receiver error type, wrapped and unwrapped
package main

import (
	"errors"
	"fmt"
)

type HTTPError struct{ Code int }

func (e *HTTPError) Error() string { return fmt.Sprintf("http %d", e.Code) }

func fetch() error {
	return fmt.Errorf("fetch failed: %w", &HTTPError{404})
}

func main() {
	err := fetch()
	fmt.Println(err)
	var he *HTTPError
	fmt.Println(errors.As(err, &he), he.Code)
	target := &HTTPError{404}
	fmt.Println(errors.Is(err, target))
}
