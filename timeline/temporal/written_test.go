package temporal

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestWrittenDocuments tags the written news and narrative documents and
// checks the share of gold expressions found with their exact value (a
// relaxed, overlapping match as TempEval-3 pairs them), so that a rule
// made for one kind of text does not undo the other; and that every value,
// with the DCT or without, is a well-formed TIMEX3 value.
func TestWrittenDocuments(t *testing.T) {
	for _, tc := range []struct {
		dir  string
		want float64 // value recall, measured when the documents were last added (0.911, 0.860), less a margin
	}{
		{"news", 0.90},
		{"narr", 0.84},
	} {
		dir := filepath.Join("testdata", "written", tc.dir)
		type gold struct {
			Doc        string
			Start, End int
			Value      string
		}
		golds := map[string][]gold{}
		for _, g := range readJSONLines[gold](t, filepath.Join(dir, "gold.jsonl")) {
			golds[g.Doc] = append(golds[g.Doc], g)
		}
		type doc struct{ Doc, DCT, Path string }
		right, total := 0, 0
		for _, d := range readJSONLines[doc](t, filepath.Join(dir, "manifest.jsonl")) {
			text, err := os.ReadFile(filepath.Join(dir, d.Path))
			if err != nil {
				t.Fatal(err)
			}
			dct, err := time.Parse("2006-01-02", d.DCT)
			if err != nil {
				t.Fatal(err)
			}
			exprs := Tag(string(text), dct)
			for _, e := range append(Tag(string(text), time.Time{}), exprs...) {
				if !ValidValue(e.Type, e.Value) {
					t.Errorf("%s: %q tagged %s %q, not a TIMEX3 value", d.Doc, e.Text, e.Type, e.Value)
				}
			}
			used := make([]bool, len(exprs))
			for _, g := range golds[d.Doc] {
				total++
				for j, e := range exprs {
					if !used[j] && e.Start < g.End && g.Start < e.End {
						used[j] = true
						if e.Value == g.Value {
							right++
						}
						break
					}
				}
			}
		}
		got := float64(right) / float64(total)
		t.Logf("%s: %d of %d gold expressions found with their value (%.1f%%)", tc.dir, right, total, 100*got)
		if got < tc.want {
			t.Errorf("%s: value recall %.3f, want at least %.2f", tc.dir, got, tc.want)
		}
	}
}

// readJSONLines reads a file of JSON lines into values of T.
func readJSONLines[T any](t testing.TB, path string) []T {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, v)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
