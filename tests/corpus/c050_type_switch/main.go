// Program c050_type_switch: type switches
package main

import "fmt"

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", x)
	case string:
		return "string " + x
	case []int:
		return fmt.Sprintf("slice of %d", len(x))
	case error:
		return "error " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	for _, v := range []any{nil, 1, "s", []int{1, 2}, fmt.Errorf("e"), 2.5} {
		fmt.Println(describe(v))
	}
}
