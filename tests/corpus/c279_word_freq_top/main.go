// Program c279_word_freq_top: top-k words with a map, a struct slice and a custom comparator
package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	text := `It was the best of times it was the worst of times`
	freq := map[string]int{}
	for _, w := range strings.Fields(strings.ToLower(text)) {
		freq[w]++
	}
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range freq {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool {
		return kvs[i].v > kvs[j].v || kvs[i].v == kvs[j].v && kvs[i].k < kvs[j].k
	})
	for _, e := range kvs[:3] {
		fmt.Printf("%s=%d\n", e.k, e.v)
	}
}
