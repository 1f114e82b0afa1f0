// Program c153_empty_error_types: field-less error types told apart by type
// switches and assertions, and printed, compared and encoded like any value
package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

type ErrNotFound struct{}

func (ErrNotFound) Error() string { return "not found" }

type ErrTimeout struct{}

func (ErrTimeout) Error() string { return "timed out" }

type Marker struct{}

func classify(err error) string {
	switch err.(type) {
	case nil:
		return "ok"
	case ErrNotFound:
		return "missing"
	case ErrTimeout:
		return "slow"
	}
	return "other"
}

func lookup(key string) error {
	switch key {
	case "a":
		return nil
	case "b":
		return ErrNotFound{}
	case "c":
		return fmt.Errorf("lookup %q: %w", key, ErrTimeout{})
	}
	return errors.New("bad key")
}

func main() {
	for _, k := range []string{"a", "b", "c", "d"} {
		err := lookup(k)
		_, missing := err.(ErrNotFound)
		fmt.Println(k, classify(err), missing, errors.Is(err, ErrTimeout{}), err)
	}
	var target ErrTimeout
	fmt.Println(errors.As(lookup("c"), &target), target)
	fmt.Println(ErrNotFound{} == ErrNotFound{}, error(ErrNotFound{}) == error(ErrTimeout{}))
	fmt.Printf("%v %+v %#v %T\n", Marker{}, Marker{}, Marker{}, Marker{})
	b, _ := json.Marshal(map[string]Marker{"m": {}})
	fmt.Println(string(b))
}
