// Package itertools_bench measures lib/itertools: Go benchmarks against
// hand-written loops and against notebook cells (yaegi), with run.py adding
// CPython's itertools on the same work. The results are in RESULTS.md.
package itertools_bench
