package engine

import (
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"strings"

	"github.com/gokernel/gokernel/kernel"
	"github.com/gokernel/gokernel/kernel/frontend"
)

// Passthrough is a minimal Compiler for when no front-end is plugged in: a
// cell is one step, a declaration chunk when it starts with a declaration
// keyword and a statement chunk otherwise. It does no lowering, no type
// checking and shows no values; it replays every import and declaration.
type Passthrough struct {
	decls []frontend.Step
}

// Compile makes the cell one step.
func (c *Passthrough) Compile(cell string) (*frontend.Plan, error) {
	return &frontend.Plan{Cell: cell, Steps: []frontend.Step{chunk(cell)}}, nil
}

// CompileExpression makes expr a Result step.
func (c *Passthrough) CompileExpression(expr string) (*frontend.Plan, error) {
	src := frontend.RuntimeName + ".Result(" + expr + ")"
	return &frontend.Plan{Cell: expr, Steps: []frontend.Step{{Kind: frontend.Result, Source: src, Lines: []int{1}}}}, nil
}

// Commit remembers the plan's imports and declarations for Replay.
func (c *Passthrough) Commit(p *frontend.Plan) {
	for _, s := range p.Steps {
		if s.Kind == frontend.Import || s.Kind == frontend.Decl {
			c.decls = append(c.decls, s)
		}
	}
}

// Replay returns every committed import and declaration; variables set by
// statements are not tracked, so none are named.
func (c *Passthrough) Replay() ([]frontend.Step, []string) {
	return append([]frontend.Step(nil), c.decls...), nil
}

// Complete knows nothing.
func (c *Passthrough) Complete(code string, cursor int) kernel.CompleteResult {
	return kernel.CompleteResult{CursorStart: cursor, CursorEnd: cursor}
}

// Inspect knows nothing.
func (c *Passthrough) Inspect(code string, cursor, detail int) kernel.InspectResult {
	return kernel.InspectResult{}
}

// chunk makes src one step, chosen by its first token as yaegi would.
func chunk(src string) frontend.Step {
	n := strings.Count(src, "\n") + 1
	lines := make([]int, n)
	for i := range lines {
		lines[i] = i + 1
	}
	st := frontend.Step{Kind: frontend.Stmt, Source: ";" + src, Lines: lines}
	switch firstToken(src) {
	case token.IMPORT:
		st.Kind, st.Source = frontend.Import, src
	case token.FUNC, token.TYPE, token.VAR, token.CONST, token.PACKAGE:
		st.Kind, st.Source = frontend.Decl, src
		st.Names = declNames(src)
	}
	return st
}

// declNames lists the funcs, types, vars and consts src declares.
func declNames(src string) []string {
	f, err := parser.ParseFile(token.NewFileSet(), "", "package p\n"+src, 0)
	if err != nil {
		return nil
	}
	var names []string
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv == nil {
				names = append(names, d.Name.Name)
			}
		case *ast.GenDecl:
			for _, s := range d.Specs {
				switch s := s.(type) {
				case *ast.TypeSpec:
					names = append(names, s.Name.Name)
				case *ast.ValueSpec:
					for _, n := range s.Names {
						names = append(names, n.Name)
					}
				}
			}
		}
	}
	return names
}

func firstToken(src string) token.Token {
	var s scanner.Scanner
	fs := token.NewFileSet()
	s.Init(fs.AddFile("", -1, len(src)), []byte(src), nil, 0)
	_, tok, _ := s.Scan()
	return tok
}

// isComplete is a stand-in for frontend.IsComplete: brackets still open or
// an unterminated literal make "incomplete", a cell that neither parses as
// declarations nor as statements is "invalid".
func isComplete(code string) (status, indent string) {
	if strings.TrimSpace(code) == "" {
		return "complete", ""
	}
	var s scanner.Scanner
	fs := token.NewFileSet()
	unterminated := false
	eh := func(pos token.Position, msg string) {
		if strings.Contains(msg, "not terminated") {
			unterminated = true
		}
	}
	s.Init(fs.AddFile("", -1, len(code)), []byte(code), eh, 0)
	depth := 0
	for {
		_, tok, _ := s.Scan()
		if tok == token.EOF {
			break
		}
		switch tok {
		case token.LPAREN, token.LBRACE, token.LBRACK:
			depth++
		case token.RPAREN, token.RBRACE, token.RBRACK:
			depth--
			if depth < 0 {
				return "invalid", ""
			}
		}
	}
	if unterminated {
		return "incomplete", ""
	}
	if depth > 0 {
		return "incomplete", strings.Repeat("\t", depth)
	}
	if parses(code) {
		return "complete", ""
	}
	return "invalid", ""
}
