package frontend

import (
	"go/types"
	"strconv"
	"strings"
)

// typeString spells t as Go source valid in the cell, as yaegi will read it.
//
// types.TypeString would write a compiled generic instance as
// `iter.Seq[string]`, which yaegi cannot resolve: it only knows the
// instantiations the worker ships, under their mangled names. So an instance
// of a compiled generic type becomes its shipped name behind a hidden import
// (`__gki_iter.Seq__string`), and one that is not shipped — type arguments
// declared in cells, or type parameters of a generic cell function — falls
// back to its underlying type (`func(yield func(T) bool)`) when the type has
// no methods to lose, which is exactly the case of iter.Seq and iter.Seq2.
func (c *compilation) typeString(t types.Type) string {
	var b strings.Builder
	c.writeType(&b, t)
	return b.String()
}

// checkTypeString spells t for the type checker's view of the session,
// which knows the compiled packages as they are.
func (c *compilation) checkTypeString(t types.Type) string {
	return types.TypeString(t, c.qual)
}

func (c *compilation) writeType(b *strings.Builder, t types.Type) {
	switch t := t.(type) {
	case *types.Named:
		if c.writeInstance(b, t) {
			return
		}
	case *types.Alias:
		if t.TypeArgs().Len() > 0 {
			c.writeType(b, types.Unalias(t))
			return
		}
	case *types.Pointer:
		b.WriteString("*")
		c.writeType(b, t.Elem())
		return
	case *types.Slice:
		b.WriteString("[]")
		c.writeType(b, t.Elem())
		return
	case *types.Array:
		b.WriteString("[" + strconv.FormatInt(t.Len(), 10) + "]")
		c.writeType(b, t.Elem())
		return
	case *types.Map:
		b.WriteString("map[")
		c.writeType(b, t.Key())
		b.WriteString("]")
		c.writeType(b, t.Elem())
		return
	case *types.Chan:
		switch t.Dir() {
		case types.SendOnly:
			b.WriteString("chan<- ")
		case types.RecvOnly:
			b.WriteString("<-chan ")
		default:
			b.WriteString("chan ")
			if ch, ok := t.Elem().(*types.Chan); ok && ch.Dir() == types.RecvOnly {
				b.WriteString("(")
				c.writeType(b, t.Elem())
				b.WriteString(")")
				return
			}
		}
		c.writeType(b, t.Elem())
		return
	case *types.Signature:
		b.WriteString("func")
		c.writeSignature(b, t)
		return
	}
	b.WriteString(types.TypeString(t, c.qual))
}

// writeInstance writes an instantiated generic type from a compiled package
// the way yaegi can resolve it, and reports whether it did.
func (c *compilation) writeInstance(b *strings.Builder, t *types.Named) bool {
	obj := t.Obj()
	if t.TypeArgs().Len() == 0 || obj.Pkg() == nil || obj.Pkg() == c.pkg {
		return false
	}
	var targs []types.Type
	for i := range t.TypeArgs().Len() {
		targs = append(targs, t.TypeArgs().At(i))
	}
	if in, ok := lookupInstance(obj.Pkg().Path(), obj.Name(), targs); ok {
		b.WriteString(c.hiddenImport(in.Path) + "." + in.Name)
		return true
	}
	if t.NumMethods() == 0 {
		if _, isStruct := t.Underlying().(*types.Struct); !isStruct {
			c.writeType(b, t.Underlying())
			return true
		}
	}
	return false
}

func (c *compilation) writeSignature(b *strings.Builder, sig *types.Signature) {
	b.WriteString("(")
	for i := range sig.Params().Len() {
		if i > 0 {
			b.WriteString(", ")
		}
		p := sig.Params().At(i)
		if p.Name() != "" {
			b.WriteString(p.Name() + " ")
		}
		if sig.Variadic() && i == sig.Params().Len()-1 {
			b.WriteString("...")
			c.writeType(b, p.Type().(*types.Slice).Elem())
			continue
		}
		c.writeType(b, p.Type())
	}
	b.WriteString(")")
	res := sig.Results()
	switch {
	case res.Len() == 0:
	case res.Len() == 1 && res.At(0).Name() == "":
		b.WriteString(" ")
		c.writeType(b, res.At(0).Type())
	default:
		b.WriteString(" (")
		for i := range res.Len() {
			if i > 0 {
				b.WriteString(", ")
			}
			if r := res.At(i); r.Name() != "" {
				b.WriteString(r.Name() + " ")
			}
			c.writeType(b, res.At(i).Type())
		}
		b.WriteString(")")
	}
}
