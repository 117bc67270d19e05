package export

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/golden"
	"github.com/chronicle-news/chronicle/timeline"
	"github.com/chronicle-news/chronicle/timeline/resolve"
)

// TestGolden exports each testdata/*.yaml in every format and compares
// the output with testdata/<name><ext>.
func TestGolden(t *testing.T) {
	inputs, _ := filepath.Glob("testdata/*.yaml")
	if len(inputs) == 0 {
		t.Fatal("no testdata/*.yaml")
	}
	for _, in := range inputs {
		tl, err := timeline.ReadFile(in)
		if err != nil {
			t.Fatal(err)
		}
		rt := resolve.Resolve(tl)
		for _, f := range Formats() {
			name := strings.TrimSuffix(in, ".yaml") + f.Ext
			t.Run(filepath.Base(name), func(t *testing.T) {
				var buf bytes.Buffer
				if err := f.Write(&buf, rt); err != nil {
					t.Fatal(err)
				}
				var again bytes.Buffer
				if err := f.Write(&again, resolve.Resolve(tl)); err != nil || !bytes.Equal(buf.Bytes(), again.Bytes()) {
					t.Fatalf("a second export differs (err %v)", err)
				}
				golden.Check(t, name, buf.Bytes())
			})
		}
	}
}

func TestLookup(t *testing.T) {
	if f, err := Lookup("JSON"); err != nil || f.Name != "json" {
		t.Errorf("Lookup(JSON) = %v, %v", f.Name, err)
	}
	if _, err := Lookup("pdf"); err == nil || !strings.Contains(err.Error(), "known formats: csv, ics, json, timelinejs") {
		t.Errorf("Lookup(pdf) error = %v, want the known formats listed", err)
	}
}
