package main

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/chronicle-news/chronicle/timeline/extract"
	"github.com/chronicle-news/chronicle/timeline/publish"
)

// copySampleSite copies the repository's sample site (config.yaml and
// content/isis-k, the seed article under sources/) into a temporary folder.
func copySampleSite(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	root := filepath.Join("..", "..")
	for _, from := range []string{"config.yaml", filepath.Join("content", "isis-k")} {
		err := filepath.WalkDir(filepath.Join(root, from), func(name string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			rel, _ := filepath.Rel(root, name)
			b, err := os.ReadFile(name)
			if err != nil {
				return err
			}
			to := filepath.Join(dir, rel)
			if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
				return err
			}
			return os.WriteFile(to, b, 0o644)
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// runRoot runs the command line with args and returns its output.
func runRoot(t *testing.T, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errOut bytes.Buffer
	rootCmd.SetArgs(args)
	rootCmd.SetOut(&out)
	rootCmd.SetErr(&errOut)
	defer rootCmd.SetArgs(nil)
	err = rootCmd.Execute()
	return out.String(), errOut.String(), err
}

// The whole pipeline on the sample article: extraction, resolution, Hugo.
func TestBuildSampleSite(t *testing.T) {
	site := copySampleSite(t)
	os.Remove(filepath.Join(site, "content", "isis-k", "timeline.yaml")) // extract it afresh
	out, _, err := runRoot(t, "build", "-s", site)
	if err != nil {
		t.Fatalf("build: %v", err)
	}
	if !strings.Contains(out, "extracted content/isis-k/timeline.yaml") || !regexp.MustCompile(`built 1 story, \d+ events, \d+ pages into public in `).MatchString(out) {
		t.Errorf("output:\n%s", out)
	}
	b, err := os.ReadFile(filepath.Join(site, "public", "isis-k", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	page := string(b)
	items := regexp.MustCompile(`(?s)<li class="event [^"]*" id="[a-z0-9-]+">.*?</li>\s*(?:<li class="event|</ol>)`).FindAllString(page, -1)

	// The four events of the article, by the evidence they quote, in this order.
	quotes := regexp.MustCompile(`(?s)<blockquote.*?</blockquote>`)
	find := func(words string) (int, string) {
		for i, li := range items {
			for _, q := range quotes.FindAllString(li, -1) {
				if strings.Contains(q, words) {
					return i, li
				}
			}
		}
		return -1, ""
	}
	last := -1
	for _, tc := range []struct {
		words, when string
	}{
		{"surfaced in 2014 and 2015", "2014–2015"},
		{"suicide bombing in Kandahar", "the day before"},
		{"Crocus City concert hall", "date unknown, before 24 March 2024"},
		{"appeared in a district court on Sunday", `<time datetime="2024-03-24">`},
	} {
		i, li := find(tc.words)
		if i < 0 {
			t.Errorf("no event quotes %q", tc.words)
			continue
		}
		if i < last {
			t.Errorf("the event quoting %q comes too early (%d after %d)", tc.words, i, last)
		}
		last = i
		when := regexp.MustCompile(`(?s)<p class="event__when">.*?</p>`).FindString(li)
		if !strings.Contains(when, tc.when) {
			t.Errorf("the event quoting %q is dated %q, want %q", tc.words, when, tc.when)
		}
	}

	// A second build with nothing changed extracts nothing and writes the same site.
	out, _, err = runRoot(t, "build", "-s", site)
	if err != nil || strings.Contains(out, "extracted") {
		t.Errorf("second build: %v\n%s", err, out)
	}
	if again, _ := os.ReadFile(filepath.Join(site, "public", "isis-k", "index.html")); !bytes.Equal(again, b) {
		t.Error("the same site built twice differs")
	}
}

// A build shows the extraction's progress article by article, and takes
// it off the screen before printing what it extracted.
func TestBuildSiteProgress(t *testing.T) {
	site := copySampleSite(t)
	os.Remove(filepath.Join(site, "content", "isis-k", "timeline.yaml"))
	var (
		mu  sync.Mutex
		log []string
	)
	note := func(s string) { mu.Lock(); log = append(log, s); mu.Unlock() }
	eo := extract.Options{Progress: func(story string, done, total int) { note(fmt.Sprintf("%s %d/%d", story, done, total)) }}
	out := writerFunc(func(p []byte) { note("print " + string(p)) })
	if _, err := buildSite(site, eo, func() { note("clear") }, publish.Options{}, out, io.Discard); err != nil {
		t.Fatal(err)
	}
	want := []string{"isis-k 1/1", "clear", "print extracted content/isis-k/timeline.yaml\n"}
	if got := strings.Join(log, "|"); got != strings.Join(want, "|") {
		t.Errorf("progress, clear, output:\n got %q\nwant %q", log, want)
	}
}

type writerFunc func(p []byte)

func (f writerFunc) Write(p []byte) (int, error) { f(p); return len(p), nil }

func TestBuildErrorsNameTheFile(t *testing.T) {
	site := copySampleSite(t)
	bad := filepath.Join(site, "content", "isis-k", "timeline.yaml")
	if err := os.WriteFile(bad, []byte("title: T\nevents:\n  - id: Bad Id\n    title: A\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, err := runRoot(t, "build", "-s", site)
	if err == nil || !strings.Contains(err.Error(), "timeline.yaml:3:") {
		t.Fatalf("error %v, want one naming timeline.yaml:3", err)
	}
	if _, err := os.Stat(filepath.Join(site, "public")); err == nil {
		t.Error("a failed build wrote public/")
	}
}
