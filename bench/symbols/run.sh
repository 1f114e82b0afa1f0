#!/bin/sh
# Measures the symbol tables: generation time, binary size and build time
# they add, interpreter load time; each against a reference measured in the
# same run. Usage (from the module root): sh bench/symbols/run.sh
set -e
cd "$(dirname "$0")/../.."
out=$(mktemp -d)
nonce=kernel/symbols/exports/inst/lib_itertools/zz_bench_nonce.go
trap 'rm -rf "$out" $nonce' EXIT

t() { s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N); echo "$e - $s" | bc; }

echo "== go generate (stamps match: no-op)"
echo "$(t go generate ./kernel/symbols/...) s"
echo "== go run ./kernel/symbols/gen -force (standard tables + lib + instances)"
go run ./kernel/symbols/gen -force

echo "== binary size"
go build -o "$out/yaegistd" ./bench/symbols/yaegistd
go build -tags gokernel_noinst -o "$out/noinst" ./bench/symbols/load
go build -o "$out/load" ./bench/symbols/load
ls -l "$out/yaegistd" "$out/noinst" "$out/load" | awk '{printf "%-60s %6.1f MB\n", $9, $5/1048576}'

echo "== rebuild after a lib change (simulated: itertools' instance package recompiled + link)"
echo "binary without instances (-tags gokernel_noinst), relink only: $(t go build -tags gokernel_noinst -o "$out/x" ./bench/symbols/load) s"
echo "package inst
const benchNonce = \"$(date +%s%N)\"" > $nonce
echo "with instances: $(t go build -o "$out/x" ./bench/symbols/load) s"
rm -f $nonce
echo "== cold build of all generated packages (fresh GOCACHE, stdlib compile included)"
echo "reference, yaegi's own tables: $(t env GOCACHE=$out/cache1 go build -o "$out/x" ./bench/symbols/yaegistd) s"
echo "gokernel tables: $(t env GOCACHE=$out/cache2 go build -o "$out/x" ./bench/symbols/load) s"

echo "== load time"
"$out/yaegistd" -n 50
"$out/load" -n 50
