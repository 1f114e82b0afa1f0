package coroutine

import "fmt"

// String describes the generator as Python's repr does, with its state:
// "<generator object at 0xc000010000: GEN_SUSPENDED>". Notebook cells that
// show a generator print this rather than the struct's pointer.
func (g *Generator[Y, S, R]) String() string {
	if g == nil {
		return "<generator object: nil>"
	}
	return fmt.Sprintf("<generator object at %p: %v>", g.c, g.State())
}

// String describes the future as asyncio's repr does: "<Future pending>",
// "<Task finished result=42>", "<Future finished exception=boom>",
// "<Task cancelled>".
func (f *Future[T]) String() string {
	if f == nil {
		return "<Future nil>"
	}
	kind := "Future"
	if f.task != nil {
		kind = "Task"
	}
	switch {
	case !f.done:
		return "<" + kind + " pending>"
	case f.cancelled:
		return "<" + kind + " cancelled>"
	case f.err != nil:
		return fmt.Sprintf("<%s finished exception=%v>", kind, f.err)
	}
	return fmt.Sprintf("<%s finished result=%v>", kind, f.val)
}
