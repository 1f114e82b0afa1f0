package coroutine_test

import (
	"fmt"
	"strings"

	"github.com/gokernel/gokernel/lib/coroutine"
)

// str formats v as Python's str() would for the values these examples send:
// the zero value sent by Next is Python's None.
func str(v any) string {
	if v == nil {
		return "None"
	}
	return fmt.Sprint(v)
}

// The document's "사용 예제 1": a main routine and a subroutine exchanging a
// value with next and send. The final send runs the body to its end, which
// Python reports as StopIteration.
func Example_coroutine1() {
	coroutine1 := func() *coroutine.Generator[any, any, any] {
		return coroutine.New(func(y *coroutine.Yielder[any, any]) (any, error) {
			// the subroutine
			fmt.Println(">>> coroutine started.")
			i := y.Yield(nil)
			fmt.Printf(">>> coroutine received: %s\n", str(i))
			return nil, nil
		})
	}

	// the main routine
	cr1 := coroutine1()
	cr1.Next()                 // run the subroutine up to its yield
	_, err := cr1.Send(100)    // send 100 into the subroutine
	fmt.Println("error:", err) // Python: Traceback ... StopIteration
	// Output:
	// >>> coroutine started.
	// >>> coroutine received: 100
	// error: StopIteration
}

// The document's "사용 예제 2": values flow both ways. As in the document's
// code (not its printed output), the first print is not an f-string, so
// CPython prints the braces literally.
func Example_coroutine2() {
	coroutine2 := func(x int) *coroutine.Generator[int, any, any] {
		return coroutine.New(func(y *coroutine.Yielder[int, any]) (any, error) {
			fmt.Println(">>> coroutine started: {x}")
			v := y.Yield(x) // 1. hand x out, receive v
			fmt.Printf(">>> coroutine received: %s\n", str(v))
			z := y.Yield(x + v.(int)) // 2.
			fmt.Printf(">>> coroutine received: %s\n", str(z))
			return nil, nil
		})
	}

	cr2 := coroutine2(10)
	v, _ := cr2.Next() // runs to 1. and receives x
	fmt.Println(v)
	v, _ = cr2.Send(20) // 20 becomes v; runs to 2. and receives x + v
	fmt.Println(v)
	_, err := cr2.Next() // runs past 2.: StopIteration
	fmt.Println("error:", err)
	// Output:
	// >>> coroutine started: {x}
	// 10
	// >>> coroutine received: 20
	// 30
	// >>> coroutine received: None
	// error: StopIteration
}

// The document's "코루틴 상태" example: the state at each step, as
// inspect.getgeneratorstate prints it.
func Example_states() {
	coroutine2 := func(x int) *coroutine.Generator[int, any, any] {
		return coroutine.New(func(y *coroutine.Yielder[int, any]) (any, error) {
			fmt.Printf(">>> coroutine started: %d\n", x)
			v := y.Yield(x)
			fmt.Printf(">>> coroutine received: %s\n", str(v))
			z := y.Yield(x + v.(int))
			fmt.Printf(">>> coroutine received: %s\n", str(z))
			return nil, nil
		})
	}

	cr2 := coroutine2(10)
	fmt.Println(coroutine.GetGeneratorState(cr2))
	v, _ := cr2.Next()
	fmt.Println(v)
	fmt.Println(coroutine.GetGeneratorState(cr2))
	v, _ = cr2.Send(20)
	fmt.Println(v)
	fmt.Println(coroutine.GetGeneratorState(cr2))
	_, err := cr2.Next()
	fmt.Println("error:", err)
	// Output:
	// GEN_CREATED
	// >>> coroutine started: 10
	// 10
	// GEN_SUSPENDED
	// >>> coroutine received: 20
	// 30
	// GEN_SUSPENDED
	// >>> coroutine received: None
	// error: StopIteration
}

// chars yields the one-letter strings of s, like iterating a Python str.
func chars(s string) func(func(any) bool) {
	return func(yield func(any) bool) {
		for _, r := range s {
			if !yield(string(r)) {
				return
			}
		}
	}
}

// rangeOf yields lo, lo+1, ..., hi-1, like Python's range(lo, hi).
func rangeOf(lo, hi int) func(func(any) bool) {
	return func(yield func(any) bool) {
		for i := lo; i < hi; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

// The document's "yield from" example: generator1 loops and yields,
// generator2 delegates with yield from, and both yield the same values.
func Example_yieldFrom() {
	generator1 := func() *coroutine.Generator[any, any, any] {
		return coroutine.New(func(y *coroutine.Yielder[any, any]) (any, error) {
			for x := range chars("AB") {
				y.Yield(x)
			}
			for v := range rangeOf(1, 4) {
				y.Yield(v)
			}
			return nil, nil
		})
	}
	generator2 := func() *coroutine.Generator[any, any, any] {
		return coroutine.New(func(y *coroutine.Yielder[any, any]) (any, error) {
			y.YieldSeq(chars("AB"))
			y.YieldSeq(rangeOf(1, 4))
			return nil, nil
		})
	}
	var a, b []string
	for v := range generator1().All() {
		a = append(a, fmt.Sprint(v))
	}
	for v := range generator2().All() {
		b = append(b, fmt.Sprint(v))
	}
	fmt.Println(strings.Join(a, " "))
	fmt.Println(strings.Join(b, " "))
	// Output:
	// A B 1 2 3
	// A B 1 2 3
}

// YieldFrom passes sent values into a sub-generator and gives back its
// return value (PEP 380).
func ExampleYieldFrom() {
	// averager receives numbers and returns their mean when sent 0.
	averager := func() *coroutine.Generator[float64, float64, float64] {
		return coroutine.New(func(y *coroutine.Yielder[float64, float64]) (float64, error) {
			var sum, n float64
			for {
				x := y.Yield(0)
				if x == 0 {
					return sum / n, nil
				}
				sum, n = sum+x, n+1
			}
		})
	}
	outer := coroutine.New(func(y *coroutine.Yielder[float64, float64]) (string, error) {
		mean := coroutine.YieldFrom(y, averager())
		return fmt.Sprintf("mean %.1f", mean), nil
	})
	outer.Next()
	for _, x := range []float64{10, 20, 60} {
		outer.Send(x)
	}
	_, err := outer.Send(0)
	fmt.Println(err)
	fmt.Println(outer.Result())
	// Output:
	// StopIteration: mean 30.0
	// mean 30.0
}

// Close raises GeneratorExit at the yield; a body that catches it with
// YieldErr and yields again is reported, and stays suspended, as in Python.
func ExampleGenerator_Close() {
	g := coroutine.New(func(y *coroutine.Yielder[int, any]) (any, error) {
		if _, err := y.YieldErr(1); err != nil {
			fmt.Println("caught", err)
			y.Yield(2)
		}
		return nil, nil
	})
	g.Next()
	fmt.Println(g.Close())
	fmt.Println(g.State())
	// Output:
	// caught GeneratorExit
	// RuntimeError: generator ignored GeneratorExit
	// GEN_SUSPENDED
}

// FromSeq turns an iterator into a generator; YieldFrom then delegates to it
// like Python's `yield from range(1, 4)`.
func ExampleFromSeq() {
	count := func(lo, hi int) func(func(int) bool) {
		return func(yield func(int) bool) {
			for i := lo; i < hi && yield(i); i++ {
			}
		}
	}
	g := coroutine.New(func(y *coroutine.Yielder[int, any]) (any, error) {
		coroutine.YieldFrom(y, coroutine.FromSeq(count(1, 4)))
		y.Yield(10)
		return nil, nil
	})
	for v := range g.All() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	// Output: 1 2 3 10
}
