// Package memstat reads the process's peak memory for benchmarks, so
// every figure in the README is measured the same way.
package memstat

import (
	"os"
	"strconv"
	"strings"
)

// PeakMB is the most resident memory the process has held (VmHWM on
// Linux), in MiB; ok is false where the kernel does not say.
func PeakMB() (mb float64, ok bool) {
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, false
	}
	for _, line := range strings.Split(string(status), "\n") {
		if rest, found := strings.CutPrefix(line, "VmHWM:"); found {
			kb, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(rest), " kB"))
			return float64(kb) / 1024, err == nil
		}
	}
	return 0, false
}
