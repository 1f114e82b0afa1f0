// Covers: empty interface values, type switches over many kinds, nil interfaces vs typed nil.
package main

import "fmt"

type T struct{}

func kind(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case string:
		return "string " + x
	case []int:
		return fmt.Sprintf("slice of %d", len(x))
	case error:
		return "error " + x.Error()
	case fmt.Stringer:
		return "stringer"
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	for _, v := range []any{nil, 3, int64(4), "s", []int{1, 2}, fmt.Errorf("boom"), 2.5, true} {
		fmt.Println(kind(v))
	}
	var p *T
	var i any = p
	fmt.Println(i == nil, p == nil)
}
