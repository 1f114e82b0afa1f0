package frontend

import "go/types"

// RichConstructor is the display library's constructor for values with
// rich representations, called as
//
//	RichConstructor(v, html, markdown, svg, png, bundle)
//
// with each method passed as a bound method value or nil. yaegi's compiled
// type assertions do not see methods declared in cells, so the front-end,
// which knows the static type, hands the methods over explicitly.
//
// The worker exports lib/display's RichFuncs, which has exactly this shape,
// in its runtime package, which every cell can reach without an import of
// its own. Empty disables the wrapping (values are passed as they are).
var RichConstructor = RuntimeName + ".RichFuncs"

// richMethodNames are the methods that make a value rich, in the order
// RichConstructor takes them.
var richMethodNames = []string{"HTML", "Markdown", "SVG", "PNG", "MIMEBundle"}

// richMethods returns which rich methods the static type t has (nil
// entries for missing ones), or nil when it has none or the hook is off.
func (c *compilation) richMethods(t types.Type) []bool {
	if RichConstructor == "" || t == nil {
		return nil
	}
	ms := types.NewMethodSet(t)
	var has []bool
	any := false
	for _, n := range richMethodNames {
		sel := ms.Lookup(nil, n)
		if sel == nil {
			for _, p := range []*types.Package{c.pkg} {
				sel = ms.Lookup(p, n)
			}
		}
		has = append(has, sel != nil)
		any = any || sel != nil
	}
	if !any {
		return nil
	}
	return has
}

// rich wraps the value expression v (a variable or expression evaluated
// once) for the runtime's Result.
func (c *compilation) rich(v string, t types.Type) string {
	has := c.richMethods(t)
	if has == nil {
		return v
	}
	s := RichConstructor + "(" + v
	for i, n := range richMethodNames {
		if has[i] {
			s += ", " + v + "." + n
		} else {
			s += ", nil"
		}
	}
	return s + ")"
}
