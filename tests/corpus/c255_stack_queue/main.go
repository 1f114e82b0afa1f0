// Program c255_stack_queue: a stack and a queue built on slices with methods
package main

import "fmt"

type Stack struct{ data []int }

func (s *Stack) Push(v int) { s.data = append(s.data, v) }
func (s *Stack) Pop() int {
	v := s.data[len(s.data)-1]
	s.data = s.data[:len(s.data)-1]
	return v
}
func (s *Stack) Empty() bool { return len(s.data) == 0 }

type Queue struct{ items []string }

func (q *Queue) Enqueue(s string) { q.items = append(q.items, s) }
func (q *Queue) Dequeue() (string, bool) {
	if len(q.items) == 0 {
		return "", false
	}
	s := q.items[0]
	q.items = q.items[1:]
	return s, true
}

func main() {
	var s Stack
	for i := range 4 {
		s.Push(i * i)
	}
	for !s.Empty() {
		fmt.Print(s.Pop(), " ")
	}
	fmt.Println()
	var q Queue
	q.Enqueue("a")
	q.Enqueue("b")
	for {
		v, ok := q.Dequeue()
		if !ok {
			break
		}
		fmt.Print(v)
	}
	fmt.Println()
}
