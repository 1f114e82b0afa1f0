// Program c118_ticker_count: a ticker stopped after a fixed number of ticks
package main

import (
	"fmt"
	"time"
)

func main() {
	tk := time.NewTicker(5 * time.Millisecond)
	defer tk.Stop()
	n := 0
	for range tk.C {
		n++
		if n == 3 {
			break
		}
	}
	fmt.Println("ticks", n)
	timer := time.NewTimer(time.Hour)
	fmt.Println("stopped", timer.Stop())
}
