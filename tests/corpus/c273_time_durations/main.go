// Program c273_time_durations: time.Duration arithmetic, conversion and formatting without the clock
package main

import (
	"fmt"
	"time"
)

func main() {
	d := 90*time.Minute + 30*time.Second
	fmt.Println(d, d.Hours(), d.Truncate(time.Hour), int64(d/time.Second))
	fmt.Println(time.Duration(0), 1500*time.Microsecond, -2*time.Second)
	fmt.Printf("%.1f minutes\n", d.Minutes())
}
