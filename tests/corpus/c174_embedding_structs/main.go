// Program c174_embedding_structs: struct embedding, promoted fields and methods, shadowing
package main

import "fmt"

type Animal struct{ Name string }

func (a Animal) Speak() string { return a.Name + " makes a sound" }
func (a Animal) Kind() string  { return "animal" }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Speak() string { return d.Name + " barks" }

type Logger struct{ prefix string }

func (l *Logger) Log(s string) { fmt.Println(l.prefix + s) }

type Service struct {
	*Logger
	name string
}

func main() {
	d := Dog{Animal{"Rex"}, "lab"}
	fmt.Println(d.Speak(), "|", d.Animal.Speak(), "|", d.Kind(), d.Name)
	s := Service{&Logger{"[svc] "}, "api"}
	s.Log("started " + s.name)
	fmt.Printf("%+v\n", d)
}
