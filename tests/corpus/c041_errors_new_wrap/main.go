// Program c041_errors_new_wrap: errors.New, fmt.Errorf %w, errors.Is
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

func find(key string) error {
	if key != "ok" {
		return fmt.Errorf("find %q: %w", key, ErrNotFound)
	}
	return nil
}

func main() {
	err := find("missing")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Unwrap(err) == ErrNotFound)
	fmt.Println(find("ok") == nil)
}
