#!/bin/sh
# bench/coroutine/run.sh: lib/coroutine's switch costs against CPython's
# generators/asyncio and a goroutine+channel ping-pong, measured in the same
# run on the same machine. Go benchmarks and CPython timings are interleaved
# in ROUNDS rounds and each figure is the best round. Both wall-clock and
# process CPU time per operation are reported: on a loaded shared machine
# wall time includes time spent descheduled, CPU time does not.
# Usage (from anywhere): sh bench/coroutine/run.sh [ROUNDS]
set -eu
cd "$(dirname "$0")/../.."
rounds=${1:-5}
out=$(mktemp)
bin=$(mktemp)
go test -c -o "$bin" ./bench/coroutine/
i=0
while [ "$i" -lt "$rounds" ]; do
	"$bin" -test.run '^$' -test.bench . -test.benchtime=1s | grep '^Benchmark' | tee -a "$out"
	/usr/bin/python3 bench/coroutine/pysend.py | tee -a "$out"
	/usr/bin/python3 bench/coroutine/pysend.py cpu | tee -a "$out"
	i=$((i + 1))
done
echo
echo "go: $(go version | cut -d' ' -f3-)  python: $(/usr/bin/python3 --version)  cpu:$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2)  cores: $(nproc)  load after: $(cut -d' ' -f1-3 /proc/loadavg)"
awk '
function keep(k, v) { if (!(k in best) || v+0 < best[k]+0) best[k]=v }
/^Benchmark/ {
  name=$1; sub(/-[0-9]+$/, "", name); sub(/^Benchmark/, "", name)
  keep("w_" name, $3)
  for (i=4; i<=NF; i++) { if ($(i+1)=="cpu-ns/op") keep("c_" name, $i); if ($(i+1)=="ns/send") keep("w_" name, $i) }
}
/^py_/ { n=$1; sub(/^py_/, "", n); keep("w_py_" n, $2) }
/^pycpu_/ { n=$1; sub(/^pycpu_/, "", n); keep("c_py_" n, $2) }
function row(label, k, ref, how) {
  w = best["w_" k]; c = best["c_" k]
  printf "| %s | %s | %s |", label, (w=="" ? "–" : sprintf("%.1f", w)), (c=="" ? "–" : sprintf("%.1f", c))
  if (ref != "") {
    rw = best["w_" ref]; rc = best["c_" ref]
    printf " %s: wall %.2fx, CPU %s |\n", how, rw/w, (c=="" || rc=="") ? "–" : sprintf("%.2fx", rc/c)
  } else printf " |\n"
}
END {
  print "\n| measurement | wall ns/op | CPU ns/op | ratio (>1: the row is faster) |\n|---|---|---|---|"
  row("Go `Generator.Send` round trip", "Send", "", "")
  row("CPython `gen.send` (timeit)", "py_send", "Send", "CPython vs Go Send")
  row("goroutine+channel ping-pong", "ChannelPingPong", "Send", "channels vs Go Send")
  row("raw `iter.Pull` next (the floor)", "IterPull", "Send", "floor vs Go Send")
  row("Go `Generator.Next`", "Next", "", "")
  row("CPython `next(gen)`", "py_next", "Next", "CPython vs Go Next")
  row("Go running average, per `Send` incl. driving loop", "Averager", "", "")
  row("CPython running average, per `send` incl. `for` loop", "py_averager", "Averager", "CPython vs Go")
  row("Go `New` + 3 values + finish", "NewAndDrain", "", "")
  row("Go loop `Sleep(0)` task switch", "LoopSleep0", "", "")
  row("asyncio `sleep(0)` task switch", "py_asyncio_sleep0", "LoopSleep0", "asyncio vs Go loop")
}' "$out"
rm -f "$out" "$bin"
