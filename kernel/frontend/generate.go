package frontend

//go:generate go run ./internal/genstd
