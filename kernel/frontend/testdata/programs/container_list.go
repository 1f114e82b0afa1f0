// Covers: container/list doubly linked list operations.
package main

import (
	"container/list"
	"fmt"
)

func main() {
	l := list.New()
	l.PushBack(1)
	l.PushBack(2)
	front := l.PushFront(0)
	l.InsertAfter(99, front)
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len())
	l.Remove(front)
	fmt.Println(l.Front().Value, l.Back().Value)
}
