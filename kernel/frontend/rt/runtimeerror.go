package rt

import (
	"reflect"
	"regexp"
	"strings"
)

// RuntimeError is a Go runtime error raised inside yaegi. yaegi indexes,
// slices and dereferences through package reflect, so a program error that
// go run reports as a runtime.Error ("runtime error: index out of range
// [3] with length 0") panics with reflect's own message and type instead.
// Recovered and the worker translate those panics into a RuntimeError,
// which satisfies runtime.Error and carries the runtime's wording, without
// the index and length, which reflect does not say.
type RuntimeError struct{ msg string }

func (e RuntimeError) Error() string { return e.msg }

// RuntimeError marks the type as a runtime.Error.
func (RuntimeError) RuntimeError() {}

// reflectPanics maps the messages of reflect's panics that stand for a Go
// runtime error to the runtime's message.
var reflectPanics = []struct{ reflect, runtime string }{
	{"reflect: slice index out of range", "runtime error: index out of range"},
	{"reflect: array index out of range", "runtime error: index out of range"},
	{"reflect: string index out of range", "runtime error: index out of range"},
	{"reflect.Value.Slice: slice index out of range", "runtime error: slice bounds out of range"},
	{"reflect.Value.Slice3: slice index out of range", "runtime error: slice bounds out of range"},
	{"reflect.Value.Slice: string slice index out of range", "runtime error: slice bounds out of range"},
	{"reflect: call of reflect.Value.Field on zero Value", "runtime error: invalid memory address or nil pointer dereference"},
	{"reflect: call of reflect.Value.Elem on zero Value", "runtime error: invalid memory address or nil pointer dereference"},
}

// TranslatePanic returns the runtime error a reflect panic value stands
// for, and whether it is one.
func TranslatePanic(v any) (RuntimeError, bool) {
	var msg string
	switch p := v.(type) {
	case string:
		msg = p
	case *reflect.ValueError:
		msg = p.Error()
	case error:
		msg = p.Error()
	default:
		return RuntimeError{}, false
	}
	for _, r := range reflectPanics {
		if msg == r.reflect || strings.HasPrefix(msg, r.reflect+" ") {
			return RuntimeError{r.runtime}, true
		}
	}
	// yaegi's failed type assertion: its message, behind the position
	// yaegi puts first, is the runtime's *TypeAssertionError's.
	if m := assertionRE.FindStringSubmatch(msg); m != nil {
		return RuntimeError{m[1]}, true
	}
	return RuntimeError{}, false
}

var assertionRE = regexp.MustCompile(`^\d+:\d+: (interface conversion: .*)$`)
