// Program c175_enum_stringer_switch: an enum with iota, a String method and exhaustive switches
package main

import "fmt"

type Suit int

const (
	Spades Suit = iota
	Hearts
	Diamonds
	Clubs
)

func (s Suit) String() string {
	return [...]string{"♠", "♥", "♦", "♣"}[s]
}

func (s Suit) Red() bool {
	switch s {
	case Hearts, Diamonds:
		return true
	}
	return false
}

func main() {
	for s := Spades; s <= Clubs; s++ {
		fmt.Println(s, s.Red())
	}
}
