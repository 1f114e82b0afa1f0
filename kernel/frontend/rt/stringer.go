package rt

import (
	"fmt"
)

// StringerValue formats an interpreted value with its own String method.
// yaegi hands fmt a value of a cell type without the cell's methods (a
// String method with a pointer receiver is not seen at all, and %d prints the
// interpreter's wrapper), so the front-end passes such print arguments
// through Stringer.
type StringerValue struct {
	V   any
	str func() string
}

// Stringer wraps v, whose String method is str, for fmt.
func Stringer(v any, str func() string) any {
	return &StringerValue{V: v, str: str}
}

// String calls the interpreted value's String method.
func (s *StringerValue) String() string { return s.str() }

// Format uses String for the verbs fmt applies String to (%v, %s, %q, %x,
// %X, with their flags and width; not %#v) and formats the value itself for
// the others (%d on a Stringer prints the number, as under go run).
func (s *StringerValue) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v':
		if f.Flag('#') {
			fmt.Fprintf(f, fmt.FormatString(f, verb), s.V)
			return
		}
		fmt.Fprintf(f, fmt.FormatString(f, 's'), s.str())
	case 's', 'q', 'x', 'X':
		fmt.Fprintf(f, fmt.FormatString(f, verb), s.str())
	default:
		fmt.Fprintf(f, fmt.FormatString(f, verb), s.V)
	}
}
