// Program c178_errors_usertypes: user-defined error types with value and pointer receivers, error(T{}), fmt, %w wrapping, errors.Is, errors.As, errors.Join
package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Name string }

func (e NotFound) Error() string { return "not found: " + e.Name }

type Temp struct{ Code int }

func (t *Temp) Error() string { return fmt.Sprintf("temporary %d", t.Code) }

var ErrBase = errors.New("base failure")

func find(name string) error {
	if name == "" {
		return ErrBase
	}
	return NotFound{name}
}

func flaky(n int) error {
	if n > 1 {
		return &Temp{n}
	}
	return nil
}

func main() {
	e := error(NotFound{"x"})
	fmt.Println(e)
	fmt.Println(e.Error())
	fmt.Printf("%v | %s\n", e, e)
	err := find("cfg")
	wrapped := fmt.Errorf("loading: %w", err)
	fmt.Println(wrapped)
	var nf NotFound
	if errors.As(wrapped, &nf) {
		fmt.Println("as NotFound:", nf.Name)
	}
	fmt.Println(errors.Is(fmt.Errorf("ctx: %w", find("")), ErrBase))
	t := flaky(3)
	var tp *Temp
	fmt.Println(errors.As(fmt.Errorf("w: %w", t), &tp), tp.Code)
	fmt.Println(flaky(1) == nil)
	joined := errors.Join(ErrBase, NotFound{"y"})
	fmt.Println(joined)
	fmt.Println(errors.Is(joined, ErrBase))
	if nf2, ok := err.(NotFound); ok {
		fmt.Println("assert ok", nf2.Name)
	}
	switch x := err.(type) {
	case NotFound:
		fmt.Println("switch NotFound", x.Name)
	default:
		fmt.Println("other")
	}
}
