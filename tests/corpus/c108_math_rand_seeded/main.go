// Program c108_math_rand_seeded: deterministic pseudo-random numbers from a seed
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	a := []int{r.Intn(100), r.Intn(100), r.Intn(100)}
	r2 := rand.New(rand.NewSource(42))
	b := []int{r2.Intn(100), r2.Intn(100), r2.Intn(100)}
	fmt.Println(a, b, a[0] == b[0] && a[2] == b[2])
	xs := []int{1, 2, 3, 4, 5}
	rand.New(rand.NewSource(7)).Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
	fmt.Println(len(xs))
}
