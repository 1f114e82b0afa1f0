// Program c143_state_machine: a string-driven state machine with a map of funcs
package main

import "fmt"

type State string

func main() {
	transitions := map[State]map[string]State{
		"idle":    {"start": "running"},
		"running": {"pause": "paused", "stop": "idle"},
		"paused":  {"resume": "running", "stop": "idle"},
	}
	s := State("idle")
	for _, ev := range []string{"start", "pause", "bogus", "resume", "stop"} {
		next, ok := transitions[s][ev]
		if !ok {
			fmt.Printf("%s: ignore %q\n", s, ev)
			continue
		}
		fmt.Printf("%s --%s--> %s\n", s, ev, next)
		s = next
	}
}
