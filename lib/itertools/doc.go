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
// Python to Go, at a glance:
//
//	count(1, 2.5)                      Count(1, 2.5)
//	cycle("AB"), repeat(x), repeat(x, 3) Cycle(Chars("AB")), Repeat(x), Repeat(x, 3)
//	accumulate(xs), accumulate(xs, f)  Accumulate(Add, xs), Accumulate(f, xs)
//	accumulate(xs, f, initial=i)       AccumulateInitial(f, i, xs)
//	batched(xs, n)                     Batched(xs, n)
//	chain("ABC", range(3))             Chain(Any(Chars("ABC")), Any(Range(3)))
//	chain.from_iterable(xss)           ChainFromIterable(xss)
//	compress(xs, sel)                  Compress(xs, sel)
//	dropwhile / takewhile / filterfalse(p, xs)  DropWhile / TakeWhile / FilterFalse(p, xs)
//	groupby(xs), groupby(xs, key)      Group(xs), GroupBy(key, xs)
//	islice(xs, 5), islice(xs, 2, None, 3)  ISlice(xs, 5), ISlice(xs, 2, ToEnd, 3)
//	pairwise(xs)                       Pairwise(xs)             (an iter.Seq2)
//	starmap(f, zip(a, b))              StarMap(f, Zip(a, b))
//	tee(xs, 2)                         Tee(xs, 2)               (a []iter.Seq)
//	zip_longest(a, b, fillvalue=f)     ZipLongest(f, a, b)
//	product(a, b), product(a, repeat=2)  Product(a, b), ProductRepeat(2, a)
//	permutations(xs), permutations(xs, r)  Permutations(xs), Permutations(xs, r)
//	combinations(xs, r)                Combinations(xs, r)
//	combinations_with_replacement(xs, r)  CombinationsWithReplacement(xs, r)
//	range(a, b, s), iter("ABC"), [1, 2]  Range(a, b, s), Chars("ABC"), Of(1, 2)
//	list(xs), len(list(xs)), functools.reduce(f, xs, i)  Collect(xs), Len(xs), Reduce(f, i, xs)
//	map(f, xs), filter(p, xs), zip(a, b), enumerate(xs)  Map(f, xs), Filter(p, xs), Zip(a, b), Enumerate(xs)
//
// Slices and maps become sequences with slices.Values, slices.All, maps.Keys
// and maps.All from the standard library (or Of(xs...)); channels with
// FromChan.
//
// Goroutines. Functions that walk two sequences in step (Zip, Compress,
// ZipLongest, Tee) or hand out groups (GroupBy) read one input through
// iter.Pull. That goroutine ends when the input is exhausted or the
// consumer's loop ends; for Tee, whose copies can be resumed later, when the
// input is exhausted or all copies have been garbage collected. Each element
// read through iter.Pull costs a coroutine switch (about 0.1 µs here);
// GroupBy pays it per group, not per element.
//
// Errors. Where Python raises ValueError or TypeError for an argument (a
// negative r, a zero step), the Go function panics with a message naming the
// function, at the call, before anything is iterated.
package itertools
