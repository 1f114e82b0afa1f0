package frontend

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strconv"
	"strings"
)

// printfFormatArg gives, for the printf-style functions, the index of the
// format argument.
var printfFormatArg = map[string]map[string]int{
	"fmt": {"Printf": 0, "Sprintf": 0, "Errorf": 0, "Fprintf": 1, "Appendf": 1},
	"log": {"Printf": 0, "Fatalf": 0, "Panicf": 0},
}

// printfVerb is one verb of a format string and the argument it formats.
type printfVerb struct {
	arg        int    // index into the call's arguments
	verb       byte   // 'v', 'T', ...
	flags      string // "+", "#", ...
	start, end int    // the verb's span in the format, from '%' to the verb
}

// parsePrintf lists the verbs of format that consume an argument, with the
// argument each formats (first is the index of the first one); ok is false
// for explicit argument indexes ([n]), which it does not follow.
func parsePrintf(format string, first int) (verbs []printfVerb, ok bool) {
	arg := first
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		start := i
		i++
		flags := ""
		for i < len(format) && strings.IndexByte("+-# 0", format[i]) >= 0 {
			flags += format[i : i+1]
			i++
		}
		for i < len(format) && (format[i] == '*' || format[i] == '.' || ('0' <= format[i] && format[i] <= '9') || format[i] == '[') {
			switch format[i] {
			case '[':
				return nil, false
			case '*':
				arg++
			}
			i++
		}
		if i >= len(format) {
			break
		}
		if format[i] == '%' {
			continue
		}
		verbs = append(verbs, printfVerb{arg: arg, verb: format[i], flags: flags, start: start, end: i + 1})
		arg++
	}
	return verbs, true
}

// lowerPrintf makes %T, %+v and %#v of types declared in cells print what
// go run prints. yaegi's types for them have no name and renamed unexported
// fields, so with a constant format: %T of an argument whose static type
// mentions a cell type becomes %s of Go's name for it (the argument is
// still evaluated), and a cell struct formatted with %+v or %#v goes
// through RuntimeName+".Struct", which knows the type's name and fields.
// An argument of interface type is left alone: its dynamic type is only
// known at run time.
func (c *compilation) lowerPrintf(root ast.Node) {
	ast.Inspect(root, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || !c.isPrintCall(call) || call.Ellipsis.IsValid() {
			return true
		}
		fn := c.callee(call)
		fi, ok := printfFormatArg[fn.Pkg().Path()][fn.Name()]
		if !ok || fi >= len(call.Args) {
			return true
		}
		fe := call.Args[fi]
		tv := c.info.Types[fe]
		if tv.Value == nil || tv.Value.Kind() != constant.String {
			return true
		}
		if fset.Position(fe.Pos()).Line != fset.Position(fe.End()).Line {
			return true // rewriting it must not move the lines after it
		}
		format := constant.StringVal(tv.Value)
		verbs, ok := parsePrintf(format, fi+1)
		if !ok {
			return true
		}
		newFormat, changed := format, false
		for k := len(verbs) - 1; k >= 0; k-- {
			v := verbs[k]
			if v.arg >= len(call.Args) {
				continue
			}
			a := call.Args[v.arg]
			at, ok := c.info.Types[a]
			if !ok || at.IsType() || at.Type == nil || isInterfaceValue(at.Type) {
				continue
			}
			switch {
			case v.verb == 'T':
				name, ok := c.goTypeName(at.Type)
				if !ok {
					continue
				}
				c.edits.wrap(c.off(a.Pos()), c.off(a.End()), "func(_ "+c.typeString(at.Type)+") string { return "+strconv.Quote(name)+" }(", ")")
				c.typeNameArgs[a] = true
				newFormat = newFormat[:v.end-1] + "s" + newFormat[v.end:]
				changed = true
			case v.verb == 'v' && (strings.Contains(v.flags, "+") || strings.Contains(v.flags, "#")):
				c.wrapStruct(a, at.Type, strings.Contains(v.flags, "#"))
			}
		}
		if changed {
			c.edits.replace(c.off(fe.Pos()), c.off(fe.End()), strconv.Quote(newFormat))
		}
		return true
	})
}

// goTypeName is what %T prints for t under go run, when t mentions a type
// declared in a cell and go/types spells it as reflect does (no struct,
// interface or func literals, whose spelling differs).
func (c *compilation) goTypeName(t types.Type) (string, bool) {
	cell := false
	name := types.TypeString(t, func(p *types.Package) string {
		if p == c.pkg {
			cell = true
			return "main"
		}
		return p.Name()
	})
	if !cell || strings.Contains(name, "struct{") || strings.Contains(name, "interface{") || strings.Contains(name, "func(") {
		return "", false
	}
	return name, true
}

// wrapStruct passes a %+v or %#v argument of a cell struct type (or a
// pointer to one) through RuntimeName+".Struct", unless fmt would call a
// method of its own (String for %+v; GoString for %#v; Format, Error).
func (c *compilation) wrapStruct(a ast.Expr, t types.Type, sharp bool) {
	if !c.isCellType(t) {
		return
	}
	own := []string{"Format", "Error", "String"}
	if sharp {
		own = []string{"Format", "Error", "GoString"}
	}
	if c.hasMethod(t, own...) {
		return
	}
	base := t
	if p, ok := t.(*types.Pointer); ok {
		base = p.Elem()
	}
	st, ok := base.Underlying().(*types.Struct)
	if !ok {
		return
	}
	name, ok := c.goTypeName(base)
	if !ok {
		return
	}
	var fields []string
	for i := range st.NumFields() {
		fields = append(fields, strconv.Quote(st.Field(i).Name()))
	}
	c.edits.wrap(c.off(a.Pos()), c.off(a.End()), RuntimeName+".Struct(", ", "+strconv.Quote(name)+", []string{"+strings.Join(fields, ", ")+"})")
}
