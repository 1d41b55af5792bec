package shell

import (
	"context"
	"fmt"
	"strconv"
)

// ExitStatus is returned by Run when .exit N (or .quit N) ended the
// shell with a status other than 0.
type ExitStatus int

func (e ExitStatus) Error() string { return fmt.Sprintf("exit status %d", int(e)) }

// dotExit ends the shell, with status N when given (as sqlite3's .exit N).
func (s *Shell) dotExit(_ context.Context, args []string) error {
	switch len(args) {
	case 0:
		return errQuit
	case 1:
		n, err := strconv.Atoi(args[0])
		if err != nil || n < 0 || n > 255 {
			return fmt.Errorf("usage: .exit [N], N from 0 to 255")
		}
		s.exitStatus = n
		return errQuit
	}
	return fmt.Errorf("usage: .exit [N]")
}
