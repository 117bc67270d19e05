package main

import (
	"bufio"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// The preview rebuilds when a timeline is edited and tells open pages to
// reload; a broken edit is reported to them, and the last good site stays.
func TestPreviewRebuildsAndReloads(t *testing.T) {
	site := t.TempDir()
	file := filepath.Join(site, "content", "moon", "timeline.yaml")
	write := func(name, text string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(filepath.Join(site, "config.yaml"), "title: Desk\nbaseURL: https://example.org/\n")
	write(file, "title: The landing\nevents:\n  - id: landing\n    title: Eagle lands\n    date: 1969-07-20\n")

	p := &preview{site: site, dest: filepath.Join(t.TempDir(), "public"), out: io.Discard, errOut: io.Discard, clients: map[chan event]bool{}}
	srv := httptest.NewServer(p)
	defer srv.Close()
	p.baseURL = srv.URL + "/"
	if err := p.build(); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go p.watch(ctx, 10*time.Millisecond, p.state())

	get := func(path string) string {
		t.Helper()
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return string(b)
	}
	if page := get("/moon/"); !strings.Contains(page, "Eagle lands") || !strings.Contains(page, livePath) {
		t.Fatalf("the page lacks its event or the reload script:\n%.500s", page)
	}
	missing, err := http.Get(srv.URL + "/no/such/page/")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(missing.Body)
	missing.Body.Close()
	if missing.StatusCode != http.StatusNotFound || !strings.Contains(string(b), "Page not found") {
		t.Errorf("a missing page: %s, not the site's 404 page", missing.Status)
	}

	req, _ := http.NewRequestWithContext(ctx, "GET", srv.URL+livePath, nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	events := make(chan string, 16)
	go func() {
		lines := bufio.NewScanner(resp.Body)
		for lines.Scan() {
			if name, ok := strings.CutPrefix(lines.Text(), "event: "); ok && lines.Scan() {
				events <- name + " " + strings.TrimPrefix(lines.Text(), "data: ")
			}
		}
		close(events)
	}()
	next := func() string {
		t.Helper()
		select {
		case e, ok := <-events:
			if !ok {
				t.Fatal("the event stream ended")
			}
			return e
		case <-time.After(10 * time.Second):
			t.Fatal("no event after an edit")
		}
		return ""
	}
	waitForClient(t, p)

	write(file, "title: The landing\nevents:\n  - id: landing\n    title: Eagle has landed\n    date: 1969-07-20\n")
	if e := next(); e != "reload {}" {
		t.Fatalf("after an edit: %q", e)
	}
	if page := get("/moon/"); !strings.Contains(page, "Eagle has landed") {
		t.Error("the edit is not served")
	}

	write(file, "title: The landing\nevents:\n  - id: landing\n    title: Eagle has landed\n    date: 1969-13-20\n")
	if e := next(); !strings.HasPrefix(e, "problem ") || !strings.Contains(e, "timeline.yaml:5:11") {
		t.Fatalf("after a broken edit: %q", e)
	}
	if page := get("/moon/"); !strings.Contains(page, "Eagle has landed") {
		t.Error("the last good site is gone")
	}
}

func waitForClient(t *testing.T, p *preview) {
	t.Helper()
	for range 200 {
		p.mu.Lock()
		n := len(p.clients)
		p.mu.Unlock()
		if n > 0 {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatal("the page never connected")
}
