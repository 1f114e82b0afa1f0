// Program c217_methods_value_pointer: value and pointer receivers, method values and method expressions
package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc()    { c.n++ }
func (c Counter) Get() int { return c.n }

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	inc := c.Inc
	inc()
	fmt.Println(c.Get())
	get := Counter.Get
	fmt.Println(get(c))
	p := &c
	p.Inc()
	fmt.Println(p.Get(), c.n)
	fmt.Println(Celsius(100).F(), Celsius(-40).F())
}
