// Program c040_time_arithmetic: time arithmetic without the wall clock
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.February, 28, 22, 30, 0, 0, time.UTC)
	u := t.Add(90 * time.Minute)
	fmt.Println(u.Format(time.RFC3339))
	fmt.Println(u.Sub(t), u.Weekday(), u.YearDay())
	d := 3*time.Hour + 25*time.Second
	fmt.Println(d, d.Minutes())
	fmt.Println(t.AddDate(0, 1, 0).Format("2006-01-02"))
	p, _ := time.ParseDuration("1h15m")
	fmt.Println(p.Seconds())
}
