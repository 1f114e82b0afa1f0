// Program c157_bank_account_errors: methods returning sentinel and custom errors, checked with errors.Is and errors.As
package main

import (
	"errors"
	"fmt"
)

var ErrInsufficient = errors.New("insufficient funds")

type LimitError struct{ Limit int }

func (e *LimitError) Error() string { return fmt.Sprintf("over limit %d", e.Limit) }

type Account struct{ balance int }

func (a *Account) Withdraw(n int) error {
	if n > 500 {
		return &LimitError{500}
	}
	if n > a.balance {
		return fmt.Errorf("withdraw %d: %w", n, ErrInsufficient)
	}
	a.balance -= n
	return nil
}

func main() {
	a := &Account{balance: 100}
	for _, n := range []int{30, 100, 600} {
		err := a.Withdraw(n)
		var le *LimitError
		switch {
		case err == nil:
			fmt.Println("ok, balance", a.balance)
		case errors.Is(err, ErrInsufficient):
			fmt.Println("insufficient:", err)
		case errors.As(err, &le):
			fmt.Println("limit", le.Limit)
		}
	}
}
