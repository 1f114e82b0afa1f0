package kernel

import (
	"os"
	"strconv"
	"time"
)

// watchParent stops the kernel when the process that launched it dies.
// jupyter_client puts its pid in JPY_PARENT_PID; ipykernel polls it the
// same way, so a killed notebook server or console does not leave kernels
// (and their worker processes) running forever.
func (k *Kernel) watchParent() {
	ppid, err := strconv.Atoi(os.Getenv("JPY_PARENT_PID"))
	if err != nil || ppid <= 1 || os.Getppid() != ppid {
		return // not started by jupyter_client, or already reparented
	}
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-k.ctx.Done():
			return
		case <-t.C:
			if os.Getppid() != ppid {
				k.log.Printf("parent process %d is gone: shutting down", ppid)
				k.stop()
				return
			}
		}
	}
}
