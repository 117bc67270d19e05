package events

import (
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle/timeline"
	"github.com/chronicle-news/chronicle/timeline/ingest"
)

// The development corpus: TimeBank and AQUAINT news in TimeML, beside the
// repository (../shared/data/tbaq). Not part of a clone: tests using it
// skip when it is absent.

var (
	reTag     = regexp.MustCompile(`<[^>]*>`)
	reTMLText = regexp.MustCompile(`(?s)<TEXT>(.*)</TEXT>`)
	reTMLDCT  = regexp.MustCompile(`<DCT>\s*<TIMEX3[^>]*value="([^"]+)"`)
	reBlank   = regexp.MustCompile(`\n[ \t]*\n`)
)

// tbaqDocs reads the corpus's .tml files as documents: the text of the
// TEXT element without its tags, paragraphs at blank lines, the DCT from
// the DCT element.
func tbaqDocs(tb testing.TB) []*ingest.Document {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Skip("no go.mod above the test")
		}
		dir = parent
	}
	files, _ := filepath.Glob(filepath.Join(dir, "..", "shared", "data", "tbaq", "*", "*.tml"))
	if len(files) == 0 {
		tb.Skip("the development corpus (../shared/data/tbaq) is absent")
	}
	sort.Strings(files)
	var docs []*ingest.Document
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		m := reTMLText.FindSubmatch(data)
		if m == nil {
			continue
		}
		text := html.UnescapeString(reTag.ReplaceAllString(string(m[1]), ""))
		d := &ingest.Document{Name: filepath.Base(f), Title: strings.TrimSuffix(filepath.Base(f), ".tml"), Text: text}
		if dm := reTMLDCT.FindSubmatch(data); dm != nil {
			if t, err := time.Parse("2006-01-02", string(dm[1])[:min(10, len(dm[1]))]); err == nil {
				d.Published = t
			}
		}
		start := 0
		for _, loc := range append(reBlank.FindAllStringIndex(text, -1), []int{len(text), len(text)}) {
			s, e := start, loc[0]
			for s < e && (text[s] == ' ' || text[s] == '\n' || text[s] == '\t') {
				s++
			}
			for e > s && (text[e-1] == ' ' || text[e-1] == '\n' || text[e-1] == '\t') {
				e--
			}
			if e > s {
				d.Body = append(d.Body, ingest.Span{Start: s, End: e})
			}
			start = loc[1]
		}
		docs = append(docs, d)
	}
	return docs
}

// BenchmarkStory1000 extracts a story of 1,000 articles (the corpus,
// repeated as needed) and merges it, reporting articles per second and
// the peak heap, sampled every ten articles and after the merge: in all
// (with what the packages hold from their start) and above the heap
// before the first article.
func BenchmarkStory1000(b *testing.B) {
	const n = 1000
	docs := tbaqDocs(b)
	var peak uint64
	var ms runtime.MemStats
	sample := func() {
		runtime.ReadMemStats(&ms)
		if ms.HeapAlloc > peak {
			peak = ms.HeapAlloc
		}
	}
	runtime.GC()
	runtime.ReadMemStats(&ms)
	base := ms.HeapAlloc
	events := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		per := make([][]timeline.Event, 0, n)
		for k := 0; k < n; k++ {
			per = append(per, Extract(docs[k%len(docs)], fmt.Sprintf("a%d", k)))
			if k%10 == 0 {
				sample()
			}
		}
		events = len(Merge(per))
		sample()
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
	b.ReportMetric(float64(peak-min(base, peak))/(1<<20), "added-heap-MB")
	b.ReportMetric(float64(events), "events")
}
