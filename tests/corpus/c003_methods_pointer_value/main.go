// Program c003_methods_pointer_value: value and pointer receivers
package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc()      { c.n++ }
func (c Counter) Value() int { return c.n }

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	p := &c
	p.Inc()
	fmt.Println(c.Value(), p.Value())
}
