// Program c066_nil_channel: a nil channel blocks forever in select
package main

import "fmt"

func main() {
	var never chan int
	ready := make(chan int, 1)
	ready <- 5
	select {
	case v := <-never:
		fmt.Println("impossible", v)
	case v := <-ready:
		fmt.Println("ready", v)
	}
}
