// Program c188_generic_cache: a generic LRU-ish cache with a map and an order slice
package main

import "fmt"

type Cache[K comparable, V any] struct {
	cap   int
	data  map[K]V
	order []K
}

func NewCache[K comparable, V any](n int) *Cache[K, V] {
	return &Cache[K, V]{cap: n, data: make(map[K]V)}
}

func (c *Cache[K, V]) Put(k K, v V) {
	if _, ok := c.data[k]; !ok {
		c.order = append(c.order, k)
	}
	c.data[k] = v
	if len(c.order) > c.cap {
		oldest := c.order[0]
		c.order = c.order[1:]
		delete(c.data, oldest)
	}
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	v, ok := c.data[k]
	return v, ok
}

func main() {
	c := NewCache[string, int](2)
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	_, okA := c.Get("a")
	vc, okC := c.Get("c")
	fmt.Println(okA, vc, okC, c.order)
}
