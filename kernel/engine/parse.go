package engine

import (
	"go/parser"
	"go/token"
	"strings"
)

// parses reports whether code is a Go file body (declarations) or a list
// of statements.
func parses(code string) bool {
	fs := token.NewFileSet()
	if strings.HasPrefix(strings.TrimSpace(code), "package") {
		_, err := parser.ParseFile(fs, "", code, 0)
		return err == nil
	}
	if _, err := parser.ParseFile(fs, "", "package p\n"+code, 0); err == nil {
		return true
	}
	_, err := parser.ParseFile(fs, "", "package p\nfunc _() {\n"+code+"\n}", 0)
	return err == nil
}
