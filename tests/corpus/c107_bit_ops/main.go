// Program c107_bit_ops: bit manipulation and math/bits
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	x := uint8(0b1011_0010)
	fmt.Printf("%08b %08b %08b %08b\n", x&0x0F, x|0x01, x^0xFF, x&^0x30)
	fmt.Println(x<<1, x>>2, bits.OnesCount8(x), bits.LeadingZeros16(1), bits.Len(255))
	fmt.Println(bits.Reverse8(1), bits.RotateLeft8(x, 4))
}
