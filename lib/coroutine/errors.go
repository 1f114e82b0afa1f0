package coroutine

import (
	"errors"
	"fmt"
)

// Errors a generator reports. Their texts are the last line of the
// traceback Python prints for the same situation, so notebooks read alike.
var (
	// ErrStopIteration reports that a generator is exhausted. The error
	// returned when the body finishes is a *StopIteration carrying the
	// body's return value; errors.Is(err, ErrStopIteration) matches both.
	ErrStopIteration = errors.New("StopIteration")
	// ErrGeneratorExit is raised at the yield point by Close.
	ErrGeneratorExit = errors.New("GeneratorExit")
	// ErrAlreadyRunning reports an attempt to resume a generator whose body
	// is executing (from inside itself, or from another goroutine).
	ErrAlreadyRunning = errors.New("ValueError: generator already executing")
	// ErrJustStarted reports a non-zero Send to a generator that has not
	// started (Python: sending a non-None value).
	ErrJustStarted = errors.New("TypeError: can't send non-None value to a just-started generator")
	// ErrIgnoredExit reports a body that yielded after Close raised
	// ErrGeneratorExit in it.
	ErrIgnoredExit = errors.New("RuntimeError: generator ignored GeneratorExit")
	// ErrRaisedStop reports a body that returned a StopIteration error
	// (PEP 479 turns it into a RuntimeError).
	ErrRaisedStop = errors.New("RuntimeError: generator raised StopIteration")
	// ErrNilThrow reports Throw(nil): there is no exception to raise.
	ErrNilThrow = errors.New("TypeError: exceptions must derive from BaseException")
	// ErrNilGenerator reports a method called on a nil *Generator.
	ErrNilGenerator = errors.New("coroutine: nil generator")
	// ErrNilBody reports a generator made from a nil body function.
	ErrNilBody = errors.New("coroutine: nil generator body")
)

// StopIteration is the error a generator reports when its body returns; Value
// is what the body returned (Python's StopIteration.value).
type StopIteration struct {
	Value any
}

// Error returns "StopIteration", followed by ": value" when there is a value,
// as a Python traceback prints it. A nil Value and struct{}{} (a body with
// nothing to return) count as Python's None.
func (e *StopIteration) Error() string {
	if e.Value == nil || e.Value == any(struct{}{}) {
		return "StopIteration"
	}
	return fmt.Sprintf("StopIteration: %v", e.Value)
}

// Is makes errors.Is(err, ErrStopIteration) true for every *StopIteration.
func (e *StopIteration) Is(target error) bool {
	return target == ErrStopIteration
}
