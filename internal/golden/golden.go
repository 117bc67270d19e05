// Package golden compares generated output with files in testdata, for
// tests: `go test -update` rewrites the files instead, to be reviewed in
// the diff.
package golden

import (
	"bytes"
	"flag"
	"os"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files instead of comparing with them")

// Check fails t when got differs from the file at path, naming the first
// line that differs; with -update it writes got to path.
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test -update creates it)", err)
	}
	if bytes.Equal(got, want) {
		return
	}
	g, w := bytes.Split(got, []byte("\n")), bytes.Split(want, []byte("\n"))
	line := 0
	for line < len(g) && line < len(w) && bytes.Equal(g[line], w[line]) {
		line++
	}
	at := func(ls [][]byte) string {
		if line < len(ls) {
			return string(ls[line])
		}
		return "(end of output)"
	}
	t.Errorf("output differs from %s at line %d (go test -update rewrites it; review the diff):\n got: %s\nwant: %s", path, line+1, at(g), at(w))
}
