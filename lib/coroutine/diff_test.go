package coroutine

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

// The differential test runs random generator bodies, written in a tiny
// instruction language (see testdata/pygen.py), as real CPython generators
// and as Go generators interpreted by machine below, applies the same random
// next/send/throw/close sequence to both, and compares every step.

const pythonPath = "/usr/bin/python3"

// pyErr is an exception the program raises or the driver throws.
type pyErr struct{ cls, msg string }

func (e *pyErr) Error() string { return e.cls + ": " + e.msg }

// returnSignal carries a `ret` instruction out of nested blocks.
type returnSignal struct{ v int }

func (r *returnSignal) Error() string { return "return" }

type machine struct {
	y    *Yielder[int, any]
	self *Generator[int, any, any]
	acc  int
	log  *[]string
	// unwind makes yields outside try/fin blocks use Yield and YieldFrom,
	// which end the body by unwinding instead of returning an error.
	unwind    bool
	protected int // depth of enclosing try/fin blocks
}

func newMachine(prog []any, log *[]string, unwind bool) *Generator[int, any, any] {
	m := &machine{log: log, unwind: unwind}
	m.self = New(func(y *Yielder[int, any]) (any, error) {
		m.y = y
		err := m.exec(prog)
		var r *returnSignal
		if errors.As(err, &r) {
			return r.v, nil
		}
		return nil, err
	})
	return m.self
}

// class returns the Python exception class an error stands for.
func class(err error) string {
	var p *pyErr
	var s *StopIteration
	switch {
	case errors.As(err, &p):
		return p.cls
	case errors.As(err, &s), err == ErrStopIteration:
		return "StopIteration"
	case err == ErrGeneratorExit:
		return "GeneratorExit"
	}
	cls, _, _ := strings.Cut(err.Error(), ": ")
	return cls
}

func catches(cls string, err error) bool {
	var r *returnSignal
	if errors.As(err, &r) {
		return false
	}
	c := class(err)
	if cls == "Exception" {
		return c != "GeneratorExit"
	}
	return c == cls
}

func num(v any) int {
	f, _ := v.(float64) // JSON numbers
	i, _ := v.(int)
	return i + int(f)
}

func (m *machine) exec(block []any) error {
	for _, in := range block {
		ins := in.([]any)
		switch ins[0].(string) {
		case "y":
			if m.unwind && m.protected == 0 {
				m.acc += num(m.y.Yield(m.acc + num(ins[1])))
				continue
			}
			s, err := m.y.YieldErr(m.acc + num(ins[1]))
			if err != nil {
				return err
			}
			m.acc += num(s)
		case "try":
			m.protected++
			err := m.exec(ins[2].([]any))
			m.protected--
			if err != nil && catches(ins[1].(string), err) {
				*m.log = append(*m.log, "caught "+ins[1].(string))
				err = m.exec(ins[3].([]any))
			}
			if err != nil {
				return err
			}
		case "fin":
			m.protected++
			err := m.exec(ins[1].([]any))
			m.protected--
			*m.log = append(*m.log, "fin")
			if ferr := m.exec(ins[2].([]any)); ferr != nil {
				return ferr
			}
			if err != nil {
				return err
			}
		case "raise":
			return &pyErr{ins[1].(string), "r"}
		case "ret":
			return &returnSignal{m.acc + num(ins[1])}
		case "loop":
			for range num(ins[1]) {
				if err := m.exec(ins[2].([]any)); err != nil {
					return err
				}
			}
		case "from":
			sub := newMachine(ins[1].([]any), m.log, m.unwind)
			if m.unwind && m.protected == 0 {
				m.acc += num(YieldFrom(m.y, sub))
				continue
			}
			r, err := YieldFromErr(m.y, sub)
			if err != nil {
				return err
			}
			m.acc += num(r)
		case "reenter":
			if _, err := m.self.Next(); err != nil {
				return err
			}
		case "rstop":
			return ErrStopIteration
		default:
			return fmt.Errorf("unknown instruction %v", ins[0])
		}
	}
	return nil
}

type step struct {
	Y  any    `json:"y,omitempty"`
	OK bool   `json:"ok,omitempty"`
	E  string `json:"e,omitempty"`
	M  string `json:"m,omitempty"`
	V  any    `json:"v,omitempty"`
	S  string `json:"s"`
}

type outcome struct {
	Steps []step   `json:"steps"`
	Log   []string `json:"log"`
}

type diffCase struct {
	Prog   []any   `json:"prog"`
	Ops    [][]any `json:"ops"`
	Unwind bool    `json:"unwind"` // Go side only: see machine.unwind
}

func describe(err error) step {
	var s *StopIteration
	if errors.As(err, &s) {
		return step{E: "StopIteration", V: s.Value}
	}
	if err == ErrStopIteration {
		return step{E: "StopIteration"}
	}
	var p *pyErr
	if errors.As(err, &p) {
		return step{E: p.cls, M: p.msg}
	}
	if err == ErrGeneratorExit {
		return step{E: "GeneratorExit"}
	}
	cls, msg, _ := strings.Cut(err.Error(), ": ")
	return step{E: cls, M: msg}
}

func runGo(c diffCase) outcome {
	var log []string
	g := newMachine(c.Prog, &log, c.Unwind)
	var out outcome
	for _, op := range c.Ops {
		var st step
		var y int
		var err error
		switch op[0] {
		case "next":
			y, err = g.Next()
		case "send":
			var v any
			if op[1] != nil {
				v = num(op[1])
			}
			y, err = g.Send(v)
		case "throw":
			y, err = g.Throw(&pyErr{op[1].(string), "t"})
		case "close":
			err = g.Close()
			if err == nil {
				st.OK = true
			}
		}
		if err != nil {
			st = describe(err)
		} else if !st.OK {
			st.Y = y
		}
		st.S = g.State().String()
		out.Steps = append(out.Steps, st)
	}
	out.Log = append([]string{}, log...)
	g.Close() // leave nothing suspended behind
	return out
}

// genProg makes a random body; depth bounds nesting.
func genProg(r *rand.Rand, depth, size int) []any {
	var b []any
	for range 1 + r.IntN(size) {
		k := r.IntN(12)
		if depth <= 0 && k >= 5 {
			k = r.IntN(5)
		}
		classes := []string{"ValueError", "KeyError", "GeneratorExit", "Exception"}
		switch k {
		case 0, 1, 2:
			b = append(b, []any{"y", r.IntN(10)})
		case 3:
			if r.IntN(3) == 0 {
				b = append(b, []any{"raise", []string{"ValueError", "KeyError"}[r.IntN(2)]})
			} else {
				b = append(b, []any{"y", r.IntN(10)})
			}
		case 4:
			switch r.IntN(6) {
			case 0:
				b = append(b, []any{"ret", r.IntN(5)})
			case 1:
				b = append(b, []any{"reenter"})
			case 2:
				b = append(b, []any{"rstop"})
			default:
				b = append(b, []any{"y", r.IntN(10)})
			}
		case 5, 6, 7:
			b = append(b, []any{"try", classes[r.IntN(len(classes))], genProg(r, depth-1, 3), genProg(r, depth-1, 2)})
		case 8:
			b = append(b, []any{"fin", genProg(r, depth-1, 3), genProg(r, depth-1, 2)})
		case 9:
			b = append(b, []any{"loop", r.IntN(3), genProg(r, depth-1, 2)})
		default:
			b = append(b, []any{"from", genProg(r, depth-1, 4)})
		}
	}
	return b
}

func genOps(r *rand.Rand) [][]any {
	var ops [][]any
	for range 1 + r.IntN(10) {
		switch r.IntN(8) {
		case 0, 1, 2:
			ops = append(ops, []any{"next"})
		case 3, 4:
			var v any
			if r.IntN(4) > 0 {
				v = r.IntN(6)
			}
			ops = append(ops, []any{"send", v})
		case 5, 6:
			ops = append(ops, []any{"throw", []string{"ValueError", "KeyError"}[r.IntN(2)]})
		default:
			ops = append(ops, []any{"close"})
		}
	}
	return ops
}

func TestDifferentialCPython(t *testing.T) {
	if _, err := os.Stat(pythonPath); err != nil {
		t.Skipf("CPython reference not available: %v", err)
	}
	n := 600
	if testing.Short() {
		n = 100
	}
	seed := uint64(380)
	// COROUTINE_DIFF_N / COROUTINE_DIFF_SEED widen the search by hand.
	if v, err := strconv.Atoi(os.Getenv("COROUTINE_DIFF_N")); err == nil && v > 0 {
		n = v
	}
	if v, err := strconv.ParseUint(os.Getenv("COROUTINE_DIFF_SEED"), 10, 64); err == nil {
		seed = v
	}
	r := rand.New(rand.NewPCG(5, seed))
	cases := make([]diffCase, n)
	for i := range cases {
		cases[i] = diffCase{Prog: genProg(r, 2, 5), Ops: genOps(r), Unwind: i%2 == 1}
	}
	in, err := json.Marshal(cases)
	if err != nil {
		t.Fatal(err)
	}
	// Round-trip through JSON so Go sees exactly what Python sees.
	if err := json.Unmarshal(in, &cases); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(pythonPath, "testdata/pygen.py")
	cmd.Stdin = bytes.NewReader(in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	outJSON, err := cmd.Output()
	if err != nil {
		t.Fatalf("python driver: %v\n%s", err, stderr.String())
	}
	var want []outcome
	if err := json.Unmarshal(outJSON, &want); err != nil {
		t.Fatal(err)
	}
	if len(want) != len(cases) {
		t.Fatalf("python returned %d results for %d cases", len(want), len(cases))
	}
	failures := 0
	for i, c := range cases {
		got := runGo(c)
		// Normalise through JSON, as the Python side was.
		b, _ := json.Marshal(got)
		got = outcome{}
		json.Unmarshal(b, &got)
		if !reflect.DeepEqual(got, want[i]) {
			failures++
			pj, _ := json.Marshal(c)
			gj, _ := json.Marshal(got)
			wj, _ := json.Marshal(want[i])
			t.Errorf("case %d differs\ncase:   %s\ngo:     %s\npython: %s", i, pj, gj, wj)
			if failures > 5 {
				t.Fatal("too many differences")
			}
		}
	}
}
