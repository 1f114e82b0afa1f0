package itertools

import "testing"

// TestTeeBuffersOnlyTheLag checks that Tee keeps only the elements the
// slowest copy has not read yet.
func TestTeeBuffersOnlyTheLag(t *testing.T) {
	st := newTee(Count(0, 1), 2)
	a, b := st.copy(0), st.copy(1)
	read := func(seq func(func(int) bool), n int) (last int) {
		i := 0
		for v := range seq {
			last = v
			if i++; i == n {
				break
			}
		}
		return last
	}
	for round := 1; round <= 100; round++ {
		if v := read(a, 1000); v != round*1000-1 {
			t.Fatalf("round %d: copy a at %d", round, v)
		}
		if got := len(st.buf); got != 1000 {
			t.Fatalf("round %d: %d buffered while b lags by 1000", round, got)
		}
		if v := read(b, 1000); v != round*1000-1 {
			t.Fatalf("round %d: copy b at %d", round, v)
		}
		if got := len(st.buf); got != 0 {
			t.Fatalf("round %d: %d still buffered after both copies caught up", round, got)
		}
	}
	if cap(st.buf) > 4096 {
		t.Errorf("buffer capacity grew to %d for a lag of 1000", cap(st.buf))
	}
	st.pull.stop()
}
