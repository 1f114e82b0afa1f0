package frontend

import (
	"go/scanner"
	"go/token"
)

// itemKind classifies a top-level piece of a cell.
type itemKind int

const (
	itemPackage itemKind = iota
	itemImport
	itemDecl
	itemStmt
)

// item is one top-level declaration or statement of a cell, as a byte range.
type item struct {
	kind       itemKind
	start, end int // byte offsets in the cell
}

// splitCell cuts a cell into top-level items by scanning tokens: at bracket
// depth 0 a declaration keyword starts a declaration, anything else a
// statement, and an (automatic) semicolon ends the item. yaegi chooses
// between declaration and statement mode by a chunk's first token, so the
// two kinds must reach it separately.
func splitCell(cell string) []item {
	var s scanner.Scanner
	fs := token.NewFileSet()
	f := fs.AddFile("", -1, len(cell))
	s.Init(f, []byte(cell), nil, 0)
	type tok struct {
		pos, end int
		t        token.Token
		lit      string
	}
	var toks []tok
	for {
		pos, t, lit := s.Scan()
		if t == token.EOF {
			break
		}
		off := f.Offset(pos)
		n := len(lit)
		if t == token.SEMICOLON && lit == "\n" {
			n = 0
		} else if lit == "" {
			n = len(t.String())
		}
		toks = append(toks, tok{off, off + n, t, lit})
	}
	var items []item
	depth := 0
	cur := -1
	var kind itemKind
	lastEnd := 0
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if cur < 0 {
			if t.t == token.SEMICOLON {
				continue
			}
			cur = t.pos
			kind = classify(toks[i:], func(j int) token.Token { return toks[i+j].t }, len(toks)-i)
		}
		switch t.t {
		case token.LPAREN, token.LBRACK, token.LBRACE:
			depth++
		case token.RPAREN, token.RBRACK, token.RBRACE:
			depth--
		case token.SEMICOLON:
			if depth <= 0 {
				items = append(items, item{kind, cur, lastEnd})
				cur = -1
				continue
			}
		}
		lastEnd = t.end
	}
	if cur >= 0 {
		items = append(items, item{kind, cur, lastEnd})
	}
	return items
}

func classify[T any](_ []T, at func(int) token.Token, n int) itemKind {
	switch at(0) {
	case token.PACKAGE:
		return itemPackage
	case token.IMPORT:
		return itemImport
	case token.TYPE, token.VAR, token.CONST:
		return itemDecl
	case token.FUNC:
		if n > 1 && at(1) == token.IDENT {
			return itemDecl
		}
		if n > 1 && at(1) == token.LPAREN {
			// A method has a receiver, then its name, then ( or [;
			// a func literal has parameters, then a result or {.
			depth := 0
			for j := 1; j < n; j++ {
				switch at(j) {
				case token.LPAREN:
					depth++
				case token.RPAREN:
					depth--
				}
				if depth == 0 {
					if j+2 < n && at(j+1) == token.IDENT && (at(j+2) == token.LPAREN || at(j+2) == token.LBRACK) {
						return itemDecl
					}
					return itemStmt
				}
			}
		}
	}
	return itemStmt
}
