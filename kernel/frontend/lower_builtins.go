package frontend

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strconv"
	"strings"
)

// orderedConstraint is cmp.Ordered spelled out, so the helpers need no import.
const orderedConstraint = "interface{ ~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr | ~float32 | ~float64 | ~string }"

// builtinHelpers are declared once per session when a cell first needs
// them. A NaN argument makes the result NaN, as for the builtins.
var builtinHelpers = map[string]string{
	"__gkmin": "func __gkmin[T " + orderedConstraint + "](x T, ys ...T) T { for _, y := range ys { if y < x || y != y { x = y } }; return x }",
	"__gkmax": "func __gkmax[T " + orderedConstraint + "](x T, ys ...T) T { for _, y := range ys { if y > x || y != y { x = y } }; return x }",
}

// addHelper declares a generated helper func before the cell's own
// declarations, once: helpers added later may use earlier ones.
func (c *compilation) addHelper(name, src string) {
	if _, ok := c.helpers[name]; ok {
		return
	}
	c.helpers[name] = src
	c.helperOrder = append(c.helperOrder, name)
}

// lowerBuiltins rewrites the Go 1.21 builtins yaegi lacks: constant
// min/max calls become their value, others call a generic helper with
// explicit type arguments, and clear becomes a loop; and print and println,
// which yaegi gets wrong, call the runtime's helpers.
func (c *compilation) lowerBuiltins(root ast.Node) {
	ast.Inspect(root, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		id := identOf(call.Fun)
		if id == nil {
			return true
		}
		b, ok := c.info.Uses[id].(*types.Builtin)
		if !ok {
			return true
		}
		switch b.Name() {
		case "min", "max":
			tv := c.info.Types[call]
			if tv.Value != nil {
				c.edits.replace(c.off(call.Pos()), c.off(call.End()), c.constText(tv))
				return false
			}
			h := "__gk" + b.Name()
			if !c.s.helpers[h] {
				c.addHelper(h, builtinHelpers[h])
			}
			c.edits.replace(c.off(id.Pos()), c.off(id.End()), h+"["+c.typeString(tv.Type)+"]")
		case "print", "println":
			// yaegi prints these to stdout with fmt's formats; the runtime
			// writes to stderr in its own.
			name := RuntimeName + ".Print"
			if b.Name() == "println" {
				name += "ln"
			}
			c.edits.replace(c.off(id.Pos()), c.off(call.Lparen)+1, name+"("+c.hiddenImport("os")+".Stderr, ")
		case "clear":
			if len(call.Args) != 1 {
				return true
			}
			arg := call.Args[0]
			x := c.lowered(c.off(arg.Pos()), c.off(arg.End()))
			c.nextID++
			v := "__gkc" + strconv.Itoa(c.nextID)
			var repl string
			switch u := c.info.Types[arg].Type.Underlying().(type) {
			case *types.Map:
				repl = "for " + v + " := range " + x + " { delete(" + x + ", " + v + ") }"
			case *types.Slice:
				repl = "{ " + v + " := " + x + "; var " + v + "z " + c.typeString(u.Elem()) + "; for " + v + "i := range " + v + " { " + v + "[" + v + "i] = " + v + "z } }"
			default:
				return true
			}
			c.edits.replace(c.off(call.Pos()), c.off(call.End()), repl)
			return false
		}
		return true
	})
}

// constText spells a constant value in Go source, converted to its type
// when typed.
func (c *compilation) constText(tv types.TypeAndValue) string {
	v := tv.Value
	var s string
	switch v.Kind() {
	case constant.String:
		s = strconv.Quote(constant.StringVal(v))
	case constant.Float:
		f, _ := constant.Float64Val(v)
		s = strconv.FormatFloat(f, 'g', -1, 64)
		if !strings.ContainsAny(s, ".eEn") {
			s += ".0"
		}
	default:
		s = v.ExactString()
	}
	if b, ok := tv.Type.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
		return s
	}
	return c.typeString(tv.Type) + "(" + s + ")"
}
