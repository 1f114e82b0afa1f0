package display

import (
	"fmt"
	"html"
	"strings"
	"sync"
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
// for use from many goroutines.
//
// Bar has an Add(n int) method, so it can be passed wherever lib/futures
// takes a progress reporter (interface{ Add(n int) }).
type Bar struct {
	mu       sync.Mutex
	clk      clock
	interval time.Duration
	h        *Handle // nil in text mode (no publisher)

	label    string
	total    int
	count    int
	drawn    int // count at the last draw
	start    time.Time
	end      time.Time   // when the bar finished; zero while running
	last     time.Time   // time of the last draw
	stop     func() bool // cancels the pending trailing draw, if any
	timerGen int         // identifies the pending trailing draw
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
	if total < 0 {
		total = 0
	}
	now := clk.Now()
	b := &Bar{clk: clk, total: total, start: now, last: now, interval: progressTextInterval}
	if live {
		b.interval = progressInterval
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
	b.mu.Lock()
	defer b.mu.Unlock()
	b.count += n
	now := b.clk.Now()
	if !b.finished && b.total > 0 && b.count >= b.total {
		b.finishLocked(now)
		return
	}
	if now.Sub(b.last) >= b.interval {
		b.drawLocked()
		return
	}
	// Too soon to draw: make sure this state is drawn once the interval is
	// over, even if no further Add comes (live bars only: text mode prints
	// on the next Add or at the end).
	if b.h != nil && b.stop == nil {
		b.timerGen++
		gen := b.timerGen
		b.stop = b.clk.AfterFunc(b.interval-now.Sub(b.last), func() { b.flush(gen) })
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
	if !b.finished {
		b.finishLocked(b.clk.Now())
	}
}

// Count returns how many steps have been added.
func (b *Bar) Count() int {
	if b == nil {
		return 0
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.count
}

// flush draws a state that was too soon to draw when it was reached.
func (b *Bar) flush(gen int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if gen != b.timerGen || b.stop == nil {
		return // superseded by a draw since it was scheduled
	}
	b.stop = nil
	if b.count != b.drawn {
		b.drawLocked()
	}
}

func (b *Bar) finishLocked(now time.Time) {
	b.finished = true
	b.end = now
	b.drawLocked()
}

// drawLocked publishes the current state.
func (b *Bar) drawLocked() {
	if b.stop != nil {
		b.stop()
		b.stop = nil
		b.timerGen++
	}
	b.last = b.clk.Now()
	b.drawn = b.count
	if b.h != nil {
		b.h.Update(b.valueLocked())
		return
	}
	publish(Message{Type: DisplayData}, b.textLocked())
}

// MIMEBundle returns the bar's current look: text/html and text/plain.
func (b *Bar) MIMEBundle() map[string]any {
	if b == nil {
		return map[string]any{MIMEText: "<nil progress bar>"}
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.valueLocked().data
}

// String returns the bar's current text form.
func (b *Bar) String() string {
	if b == nil {
		return "<nil progress bar>"
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.textLocked()
}

func (b *Bar) valueLocked() Value {
	var h strings.Builder
	h.WriteString(`<div class="gokernel-progress" style="display:flex;align-items:center;gap:0.6em;font-family:monospace">`)
	if b.label != "" {
		fmt.Fprintf(&h, "<span>%s</span>", html.EscapeString(b.label))
	}
	if b.total > 0 {
		fmt.Fprintf(&h, `<progress value="%d" max="%d" style="width:24em"></progress>`, min(max(b.count, 0), b.total), b.total)
	} else {
		h.WriteString(`<progress style="width:24em"></progress>`)
	}
	fmt.Fprintf(&h, "<span>%s</span></div>", html.EscapeString(b.statsLocked()))
	return textValue(MIMEHTML, h.String(), b.textLocked())
}

// textLocked draws the bar as text: label, bar, then statsLocked.
func (b *Bar) textLocked() string {
	const width = 20
	var s strings.Builder
	if b.label != "" {
		s.WriteString(b.label + " ")
	}
	if b.total > 0 {
		fill := width * min(max(b.count, 0), b.total) / b.total
		s.WriteString("[" + strings.Repeat("#", fill) + strings.Repeat(".", width-fill) + "] ")
	}
	s.WriteString(b.statsLocked())
	return s.String()
}

// statsLocked is "count/total pct rate ETA" (or "in elapsed" when finished).
func (b *Bar) statsLocked() string {
	now := b.clk.Now()
	if b.finished {
		now = b.end
	}
	elapsed := now.Sub(b.start)
	var parts []string
	if b.total > 0 {
		pct := 100 * min(max(b.count, 0), b.total) / b.total
		parts = append(parts, fmt.Sprintf("%d/%d", b.count, b.total), fmt.Sprintf("%d%%", pct))
	} else {
		parts = append(parts, fmt.Sprintf("%d", b.count))
	}
	rate := 0.0
	if elapsed > 0 {
		rate = float64(b.count) / elapsed.Seconds()
	}
	parts = append(parts, formatRate(rate))
	switch {
	case b.finished:
		parts = append(parts, "in "+formatElapsed(elapsed))
	case b.total > 0 && rate > 0 && b.count < b.total:
		eta := time.Duration(float64(b.total-b.count) / rate * float64(time.Second))
		parts = append(parts, "ETA "+formatClock(eta))
	case b.total > 0 && b.count < b.total:
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
