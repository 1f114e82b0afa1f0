package coroutine

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"
)

// Notebook cells reach this package through compiled instantiations exported
// to yaegi under mangled names. These tests export a few the same way and
// run interpreted bodies on the generator's coroutine: yielding, sending,
// Close and Throw unwinding through interpreted frames (with their defers),
// and tasks on the loop.

func yaegiWith(t *testing.T, out *bytes.Buffer) *interp.Interpreter {
	t.Helper()
	i := interp.New(interp.Options{Stdout: out, Stderr: out})
	if err := i.Use(stdlib.Symbols); err != nil {
		t.Fatal(err)
	}
	err := i.Use(interp.Exports{
		"coro/coro": {
			"New__int__any__string":       reflect.ValueOf(New[int, any, string]),
			"Generator__int__any__string": reflect.ValueOf((*Generator[int, any, string])(nil)),
			"Yielder__int__any":           reflect.ValueOf((*Yielder[int, any])(nil)),
			"GetGeneratorState":           reflect.ValueOf(GetGeneratorState),
			"ErrGeneratorExit":            reflect.ValueOf(&ErrGeneratorExit).Elem(),
			"Loop":                        reflect.ValueOf((*Loop)(nil)),
			"RunVirtual__int":             reflect.ValueOf(RunVirtual[int]),
			"CreateTask__int":             reflect.ValueOf(CreateTask[int]),
			"Gather__int":                 reflect.ValueOf(Gather[int]),
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	return i
}

func TestInterpretedBodies(t *testing.T) {
	var out bytes.Buffer
	i := yaegiWith(t, &out)
	_, err := i.Eval(`package main

import (
	"errors"
	"fmt"
	"coro"
)

func gen() *coro.Generator__int__any__string {
	return coro.New__int__any__string(func(y *coro.Yielder__int__any) (string, error) {
		defer fmt.Println("body defer ran")
		total := 0
		for i := 1; ; i++ {
			v := y.Yield(i * 10)
			if v != nil {
				total += v.(int)
			}
			if total > 100 {
				return fmt.Sprint("total ", total), nil
			}
		}
	})
}

func main() {
	g := gen()
	fmt.Println(coro.GetGeneratorState(g))
	v, err := g.Next()
	fmt.Println(v, err, coro.GetGeneratorState(g))
	v, err = g.Send(5)
	fmt.Println(v, err)
	v, err = g.Send(200)
	fmt.Println(v, err, g.Result())

	h := gen()
	h.Next()
	fmt.Println("close:", h.Close(), coro.GetGeneratorState(h))

	k := gen()
	k.Next()
	_, err = k.Throw(errors.New("boom"))
	fmt.Println("throw:", err)
}
`)
	if err != nil {
		t.Fatalf("eval: %v\n%s", err, out.String())
	}
	want := `GEN_CREATED
10 <nil> GEN_SUSPENDED
20 <nil>
body defer ran
0 StopIteration: total 205 total 205
body defer ran
close: <nil> GEN_CLOSED
body defer ran
throw: boom
`
	got := filterPanicLines(out.String())
	if got != want {
		t.Fatalf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestInterpretedTasks(t *testing.T) {
	var out bytes.Buffer
	i := yaegiWith(t, &out)
	_, err := i.Eval(`package main

import (
	"fmt"
	"time"
	"coro"
)

func main() {
	r, err := coro.RunVirtual__int(func(l *coro.Loop) (int, error) {
		work := func(n int) func(*coro.Loop) (int, error) {
			return func(l *coro.Loop) (int, error) {
				if err := l.Sleep(time.Duration(10-n) * time.Second); err != nil {
					return 0, err
				}
				fmt.Println("done", n)
				return n * n, nil
			}
		}
		rs, err := coro.Gather__int(l, coro.CreateTask__int(l, work(1)), coro.CreateTask__int(l, work(2)), coro.CreateTask__int(l, work(3)))
		if err != nil {
			return 0, err
		}
		fmt.Println(rs, l.Time())
		return rs[0] + rs[1] + rs[2], nil
	})
	fmt.Println(r, err)
}
`)
	if err != nil {
		t.Fatalf("eval: %v\n%s", err, out.String())
	}
	want := "done 3\ndone 2\ndone 1\n[1 4 9] 9s\n14 <nil>\n"
	if got := filterPanicLines(out.String()); got != want {
		t.Fatalf("got:\n%s\nwant:\n%s", got, want)
	}
}

// filterPanicLines drops the "N:M: panic" lines yaegi prints for panics that
// are recovered (Yield unwinds with one).
func filterPanicLines(s string) string {
	var keep []string
	for _, line := range strings.SplitAfter(s, "\n") {
		if strings.Contains(line, ": panic") {
			continue
		}
		keep = append(keep, line)
	}
	return strings.Join(keep, "")
}

// TestInterpretedPanicComesBackToTheCell checks that a panic in an
// interpreted body, which runs on the generator's coroutine, is re-raised
// in the caller, where yaegi reports it as an Eval error instead of the
// process dying.
func TestInterpretedPanicComesBackToTheCell(t *testing.T) {
	var out bytes.Buffer
	i := yaegiWith(t, &out)
	_, err := i.Eval(`package main

import "coro"

func main() {
	g := coro.New__int__any__string(func(y *coro.Yielder__int__any) (string, error) {
		v := y.Yield(1)
		return v.(string), nil // a bad type assertion: v is an int
	})
	g.Next()
	g.Send(5)
}
`)
	if err == nil || !strings.Contains(err.Error(), "interface conversion") {
		t.Fatalf("want the body's panic as an Eval error, got %v\n%s", err, out.String())
	}
}
