// Program c247_select_timeout: select with default, with a ready channel, and with time.After
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int, 1)
	select {
	case v := <-ch:
		fmt.Println("got", v)
	default:
		fmt.Println("nothing ready")
	}
	ch <- 7
	select {
	case v := <-ch:
		fmt.Println("got", v)
	default:
		fmt.Println("nothing ready")
	}
	never := make(chan int)
	select {
	case <-never:
		fmt.Println("impossible")
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timeout")
	}
}
