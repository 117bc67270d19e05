package temporal

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// A corpusDoc is a development text and its DCT.
type corpusDoc struct {
	text string
	dct  time.Time
}

// corpus loads the development texts: the *.txt of a prepared directory
// named by $TEMPORAL_CORPUS with the DCTs of its manifest.jsonl, else the
// TimeML files of the shared corpus beside the repository with their tags
// stripped and their creation times. It skips when neither exists.
func corpus(tb testing.TB) []corpusDoc {
	dir := os.Getenv("TEMPORAL_CORPUS")
	pattern, strip := filepath.Join(dir, "*.txt"), false
	if dir == "" {
		pattern, strip = filepath.Join("..", "..", "..", "shared", "data", "tbaq", "*", "*.tml"), true
	}
	files, _ := filepath.Glob(pattern)
	if len(files) == 0 {
		tb.Skipf("no corpus at %s", pattern)
	}
	dcts := map[string]string{} // file name -> DCT
	if !strip {
		type entry struct{ DCT, Path string }
		for _, m := range readJSONLines[entry](tb, filepath.Join(dir, "manifest.jsonl")) {
			dcts[m.Path] = m.DCT
		}
	}
	tags := regexp.MustCompile(`<[^>]*>`)
	created, value := regexp.MustCompile(`<TIMEX3[^>]*CREATION_TIME[^>]*>`), regexp.MustCompile(`value="([0-9-]{10})`)
	var docs []corpusDoc
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		s, dct := string(b), dcts[filepath.Base(f)]
		if strip {
			if m := value.FindStringSubmatch(created.FindString(s)); m != nil {
				dct = m[1]
			}
			if i := strings.Index(s, "<TEXT>"); i >= 0 {
				s = s[i:]
			}
			s = tags.ReplaceAllString(s, "")
		}
		d, err := time.Parse("2006-01-02", dct[:min(len(dct), 10)])
		if err != nil {
			tb.Fatalf("%s: DCT %q: %v", f, dct, err)
		}
		docs = append(docs, corpusDoc{s, d})
	}
	return docs
}

// TestCorpusValues tags the development texts with and without a DCT and
// checks that every value is well formed.
func TestCorpusValues(t *testing.T) {
	for _, d := range corpus(t) {
		for _, dct := range []time.Time{{}, d.dct} {
			for _, e := range Tag(d.text, dct) {
				if !ValidValue(e.Type, e.Value) {
					t.Errorf("%q: %s %q is not a TIMEX3 value (%s)", e.Text, e.Type, e.Value, e.Derivation)
				}
			}
		}
	}
}

// TestNoSharedBuffers checks that what Tag returns shares nothing with
// the buffers it recycles: results kept while later texts are tagged stay
// as they were.
func TestNoSharedBuffers(t *testing.T) {
	docs := corpus(t)
	kept := make([][]Expr, len(docs))
	copies := make([][]Expr, len(docs))
	for i, d := range docs {
		kept[i] = Tag(d.text, d.dct)
		for _, e := range kept[i] {
			e.Text, e.Value, e.Mod, e.Derivation = strings.Clone(e.Text), strings.Clone(e.Value), strings.Clone(e.Mod), strings.Clone(e.Derivation)
			e.Anchor, e.Relation, e.Offset = strings.Clone(e.Anchor), strings.Clone(e.Relation), strings.Clone(e.Offset)
			copies[i] = append(copies[i], e)
		}
	}
	for i := range docs {
		if !slices.Equal(kept[i], copies[i]) {
			t.Fatalf("text %d: its expressions changed when later texts were tagged", i)
		}
	}
}

// BenchmarkCorpus tags the whole development text once per iteration and
// reports bytes/s (MB/s) and code points/s (chars/s, as chrono's bench does).
func BenchmarkCorpus(b *testing.B) {
	docs := corpus(b)
	var size, chars int
	for _, d := range docs {
		size += len(d.text)
		chars += utf8.RuneCountInString(d.text)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			Tag(d.text, d.dct)
		}
	}
	b.ReportMetric(float64(chars)*float64(b.N)/b.Elapsed().Seconds(), "chars/s")
}

// bigText repeats a news paragraph up to n bytes.
func bigText(n int) string {
	const para = "WASHINGTON (AP) _ The committee said Friday that it will meet again on March 3, 2014, " +
		"two years after the first hearing. Sales rose 5% in the third quarter from a year earlier, and " +
		"about 2,000 people attended the rally at 3:52 p.m. EDT. Nothing else happened here at all.\n\n"
	return strings.Repeat(para, n/len(para)+1)[:n]
}

// BenchmarkTag10MB tags 10 MB in one call.
func BenchmarkTag10MB(b *testing.B) {
	text := bigText(10 << 20)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Tag(text, fri)
	}
}

// chronicleText is a history of n bytes that writes a year in every
// sentence, never the same twice in a row, and days by weekday without a
// year, and short years: each asks about all the years written before it.
func chronicleText(n int) string {
	var b strings.Builder
	for y := 0; b.Len() < n; y++ {
		fmt.Fprintf(&b, "In %d the army marched on Monday, June 29, and in 12, the king died. ", 2001+y%2)
	}
	return b.String()[:n]
}

// TestLinearTime checks that 10 MB take about ten times as long as 1 MB
// (a quadratic step would take a hundred times as long).
func TestLinearTime(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	for _, c := range []struct {
		name string
		text func(int) string
	}{{"news", bigText}, {"chronicle", chronicleText}} {
		measure := func(n int) time.Duration {
			text := c.text(n)
			best := time.Duration(1 << 62)
			for range 3 {
				start := time.Now()
				Tag(text, fri)
				best = min(best, time.Since(start))
			}
			return best
		}
		small, big := measure(1<<20), measure(10<<20)
		t.Logf("%s: 1 MB: %v, 10 MB: %v (x%.1f)", c.name, small, big, float64(big)/float64(small))
		if big > 25*small {
			t.Errorf("%s: 10 MB took %v, 1 MB %v: not linear", c.name, big, small)
		}
	}
}
