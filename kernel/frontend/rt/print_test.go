package rt

import (
	"bytes"
	"math"
	"os"
	"os/exec"
	"testing"
)

// printSamples are the operands compared with the runtime's own println.
var printSamples = []any{
	true, false, 0, -7, 42, int8(-128), uint64(math.MaxUint64), uint8(255),
	0.0, math.Copysign(0, -1), 1.5, -2.25, 1e-7, 123456789.0, 9.9999999, 0.1, 1e300, 3e-300,
	float32(0.1), math.NaN(), math.Inf(1), math.Inf(-1),
	complex(1, -2), complex64(complex(0.5, 0)), complex(1, math.NaN()), complex(-1, math.Copysign(0, -1)), complex(0, math.Inf(1)),
	"", "text with spaces",
}

// runtimePrintln prints the samples with the builtins, one println each,
// then a print of two operands.
func runtimePrintln() {
	for _, a := range printSamples {
		switch v := a.(type) {
		case bool:
			println(v)
		case int:
			println(v)
		case int8:
			println(v)
		case uint64:
			println(v)
		case uint8:
			println(v)
		case float64:
			println(v)
		case float32:
			println(v)
		case complex128:
			println(v)
		case complex64:
			println(v)
		case string:
			println(v)
		}
	}
	print("a", 1, "\n")
}

func TestMain(m *testing.M) {
	if os.Getenv("GOKERNEL_RT_PRINTLN") == "1" {
		runtimePrintln()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// Println and Print format every operand as the Go runtime does.
func TestPrintMatchesRuntime(t *testing.T) {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "GOKERNEL_RT_PRINTLN=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	for _, a := range printSamples {
		Println(&got, a)
	}
	Print(&got, "a", 1, "\n")
	if got.String() != stderr.String() {
		t.Errorf("got\n%s\nthe runtime printed\n%s", got.String(), stderr.String())
	}
}
