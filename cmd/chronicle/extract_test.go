package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/timeline"
	"github.com/chronicle-news/chronicle/timeline/export"
	"github.com/chronicle-news/chronicle/timeline/resolve"
)

// freshSite is the sample site without a timeline.yaml.
func freshSite(t *testing.T) string {
	t.Helper()
	site := copySampleSite(t)
	os.Remove(filepath.Join(site, "content", "isis-k", "timeline.yaml"))
	t.Cleanup(func() { extractForce, exportFormat = false, "json" })
	return site
}

func TestExtractCommand(t *testing.T) {
	site := freshSite(t)
	out, _, err := runRoot(t, "extract", "-s", site)
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`^isis-k: (\d+) events \((\d+) new\)\n$`).FindStringSubmatch(out)
	if m == nil || m[1] != m[2] {
		t.Fatalf("first run printed %q, want every event new", out)
	}
	if n, _ := strconv.Atoi(m[1]); n < 3 {
		t.Errorf("only %d events in the sample", n)
	}
	if out, _, err := runRoot(t, "extract", "-s", site, "isis-k"); err != nil || out != "isis-k: unchanged\n" {
		t.Errorf("second run: %q, %v", out, err)
	}
	if out, _, err := runRoot(t, "extract", "-s", site, "--force"); err != nil || !strings.HasSuffix(out, "(nothing new)\n") {
		t.Errorf("forced run: %q, %v", out, err)
	}
	extractForce = false
	if _, _, err := runRoot(t, "extract", "-s", site, "nope"); err == nil || !strings.Contains(err.Error(), `no story "nope"`) || !strings.Contains(err.Error(), "the stories are: isis-k") {
		t.Errorf("unknown story: %v", err)
	}
}

func TestCheckCommand(t *testing.T) {
	site := freshSite(t)
	if _, _, err := runRoot(t, "extract", "-s", site); err != nil {
		t.Fatal(err)
	}
	if out, errOut, err := runRoot(t, "check", "-s", site); err != nil || out != "" || errOut != "1 story, no problems\n" {
		t.Fatalf("check of a fresh extraction: %q %q %v", out, errOut, err)
	}
	file := filepath.Join(site, "content", "isis-k", "timeline.yaml")
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	bad := regexp.MustCompile(`(?m)^    date: .*$`).ReplaceAllLiteral(data, []byte("    date: 24 March 2024"))
	if err := os.WriteFile(file, bad, 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, err := runRoot(t, "check", "-s", site, "isis-k")
	if err == nil || !strings.Contains(err.Error(), "in 1 story") {
		t.Errorf("error = %v", err)
	}
	if !regexp.MustCompile(`(?m)timeline\.yaml:\d+:\d+: date: "24 March 2024" is not an EDTF date`).MatchString(out) {
		t.Errorf("output:\n%s", out)
	}
}

func TestExportCommand(t *testing.T) {
	site := freshSite(t)
	out, errOut, err := runRoot(t, "export", "-s", site, "isis-k", "--format", "json")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(errOut, "extracted") {
		t.Errorf("stderr = %q, want a note that the story was extracted first", errOut)
	}
	var doc struct {
		Title  string
		Events []map[string]json.RawMessage
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	if doc.Title != "What we know about ISIS-K" || len(doc.Events) < 3 {
		t.Fatalf("export: %q with %d events", doc.Title, len(doc.Events))
	}
	for _, k := range []string{"id", "title", "date", "earliest", "latest", "label", "status", "anchor", "evidence", "derivation"} {
		if _, ok := doc.Events[0][k]; !ok {
			t.Errorf("events have no %q", k)
		}
	}
	if _, _, err := runRoot(t, "export", "-s", site, "isis-k", "--format", "pdf"); err == nil || !strings.Contains(err.Error(), "known formats: csv, ics, json, timelinejs") {
		t.Errorf("unknown format: %v", err)
	}
}

// TestExportEveryFormat: each format of the registry prints what the
// export package writes for the story's resolved timeline.
func TestExportEveryFormat(t *testing.T) {
	site := freshSite(t)
	for _, f := range export.Formats() {
		out, _, err := runRoot(t, "export", "-s", site, "isis-k", "-f", f.Name)
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		tl, err := timeline.ReadFile(filepath.Join(site, "content", "isis-k", "timeline.yaml"))
		if err != nil {
			t.Fatal(err)
		}
		var want strings.Builder
		if err := f.Write(&want, resolve.Resolve(tl)); err != nil {
			t.Fatal(err)
		}
		if out != want.String() || len(out) < 200 {
			t.Errorf("--format %s printed %d bytes, want the %d of the export", f.Name, len(out), want.Len())
		}
	}
}

// TestExtractUnreadableArticle: the command fails naming the article
// and what to do, writes no timeline, and a progress bar never reaches
// output that is not a terminal.
func TestExtractUnreadableArticle(t *testing.T) {
	site := freshSite(t)
	bad := filepath.Join(site, "content", "isis-k", "sources", "empty.md")
	if err := os.WriteFile(bad, []byte("---\ntitle: Only a title\n---\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, err := runRoot(t, "extract", "-s", site)
	if err == nil || !strings.Contains(err.Error(), bad) || !strings.Contains(err.Error(), "nothing was written") {
		t.Fatalf("error = %v, want one naming %s", err, bad)
	}
	if out != "" || errOut != "" {
		t.Errorf("printed %q and %q to stdout and stderr", out, errOut)
	}
	if _, err := os.Stat(filepath.Join(site, "content", "isis-k", "timeline.yaml")); !os.IsNotExist(err) {
		t.Errorf("timeline.yaml written: %v", err)
	}
}
