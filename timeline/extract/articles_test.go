package extract

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle/timeline"
)

// portArticles are a small story of three articles, as Markdown.
var portArticles = map[string]string{
	"council.md": `---
title: Port council approves harbour plan
date: 2024-03-04
---

The port council approved the harbour plan on Monday after a long debate. Work on the new quay will begin in June 2024, the mayor said.
`,
	"storm.md": `---
title: Storm closes the harbour
date: 2024-03-11
---

A storm closed the harbour on Saturday. Ferries stopped for two days, and the quay works were delayed until July 2024.
`,
	"ferry.md": `---
title: Ferry line returns
date: 2024-03-15
---

The ferry line to the islands resumed service on Thursday, a week after the storm. The islands' new pier opened on March 1, 2024.
`,
}

// portSite writes the port story into a new site and returns the story folder.
func portSite(t *testing.T, articles map[string]string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "content", "port")
	if err := os.MkdirAll(filepath.Join(dir, SourcesDir), 0o755); err != nil {
		t.Fatal(err)
	}
	for name, text := range articles {
		if err := os.WriteFile(filepath.Join(dir, SourcesDir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func cacheDir(storyDir string) string {
	return filepath.Join(filepath.Dir(filepath.Dir(storyDir)), ".chronicle", filepath.Base(storyDir), "articles")
}

// cacheEntries lists the article cache with each entry's modification time.
func cacheEntries(t *testing.T, storyDir string) map[string]time.Time {
	t.Helper()
	entries, err := os.ReadDir(cacheDir(storyDir))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]time.Time{}
	for _, e := range entries {
		fi, err := e.Info()
		if err != nil {
			t.Fatal(err)
		}
		out[e.Name()] = fi.ModTime()
	}
	return out
}

// TestArticlesDeterministic: the same timeline whatever the number of
// cores, and whether the articles come from the cache or not.
func TestArticlesDeterministic(t *testing.T) {
	var want []byte
	for _, procs := range []int{1, 2, 8} {
		old := runtime.GOMAXPROCS(procs)
		dir := portSite(t, portArticles)
		r := story(t, dir, Options{})
		runtime.GOMAXPROCS(old)
		got := read(t, r.File)
		if len(r.Timeline.Events) < 3 || len(r.Timeline.Sources) != 3 {
			t.Fatalf("%d events, %d sources; want at least 3 and 3", len(r.Timeline.Events), len(r.Timeline.Sources))
		}
		if want == nil {
			want = got
		} else if !bytes.Equal(got, want) {
			t.Fatalf("GOMAXPROCS %d gives another timeline:\n%s\nwant:\n%s", procs, got, want)
		}
		// From the cache alone: the timeline and the merge base gone.
		os.Remove(r.File)
		os.Remove(filepath.Join(filepath.Dir(cacheDir(dir)), baseFile))
		if r := story(t, dir, Options{}); !bytes.Equal(read(t, r.File), want) {
			t.Fatalf("from the cache:\n%s\nwant:\n%s", read(t, r.File), want)
		}
	}
}

// TestOnlyChangedArticlesAreRead: after one article changes, only its
// cache entry is new; the others are not written again, and the old
// entry of the changed article is gone. Force reads them all.
func TestOnlyChangedArticlesAreRead(t *testing.T) {
	dir := portSite(t, portArticles)
	story(t, dir, Options{})
	before := cacheEntries(t, dir)
	if len(before) != len(portArticles) {
		t.Fatalf("%d cache entries, want one per article (%d)", len(before), len(portArticles))
	}
	past := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	for name := range before {
		if err := os.Chtimes(filepath.Join(cacheDir(dir), name), past, past); err != nil {
			t.Fatal(err)
		}
	}
	storm := filepath.Join(dir, SourcesDir, "storm.md")
	if err := os.WriteFile(storm, []byte(strings.Replace(portArticles["storm.md"], "Saturday", "Friday", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	var calls []int
	r := story(t, dir, Options{Progress: func(s string, done, total int) {
		if s != "port" || total != len(portArticles) {
			t.Errorf("progress(%q, %d, %d)", s, done, total)
		}
		calls = append(calls, done)
	}})
	if !r.Extracted || !slices.Equal(calls, []int{1, 2, 3}) {
		t.Errorf("extracted %v, progress %v; want extracted, 1 2 3", r.Extracted, calls)
	}
	after := cacheEntries(t, dir)
	var added, kept int
	for name, mod := range after {
		switch _, was := before[name]; {
		case !was:
			added++
		case mod.Equal(past):
			kept++
		default:
			t.Errorf("cache entry %s of an unchanged article was written again", name)
		}
	}
	if added != 1 || kept != 2 || len(after) != 3 {
		t.Errorf("%d entries added, %d kept, %d in all; want 1, 2, 3", added, kept, len(after))
	}

	// Force reads every article again.
	for name := range after {
		if err := os.Chtimes(filepath.Join(cacheDir(dir), name), past, past); err != nil {
			t.Fatal(err)
		}
	}
	story(t, dir, Options{Force: true})
	for name, mod := range cacheEntries(t, dir) {
		if mod.Equal(past) {
			t.Errorf("forced: cache entry %s was not written again", name)
		}
	}
}

// TestDeletedArticleTakesItsEvidence: an article removed from sources/
// takes its source, its evidence and the events only it supported out
// of the timeline; an event a person edited stays, with its source.
func TestDeletedArticleTakesItsEvidence(t *testing.T) {
	for _, personEdits := range []bool{false, true} {
		dir := portSite(t, portArticles)
		r := story(t, dir, Options{})
		var only []string // events of the ferry article alone
		for _, e := range r.Timeline.Events {
			if len(e.Evidence) == 1 && e.Evidence[0].Source == "ferry" {
				only = append(only, e.ID)
			}
		}
		if len(only) < 2 {
			t.Fatalf("%d events from the ferry article alone, want 2: %+v", len(only), r.Timeline.Events)
		}
		if personEdits {
			edit(t, r.File, func(tl *timeline.Timeline) { tl.Event(only[0]).Title = "Checked by a person" })
		}
		if err := os.Remove(filepath.Join(dir, SourcesDir, "ferry.md")); err != nil {
			t.Fatal(err)
		}
		r = story(t, dir, Options{})
		kept := r.Timeline.Event(only[0])
		if personEdits != (kept != nil) || personEdits != (r.Timeline.Source("ferry") != nil) {
			t.Errorf("edited %v: event %s kept %v, source kept %v", personEdits, only[0], kept != nil, r.Timeline.Source("ferry") != nil)
		}
		for _, e := range r.Timeline.Events {
			for _, ev := range e.Evidence {
				if ev.Source == "ferry" && e.ID != only[0] {
					t.Errorf("edited %v: event %s still cites the deleted article", personEdits, e.ID)
				}
			}
		}
		if r.Removed != len(only)-btoi(personEdits) {
			t.Errorf("edited %v: %d events removed, want %d", personEdits, r.Removed, len(only)-btoi(personEdits))
		}
		if n := len(cacheEntries(t, dir)); n != 2 {
			t.Errorf("%d cache entries, want 2", n)
		}
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// TestEveryUnreadableArticleNamed: each article that cannot be read is
// named, nothing is written, and the readable ones are still extracted
// (cached), so the run after the fix reads only the fixed ones.
func TestEveryUnreadableArticleNamed(t *testing.T) {
	articles := map[string]string{
		"council.md": portArticles["council.md"],
		"empty.md":   "---\ntitle: Nothing here\n---\n",
		"binary.txt": "\xff\xfe\x00A\x00\x80",
	}
	dir := portSite(t, articles)
	_, err := Story(dir, Options{})
	if err == nil {
		t.Fatal("no error")
	}
	for _, name := range []string{"empty.md", "binary.txt"} {
		if !strings.Contains(err.Error(), filepath.Join(dir, SourcesDir, name)) {
			t.Errorf("the error does not name %s: %v", name, err)
		}
	}
	if strings.Contains(err.Error(), "council.md") {
		t.Errorf("the error names the readable article: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, TimelineFile)); !os.IsNotExist(err) {
		t.Errorf("timeline.yaml was written (%v)", err)
	}
	if n := len(cacheEntries(t, dir)); n != 1 {
		t.Errorf("%d cache entries, want the readable article's", n)
	}
}
