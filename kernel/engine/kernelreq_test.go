package engine

import "github.com/gokernel/gokernel/kernel"

type kernelResult = kernel.ExecuteResult

func kernelReq(code string, silent bool) kernel.ExecuteRequest {
	return kernel.ExecuteRequest{Code: code, Silent: silent, StoreHistory: !silent}
}

func kernelReqStdin(code string) kernel.ExecuteRequest {
	return kernel.ExecuteRequest{Code: code, AllowStdin: true, StoreHistory: true}
}
