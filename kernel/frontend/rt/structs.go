package rt

import (
	"fmt"
	"reflect"
)

// StructValue formats a value of a struct type declared in a cell with the
// names Go gives it. yaegi builds such types with reflect.StructOf: they
// have no name (%#v would print struct { … }) and their unexported fields
// are renamed (note becomes Xnote, which %+v would print). The front-end
// passes %+v and %#v arguments of such types through Struct.
type StructValue struct {
	V      any
	name   string   // Go's name of the type, main.T
	fields []string // the fields' names as declared
}

// Struct wraps v, a struct (or a pointer to one) of the type Go names name
// with the given field names, for fmt.
func Struct(v any, name string, fields []string) any {
	return &StructValue{V: v, name: name, fields: fields}
}

// Format prints %+v and %#v with the declared names; every other verb
// formats the value itself.
func (s *StructValue) Format(f fmt.State, verb rune) {
	v := s.V
	if sv, ok := v.(*StringerValue); ok {
		v = sv.V
	}
	rv := reflect.ValueOf(v)
	ptr := rv.Kind() == reflect.Pointer
	if ptr && !rv.IsNil() {
		rv = rv.Elem()
	}
	plus, sharp := f.Flag('+'), f.Flag('#')
	// A field-less type carries the front-end's hidden field: not shown.
	if _, ok := hiddenOnly(rv); ok && len(s.fields) == 0 {
		rv = reflect.ValueOf(struct{}{})
	}
	if verb != 'v' || !(plus || sharp) || rv.Kind() != reflect.Struct || rv.NumField() != len(s.fields) {
		fmt.Fprintf(f, fmt.FormatString(f, verb), s.V)
		return
	}
	inner, sep := "%+v", " "
	if sharp {
		inner, sep = "%#v", ", "
	}
	if ptr {
		f.Write([]byte("&"))
	}
	if sharp {
		f.Write([]byte(s.name))
	}
	f.Write([]byte("{"))
	for i, name := range s.fields {
		if i > 0 {
			f.Write([]byte(sep))
		}
		fv := rv.Field(i)
		if tag, ok := hiddenOnly(fv); ok {
			// A field-less cell struct (see frontend.markEmptyStruct).
			if sharp {
				fmt.Fprintf(f, "%s:main.%s{}", name, tag)
			} else {
				fmt.Fprintf(f, "%s:{}", name)
			}
			continue
		}
		fmt.Fprintf(f, "%s:"+inner, name, fv.Interface())
	}
	f.Write([]byte("}"))
}
