// Program c256_state_machine: a small state machine with a typed string state and a transition table
package main

import "fmt"

type State string

const (
	Idle    State = "idle"
	Running State = "running"
	Done    State = "done"
)

var transitions = map[State][]State{
	Idle:    {Running},
	Running: {Done, Idle},
}

func can(from, to State) bool {
	for _, s := range transitions[from] {
		if s == to {
			return true
		}
	}
	return false
}

func main() {
	s := Idle
	for _, next := range []State{Running, Idle, Done, Running, Done, Idle} {
		if can(s, next) {
			fmt.Printf("%s -> %s\n", s, next)
			s = next
		} else {
			fmt.Printf("%s -/-> %s\n", s, next)
		}
	}
}
