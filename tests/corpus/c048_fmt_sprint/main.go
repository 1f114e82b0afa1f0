// Program c048_fmt_sprint: Sprint, Sprintln and Sprintf spacing rules
package main

import "fmt"

func main() {
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5))
	fmt.Print(fmt.Sprintln("a", 1, true))
	fmt.Println(fmt.Sprintf("%3d|%-3d|", 7, 7))
	fmt.Println(fmt.Sprint(nil), fmt.Sprint([]int(nil)), fmt.Sprint(map[int]int(nil)))
}
