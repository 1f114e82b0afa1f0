// Program c063_select_timeout: select with time.After for a slow sender
package main

import (
	"fmt"
	"time"
)

func main() {
	slow := make(chan string)
	go func() {
		time.Sleep(200 * time.Millisecond)
		slow <- "late"
	}()
	select {
	case v := <-slow:
		fmt.Println(v)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timed out")
	}
	fmt.Println(<-slow)
}
