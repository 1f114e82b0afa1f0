// Covers: errors.AsType (Go 1.26) with a pointer error type.
package main

import (
	"errors"
	"fmt"
	"io/fs"
)

func main() {
	err := fmt.Errorf("open: %w", &fs.PathError{Op: "open", Path: "/x", Err: fs.ErrNotExist})
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		fmt.Println(pe.Path, pe.Op)
	}
	fmt.Println(errors.Is(err, fs.ErrNotExist))
}
