package itertools

import "iter"

// Chain yields the elements of each sequence in turn, like Python's
// itertools.chain. To chain sequences of different element types, as in
// Python's chain("ABC", range(3)), convert each with Any first.
func Chain[T any](seqs ...iter.Seq[T]) iter.Seq[T] {
	for _, s := range seqs {
		if s == nil {
			panic("itertools.Chain: nil sequence")
		}
	}
	return func(yield func(T) bool) {
		for _, seq := range seqs {
			for v := range seq {
				if !yield(v) {
					return
				}
			}
		}
	}
}

// ChainFromIterable yields the elements of each sequence that seqs yields,
// in turn, like Python's itertools.chain.from_iterable. The outer sequence is
// read lazily, so it may be infinite.
func ChainFromIterable[T any](seqs iter.Seq[iter.Seq[T]]) iter.Seq[T] {
	if seqs == nil {
		panic("itertools.ChainFromIterable: nil sequence")
	}
	return func(yield func(T) bool) {
		for seq := range seqs {
			if seq == nil {
				panic("itertools.ChainFromIterable: nil sequence among the sequences")
			}
			for v := range seq {
				if !yield(v) {
					return
				}
			}
		}
	}
}
