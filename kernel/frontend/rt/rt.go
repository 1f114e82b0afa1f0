// Package rt holds the compiled helpers that lowered cells call through the
// worker's runtime import (frontend.RuntimeName, "__gkrt"). The worker must
// export Symbols under frontend.RuntimePath next to its own Result.
//
// They exist because yaegi cannot hand a value of a type declared in a cell
// to compiled code as an error: a value-receiver Error method is invisible to
// fmt, converting to error fails with a reflect error, and errors.As rejects
// a target of a cell type. The front-end therefore wraps every such value
// converted to an interface in an *ErrorValue that carries the value and its
// bound methods, and unwraps it again where a cell asserts its type.
package rt

import "reflect"

// ErrorValue is an error whose behaviour comes from an interpreted value:
// Error and Unwrap call the value's own methods.
type ErrorValue struct {
	V      any
	msg    func() string
	unwrap func() error
}

// Error returns the interpreted value's Error().
func (e *ErrorValue) Error() string {
	if e.msg == nil {
		return "<nil>"
	}
	return e.msg()
}

// Unwrap returns the interpreted value's Unwrap(), or nil without one.
func (e *ErrorValue) Unwrap() error {
	if e.unwrap == nil {
		return nil
	}
	return e.unwrap()
}

// Is reports whether target wraps an equal interpreted value, which is what
// errors.Is's == comparison means for the unwrapped values.
func (e *ErrorValue) Is(target error) bool {
	o, ok := target.(*ErrorValue)
	if !ok {
		return false
	}
	a, b := reflect.ValueOf(e.V), reflect.ValueOf(o.V)
	if !a.IsValid() || !b.IsValid() || a.Type() != b.Type() || !a.Comparable() {
		return false
	}
	return a.Equal(b)
}

// As sets *target to the interpreted value when its type fits, for
// errors.As.
func (e *ErrorValue) As(target any) bool {
	tv := reflect.ValueOf(target)
	if tv.Kind() != reflect.Pointer || tv.IsNil() {
		return false
	}
	v := reflect.ValueOf(e.V)
	if v.IsValid() && v.Type().AssignableTo(tv.Elem().Type()) {
		tv.Elem().Set(v)
		return true
	}
	return false
}

// Error wraps an interpreted value with its bound Error (and Unwrap, or
// nil) methods as an error.
func Error(v any, msg func() string, unwrap func() error) error {
	return &ErrorValue{V: v, msg: msg, unwrap: unwrap}
}

// Value returns the interpreted value inside an *ErrorValue, or x itself:
// lowered type assertions and type switches look at this.
func Value(x any) any {
	if e, ok := x.(*ErrorValue); ok {
		return e.V
	}
	return x
}

// ErrorsAs is errors.As that also matches a target of an interpreted type
// (which compiled errors.As rejects, since reflection does not see the
// type's Error method).
func ErrorsAs(err error, target any) bool {
	if target == nil {
		panic("errors: target cannot be nil")
	}
	tv := reflect.ValueOf(target)
	if tv.Kind() != reflect.Pointer || tv.IsNil() {
		panic("errors: target must be a non-nil pointer")
	}
	want := tv.Elem().Type()
	return as(err, tv, want)
}

func as(err error, tv reflect.Value, want reflect.Type) bool {
	for err != nil {
		if e, ok := err.(*ErrorValue); ok {
			if e.As(tv.Interface()) {
				return true
			}
		} else if reflect.TypeOf(err).AssignableTo(want) {
			tv.Elem().Set(reflect.ValueOf(err))
			return true
		} else if x, ok := err.(interface{ As(any) bool }); ok && x.As(tv.Interface()) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
		case interface{ Unwrap() []error }:
			for _, e := range x.Unwrap() {
				if as(e, tv, want) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
	return false
}

// Recovered returns the value a cell's recover() returned: yaegi hands
// some panic values back wrapped in a reflect.Value, which type assertions
// such as r.(error) or r.(string) then fail on; and reflect's panics that
// stand for Go runtime errors become a RuntimeError (see TranslatePanic).
func Recovered(v any) any {
	if rv, ok := v.(reflect.Value); ok {
		if !rv.IsValid() {
			return nil
		}
		if rv.CanInterface() {
			v = rv.Interface()
		}
	}
	if e, ok := TranslatePanic(v); ok {
		return e
	}
	return v
}

// Symbols are the helpers for the worker's interp.Exports entry of
// frontend.RuntimePath (merge them with Result).
var Symbols = map[string]reflect.Value{
	"Error":         reflect.ValueOf(Error),
	"Value":         reflect.ValueOf(Value),
	"ErrorsAs":      reflect.ValueOf(ErrorsAs),
	"Recovered":     reflect.ValueOf(Recovered),
	"ErrorValue":    reflect.ValueOf((*ErrorValue)(nil)),
	"Stringer":      reflect.ValueOf(Stringer),
	"Equal":         reflect.ValueOf(Equal),
	"Struct":        reflect.ValueOf(Struct),
	"Print":         reflect.ValueOf(Print),
	"Println":       reflect.ValueOf(Println),
	"Sleep":         reflect.ValueOf(Sleep),
	"WaitGroupWait": reflect.ValueOf(WaitGroupWait),
}

// Equal is == on two interface values: values of interpreted error types
// travel in a fresh *ErrorValue per conversion, so comparing the wrappers
// would say false for equal values; Equal compares what they carry, with
// Go's rules (same dynamic type and equal values; a panic for an
// uncomparable type).
func Equal(a, b any) bool {
	ea, aok := a.(*ErrorValue)
	eb, bok := b.(*ErrorValue)
	switch {
	case aok && bok:
		return ea.V == eb.V
	case aok || bok:
		return false
	}
	return a == b
}
