// Program c244_running_stats: running mean/variance with a struct accumulator and float formatting
package main

import (
	"fmt"
	"math"
)

type Stats struct {
	n          int
	mean, m2   float64
	minV, maxV float64
}

func (s *Stats) Add(x float64) {
	if s.n == 0 {
		s.minV, s.maxV = x, x
	}
	s.n++
	d := x - s.mean
	s.mean += d / float64(s.n)
	s.m2 += d * (x - s.mean)
	s.minV = min(s.minV, x)
	s.maxV = max(s.maxV, x)
}

func (s Stats) Std() float64 { return math.Sqrt(s.m2 / float64(s.n-1)) }

func main() {
	var s Stats
	for _, x := range []float64{2, 4, 4, 4, 5, 5, 7, 9} {
		s.Add(x)
	}
	fmt.Printf("n=%d mean=%.3f std=%.3f min=%v max=%v\n", s.n, s.mean, s.Std(), s.minV, s.maxV)
}
