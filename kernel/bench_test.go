package kernel

import (
	"sort"
	"testing"
	"time"
)

// BenchmarkExecuteRoundTrip measures execute_request → idle for an empty
// cell over real zmq4 sockets (ipc), client and kernel in one process.
func BenchmarkExecuteRoundTrip(b *testing.B) {
	tk := startKernel(b, ipcInfo(b))
	var lat []time.Duration
	b.ResetTimer()
	for range b.N {
		t0 := time.Now()
		id := tk.send(tk.shell, "execute_request", map[string]any{"code": ""})
		tk.iopubUntilIdle(id)
		lat = append(lat, time.Since(t0))
		tk.recvType(tk.shellIn, "execute_reply")
	}
	b.StopTimer()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds()), "p50-µs")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds()), "p99-µs")
}
