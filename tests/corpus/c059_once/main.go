// Program c059_once: sync.Once, OnceFunc and OnceValue
package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("init once") })
	}
	f := sync.OnceFunc(func() { fmt.Println("OnceFunc body") })
	f()
	f()
	calls := 0
	v := sync.OnceValue(func() int { calls++; return 42 })
	fmt.Println(v(), v(), calls)
}
