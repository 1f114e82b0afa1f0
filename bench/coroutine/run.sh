#!/bin/sh
# bench/coroutine/run.sh: lib/coroutine's switch costs against CPython's
# generators/asyncio, a goroutine+channel ping-pong and the runtime's bare
# coroutine switch, measured in the same run on the same machine. Go
# benchmarks and CPython timings alternate in ROUNDS rounds. Both wall-clock
# and process CPU time per operation are reported: on a loaded shared machine
# wall time includes time spent descheduled, CPU time does not.
# The table gives each figure's best round; the ratios below it are taken
# within each round (so both sides saw the same load) and summarised by
# their median and range over the rounds.
# Usage (from anywhere): sh bench/coroutine/run.sh [ROUNDS]
set -eu
cd "$(dirname "$0")/../.."
rounds=${1:-5}
out=$(mktemp)
bin=$(mktemp)
go test -c -o "$bin" ./bench/coroutine/
i=0
while [ "$i" -lt "$rounds" ]; do
	echo "round $i" >>"$out"
	"$bin" -test.run '^$' -test.bench . -test.benchtime=1s | grep '^Benchmark' | tee -a "$out"
	/usr/bin/python3 bench/coroutine/pysend.py | tee -a "$out"
	/usr/bin/python3 bench/coroutine/pysend.py cpu | tee -a "$out"
	i=$((i + 1))
done
echo
echo "go: $(go version | cut -d' ' -f3-)  python: $(/usr/bin/python3 --version)  cpu:$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2)  cores: $(nproc)  load after: $(cut -d' ' -f1-3 /proc/loadavg)"
awk '
function keep(k, v) { if (!(k in best) || v+0 < best[k]+0) best[k]=v; val[round, k]=v }
/^round / { round=$2; nr=round+1 }
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
# ratio of a over b (CPU time, else wall) in every round: median [min–max]
function ratio(label, a, b,   n, r, i, j, t, pre) {
  pre = ("c_" a in best && "c_" b in best) ? "c_" : "w_"
  n = 0
  for (i=0; i<nr; i++) if ((i, pre a) in val && (i, pre b) in val && val[i, pre b] > 0) r[++n] = val[i, pre a] / val[i, pre b]
  for (i=2; i<=n; i++) { t=r[i]; for (j=i-1; j>0 && r[j]>t; j--) r[j+1]=r[j]; r[j+1]=t }
  if (n) printf "- %s: %.2f (%.2f–%.2f over %d rounds, %s time)\n", label, (n%2 ? r[(n+1)/2] : (r[n/2]+r[n/2+1])/2), r[1], r[n], n, (pre=="c_" ? "CPU" : "wall")
}
END {
  print "\n| measurement | wall ns/op | CPU ns/op | ratio (>1: the row is faster) |\n|---|---|---|---|"
  row("Go `Generator.Send` round trip", "Send", "", "")
  row("CPython `g.send(1)` (timeit)", "py_send", "Send", "CPython vs Go Send")
  row("CPython `send(1)`, `send = g.send` hoisted", "py_send_bound", "Send", "CPython vs Go Send")
  row("goroutine+channel ping-pong", "ChannelPingPong", "Send", "channels vs Go Send")
  row("raw `iter.Pull` next (the switch alone)", "IterPull", "Send", "switch vs Go Send")
  row("raw `iter.Pull` echo (the floor for Send)", "IterPullEcho", "Send", "floor vs Go Send")
  row("Go `Generator.Next`", "Next", "", "")
  row("CPython `next(gen)`", "py_next", "Next", "CPython vs Go Next")
  row("Go running average, per `Send` incl. driving loop", "Averager", "", "")
  row("CPython running average, per `send` incl. `for` loop", "py_averager", "Averager", "CPython vs Go")
  row("Go `New` + 3 values + finish", "NewAndDrain", "", "")
  row("Go loop `Sleep(0)` task switch", "LoopSleep0", "", "")
  row("asyncio `sleep(0)` task switch", "py_asyncio_sleep0", "LoopSleep0", "asyncio vs Go loop")
  print "\nSame-round ratios (time of the first over time of the second; median [range]):\n"
  ratio("Go Send / CPython g.send", "Send", "py_send")
  ratio("Go Send / CPython hoisted send", "Send", "py_send_bound")
  ratio("raw iter.Pull echo (floor) / CPython g.send", "IterPullEcho", "py_send")
  ratio("raw iter.Pull next / CPython g.send", "IterPull", "py_send")
  ratio("Go Send / raw iter.Pull echo (our layer over the floor)", "Send", "IterPullEcho")
  ratio("channel ping-pong / Go Send", "ChannelPingPong", "Send")
  ratio("Go Next / CPython next", "Next", "py_next")
  ratio("Go running average / CPython", "Averager", "py_averager")
  ratio("asyncio sleep(0) / Go loop Sleep(0)", "py_asyncio_sleep0", "LoopSleep0")
}' "$out"
rm -f "$out" "$bin"
