// Program c272_time_arith: time arithmetic with fixed dates: Add, Sub, Duration printing, formatting, truncation, weekdays
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.February, 28, 22, 30, 0, 0, time.UTC)
	u := t.Add(3 * time.Hour)
	fmt.Println(u.Format("2006-01-02 15:04"), u.Weekday())
	d := u.Sub(t)
	fmt.Println(d, d.Minutes(), time.Duration(90)*time.Second)
	fmt.Println(t.AddDate(0, 1, 1).Format(time.RFC3339))
	fmt.Println(t.Year(), t.Month(), t.Day(), t.YearDay())
	fmt.Println(t.Truncate(time.Hour).Format(time.Kitchen))
	p, err := time.Parse("2006-01-02", "2023-12-25")
	fmt.Println(p.Weekday(), err, p.Before(t), t.After(p))
	fmt.Println((1500 * time.Millisecond).String(), time.Duration(1234567890))
	dur, _ := time.ParseDuration("1h15m30s")
	fmt.Println(dur.Hours(), dur.Round(time.Hour))
}
