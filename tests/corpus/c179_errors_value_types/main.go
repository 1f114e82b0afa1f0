// Program c179_errors_value_types: a value-receiver error type returned as error, compared, switched on, and printed
package main

import (
	"errors"
	"fmt"
)

type HTTPError struct {
	Code int
	Msg  string
}

func (e HTTPError) Error() string { return fmt.Sprintf("%d %s", e.Code, e.Msg) }

func fetch(path string) (string, error) {
	switch path {
	case "/":
		return "home", nil
	case "/admin":
		return "", HTTPError{403, "forbidden"}
	}
	return "", HTTPError{404, "not found"}
}

func main() {
	for _, p := range []string{"/", "/admin", "/x"} {
		body, err := fetch(p)
		if err != nil {
			var he HTTPError
			if errors.As(err, &he) && he.Code == 404 {
				fmt.Println("missing:", err)
				continue
			}
			fmt.Println("error:", err)
			continue
		}
		fmt.Println("body:", body)
	}
	_, err := fetch("/admin")
	switch e := err.(type) {
	case HTTPError:
		fmt.Println("http", e.Code)
	default:
		fmt.Println("other", e)
	}
	fmt.Println(errors.Is(err, HTTPError{403, "forbidden"}))
}
