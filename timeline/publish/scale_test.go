package publish

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/chronicle-news/chronicle/internal/memstat"
)

// largeSite is a site with one story of n events (see longStory).
func largeSite(t testing.TB, n int) string {
	t.Helper()
	site := t.TempDir()
	writeFile(t, filepath.Join(site, "config.yaml"), "title: Desk\nbaseURL: https://example.org/\n")
	longStory(t, site, n)
	return site
}

// longStory adds content/long/ to a site: a story of n events from 2000
// on, one every 1.8 days, each with a quote, a place and a derivation,
// some undated or anchored.
func longStory(t testing.TB, site string, n int) {
	t.Helper()
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
}

// A story of 5,000 events builds in seconds and is split into a page
// per year, so that no page is heavy: the story page shows the overview,
// the first year and the way to the others, and renders fast in
// Chromium at a phone's width; a link to any event of the story page
// still finds it. The figures are logged (go test -v -run LargeStory)
// for the README.
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
	var largest string
	var size int64
	err = filepath.WalkDir(r.Dest, func(name string, d fs.DirEntry, err error) error {
		if err != nil || filepath.Ext(name) != ".html" {
			return err
		}
		fi, err := d.Info()
		if err == nil && fi.Size() > size {
			largest, size = name, fi.Size()
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	story, err := os.Stat(filepath.Join(r.Dest, "long", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("story page: %.2f MB of HTML; largest page: %s, %.2f MB", float64(story.Size())/1e6, largest[len(r.Dest):], float64(size)/1e6)
	if size > 1e6 {
		t.Errorf("%s weighs %.1f MB", largest, float64(size)/1e6)
	}
	page := readFile(t, filepath.Join(r.Dest, "long", "index.html"))
	for _, s := range []string{`<a href="/long/2000/">2000</a>`, `<a href="/long/2024/">2024</a>`, `id="e0"`, `class="overview__bar"`} {
		if !strings.Contains(page, s) {
			t.Errorf("story page lacks %s", s)
		}
	}
	if strings.Contains(page, `id="e4321"`) {
		t.Error("the story page holds every event")
	}
	// Links from elsewhere go straight to the event's page.
	if place := readFile(t, filepath.Join(r.Dest, "places", "place-1", "index.html")); !strings.Contains(place, `href="/long/2000/#e1"`) {
		t.Error("the page of Place 1 does not link to e1 on the page of 2000")
	}
	year := readFile(t, filepath.Join(r.Dest, "long", "2021", "index.html"))
	if !strings.Contains(year, `id="e4321"`) || !strings.Contains(year, `<a href="/long/2021/" aria-current="page">2021</a>`) {
		t.Error("the page of 2021 does not hold event e4321, or does not say it is 2021's")
	}
	if !strings.Contains(year, `<a rel="prev" href="/long/2020/">← 2020</a><a rel="next" href="/long/2022/">2022 →</a>`) {
		t.Error("the page of 2021 does not link to 2020 and 2022")
	}

	tb := newTab(t)
	srv, _ := serveSite(t, site)
	tb.open(t, srv.URL+"/long/", 375, false)
	paint := eval[float64](t, tb, `new Promise(ok => { const f = () => { const p = performance.getEntriesByName("first-contentful-paint")[0]; p ? ok(p.startTime) : setTimeout(f, 50); }; f(); })`)
	load := eval[float64](t, tb, `performance.getEntriesByType("navigation")[0].loadEventEnd`)
	t.Logf("375 px: first contentful paint %.0f ms, load %.0f ms", paint, load)
	if paint > 5000 {
		t.Errorf("first paint after %.0f ms", paint)
	}
	// A link to an event of the story page leads to its year's page.
	tb.open(t, srv.URL+"/long/#e4321", 375, false)
	found := false
	for deadline := time.Now().Add(10 * time.Second); !found && time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		// The page changes under the check, which may fail meanwhile.
		found, _ = chromedp.Run(tb.ctx, chromedp.Evaluate[bool](`location.pathname === "/long/2021/" && document.getElementById("e4321") !== null && location.hash === "#e4321"`))
	}
	if !found {
		t.Error("a link to an event on another page does not lead to it")
	}
	tb.check(t, "large story")
}

// BenchmarkBuildLarge renders a story of 5,000 events: the time of a
// whole build and the process's peak memory.
func BenchmarkBuildLarge(b *testing.B) {
	site := largeSite(b, 5000)
	for b.Loop() {
		if _, err := Build(site, Options{}); err != nil {
			b.Fatal(err)
		}
	}
	if mb, ok := memstat.PeakMB(); ok {
		b.ReportMetric(mb, "peak-MB")
	}
}
