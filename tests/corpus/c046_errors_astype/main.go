// Program c046_errors_astype: errors.AsType (Go 1.26)
package main

import (
	"errors"
	"fmt"
	"io/fs"
)

func main() {
	err := fmt.Errorf("open: %w", &fs.PathError{Op: "open", Path: "/nope", Err: fs.ErrNotExist})
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		fmt.Println(pe.Op, pe.Path, pe.Err)
	}
	fmt.Println(errors.Is(err, fs.ErrNotExist))
}
