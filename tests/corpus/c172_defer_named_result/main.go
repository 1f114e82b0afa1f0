// Program c172_defer_named_result: deferred functions modifying named results
package main

import "fmt"

func double() (r int) {
	defer func() { r *= 2 }()
	return 21
}

func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("leave", name) }
}

func work() {
	defer trace("work")()
	fmt.Println("working")
}

func main() {
	fmt.Println(double())
	work()
}
