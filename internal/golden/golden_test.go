package golden

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// recorder stands in for a test, to see what Check reports.
type recorder struct {
	testing.TB
	failed string
}

func (r *recorder) Helper() {}

// Errorf and Fatalf keep the first failure: unlike a test's Fatalf,
// the recorder's cannot stop Check.
func (r *recorder) Errorf(f string, a ...any) { r.fail(f) }
func (r *recorder) Fatalf(f string, a ...any) { r.fail(f) }
func (r *recorder) fail(f string) {
	if r.failed == "" {
		r.failed = f
	}
}

func TestCheck(t *testing.T) {
	path := filepath.Join(t.TempDir(), "page.golden")
	os.WriteFile(path, []byte("one\ntwo\nthree\n"), 0o644)
	for _, tt := range []struct {
		got  string
		fail bool
	}{
		{"one\ntwo\nthree\n", false},
		{"one\nTWO\nthree\n", true},
		{"one\ntwo\n", true},
	} {
		r := &recorder{TB: t}
		Check(r, path, []byte(tt.got))
		if (r.failed != "") != tt.fail {
			t.Errorf("Check(%q) failed = %q, want failure %v", tt.got, r.failed, tt.fail)
		}
	}
	r := &recorder{TB: t}
	Check(r, path+".missing", []byte("x"))
	if !strings.Contains(r.failed, "-update creates it") {
		t.Errorf("a missing golden file reports %q", r.failed)
	}
}
