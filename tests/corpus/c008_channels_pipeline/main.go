// Program c008_channels_pipeline: channel pipeline: generator, squarer and collector stages
package main

import "fmt"

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func main() {
	sum := 0
	for v := range sq(sq(gen(1, 2, 3))) {
		fmt.Println(v)
		sum += v
	}
	fmt.Println("sum", sum)
}
