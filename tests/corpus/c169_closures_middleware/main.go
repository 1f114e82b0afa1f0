// Program c169_closures_middleware: function middleware chains built from closures
package main

import (
	"fmt"
	"strings"
)

type Handler func(string) string

func Upper(next Handler) Handler {
	return func(s string) string { return next(strings.ToUpper(s)) }
}

func Exclaim(next Handler) Handler {
	return func(s string) string { return next(s + "!") }
}

func Chain(h Handler, ms ...func(Handler) Handler) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func main() {
	echo := func(s string) string { return "<" + s + ">" }
	h := Chain(echo, Upper, Exclaim)
	fmt.Println(h("hi"))
}
