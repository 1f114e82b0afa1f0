// Program c140_word_frequency: a small text-processing program
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	text := `Go is an open source programming language that makes it simple to build
secure, scalable systems. Go makes concurrency simple.`
	freq := map[string]int{}
	for w := range strings.FieldsSeq(strings.ToLower(text)) {
		w = strings.Trim(w, ".,")
		freq[w]++
	}
	words := slices.SortedFunc(maps.Keys(freq), func(a, b string) int {
		return cmp.Or(cmp.Compare(freq[b], freq[a]), cmp.Compare(a, b))
	})
	for _, w := range words[:4] {
		fmt.Println(w, freq[w])
	}
}
