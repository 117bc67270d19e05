package main

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle/internal/golden"
)

// firePage is a saved news page, shared with ingest's tests.
const firePage = "../../timeline/ingest/testdata/html/harbor-fire.html"

// runAddCmd runs chronicle add with its flags as a fresh process has them.
func runAddCmd(t *testing.T, args ...string) (string, error) {
	t.Helper()
	addFlags.story, addFlags.date, addFlags.title, addFlags.force, addFlags.timeout = "", "", "", false, 5*time.Second
	out, _, err := runRoot(t, append([]string{"add"}, args...)...)
	return out, err
}

// newSite makes a site with one story, harbor-fire.
func newSite(t *testing.T) string {
	t.Helper()
	site := filepath.Join(t.TempDir(), "site")
	if _, err := runNew(t, "site", site); err != nil {
		t.Fatal(err)
	}
	if _, err := runNew(t, "story", "harbor-fire", "-s", site); err != nil {
		t.Fatal(err)
	}
	return site
}

// newsServer serves the saved pages of testdata/add on loopback.
func newsServer(t *testing.T) *httptest.Server {
	mux := http.NewServeMux()
	mux.HandleFunc("/news/fire", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		http.ServeFile(w, r, firePage)
	})
	mux.HandleFunc("/report", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		fmt.Fprint(w, "%PDF-1.7")
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestAdd(t *testing.T) {
	site := newSite(t)
	srv := newsServer(t)
	sources := filepath.Join(site, "content", "harbor-fire", "sources")
	defer func(old func() time.Time) { now = old }(now)
	now = func() time.Time { return time.Date(2024, 3, 25, 9, 0, 0, 0, time.UTC) }

	// A web address: the article alone, stored as escaped Markdown with
	// its metadata; the story is the site's only one.
	out, err := runAddCmd(t, srv.URL+"/news/fire", "-s", site)
	if err != nil {
		t.Fatal(err)
	}
	if want := "added content/harbor-fire/sources/2023-06-11-fire-guts-harlow-warehouse.md: \"Fire guts Harlow warehouse\", published 2023-06-11 08:30 -0400, 5 paragraphs\n"; out != want {
		t.Errorf("output %q, want %q", out, want)
	}
	stored, err := os.ReadFile(filepath.Join(sources, "2023-06-11-fire-guts-harlow-warehouse.md"))
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "testdata/add/fire.golden.md", stored)

	// Again, a day later: the same article, so the file is left alone.
	now = func() time.Time { return time.Date(2024, 3, 26, 9, 0, 0, 0, time.UTC) }
	if out, err := runAddCmd(t, srv.URL+"/news/fire", "--story", "harbor-fire", "-s", site); err != nil || out != "content/harbor-fire/sources/2023-06-11-fire-guts-harlow-warehouse.md: unchanged\n" {
		t.Errorf("second import: %q, %v", out, err)
	}

	// A saved page without a date: refused until --date gives one. The
	// retrieved time of a file is when it was saved.
	page := filepath.Join(t.TempDir(), "bus-lanes.html")
	copyFile(t, "testdata/add/nodate.html", page)
	saved := time.Date(2024, 5, 7, 18, 30, 0, 0, time.UTC)
	os.Chtimes(page, saved, saved)
	if _, err := runAddCmd(t, page, "-s", site); err == nil || err.Error() != page+": no publication date found (neither in the page's metadata nor in a byline); give it with --date, e.g. --date 2024-03-24 or --date 2024-03-24T15:52:00-05:00" {
		t.Errorf("undated page: %v", err)
	}
	if _, err := runAddCmd(t, page, "-s", site, "--date", "May 7, 2024 2:15 PM EDT"); err != nil {
		t.Fatal(err)
	}
	bus, _ := os.ReadFile(filepath.Join(sources, "2024-05-07-council-approves-new-bus-lanes.md"))
	if !bytes.HasPrefix(bus, []byte("---\ntitle: Council approves new bus lanes\ndate: \"2024-05-07T14:15:00-04:00\"\npublisher: City Desk\nretrieved: \"2024-05-07T18:30:00Z\"\n---\n\nThe city council voted 7 to 2")) {
		t.Errorf("stored with --date:\n%s", bus)
	}

	// Failures name the article and what to do; the good ones in the
	// same command are still added, and nothing half-written is left.
	binary := filepath.Join(t.TempDir(), "scan.html")
	os.WriteFile(binary, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), 0o644)
	plain := filepath.Join(t.TempDir(), "notes.txt")
	os.WriteFile(plain, []byte("Harbor notes\n\nPosted June 12, 2023\n\nThe fire marshal visited the warehouse site on Monday.\n"), 0o644)
	_, err = runAddCmd(t, srv.URL+"/report", binary, filepath.Join(site, "missing.html"), plain, srv.URL+"/gone", "-s", site)
	for _, want := range []string{
		srv.URL + "/report: this is a PDF, not a web page",
		binary + ": this is an image (image/png), not text",
		filepath.Join(site, "missing.html") + ": no such file; give the path of a saved article, or a web address starting with https://",
		srv.URL + "/gone: the page does not exist (HTTP 404 Not Found); check the address",
	} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("error %v\nwant it to say %q", err, want)
		}
	}
	entries, _ := os.ReadDir(sources)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	want := []string{"2023-06-11-fire-guts-harlow-warehouse.md", "2023-06-12-harbor-notes.md", "2024-05-07-council-approves-new-bus-lanes.md"}
	if !slices.Equal(names, want) {
		t.Errorf("sources/ holds %q, want %q", names, want)
	}

	// A different article under a name in use needs --force.
	os.WriteFile(plain, []byte("Harbor notes\n\nPosted June 12, 2023\n\nThe marshal's report is due on Friday.\n"), 0o644)
	if _, err := runAddCmd(t, plain, "-s", site); err == nil || !strings.Contains(err.Error(), "already exists with other content; use --force to replace it") {
		t.Errorf("name in use: %v", err)
	}
	if _, err := runAddCmd(t, plain, "-s", site, "--force"); err != nil {
		t.Error(err)
	}

	// Where to add to must be clear.
	if _, err := runNew(t, "story", "moscow", "-s", site); err != nil {
		t.Fatal(err)
	}
	notSite := t.TempDir()
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{page, "-s", site}, "say which story to add to with --story NAME; the stories are: harbor-fire, moscow"},
		{[]string{page, "-s", site, "--story", "../../elsewhere"}, `no story "../../elsewhere" (the stories are: harbor-fire, moscow)`},
		{[]string{page, "-s", site, "--story", "nope"}, `no story "nope" (the stories are: harbor-fire, moscow); create it with: chronicle new story nope`},
		{[]string{page, "-s", site, "--story", "moscow", "--date", "yesterday"}, `--date "yesterday" is not a date; write it as 2024-03-24 or 2024-03-24T15:52:00-05:00`},
		{[]string{page, "-s", notSite}, notSite + " is not a Chronicle site (it has no config.yaml)"},
		{[]string{"-s", site}, "add needs at least one file or web address"},
	} {
		if _, err := runAddCmd(t, tt.args...); err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("add %q:\n got %v\nwant %s", tt.args, err, tt.want)
		}
	}
}

// Saved pages put straight into sources/ are extracted like any article.
func TestHTMLSourcesExtract(t *testing.T) {
	site := newSite(t)
	copyFile(t, firePage, filepath.Join(site, "content", "harbor-fire", "sources", "fire.html"))
	if _, _, err := runRoot(t, "extract", "-s", site); err != nil {
		t.Fatal(err)
	}
	yaml, err := os.ReadFile(filepath.Join(site, "content", "harbor-fire", "timeline.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"file: sources/fire.html", "title: Fire guts Harlow warehouse", "published: 2023-06-11T08:30:00-04:00"} {
		if !strings.Contains(string(yaml), want) {
			t.Errorf("timeline.yaml lacks %q:\n%s", want, yaml)
		}
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}
