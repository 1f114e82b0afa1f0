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
// `time_Duration`); `interface{}` is spelled `any`, and the aliases byte and
// rune are spelled uint8 and int32, so that identical types mangle alike.
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
	s := types.TypeString(types.Unalias(t), func(p *types.Package) string { return p.Name() })
	s = strings.ReplaceAll(s, "interface{}", "any")
	s = canonicalAliases(s)
	return strings.Map(func(r rune) rune {
		if r == '_' || ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || ('0' <= r && r <= '9') {
			return r
		}
		return '_'
	}, s)
}

// canonicalAliases spells the predeclared aliases byte and rune as uint8 and
// int32 wherever they stand as unqualified identifiers in a type string.
func canonicalAliases(s string) string {
	isIdent := func(c byte) bool {
		return c == '_' || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || ('0' <= c && c <= '9')
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if !isIdent(s[i]) {
			b.WriteByte(s[i])
			i++
			continue
		}
		j := i
		for j < len(s) && isIdent(s[j]) {
			j++
		}
		word := s[i:j]
		if i == 0 || s[i-1] != '.' {
			switch word {
			case "byte":
				word = "uint8"
			case "rune":
				word = "int32"
			}
		}
		b.WriteString(word)
		i = j
	}
	return b.String()
}
