// Program c146_rate_of_change: closures over slices and pairwise differences
package main

import "fmt"

func diffs(xs []float64) []float64 {
	out := make([]float64, 0, len(xs))
	for i := 1; i < len(xs); i++ {
		out = append(out, xs[i]-xs[i-1])
	}
	return out
}

func main() {
	prices := []float64{10, 10.5, 10.25, 11}
	d := diffs(prices)
	fmt.Println(d)
	up := 0
	for _, x := range d {
		if x > 0 {
			up++
		}
	}
	fmt.Printf("%d of %d moves were up\n", up, len(d))
}
