// Program c246_select_multiplex: select multiplexing a quit channel with a data channel
package main

import "fmt"

func fibGen(c chan<- int, quit <-chan bool, finished chan<- bool) {
	x, y := 0, 1
	for {
		select {
		case c <- x:
			x, y = y, x+y
		case <-quit:
			fmt.Println("quit")
			finished <- true
			return
		}
	}
}

func main() {
	c := make(chan int)
	quit := make(chan bool)
	finished := make(chan bool)
	go func() {
		for i := 0; i < 8; i++ {
			fmt.Print(<-c, " ")
		}
		fmt.Println()
		quit <- true
	}()
	go fibGen(c, quit, finished)
	<-finished
}
