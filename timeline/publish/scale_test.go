package publish

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// largeSite is a site with one story of n events over 25 years, each
// with a quote, a place and a derivation, some undated or anchored.
func largeSite(t testing.TB, n int) string {
	t.Helper()
	site := t.TempDir()
	writeFile(t, filepath.Join(site, "config.yaml"), "title: Desk\nbaseURL: https://example.org/\n")
	var b strings.Builder
	b.WriteString("title: A long story\nsources:\n  - id: wire\n    title: The wire\n    published: 2025-01-01T00:00:00Z\nevents:\n")
	start := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range n {
		fmt.Fprintf(&b, "  - id: e%d\n    title: Event number %d in the long story\n", i, i)
		switch {
		case i%10 == 9:
			fmt.Fprintf(&b, "    anchor: {event: e%d, offset: P2D}\n", i-1)
		case i%25 == 24:
			fmt.Fprintf(&b, "    before: %s\n", start.AddDate(0, 0, i*9/5).Format(dayLayout))
		default:
			fmt.Fprintf(&b, "    date: %s\n", start.AddDate(0, 0, i*9/5).Format(dayLayout))
		}
		fmt.Fprintf(&b, "    places: [Place %d]\n    evidence:\n      - source: wire\n        quote: Something happened, the wire said of event %d, on that day.\n        derivation: a stated day\n", i%40, i)
	}
	writeFile(t, filepath.Join(site, "content", "long", "timeline.yaml"), b.String())
	return site
}

// A story of 5,000 events builds in seconds, its years start closed,
// and its page renders fast in Chromium. The figures are logged
// (go test -v -run LargeStory) for the README.
func TestLargeStory(t *testing.T) {
	if testing.Short() {
		t.Skip("large story: not in -short")
	}
	site := largeSite(t, 5000)
	start := time.Now()
	r, err := Build(site, Options{})
	took := time.Since(start)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("built 5,000 events (%d pages) in %s", r.Pages, took.Round(time.Millisecond))
	// 10 s on a 2-core development machine; a loaded CI gets slack.
	if took > 30*time.Second {
		t.Errorf("build took %s", took)
	}
	page := filepath.Join(r.Dest, "long", "index.html")
	fi, err := os.Stat(page)
	if err != nil {
		t.Fatal(err)
	}
	html := readFile(t, page)
	if strings.Contains(html, `<details class="year__details" open>`) {
		t.Error("a long story's years are open")
	}
	t.Logf("story page: %.1f MB of HTML", float64(fi.Size())/1e6)

	tb := newTab(t)
	srv, _ := serveSite(t, site)
	tb.open(t, srv.URL+"/long/", 375, false)
	paint := eval[float64](t, tb, `new Promise(ok => { const f = () => { const p = performance.getEntriesByName("first-contentful-paint")[0]; p ? ok(p.startTime) : setTimeout(f, 50); }; f(); })`)
	load := eval[float64](t, tb, `performance.getEntriesByType("navigation")[0].loadEventEnd`)
	t.Logf("375 px: first contentful paint %.0f ms, load %.0f ms", paint, load)
	if paint > 5000 {
		t.Errorf("first paint after %.0f ms", paint)
	}
	// A year opens on a link to one of its events.
	tb.open(t, srv.URL+"/long/#e4321", 375, false)
	if !eval[bool](t, tb, `document.getElementById("e4321").closest("details").open`) {
		t.Error("a link to an event in a closed year does not open it")
	}
	tb.check(t, "large story")
}
