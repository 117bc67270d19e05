package main

import (
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"text/template"
	"time"

	"github.com/chronicle-news/chronicle/internal/memstat"
)

// A benchPage fills the page templates of testdata/bench.
type benchPage struct {
	Title, Slug, Site, Host, Author, ISO, Printed, Dek, Caption string
	Year                                                        int
	Sections, Related, Paragraphs                               []string
}

var (
	benchSubjects = []string{"The city council", "Fire crews", "The transport department", "Police", "The school board",
		"Residents of the harbor district", "The mayor", "Port officials", "A state inspector", "The hospital trust"}
	benchVerbs = []string{"voted to close", "announced plans for", "warned about", "opened an inquiry into",
		"approved money for", "postponed a decision on", "inspected", "criticized the cost of"}
	benchObjects = []string{"the old bridge", "a new bus lane on Main Street", "the warehouse district", "the ferry terminal",
		"the flood barrier", "two primary schools", "the night shift at the port", "the water treatment plant"}
	benchWhens = []string{"on Tuesday", "last week", "in March", "on May 21", "earlier this year", "the day before the vote",
		"in 2019", "two years ago", "on Sunday night", "after the storm"}
	benchSaid  = []string{"officials said", "according to a statement", "the spokesperson said", "a report found", "minutes of the meeting show"}
	benchSites = [][2]string{{"Harbor Weekly", "harborweekly.example"}, {"City Desk", "citydesk.example"}, {"The Valley Post", "valleypost.example"}}
)

// benchPages makes n saved news pages from the templates in
// testdata/bench: a newspaper (JSON-LD, banners, ads, related links), a
// blog (meta tags, comments, sidebar) and a wire story (dated by its
// byline only), with generated paragraphs.
func benchPages(tb testing.TB, n int) [][]byte {
	tb.Helper()
	tmpl, err := template.ParseGlob("testdata/bench/*.html.tmpl")
	if err != nil {
		tb.Fatal(err)
	}
	layouts := tmpl.Templates()
	r := rand.New(rand.NewPCG(2024, 3))
	pick := func(s []string) string { return s[r.IntN(len(s))] }
	sentence := func() string {
		return fmt.Sprintf("%s %s %s %s, %s.", pick(benchSubjects), pick(benchVerbs), pick(benchObjects), pick(benchWhens), pick(benchSaid))
	}
	zone := time.FixedZone("EDT", -4*3600)
	var pages [][]byte
	for i := range n {
		site := benchSites[i%len(benchSites)]
		at := time.Date(2023, 1, 1, 7, 0, 0, 0, zone).Add(time.Duration(i) * 79 * time.Hour)
		title := fmt.Sprintf("%s %s %s", pick(benchSubjects), pick(benchVerbs), pick(benchObjects))
		p := benchPage{
			Title: title, Slug: strconv.Itoa(i), Site: site[0], Host: site[1], Author: []string{"Dev Raman", "Ana Li", "Mara Okafor", "Jo Smith"}[i%4],
			ISO: at.Format(time.RFC3339), Printed: at.Format("3:04 PM MST, January 2, 2006"), Year: at.Year(),
			Dek: sentence(), Caption: sentence(), Sections: []string{"news", "local", "politics", "sports"},
		}
		for range 3 {
			p.Related = append(p.Related, fmt.Sprintf("%s %s", pick(benchSubjects), pick(benchVerbs)))
		}
		for range 6 + r.IntN(9) {
			var para []string
			for range 2 + r.IntN(3) {
				para = append(para, sentence())
			}
			p.Paragraphs = append(p.Paragraphs, strings.Join(para, " "))
		}
		var b bytes.Buffer
		if err := layouts[i%len(layouts)].Execute(&b, p); err != nil {
			tb.Fatal(err)
		}
		pages = append(pages, b.Bytes())
	}
	return pages
}

// Importing 100 saved pages with chronicle add, into a new site each
// time: reading, extracting the article, writing the Markdown files.
func BenchmarkAdd100Pages(b *testing.B) {
	dir := b.TempDir()
	var files []string
	for i, page := range benchPages(b, 100) {
		name := filepath.Join(dir, fmt.Sprintf("page-%03d.html", i))
		if err := os.WriteFile(name, page, 0o644); err != nil {
			b.Fatal(err)
		}
		files = append(files, name)
	}
	run := func(args ...string) {
		newTitle = ""
		addFlags.story, addFlags.date, addFlags.title, addFlags.force = "", "", "", false
		rootCmd.SetArgs(args)
		rootCmd.SetOut(io.Discard)
		defer rootCmd.SetArgs(nil)
		if err := rootCmd.Execute(); err != nil {
			b.Fatal(err)
		}
	}
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		site := filepath.Join(b.TempDir(), "site")
		run("new", "site", site)
		run("new", "story", "bench", "-s", site)
		b.StartTimer()
		run(append([]string{"add", "-s", site}, files...)...)
	}
	b.ReportMetric(float64(len(files)*b.N)/b.Elapsed().Seconds(), "articles/s")
	if mb, ok := memstat.PeakMB(); ok {
		b.ReportMetric(mb, "peak-MB")
	}
}

// The generated pages are what the benchmark claims: each imports with
// its title, date and paragraphs, and none of the page around them.
func TestBenchPages(t *testing.T) {
	site := newSite(t)
	dir := t.TempDir()
	var files []string
	for i, page := range benchPages(t, 6) {
		name := filepath.Join(dir, fmt.Sprintf("page-%d.html", i))
		os.WriteFile(name, page, 0o644)
		files = append(files, name)
	}
	out, err := runAddCmd(t, append(files, "-s", site)...)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(out, "\nadded ") + 1; n != len(files) || !strings.HasPrefix(out, "added ") {
		t.Fatalf("added %d of %d:\n%s", n, len(files), out)
	}
	stored, _ := filepath.Glob(filepath.Join(site, "content", "harbor-fire", "sources", "*.md"))
	for _, f := range stored {
		b, _ := os.ReadFile(f)
		for _, junk := range []string{"cookies", "Advertisement", "Related stories", "Install", "newsletter", "comments", "Great article", "Archives", "All rights reserved", "Powered by", "dataLayer", "More news stories"} {
			if bytes.Contains(b, []byte(junk)) {
				t.Errorf("%s holds %q:\n%s", filepath.Base(f), junk, b)
			}
		}
	}
}
