// Program c275_two_sum_map: two-sum with a map of seen values and multiple returns
package main

import "fmt"

func twoSum(xs []int, target int) (int, int, bool) {
	seen := map[int]int{}
	for i, x := range xs {
		if j, ok := seen[target-x]; ok {
			return j, i, true
		}
		seen[x] = i
	}
	return 0, 0, false
}

func main() {
	fmt.Println(twoSum([]int{2, 7, 11, 15}, 9))
	fmt.Println(twoSum([]int{1, 2}, 10))
}
