// Program c149_iota_bitflags: bit flags with iota and String
package main

import (
	"fmt"
	"strings"
)

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
)

func (p Perm) String() string {
	var parts []string
	for _, f := range []struct {
		bit  Perm
		name string
	}{{Read, "r"}, {Write, "w"}, {Exec, "x"}} {
		if p&f.bit != 0 {
			parts = append(parts, f.name)
		}
	}
	if len(parts) == 0 {
		return "-"
	}
	return strings.Join(parts, "")
}

func main() {
	p := Read | Exec
	fmt.Println(p, p|Write, p&^Read, Perm(0))
	fmt.Printf("%d %03b\n", p, p)
}
