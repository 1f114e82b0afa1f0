package symbols

import (
	"go/types"
	"strings"
)

// Mangle names the concrete instantiation of a compiled generic function or
// type as yaegi sees it: yaegi cannot import compiled generics, so the worker
// exports each instantiation the kernel ships under a plain identifier, and the
// front-end rewrites `itertools.TakeWhile[float64]` (written or inferred) to
// `itertools.TakeWhile__float64`.
//
// The type arguments are spelled with their package names, then every rune
// that cannot appear in an identifier becomes '_' (so `[]string` is
// `__string`, `map[string]int` is `map_string_int`, `time.Duration` is
// `time_Duration`); `interface{}` is spelled `any`.
func Mangle(name string, targs []types.Type) string {
	var b strings.Builder
	b.WriteString(name)
	for _, t := range targs {
		b.WriteString("__")
		b.WriteString(mangleType(t))
	}
	return b.String()
}

func mangleType(t types.Type) string {
	s := types.TypeString(t, func(p *types.Package) string { return p.Name() })
	s = strings.ReplaceAll(s, "interface{}", "any")
	return strings.Map(func(r rune) rune {
		if r == '_' || ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || ('0' <= r && r <= '9') {
			return r
		}
		return '_'
	}, s)
}
