package exports_test

import (
	"strings"
	"testing"
)

// Go 1.23–1.26 standard library APIs that yaegi's bundled Go 1.22 tables
// lack, non-generic ones by their own names.
func TestNewStdlibAPIs(t *testing.T) {
	sameAsGoRun(t, `package main

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	strings.Lines("one\ntwo\nthree")(func(l string) bool { fmt.Printf("%q\n", l); return true })
	strings.SplitSeq("a,b,c", ",")(func(s string) bool { fmt.Println(s); return s != "b" })
	strings.FieldsSeq("  x  y ")(func(s string) bool { fmt.Println(s); return true })
	bytes.Lines([]byte("p\nq"))(func(b []byte) bool { fmt.Printf("%q\n", b); return true })
	var n atomic.Uint64
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); n.Add(3) }()
	}
	wg.Wait()
	fmt.Println(n.Load())
	var b atomic.Bool
	fmt.Println(b.CompareAndSwap(false, true), b.Load())
	calls := 0
	f := sync.OnceFunc(func() { calls++ })
	f()
	f()
	fmt.Println("calls", calls)
	fmt.Println(os.CopyFS != nil, time.Duration(1500)*time.Millisecond)
}
`)
}

// Generic standard APIs reach cells as compiled instances under
// gokernel/inst/<path>, with interpreted callbacks and values.
func TestGenericStdlibInstances(t *testing.T) {
	sameAsGoRun(t, `package main

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"iter"
	"maps"
	"os"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
)

func main() {
	xs := []int{5, 2, 8, 1, 9, 3}
	@{slices.Sort|[]int|int}(xs)
	pos, found := @{slices.BinarySearch|[]int|int}(xs, 8)
	fmt.Println(xs, pos, found)
	fmt.Println(@{slices.Max|[]int|int}(xs), @{slices.Min|[]int|int}(xs), @{slices.Contains|[]int|int}(xs, 4))
	words := []string{"pear", "fig", "banana", "kiwi"}
	@{slices.SortFunc|[]string|string}(words, func(a, b string) int { return cmp.Compare(len(a), len(b)) })
	fmt.Println(words)
	@{slices.Reverse|[]string|string}(words)
	fmt.Println(words, @{slices.Index|[]string|string}(words, "fig"))
	@{slices.Chunk|[]int|int}(xs, 4)(func(c []int) bool { fmt.Println("chunk", c); return true })
	fmt.Println(@{slices.Collect|int}(@{slices.Values|[]int|int}(xs)))

	m := map[string]int{"b": 2, "a": 1, "c": 3}
	keys := @{slices.Sorted|string}(@{maps.Keys|map[string]int|string|int}(m))
	fmt.Println(keys)
	m2 := @{maps.Clone|map[string]int|string|int}(m)
	m2["d"] = 4
	fmt.Println(len(m), len(m2), @{maps.Collect|string|int}(@{maps.All|map[string]int|string|int}(m)))
	fmt.Println(@{cmp.Compare|string}("a", "b"), @{cmp.Or|string}("", "x"))

	var seq @{iter.Seq|int} = func(yield func(int) bool) {
		for i := 1; i <= 5; i++ {
			if !yield(i * i) {
				return
			}
		}
	}
	fmt.Printf("%T\n", seq)
	next, stop := @{iter.Pull|int}(seq)
	for {
		v, ok := next()
		if !ok || v > 10 {
			break
		}
		fmt.Println("pulled", v)
	}
	stop()
	next2, stop2 := @{iter.Pull2|int|string}(@{slices.All|[]string|string}([]string{"x", "y"}))
	i, s, ok := next2()
	fmt.Println(i, s, ok)
	stop2()

	var ptr @{sync/atomic.Pointer|string}
	hello, bye := "hello", "bye"
	fmt.Println(ptr.Load() == nil, ptr.CompareAndSwap(nil, &hello), *ptr.Load())
	ptr.Store(&bye)
	fmt.Println(*ptr.Swap(&hello), *ptr.Load())

	get := @{sync.OnceValue|int}(func() int { fmt.Println("computing"); return 42 })
	fmt.Println(get(), get())

	_, err := os.Open("/nonexistent/gokernel")
	if pe, ok := @{errors.AsType|*fs.PathError}(err); ok {
		fmt.Println("path error:", pe.Op, pe.Path)
	}
	_, ok2 := @{errors.AsType|*fs.PathError}(errors.New("plain"))
	fmt.Println(ok2, strings.ToUpper("done"))
}
`)
}

// The preloaded libraries' generic functions run compiled with interpreted
// callbacks.
func TestItertoolsInstances(t *testing.T) {
	needLib(t, "itertools")
	sameAsGoRun(t, `package main

import (
	"fmt"

	"github.com/gokernel/gokernel/lib/itertools"
)

func main() {
	small := @{itertools.TakeWhile|int}(func(x int) bool { return x*x < 50 }, @{itertools.Count|int}(1, 2))
	fmt.Println(@{itertools.Collect|int}(small))
	evens := @{itertools.Filter|int}(func(x int) bool { return x%2 == 0 }, @{itertools.Range|int}(10))
	fmt.Println(@{itertools.Collect|int}(evens))
	sums := @{itertools.Accumulate|float64}(func(a, b float64) float64 { return a + b }, @{itertools.Of|float64}(0.5, 1, 2.5))
	fmt.Println(@{itertools.Collect|float64}(sums))
}
`)
}

// Interpreted values keep their methods when compiled fmt prints them
// (yaegi's maptypes support file).
func TestInterpretedStringer(t *testing.T) {
	sameAsGoRun(t, `package main

import "fmt"

type temp float64

func (c temp) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func main() {
	fmt.Println(temp(21.5))
	fmt.Printf("%v|%s\n", temp(-3), temp(0))
}
`)
}

// os.Exit and log.Fatal end the program under go run; in the interpreter
// they must become panics that Eval returns, so the kernel survives.
func TestExitBecomesPanic(t *testing.T) {
	const program = `package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("before")
	os.Exit(3)
	fmt.Println("after")
}
`
	want, _, code := goRun(t, program)
	if code != 3 {
		t.Fatalf("go run exit code %d, want 3", code)
	}
	// As the kernel runs it: imports, then statement chunks.
	i, out, _ := newInterp(t)
	var err error
	for _, chunk := range []string{`import ("fmt"; "os")`, `fmt.Println("before")`, `os.Exit(3)`} {
		if _, err = i.Eval(chunk); err != nil {
			break
		}
	}
	if err == nil || !strings.Contains(err.Error(), "os.Exit(3)") {
		t.Fatalf("Eval error = %v, want the os.Exit(3) panic", err)
	}
	if out.String() != want {
		t.Errorf("output %q, go run printed %q", out.String(), want)
	}
	// The interpreter is still usable afterwards.
	if _, err := i.Eval(`fmt.Println("alive")`); err != nil || out.String() != want+"alive\n" {
		t.Errorf("after os.Exit: err=%v out=%q", err, out.String())
	}

	i, _, errb := newInterp(t)
	_, err = i.Eval(`import "log"`)
	if err == nil {
		_, err = i.Eval(`log.Fatal("fatal!")`)
	}
	if err == nil || !strings.Contains(errb.String(), "fatal!") {
		t.Fatalf("log.Fatal: err=%v stderr=%q, want a panic and the message on Options.Stderr", err, errb.String())
	}
}
