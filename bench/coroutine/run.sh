#!/bin/sh
# bench/coroutine/run.sh: lib/coroutine's switch costs against CPython's
# generators/asyncio and a goroutine+channel ping-pong, measured in the same
# run on the same machine. The Go benchmarks and the CPython timings are
# interleaved in ROUNDS rounds and each figure is the best round, so that
# load from other processes on a shared machine skews both sides alike.
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
	i=$((i + 1))
done
echo "go: $(go version)  python: $(/usr/bin/python3 --version)  cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2)  load: $(cut -d' ' -f1-3 /proc/loadavg)"
awk '
/^Benchmark/ { name=$1; sub(/-[0-9]+$/, "", name); ns=$3; if (!(name in best) || ns+0 < best[name]+0) best[name]=ns }
/^BenchmarkAverager/ { for (i=1;i<=NF;i++) if ($(i+1)=="ns/send" && (!("avg" in best) || $i+0 < best["avg"]+0)) best["avg"]=$i }
/^py_/ { if (!($1 in best) || $2+0 < best[$1]+0) best[$1]=$2 }
END {
  s=best["BenchmarkSend"]
  printf "\n| measurement | ns/op | ratio |\n|---|---|---|\n"
  printf "| Go Generator.Send round trip | %.1f | 1 |\n", s
  printf "| CPython gen.send (timeit) | %.1f | Go is %.2fx CPython speed |\n", best["py_send"], best["py_send"]/s
  printf "| goroutine+channel ping-pong | %.1f | Send is %.2fx faster |\n", best["BenchmarkChannelPingPong"], best["BenchmarkChannelPingPong"]/s
  printf "| raw iter.Pull next (the floor) | %.1f | Send costs %.2fx the floor |\n", best["BenchmarkIterPull"], s/best["BenchmarkIterPull"]
  printf "| Go Generator.Next | %.1f | |\n", best["BenchmarkNext"]
  printf "| CPython next(gen) | %.1f | Go is %.2fx CPython speed |\n", best["py_next"], best["py_next"]/best["BenchmarkNext"]
  printf "| Go running average, per Send incl. the driving loop | %.1f | |\n", best["avg"]
  printf "| CPython running average, per send incl. the for loop | %.1f | Go is %.2fx CPython speed |\n", best["py_averager"], best["py_averager"]/best["avg"]
  printf "| Go New + 3 values + finish | %.1f | |\n", best["BenchmarkNewAndDrain"]
  printf "| Go loop Sleep(0) task switch | %.1f | |\n", best["BenchmarkLoopSleep0"]
  printf "| asyncio sleep(0) task switch | %.1f | Go is %.2fx asyncio speed |\n", best["py_asyncio_sleep0"], best["py_asyncio_sleep0"]/best["BenchmarkLoopSleep0"]
}' "$out"
rm -f "$out" "$bin"
