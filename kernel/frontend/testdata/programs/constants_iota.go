// Covers: typed and untyped constants, iota patterns, bit flags, big constant arithmetic.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

type Flags uint8

const (
	Read Flags = 1 << iota
	Write
	Exec
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const huge = 1 << 100

func main() {
	fmt.Println(Sunday, Tuesday, Monday+1)
	perm := Read | Exec
	fmt.Println(perm, perm&Write != 0, perm&Exec != 0)
	fmt.Println(KB, MB, GB)
	fmt.Println(huge >> 98)
	const f = 1.0 / 3
	fmt.Printf("%.4f %T\n", f, f)
}
