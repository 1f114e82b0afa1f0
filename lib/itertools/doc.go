// Package itertools ports Python's itertools module to Go iterators.
//
// Every function returns an iter.Seq or iter.Seq2 and is lazy: nothing is
// pulled from an input until the consumer asks for it, and pulling stops as
// soon as the consumer's loop stops. Callbacks come first, as in Python and in
// the x/exp/xiter proposal: TakeWhile(pred, seq), FilterFalse(pred, seq).
//
// Re-iteration. A Python iterator is single-use; a Go iter.Seq is a function
// that may be called again. Unless its doc comment says otherwise, a sequence
// returned here restarts from the beginning each time it is ranged over, and
// is therefore exactly as re-iterable as its inputs. The combinatoric
// functions (Product, Permutations, Combinations,
// CombinationsWithReplacement) read their inputs when they are called, as
// Python does, so their results are always re-iterable. GroupBy groups and Tee
// copies share one underlying iterator, as in Python.
//
// Tuples. Functions whose Python counterpart yields tuples yield a fresh []T
// per tuple; the caller may keep or modify it. Tuples are carved out of
// shared blocks of memory to save allocations, so a retained tuple keeps its
// block (a few hundred elements) alive.
//
// Errors. Where Python raises ValueError or TypeError for an argument (a
// negative r, a zero step), the Go function panics with a message naming the
// function, at the call, before anything is iterated.
package itertools
