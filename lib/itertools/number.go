package itertools

// Integer is the set of Go integer types.
type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr
}

// Float is the set of Go floating-point types.
type Float interface {
	~float32 | ~float64
}

// Number is the set of types Count and the arithmetic helpers accept.
type Number interface {
	Integer | Float
}

// Add returns a + b; it is Python's operator.add for Accumulate and Reduce.
func Add[N Number](a, b N) N { return a + b }

// Mul returns a * b; it is Python's operator.mul for Accumulate and Reduce.
func Mul[N Number](a, b N) N { return a * b }
