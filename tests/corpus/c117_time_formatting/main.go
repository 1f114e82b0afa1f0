// Program c117_time_formatting: time layouts, months and durations
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2026, time.November, 25, 9, 5, 7, 0, time.UTC)
	fmt.Println(t.Format("Mon Jan 2 15:04:05 2006"))
	fmt.Println(t.Format("2006-01-02T15:04"), t.Month(), int(t.Month()))
	fmt.Println(t.Truncate(time.Hour).Format(time.Kitchen))
	u := time.Unix(0, 0).UTC()
	fmt.Println(u.Year(), t.Sub(u).Hours() > 0)
	for _, d := range []time.Duration{1500 * time.Microsecond, 2*time.Minute + 3*time.Second, 36 * time.Hour} {
		fmt.Println(d)
	}
	parsed, err := time.Parse("2006-01-02", "2026-02-30")
	fmt.Println(parsed.IsZero(), err != nil)
}
