package rt

import (
	"io"
	"reflect"
	"strconv"
)

// Print is the builtin print, writing to w (the cell's stderr) in the Go
// runtime's formats: yaegi writes print and println to stdout through fmt's
// %v, and puts spaces between print's operands, which the runtime does not.
func Print(w io.Writer, args ...any) {
	var b []byte
	for _, a := range args {
		b = appendRuntime(b, a)
	}
	w.Write(b)
}

// Println is the builtin println: operands separated by spaces, then a
// newline.
func Println(w io.Writer, args ...any) {
	var b []byte
	for i, a := range args {
		if i > 0 {
			b = append(b, ' ')
		}
		b = appendRuntime(b, a)
	}
	w.Write(append(b, '\n'))
}

// appendRuntime formats one operand as the runtime's print does.
func appendRuntime(b []byte, a any) []byte {
	v := reflect.ValueOf(a)
	switch v.Kind() {
	case reflect.Invalid:
		return append(b, "nil"...)
	case reflect.Bool:
		return strconv.AppendBool(b, v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.AppendInt(b, v.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return strconv.AppendUint(b, v.Uint(), 10)
	case reflect.Float32:
		return appendRuntimeFloat(b, v.Float(), 32)
	case reflect.Float64:
		return appendRuntimeFloat(b, v.Float(), 64)
	case reflect.Complex64, reflect.Complex128:
		bits := 64
		if v.Kind() == reflect.Complex64 {
			bits = 32
		}
		c := v.Complex()
		b = append(b, '(')
		b = appendRuntimeFloat(b, real(c), bits)
		im := appendRuntimeFloat(nil, imag(c), bits)
		if im[0] != '+' && im[0] != '-' {
			b = append(b, '+')
		}
		b = append(b, im...)
		return append(b, "i)"...)
	case reflect.String:
		return append(b, v.String()...)
	case reflect.Slice:
		b = append(b, '[')
		b = strconv.AppendInt(b, int64(v.Len()), 10)
		b = append(b, '/')
		b = strconv.AppendInt(b, int64(v.Cap()), 10)
		b = append(b, ']')
		return appendHex(b, uint64(v.Pointer()))
	case reflect.Pointer, reflect.Chan, reflect.Map, reflect.Func, reflect.UnsafePointer:
		return appendHex(b, uint64(v.Pointer()))
	}
	// Anything else reached print through an interface: the runtime prints
	// its type and data words, which an interpreted value does not have.
	return append(b, "(0x0,0x0)"...)
}

func appendHex(b []byte, x uint64) []byte {
	return strconv.AppendUint(append(b, "0x"...), x, 16)
}

// appendRuntimeFloat formats as the runtime's printfloat of this toolchain:
// the shortest decimal that reads back as the same value (1.5, 1e-07,
// 1.23456789e+08), or NaN, +Inf, -Inf.
func appendRuntimeFloat(b []byte, v float64, bits int) []byte {
	return strconv.AppendFloat(b, v, 'g', -1, bits)
}
