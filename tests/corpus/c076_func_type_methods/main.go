// Program c076_func_type_methods: methods on function types
package main

import "fmt"

type Handler func(string) string

func (h Handler) Twice(s string) string { return h(h(s)) }

type Middleware func(Handler) Handler

func logging(prefix string) Middleware {
	return func(next Handler) Handler {
		return func(s string) string { return prefix + next(s) }
	}
}

func main() {
	exclaim := Handler(func(s string) string { return s + "!" })
	fmt.Println(exclaim.Twice("hi"))
	h := logging("[log] ")(exclaim)
	fmt.Println(h("ok"))
}
