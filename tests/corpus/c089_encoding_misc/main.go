// Program c089_encoding_misc: hex, base64 and binary encoding
package main

import (
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"fmt"
)

func main() {
	fmt.Println(hex.EncodeToString([]byte("Go!")))
	d, _ := hex.DecodeString("476f21")
	fmt.Println(string(d))
	e := base64.StdEncoding.EncodeToString([]byte("concurrency"))
	fmt.Println(e)
	back, _ := base64.StdEncoding.DecodeString(e)
	fmt.Println(string(back))
	buf := make([]byte, 4)
	binary.BigEndian.PutUint32(buf, 0xCAFEBABE)
	fmt.Println(buf, binary.LittleEndian.Uint16(buf))
}
