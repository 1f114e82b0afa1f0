// Program c141_bank_account: methods, errors and a small domain model
package main

import (
	"errors"
	"fmt"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	Owner   string
	balance int
	history []string
}

func (a *Account) Deposit(n int) {
	a.balance += n
	a.history = append(a.history, fmt.Sprintf("+%d", n))
}

func (a *Account) Withdraw(n int) error {
	if n > a.balance {
		return fmt.Errorf("withdraw %d from %s: %w", n, a.Owner, ErrInsufficient)
	}
	a.balance -= n
	a.history = append(a.history, fmt.Sprintf("-%d", n))
	return nil
}

func main() {
	acc := &Account{Owner: "kim"}
	acc.Deposit(100)
	fmt.Println(acc.Withdraw(30))
	err := acc.Withdraw(500)
	fmt.Println(err, errors.Is(err, ErrInsufficient))
	fmt.Println(acc.balance, acc.history)
}
