// Program c168_closures_loop_defer: a deferred closure per iteration inside a helper function, and per-iteration capture in defers
package main

import "fmt"

func run() {
	for i := range 3 {
		defer func() { fmt.Println("closure sees", i) }()
	}
}

func main() {
	run()
	fmt.Println("end")
}
