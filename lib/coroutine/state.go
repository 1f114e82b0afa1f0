package coroutine

// State is a generator's state, as inspect.getgeneratorstate reports it.
type State int32

// The four generator states. Their String names are Python's.
const (
	GenCreated   State = iota // not started yet: the body has not run
	GenRunning                // the body is executing right now
	GenSuspended              // paused at a yield
	GenClosed                 // finished: returned, raised, or closed
)

// String returns Python's name for the state, such as "GEN_SUSPENDED".
func (s State) String() string {
	switch s {
	case GenCreated:
		return "GEN_CREATED"
	case GenRunning:
		return "GEN_RUNNING"
	case GenSuspended:
		return "GEN_SUSPENDED"
	case GenClosed:
		return "GEN_CLOSED"
	}
	return "State(" + itoa(int(s)) + ")"
}

// GetGeneratorState returns g's state; it is the counterpart of
// inspect.getgeneratorstate and works for any generator instantiation.
func GetGeneratorState(g interface{ State() State }) State {
	return g.State()
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}
