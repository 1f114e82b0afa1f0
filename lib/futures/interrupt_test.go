package futures

import (
	"errors"
	"testing"
	"time"
)

// With an interrupt installed and fired, every wait on an unfinished
// future ends at once with ErrInterrupted; without one nothing changes.
func TestInterruptEndsWaits(t *testing.T) {
	ex, err := NewThreadPoolExecutor(1)
	if err != nil {
		t.Fatal(err)
	}
	defer ex.Shutdown(false)
	release := make(chan struct{})
	defer close(release)
	f, err := SubmitFunc(ex, func() int { <-release; return 1 })
	if err != nil {
		t.Fatal(err)
	}

	fired := make(chan struct{})
	close(fired)
	SetInterrupt(func() <-chan struct{} { return fired }, func() bool { return true })
	defer SetInterrupt(nil, nil)

	start := time.Now()
	if _, err := f.Result(); !errors.Is(err, ErrInterrupted) {
		t.Errorf("Result: %v, want ErrInterrupted", err)
	}
	if _, err := f.Exception(); !errors.Is(err, ErrInterrupted) {
		t.Errorf("Exception: %v, want ErrInterrupted", err)
	}
	if f.Wait(NoTimeout) {
		t.Error("Wait says done")
	}
	done, notDone := Wait([]*Future[int]{f}, NoTimeout, AllCompleted)
	if len(done) != 0 || len(notDone) != 1 {
		t.Errorf("Wait: %d done, %d not done", len(done), len(notDone))
	}
	for g, err := range AsCompleted([]*Future[int]{f}, NoTimeout) {
		if g != nil || !errors.Is(err, ErrInterrupted) {
			t.Errorf("AsCompleted yields %v, %v", g, err)
		}
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("the interrupted waits took %v", d)
	}

	// Another goroutine than the interrupted cell's waits on.
	SetInterrupt(func() <-chan struct{} { return fired }, func() bool { return false })
	if f.Wait(10 * time.Millisecond) {
		t.Error("an interrupt for another goroutine ended the wait")
	}
	SetInterrupt(nil, nil)
	if f.Wait(10 * time.Millisecond) {
		t.Error("without an interrupt, an unfinished future is done")
	}
}
