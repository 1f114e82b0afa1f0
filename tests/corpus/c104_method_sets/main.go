// Program c104_method_sets: pointer receivers and interface satisfaction
package main

import "fmt"

type Toggler interface{ Toggle() }

type Switch struct{ on bool }

func (s *Switch) Toggle() { s.on = !s.on }

func flip(t Toggler, n int) {
	for range n {
		t.Toggle()
	}
}

func main() {
	s := &Switch{}
	flip(s, 3)
	fmt.Println(s.on)
	var t Toggler = s
	_, ok := t.(*Switch)
	fmt.Println(ok)
}
