package frontend

import (
	"go/parser"
	"go/scanner"
	"go/token"
	"strings"
)

// IsComplete answers is_complete_request: "complete" when the code parses
// as a cell, "incomplete" with the indent for the next line when it stops
// inside an open bracket, string or comment, and "invalid" otherwise.
func IsComplete(code string) (status, indent string) {
	if strings.TrimSpace(code) == "" {
		return "complete", ""
	}
	var s scanner.Scanner
	fs := token.NewFileSet()
	f := fs.AddFile("", -1, len(code))
	open := 0
	unterminated := false
	s.Init(f, []byte(code), func(pos token.Position, msg string) {
		if strings.Contains(msg, "not terminated") {
			unterminated = true
		}
	}, scanner.ScanComments)
	for {
		_, tok, _ := s.Scan()
		if tok == token.EOF {
			break
		}
		switch tok {
		case token.LPAREN, token.LBRACK, token.LBRACE:
			open++
		case token.RPAREN, token.RBRACK, token.RBRACE:
			open--
		}
	}
	if unterminated {
		return "incomplete", ""
	}
	if open > 0 {
		return "incomplete", strings.Repeat("\t", open)
	}
	if open < 0 {
		return "invalid", ""
	}
	// A trailing binary operator or comma continues on the next line.
	t := strings.TrimRight(code, " \t\r\n")
	for _, suf := range []string{",", "+", "-", "*", "/", "&&", "||", "=", "(", "."} {
		if strings.HasSuffix(t, suf) && !strings.HasSuffix(t, "++") && !strings.HasSuffix(t, "--") {
			return "incomplete", ""
		}
	}
	if !parsesAsCell(code) {
		return "invalid", ""
	}
	return "complete", ""
}

// parsesAsCell reports whether every item of the cell parses.
func parsesAsCell(code string) bool {
	var decls, stmts strings.Builder
	for _, it := range splitCell(code) {
		switch it.kind {
		case itemStmt:
			stmts.WriteString(code[it.start:it.end] + "\n")
		case itemPackage:
		default:
			decls.WriteString(code[it.start:it.end] + "\n")
		}
	}
	src := "package main\n" + decls.String() + "func _() {\n" + stmts.String() + "}\n"
	_, err := parser.ParseFile(token.NewFileSet(), "", src, parser.SkipObjectResolution)
	return err == nil
}
