// Program c044_error_conversion: error(T{}) and comparing errors
package main

import "fmt"

type Timeout struct{}

func (Timeout) Error() string { return "timeout" }

func main() {
	var err error = Timeout{}
	fmt.Println(err)
	err2 := error(Timeout{})
	fmt.Println(err == err2)
	if _, ok := err.(Timeout); ok {
		fmt.Println("it is a Timeout")
	}
}
