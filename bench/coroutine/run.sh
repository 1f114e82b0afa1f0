#!/bin/sh
# bench/coroutine/run.sh: Go generator switches vs CPython generators and a
# goroutine+channel ping-pong, measured in the same run on the same machine.
# Usage: sh bench/coroutine/run.sh   (from the module root)
set -eu
cd "$(dirname "$0")/../.."
out=$(mktemp)
go test -run '^$' -bench . -benchtime=2s -count=3 ./bench/coroutine/ | tee "$out"
/usr/bin/python3 bench/coroutine/pysend.py | tee -a "$out"
awk '
/^Benchmark/ { name=$1; sub(/-[0-9]+$/, "", name); ns=$3; if (!(name in best) || ns < best[name]) best[name]=ns }
/^py_/ { best[$1]=$2 }
END {
  s=best["BenchmarkSend"]; printf "\nSend round trip: %.1f ns (best of 3)\n", s
  printf "  CPython gen.send:          %.1f ns  -> Go is %.2fx faster\n", best["py_send"], best["py_send"]/s
  printf "  goroutine+channel pingpong: %.1f ns -> Go Send is %.2fx faster\n", best["BenchmarkChannelPingPong"], best["BenchmarkChannelPingPong"]/s
  printf "  raw iter.Pull next:        %.1f ns  -> Send costs %.2fx the floor\n", best["BenchmarkIterPull"], s/best["BenchmarkIterPull"]
  printf "Next: %.1f ns vs CPython next(): %.1f ns (%.2fx)\n", best["BenchmarkNext"], best["py_next"], best["py_next"]/best["BenchmarkNext"]
  printf "Loop Sleep(0) switch: %.1f ns vs asyncio sleep(0): %.1f ns (%.2fx)\n", best["BenchmarkLoopSleep0"], best["py_asyncio_sleep0"], best["py_asyncio_sleep0"]/best["BenchmarkLoopSleep0"]
}' "$out"
rm -f "$out"
