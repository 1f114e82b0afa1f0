// Program c197_hash_encoding: crypto/sha256, encoding/hex and encoding/base64
package main

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
)

func main() {
	sum := sha256.Sum256([]byte("hello"))
	fmt.Println(hex.EncodeToString(sum[:8]))
	enc := base64.StdEncoding.EncodeToString([]byte("go kernel"))
	fmt.Println(enc)
	dec, err := base64.StdEncoding.DecodeString(enc)
	fmt.Println(string(dec), err)
	b, err := hex.DecodeString("4a4b")
	fmt.Println(string(b), err)
}
