// Program c242_recursion_algos: recursion: factorial, gcd, permutations, binary search
package main

import "fmt"

func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func gcd(a, b int) int {
	if b == 0 {
		return a
	}
	return gcd(b, a%b)
}

func perms(s []rune, k int, out *[]string) {
	if k == len(s) {
		*out = append(*out, string(s))
		return
	}
	for i := k; i < len(s); i++ {
		s[k], s[i] = s[i], s[k]
		perms(s, k+1, out)
		s[k], s[i] = s[i], s[k]
	}
}

func bsearch(xs []int, v int) int {
	lo, hi := 0, len(xs)-1
	for lo <= hi {
		mid := (lo + hi) / 2
		switch {
		case xs[mid] == v:
			return mid
		case xs[mid] < v:
			lo = mid + 1
		default:
			hi = mid - 1
		}
	}
	return -1
}

func main() {
	fmt.Println(fact(10), gcd(84, 36))
	var out []string
	perms([]rune("abc"), 0, &out)
	fmt.Println(out)
	fmt.Println(bsearch([]int{1, 3, 5, 7, 9}, 7), bsearch([]int{1, 3}, 2))
}
