package display

import (
	"fmt"
	"html"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// How often a bar redraws at most: in the notebook, and as printed text
// when there is no publisher (a compiled program's log should not fill up).
const (
	progressInterval     = 100 * time.Millisecond
	progressTextInterval = 3 * time.Second
)

// Bar is a progress bar shown in place: count, percentage, rate and ETA, as
// HTML with a text fallback. It redraws at most about ten times a second
// however often it is advanced, always draws its final state, and is safe
// for use from many goroutines: Add is a few atomic operations, and only
// the goroutine whose Add is due for a redraw does the drawing, so
// workers never queue behind one another or behind the kernel.
//
// Bar has an Add(n int) method, so it can be passed wherever lib/futures
// takes a progress reporter (interface{ Add(n int) }).
type Bar struct {
	clk      clock
	interval time.Duration
	h        *Handle // nil in text mode (no publisher)
	total    int
	start    time.Time

	count    atomic.Int64
	next     atomic.Int64 // UnixNano before which Add does not draw
	pending  atomic.Bool  // a trailing draw is scheduled
	finished atomic.Bool

	mu    sync.Mutex // serialises drawing; guards the fields below
	label string
	drawn int64     // count at the last draw
	end   time.Time // when the bar finished
}

// barState is what one drawing shows.
type barState struct {
	label    string
	total    int
	count    int64
	elapsed  time.Duration
	finished bool
}

// Progress shows a progress bar for total steps and returns it; advance it
// with Add and finish it with Done (reaching total finishes it too). A total
// of zero or less means unknown: the bar shows count and rate only.
//
// Without a publisher the bar prints a text line at most every few seconds
// and when it finishes.
func Progress(total int) *Bar {
	return newBar(total, realClock{}, hasPublisher())
}

func newBar(total int, clk clock, live bool) *Bar {
	now := clk.Now()
	b := &Bar{clk: clk, total: max(total, 0), start: now, interval: progressTextInterval}
	if live {
		b.interval = progressInterval
	}
	b.next.Store(now.Add(b.interval).UnixNano())
	if live {
		b.h = Show(b)
	}
	return b
}

// Describe sets a label shown before the bar and returns the bar.
func (b *Bar) Describe(label string) *Bar {
	if b == nil {
		return nil
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.label = label
	if b.h != nil {
		b.drawLocked()
	}
	return b
}

// Add advances the bar by n steps.
func (b *Bar) Add(n int) {
	if b == nil {
		return // a typed nil passed as a progress reporter
	}
	c := b.count.Add(int64(n))
	if b.total > 0 && c >= int64(b.total) && !b.finished.Load() {
		b.Done()
		return
	}
	if b.h == nil {
		b.addText()
		return
	}
	// Live: while a draw is scheduled there is nothing to do (the common
	// case is one atomic add and one load; reading the clock costs more).
	if b.pending.Load() || !b.pending.CompareAndSwap(false, true) {
		return
	}
	now := b.clk.Now().UnixNano()
	if next := b.next.Load(); now < next {
		b.clk.AfterFunc(time.Duration(next-now), b.flush)
		return
	}
	b.flush()
}

// addText prints the text bar when it is due. Text mode uses no timers: a
// program's output should not change after the work stopped advancing.
func (b *Bar) addText() {
	now := b.clk.Now().UnixNano()
	next := b.next.Load()
	if now >= next && b.next.CompareAndSwap(next, now+int64(b.interval)) {
		b.mu.Lock()
		b.drawLocked()
		b.mu.Unlock()
	}
}

// Done finishes the bar: it stops the clock for rate and elapsed time and
// draws the final state. Calling it again does nothing.
func (b *Bar) Done() {
	if b == nil {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.finished.Load() {
		return
	}
	now := b.clk.Now()
	b.end = now
	b.finished.Store(true)
	b.next.Store(now.Add(b.interval).UnixNano())
	b.drawLocked()
}

// Count returns how many steps have been added.
func (b *Bar) Count() int {
	if b == nil {
		return 0
	}
	return int(b.count.Load())
}

// flush draws the state reached since the last draw, once the interval
// since that draw is over; it runs with pending set and clears it.
func (b *Bar) flush() {
	for {
		now := b.clk.Now().UnixNano()
		next := b.next.Load()
		if now < next { // Done drew since this was scheduled: wait again
			b.clk.AfterFunc(time.Duration(next-now), b.flush)
			return
		}
		if b.next.CompareAndSwap(next, now+int64(b.interval)) {
			break
		}
	}
	// Clear pending before reading the count, so an Add that lands during
	// the draw schedules the next one instead of being lost.
	b.pending.Store(false)
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.count.Load() != b.drawn {
		b.drawLocked()
	}
}

// stateLocked snapshots what to draw.
func (b *Bar) stateLocked() barState {
	st := barState{label: b.label, total: b.total, count: b.count.Load(), finished: b.finished.Load()}
	if st.finished {
		st.elapsed = b.end.Sub(b.start)
	} else {
		st.elapsed = b.clk.Now().Sub(b.start)
	}
	return st
}

// drawLocked publishes the current state.
func (b *Bar) drawLocked() {
	st := b.stateLocked()
	b.drawn = st.count
	if b.h != nil {
		b.h.Update(st.value())
		return
	}
	publish(Message{Type: DisplayData}, st.text())
}

// MIMEBundle returns the bar's current look: text/html and text/plain.
func (b *Bar) MIMEBundle() map[string]any {
	if b == nil {
		return map[string]any{MIMEText: "<nil progress bar>"}
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.stateLocked().value().data
}

// String returns the bar's current text form.
func (b *Bar) String() string {
	if b == nil {
		return "<nil progress bar>"
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.stateLocked().text()
}

// value is the bar as HTML with its text fallback.
func (st barState) value() Value {
	var h strings.Builder
	h.WriteString(`<div class="gokernel-progress" style="display:flex;align-items:center;gap:0.6em;font-family:monospace">`)
	if st.label != "" {
		fmt.Fprintf(&h, "<span>%s</span>", html.EscapeString(st.label))
	}
	if st.total > 0 {
		fmt.Fprintf(&h, `<progress value="%d" max="%d" style="width:24em"></progress>`, st.done(), st.total)
	} else {
		h.WriteString(`<progress style="width:24em"></progress>`)
	}
	fmt.Fprintf(&h, "<span>%s</span></div>", html.EscapeString(st.stats()))
	return textValue(MIMEHTML, h.String(), st.text())
}

// done is the count clamped to 0..total, for the bar's length.
func (st barState) done() int { return int(min(max(st.count, 0), int64(st.total))) }

// text draws the bar as text: label, bar, then stats.
func (st barState) text() string {
	const width = 20
	var s strings.Builder
	if st.label != "" {
		s.WriteString(st.label + " ")
	}
	if st.total > 0 {
		fill := width * st.done() / st.total
		s.WriteString("[" + strings.Repeat("#", fill) + strings.Repeat(".", width-fill) + "] ")
	}
	s.WriteString(st.stats())
	return s.String()
}

// stats is "count/total pct rate ETA" (or "in elapsed" when finished).
func (st barState) stats() string {
	var parts []string
	if st.total > 0 {
		parts = append(parts, fmt.Sprintf("%d/%d", st.count, st.total), fmt.Sprintf("%d%%", 100*st.done()/st.total))
	} else {
		parts = append(parts, fmt.Sprintf("%d", st.count))
	}
	rate := 0.0
	if st.elapsed > 0 {
		rate = float64(st.count) / st.elapsed.Seconds()
	}
	parts = append(parts, formatRate(rate))
	left := int64(st.total) - st.count
	switch {
	case st.finished:
		parts = append(parts, "in "+formatElapsed(st.elapsed))
	case st.total > 0 && rate > 0 && left > 0:
		eta := time.Duration(float64(left) / rate * float64(time.Second))
		parts = append(parts, "ETA "+formatClock(eta))
	case st.total > 0 && left > 0:
		parts = append(parts, "ETA ?")
	}
	return strings.Join(parts, "  ")
}

// formatRate prints steps per second with about three significant digits.
func formatRate(r float64) string {
	switch {
	case r >= 100:
		return fmt.Sprintf("%.0f/s", r)
	case r >= 10:
		return fmt.Sprintf("%.1f/s", r)
	}
	return fmt.Sprintf("%.2f/s", r)
}

// formatClock prints a duration as m:ss or h:mm:ss, rounded up to the
// second (an ETA of "0:00" while work remains would be a lie).
func formatClock(d time.Duration) string {
	s := int64((d + time.Second - 1) / time.Second)
	if s < 3600 {
		return fmt.Sprintf("%d:%02d", s/60, s%60)
	}
	return fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
}

// formatElapsed prints a finished run's duration: tenths of a second under
// a minute (quick runs are common in notebooks), else like formatClock.
func formatElapsed(d time.Duration) string {
	if d < time.Minute {
		return fmt.Sprintf("%.1fs", d.Seconds())
	}
	return formatClock(d)
}

// clock is time as the bar sees it; tests substitute a manual one.
type clock interface {
	Now() time.Time
	AfterFunc(d time.Duration, f func()) (stop func() bool)
}

type realClock struct{}

func (realClock) Now() time.Time { return time.Now() }
func (realClock) AfterFunc(d time.Duration, f func()) func() bool {
	return time.AfterFunc(d, f).Stop
}
