// Covers: math/big integers: factorial of 30 and big exponentiation.
package main

import (
	"fmt"
	"math/big"
)

func main() {
	f := big.NewInt(1)
	for i := int64(2); i <= 30; i++ {
		f.Mul(f, big.NewInt(i))
	}
	fmt.Println(f)
	p := new(big.Int).Exp(big.NewInt(2), big.NewInt(100), nil)
	fmt.Println(p.String(), p.BitLen())
	r := new(big.Rat).SetFrac64(1, 3)
	r.Add(r, big.NewRat(1, 6))
	fmt.Println(r)
}
