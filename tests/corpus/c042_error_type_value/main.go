// Program c042_error_type_value: a user error type with a value receiver
package main

import (
	"errors"
	"fmt"
)

type ParseError struct {
	Line int
	Msg  string
}

func (e ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

func parse(s string) error {
	if s == "" {
		return ParseError{3, "empty input"}
	}
	return nil
}

func main() {
	err := parse("")
	fmt.Println(err)
	fmt.Printf("%v | %s\n", err, err)
	var pe ParseError
	if errors.As(err, &pe) {
		fmt.Println("line is", pe.Line)
	}
}
