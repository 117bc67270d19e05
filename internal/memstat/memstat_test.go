package memstat

import (
	"runtime"
	"testing"
)

func TestPeakGrowsWithUse(t *testing.T) {
	before, ok := PeakMB()
	if !ok {
		if runtime.GOOS == "linux" {
			t.Fatal("no VmHWM on Linux")
		}
		t.Skip("no /proc/self/status here")
	}
	big := make([]byte, 64<<20)
	for i := range big {
		big[i] = 1 // touch every page so it is resident
	}
	after, _ := PeakMB()
	if after < before+60 {
		t.Errorf("peak %.0f MB -> %.0f MB after touching 64 MB", before, after)
	}
	runtime.KeepAlive(big)
}
