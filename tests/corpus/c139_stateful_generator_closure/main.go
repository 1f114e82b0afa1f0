// Program c139_stateful_generator_closure: a generator from a plain closure and iter.Pull
package main

import (
	"fmt"
	"iter"
)

func primes() iter.Seq[int] {
	return func(yield func(int) bool) {
		var found []int
		for n := 2; ; n++ {
			isPrime := true
			for _, p := range found {
				if p*p > n {
					break
				}
				if n%p == 0 {
					isPrime = false
					break
				}
			}
			if isPrime {
				found = append(found, n)
				if !yield(n) {
					return
				}
			}
		}
	}
}

func main() {
	next, stop := iter.Pull(primes())
	defer stop()
	for range 10 {
		p, _ := next()
		fmt.Print(p, " ")
	}
	fmt.Println()
}
