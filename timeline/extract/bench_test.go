package extract

import (
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"runtime/metrics"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle/internal/memstat"
	"github.com/chronicle-news/chronicle/timeline/ingest"
)

// corpusDir is the development corpus (TimeBank and AQUAINT, TimeML),
// in shared/ beside the repository; the benchmark skips without it.
const corpusDir = "../../../shared/data/tbaq"

var (
	dctRE  = regexp.MustCompile(`functionInDocument="CREATION_TIME"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*functionInDocument="CREATION_TIME"`)
	docRE  = regexp.MustCompile(`(?s)<DOCID>(.*?)</DOCID>`)
	textRE = regexp.MustCompile(`(?s)<TEXT>(.*?)</TEXT>`)
	tagRE  = regexp.MustCompile(`<[^>]*>`)
)

// corpusSite writes the corpus as one story of a new site: each .tml
// document a Markdown article, its text with the tags taken out and its
// creation time (DCT) as the front matter's date.
func corpusSite(b *testing.B) (storyDir string, articles []string) {
	b.Helper()
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*", "*.tml"))
	if len(files) == 0 {
		b.Skipf("no corpus at %s", corpusDir)
	}
	storyDir = filepath.Join(b.TempDir(), "content", "corpus")
	src := filepath.Join(storyDir, SourcesDir)
	if err := os.MkdirAll(src, 0o755); err != nil {
		b.Fatal(err)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		text, dct, title := textRE.FindSubmatch(data), dctRE.FindSubmatch(data), docRE.FindSubmatch(data)
		if text == nil || dct == nil || title == nil {
			b.Fatalf("%s: no TEXT, DOCID or creation time", f)
		}
		date := string(dct[1]) + string(dct[2])
		body := html.UnescapeString(tagRE.ReplaceAllString(string(text[1]), ""))
		md := fmt.Sprintf("---\ntitle: %s\ndate: %s\n---\n\n%s\n", strings.TrimSpace(string(title[1])), date[:min(len(date), 10)], strings.TrimSpace(body))
		path := filepath.Join(src, strings.TrimSuffix(filepath.Base(f), ".tml")+".md")
		if err := os.WriteFile(path, []byte(md), 0o644); err != nil {
			b.Fatal(err)
		}
		// Ingest's failures are its own to fix; here they would only stop
		// the story, so they are named and left out.
		if _, err := ingest.ReadFile(path); err != nil {
			b.Logf("left out: %v", err)
			os.Remove(path)
			continue
		}
		articles = append(articles, path)
	}
	return storyDir, articles
}

// BenchmarkExtractCorpus extracts the corpus as one story: cold (nothing
// cached), unchanged (nothing to do), and with one article changed.
// Besides time it reports articles per second and the peak heap.
func BenchmarkExtractCorpus(b *testing.B) {
	dir, articles := corpusSite(b)
	stateDir := filepath.Join(filepath.Dir(filepath.Dir(dir)), ".chronicle")
	run := func(b *testing.B, prepare func(i int)) {
		peak := watchHeap()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			b.StopTimer()
			prepare(i)
			b.StartTimer()
			if _, err := Story(dir, Options{}); err != nil {
				b.Fatal(err)
			}
		}
		b.StopTimer()
		b.ReportMetric(float64(len(articles))*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
		b.ReportMetric(float64(peak())/(1<<20), "peak-heap-MB")
		if mb, ok := memstat.PeakMB(); ok {
			b.ReportMetric(mb, "VmHWM-MB")
		}
	}
	b.Run("cold", func(b *testing.B) {
		run(b, func(int) {
			os.RemoveAll(stateDir)
			os.Remove(filepath.Join(dir, TimelineFile))
		})
	})
	b.Run("unchanged", func(b *testing.B) {
		if _, err := Story(dir, Options{}); err != nil {
			b.Fatal(err)
		}
		run(b, func(int) {})
	})
	b.Run("one-changed", func(b *testing.B) {
		changed := articles[len(articles)/2]
		orig, err := os.ReadFile(changed)
		if err != nil {
			b.Fatal(err)
		}
		run(b, func(i int) {
			add := fmt.Sprintf("\nThe council met again on Tuesday, run %d.\n", i)
			if err := os.WriteFile(changed, append(orig[:len(orig):len(orig)], add...), 0o644); err != nil {
				b.Fatal(err)
			}
		})
	})
}

// watchHeap samples the heap in use until the returned function is
// called, which returns the highest value seen.
func watchHeap() func() uint64 {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	var (
		mu   sync.Mutex
		peak uint64
		stop = make(chan struct{})
		done = make(chan struct{})
	)
	go func() {
		defer close(done)
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(sample)
			mu.Lock()
			peak = max(peak, sample[0].Value.Uint64())
			mu.Unlock()
			select {
			case <-stop:
				return
			case <-tick.C:
			}
		}
	}()
	return func() uint64 {
		close(stop)
		<-done
		mu.Lock()
		defer mu.Unlock()
		return peak
	}
}
