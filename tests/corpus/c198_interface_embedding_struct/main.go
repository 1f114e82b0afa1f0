// Program c198_interface_embedding_struct: an interface field in a struct used for dependency injection and a decorator
package main

import (
	"fmt"
	"strings"
)

type Greeter interface{ Greet(name string) string }

type English struct{}

func (English) Greet(n string) string { return "Hello, " + n }

type Loud struct{ Greeter }

func (l Loud) Greet(n string) string { return strings.ToUpper(l.Greeter.Greet(n)) + "!" }

type App struct{ g Greeter }

func (a App) Run(names ...string) {
	for _, n := range names {
		fmt.Println(a.g.Greet(n))
	}
}

func main() {
	App{English{}}.Run("ann")
	App{Loud{English{}}}.Run("bob", "cy")
}
