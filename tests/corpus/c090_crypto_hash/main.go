// Program c090_crypto_hash: sha256, md5 and fnv
package main

import (
	"crypto/md5"
	"crypto/sha256"
	"fmt"
	"hash/fnv"
)

func main() {
	fmt.Printf("%x\n", sha256.Sum256([]byte("gokernel")))
	fmt.Printf("%x\n", md5.Sum([]byte("gokernel")))
	h := fnv.New32a()
	h.Write([]byte("gokernel"))
	fmt.Println(h.Sum32())
}
