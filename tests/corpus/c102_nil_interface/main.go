// Program c102_nil_interface: a nil pointer inside an interface is not nil
package main

import (
	"errors"
	"fmt"
)

type MyErr struct{}

func (*MyErr) Error() string { return "my error" }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p
}

func main() {
	err := mayFail(false)
	fmt.Println(err == nil, err != nil)
	var e error
	fmt.Println(e == nil, errors.Is(e, nil))
}
