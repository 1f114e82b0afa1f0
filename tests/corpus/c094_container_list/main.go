// Program c094_container_list: container/list as a deque
package main

import (
	"container/list"
	"fmt"
)

func main() {
	l := list.New()
	l.PushBack(2)
	l.PushFront(1)
	l.PushBack(3)
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len())
	l.Remove(l.Front())
	fmt.Println(l.Front().Value, l.Back().Value)
}
