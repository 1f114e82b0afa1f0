// Program c274_time_format_layouts: formatting a fixed time with several layouts and parsing round trips
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2023, time.March, 5, 7, 4, 9, 0, time.UTC)
	for _, l := range []string{time.ANSIC, "Jan 2, 2006", "15:04:05", "2006/01/02 Mon", time.DateOnly} {
		fmt.Println(t.Format(l))
	}
	p, err := time.Parse(time.RFC3339, t.Format(time.RFC3339))
	fmt.Println(p.Equal(t), err)
}
