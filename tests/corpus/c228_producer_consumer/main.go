// Program c228_producer_consumer: producer/consumer with a done channel and a results slice
package main

import "fmt"

func main() {
	data := make(chan int, 5)
	done := make(chan struct{})
	var got []int
	go func() {
		for v := range data {
			got = append(got, v*10)
		}
		close(done)
	}()
	for i := 1; i <= 5; i++ {
		data <- i
	}
	close(data)
	<-done
	fmt.Println(got)
}
