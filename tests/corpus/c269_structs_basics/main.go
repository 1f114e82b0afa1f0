// Program c269_structs_basics: struct literals, anonymous structs, comparison, pointers to structs, nested updates
package main

import "fmt"

type Address struct{ City string }
type Person struct {
	Name string
	Age  int
	Addr Address
}

func birthday(p *Person) { p.Age++ }

func main() {
	p := Person{Name: "Ann", Age: 40, Addr: Address{"Oslo"}}
	birthday(&p)
	q := p
	q.Addr.City = "Rome"
	fmt.Println(p, q, p == q)
	anon := struct {
		X, Y int
	}{1, 2}
	fmt.Printf("%+v\n", anon)
	pp := &Person{Name: "Bo"}
	pp.Age = 3
	fmt.Println(pp.Name, (*pp).Age)
	people := []Person{{Name: "z"}, {Name: "y"}}
	for i := range people {
		people[i].Age = i * 10
	}
	fmt.Println(people)
}
