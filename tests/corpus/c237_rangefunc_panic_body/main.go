// Program c237_rangefunc_panic_body: a panic in a range-over-func loop body propagates through the iterator to a recover in the caller
package main

import "fmt"

func items(yield func(string) bool) {
	defer fmt.Println("iterator cleanup")
	for _, s := range []string{"a", "b", "c"} {
		if !yield(s) {
			return
		}
	}
}

func process() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("failed: %v", r)
		}
	}()
	for s := range items {
		if s == "b" {
			panic("bad item " + s)
		}
		fmt.Println("ok", s)
	}
	return nil
}

func main() {
	fmt.Println(process())
}
