package frontend

import (
	"go/types"
	"sort"
	"strings"
)

// unit is one top-level declaration the session keeps: a func, a method, a
// type, or a package-level var/const group, under the names it declares.
type unit struct {
	names   []string // "f", "T", methods as "T.M"
	src     string   // the user's text, re-checked with every later cell
	file    string   // where it came from, for messages ("cell 3")
	line    int      // its first line in that cell
	col     int
	lowered string   // what yaegi runs
	isFunc  bool     // func or method: re-evaluated when a callee changes
	isType  bool     // type declaration: cannot change once run
	deps    []string // session names it refers to
	doc     string   // the comment above it in its cell
	seq     int
}

// sessVar is a variable a cell's top-level statements defined.
type sessVar struct {
	name string
	typ  string // Go source of its type for the type checker, qualified with hidden import names
	// runTyp is the same type as yaegi reads it: compiled generic
	// instances under their shipped names (see typeString).
	runTyp string
	seq    int
}

// Session is the state of a notebook: what the interpreter has seen so far,
// in source form, so each new cell is type-checked against it.
type Session struct {
	imports map[string]string // import name in effect -> path
	units   map[string]*unit  // every declared name -> its latest unit
	vars    map[string]*sessVar
	helpers map[string]bool // generated helper funcs already declared
	cells   int
	seq     int
}

// NewSession returns an empty session and starts loading type information in
// the background.
func NewSession() *Session {
	Warm()
	return &Session{
		imports: map[string]string{},
		units:   map[string]*unit{},
		vars:    map[string]*sessVar{},
		helpers: map[string]bool{},
	}
}

// delta is what a compiled cell adds to the session once it ran.
type delta struct {
	imports map[string]string
	units   []*unit
	vars    []*sessVar
	helpers []string
}

// Commit records that the plan ran: its imports, declarations and variables
// now exist in the interpreter. It is called even when a statement panicked
// mid-cell, since whatever ran before the panic is in effect.
func (s *Session) Commit(p *Plan) {
	if p == nil || p.delta == nil {
		return
	}
	d := p.delta
	p.delta = nil
	s.cells++
	for n, path := range d.imports {
		s.imports[n] = path
	}
	for _, u := range d.units {
		s.seq++
		u.seq = s.seq
		for _, n := range u.names {
			if old := s.units[n]; old != nil && old != u {
				// A unit re-declaring only some of an old group's names
				// retires the whole old group.
				for _, on := range old.names {
					if s.units[on] == old {
						delete(s.units, on)
					}
				}
			}
			s.units[n] = u
			delete(s.vars, n)
		}
	}
	for _, v := range d.vars {
		s.seq++
		v.seq = s.seq
		s.vars[v.name] = v
		if u := s.units[v.name]; u != nil && !u.isFunc && !u.isType {
			delete(s.units, v.name)
		}
	}
	for _, h := range d.helpers {
		s.helpers[h] = true
	}
}

// sortedUnits returns the session's distinct units in definition order.
func (s *Session) sortedUnits() []*unit {
	seen := map[*unit]bool{}
	var us []*unit
	for _, u := range s.units {
		if !seen[u] {
			seen[u] = true
			us = append(us, u)
		}
	}
	sort.Slice(us, func(i, j int) bool { return us[i].seq < us[j].seq })
	return us
}

// Replay returns the steps that recreate the session's imports and
// declarations in a fresh interpreter — the latest definition of each name,
// types first, then everything else in one declaration chunk (yaegi resolves
// order inside a chunk) — and the session variables whose values are lost.
// Lost variables are re-declared with their zero value so later cells still
// compile in the new interpreter.
func (s *Session) Replay() (steps []Step, lostVars []string) {
	if len(s.imports) > 0 {
		var b strings.Builder
		b.WriteString("import (")
		names := make([]string, 0, len(s.imports))
		for n := range s.imports {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			b.WriteString(" " + n + " " + quote(s.imports[n]) + ";")
		}
		b.WriteString(" )")
		steps = append(steps, Step{Kind: Import, Source: b.String(), Lines: []int{0}, Names: names})
	}
	var decl strings.Builder
	var names []string
	var lines []int
	add := func(src string, ns []string) {
		if decl.Len() > 0 {
			decl.WriteString("\n")
		}
		decl.WriteString(src)
		for range strings.Count(src, "\n") + 1 {
			lines = append(lines, 0)
		}
		names = append(names, ns...)
	}
	us := s.sortedUnits()
	for _, u := range us {
		if u.isType {
			add(u.lowered, u.names)
		}
	}
	for _, u := range us {
		if !u.isType {
			add(u.lowered, u.names)
			if !u.isFunc {
				lostVars = append(lostVars, u.names...)
			}
		}
	}
	vs := make([]*sessVar, 0, len(s.vars))
	for _, v := range s.vars {
		vs = append(vs, v)
	}
	sort.Slice(vs, func(i, j int) bool { return vs[i].seq < vs[j].seq })
	for _, v := range vs {
		if v.runTyp != "" {
			add("var "+v.name+" "+v.runTyp, []string{v.name})
		}
		lostVars = append(lostVars, v.name)
	}
	if decl.Len() > 0 {
		steps = append(steps, Step{Kind: Decl, Source: decl.String(), Lines: lines, Names: names})
	}
	sort.Strings(lostVars)
	return steps, lostVars
}

// Vars lists the session variables and their types, for tests and tools.
func (s *Session) Vars() map[string]string {
	m := map[string]string{}
	for n, v := range s.vars {
		m[n] = v.typ
	}
	return m
}

func quote(s string) string { return `"` + s + `"` }

var _ = types.Typ
