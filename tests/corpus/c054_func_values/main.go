// Program c054_func_values: functions as values and method values
package main

import (
	"fmt"
	"strings"
)

type Greeter struct{ Prefix string }

func (g Greeter) Greet(name string) string { return g.Prefix + " " + name }

func apply(fs []func(string) string, s string) string {
	for _, f := range fs {
		s = f(s)
	}
	return s
}

func main() {
	g := Greeter{"hello"}
	greet := g.Greet
	fmt.Println(apply([]func(string) string{strings.ToUpper, greet, strings.TrimSpace}, " bob "))
	f := Greeter.Greet
	fmt.Println(f(Greeter{"hi"}, "ann"))
}
