package publish

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// A tab is a headless Chromium tab that records every request to a host
// other than the test's loopback server and every dialog a page opens.
type tab struct {
	ctx     context.Context
	mu      sync.Mutex
	foreign []string
	dialogs []string
}

// newTab starts Chromium (skipping the test when there is none) with
// every host but loopback unresolvable, so nothing leaves the machine.
func newTab(t *testing.T) *tab {
	t.Helper()
	browser, err := exec.LookPath("chromium")
	if err != nil {
		t.Skip("no chromium on PATH (Debian: apt-get install chromium)")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(browser), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("host-resolver-rules", "MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"),
	)
	ctx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(cancelAlloc)
	ctx, cancelTab := chromedp.NewContext(ctx)
	t.Cleanup(cancelTab)
	tb := &tab{ctx: ctx}
	err = chromedp.Listen(ctx, func(ev any) {
		tb.mu.Lock()
		defer tb.mu.Unlock()
		switch ev := ev.(type) {
		case *network.EventRequestWillBeSent:
			u, err := url.Parse(ev.Request.URL)
			if err == nil && (u.Scheme == "http" || u.Scheme == "https" || u.Scheme == "ws" || u.Scheme == "wss") && u.Hostname() != "127.0.0.1" {
				tb.foreign = append(tb.foreign, ev.Request.URL)
			}
		case *page.EventJavascriptDialogOpening:
			tb.dialogs = append(tb.dialogs, string(ev.Type)+": "+ev.Message)
			go chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, page.Enable, page.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	return tb
}

// open loads a page at a viewport's width, light or dark.
func (tb *tab) open(t *testing.T, u string, width int64, dark bool) {
	t.Helper()
	scheme := "light"
	if dark {
		scheme = "dark"
	}
	_, err := chromedp.Call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
	})
	if err == nil {
		err = chromedp.Do(tb.ctx, chromedp.EmulateViewport(width, 900), chromedp.Navigate(u))
	}
	if err != nil {
		t.Fatalf("%s: %v", u, err)
	}
}

func eval[T any](t *testing.T, tb *tab, js string) T {
	t.Helper()
	v, err := chromedp.Run(tb.ctx, chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("%s: %v", js, err)
	}
	return v
}

// check fails the test on any foreign request or dialog so far.
func (tb *tab) check(t *testing.T, what string) {
	t.Helper()
	tb.mu.Lock()
	defer tb.mu.Unlock()
	for _, u := range tb.foreign {
		t.Errorf("%s: request to another host: %s", what, u)
	}
	for _, d := range tb.dialogs {
		t.Errorf("%s: a dialog opened: %s", what, d)
	}
	tb.foreign, tb.dialogs = nil, nil
}

// serveSite builds site for a server on loopback (so absolute addresses,
// as in the embed code, point at it) and serves the output.
func serveSite(t *testing.T, site string) (*httptest.Server, string) {
	t.Helper()
	var public string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.FileServer(http.Dir(public)).ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	r, err := Build(site, Options{BaseURL: srv.URL + "/"})
	if err != nil {
		t.Fatal(err)
	}
	public = r.Dest
	return srv, public
}

// axeScript finds axe-core's axe.min.js: $AXE_CORE_JS, or where .ci/run
// installs it, under the user's cache folder (~/.cache/chronicle-test/).
func axeScript(t *testing.T) string {
	t.Helper()
	name := os.Getenv("AXE_CORE_JS")
	if name == "" {
		dir, err := os.UserCacheDir()
		if err != nil {
			t.Skip("no axe-core: set AXE_CORE_JS to axe.min.js")
		}
		name = filepath.Join(dir, "chronicle-test", "node_modules", "axe-core", "axe.min.js")
	}
	b, err := os.ReadFile(name)
	if err != nil {
		t.Skipf("no axe-core at %s (npm install --prefix %s axe-core, or set AXE_CORE_JS): %v", name, filepath.Dir(filepath.Dir(filepath.Dir(name))), err)
	}
	return string(b)
}

// Every kind of page, at a phone's and a desktop's width, light and
// dark: no axe-core violation, no request to another host, no dialog.
// With CHRONICLE_SCREENSHOTS=dir, each view is saved there to look at.
func TestPagesAccessible(t *testing.T) {
	tb := newTab(t)
	axe := axeScript(t)
	site := fullSite(t)
	longStory(t, site, 400) // split in two pages: 2000 and 2001
	srv, _ := serveSite(t, site)
	shots := os.Getenv("CHRONICLE_SCREENSHOTS")
	pages := map[string]string{
		"home":     "/",
		"story":    "/isis-k/",
		"eras":     "/siege/",
		"split":    "/long/",
		"period":   "/long/2001/",
		"source":   "/isis-k/sources/newser-isis-k/",
		"embed":    "/siege/embed/",
		"terms":    "/people/",
		"term":     "/people/mara-lind/",
		"notfound": "/404.html",
	}
	for _, name := range sortedKeys(pages) {
		for _, width := range []int64{375, 1280} {
			for _, dark := range []bool{false, true} {
				view := fmt.Sprintf("%s-%d-%s", name, width, map[bool]string{false: "light", true: "dark"}[dark])
				tb.open(t, srv.URL+pages[name], width, dark)
				eval[bool](t, tb, axe+";true")
				violations := eval[[]struct {
					ID, Help string
					Nodes    []struct{ Target []any }
				}](t, tb, `axe.run(document, {resultTypes: ["violations"]}).then(r => r.violations.map(v => ({id: v.id, help: v.help, nodes: v.nodes.map(n => ({target: n.target}))})))`)
				for _, v := range violations {
					t.Errorf("%s: axe %s: %s, at %v", view, v.ID, v.Help, v.Nodes)
				}
				if sw := eval[float64](t, tb, `document.documentElement.scrollWidth - innerWidth`); sw > 0 {
					t.Errorf("%s: the page scrolls sideways by %v px", view, sw)
				}
				tb.check(t, view)
				if shots != "" {
					png, err := chromedp.Run(tb.ctx, chromedp.FullScreenshot(100))
					if err != nil {
						t.Fatal(err)
					}
					writeFile(t, filepath.Join(shots, view+".png"), string(png))
				}
			}
		}
	}
}

// Keyboard: the first Tab reaches the skip link, which moves focus to
// the content; the reader controls and every event's derivation are
// reachable and work from the keyboard.
func TestKeyboard(t *testing.T) {
	tb := newTab(t)
	srv, _ := serveSite(t, fullSite(t))
	tb.open(t, srv.URL+"/siege/", 1280, false)
	press := func(key string) {
		if err := chromedp.Do(tb.ctx, chromedp.KeyEvent(key)); err != nil {
			t.Fatal(err)
		}
	}
	press("\t")
	if got := eval[string](t, tb, `document.activeElement.className`); got != "skip" {
		t.Fatalf("first Tab focuses %q, want the skip link", got)
	}
	press("\r")
	// Tab on to the order button; Enter reverses the timeline.
	for i := 0; i < 40 && eval[string](t, tb, `document.activeElement.dataset.orderToggle === undefined ? "" : "order"`) == ""; i++ {
		press("\t")
	}
	first := `document.querySelector(".timeline .event").id`
	before := eval[string](t, tb, first)
	press("\r")
	if after := eval[string](t, tb, first); after == before || eval[string](t, tb, `new URLSearchParams(location.search).get("order")`) != "newest" {
		t.Errorf("Enter on the order button: first event %s, then %s", before, after)
	}
	// On to a derivation; Enter opens it.
	for i := 0; i < 60 && eval[string](t, tb, `document.activeElement.parentElement.className`) != "how"; i++ {
		press("\t")
	}
	press("\r")
	if !eval[bool](t, tb, `document.activeElement.parentElement.open`) {
		t.Error("Enter does not open a derivation")
	}
	tb.check(t, "keyboard")
}

// The embed tells a parent page its height, both ways: the embed code
// (from the oEmbed response) resizes its frame from the AMP messages,
// and a Pym.js parent gets its own.
func TestEmbedResizes(t *testing.T) {
	tb := newTab(t)
	srv, public := serveSite(t, fullSite(t))
	var oembed struct {
		Version, Type, HTML string
		Width, Height       int
	}
	if err := json.Unmarshal([]byte(readFile(t, filepath.Join(public, "siege", "oembed.json"))), &oembed); err != nil {
		t.Fatal(err)
	}
	if oembed.Version != "1.0" || oembed.Type != "rich" || oembed.Width == 0 || oembed.Height == 0 {
		t.Errorf("oEmbed response %+v", oembed)
	}
	if !strings.Contains(oembed.HTML, `src="`+srv.URL+`/siege/embed/"`) {
		t.Fatalf("oEmbed html %s does not frame the embed", oembed.HTML)
	}
	writeFile(t, filepath.Join(public, "parent.html"), `<!doctype html><title>Parent</title><body><p>An article.</p>`+oembed.HTML+`
<iframe id="pym" src="/siege/embed/?childId=chron&amp;initialWidth=320" title="Pym" width="320" height="100"></iframe>
<script>window.pym = []; addEventListener("message", e => { if (typeof e.data === "string" && e.data.startsWith("pymxPYMxchronxPYMxheightxPYMx")) pym.push(+e.data.split("xPYMx")[3]); });</script>`)
	tb.open(t, srv.URL+"/parent.html", 1280, false)
	// The frame grows from 600 px to the embed's full height.
	if _, err := chromedp.Run(tb.ctx, chromedp.Poll[bool](`document.getElementById("chronicle-siege").height !== "600" && window.pym.length > 0`, chromedp.WithPollingTimeout(20*time.Second))); err != nil {
		t.Fatalf("no height message reached the parent: %v", err)
	}
	// It settles on the content's height (a first message may come before
	// the frame's own scroll bar went and the text rewrapped wider).
	content := `Math.ceil(document.getElementById("chronicle-siege").contentDocument.documentElement.getBoundingClientRect().height)`
	// It may hold for a moment on the way (the frame at the height of a
	// rewrap about to be undone), so the poll waits until it has held for
	// half a second; a loaded machine may take a while.
	settled := `(() => { if (+document.getElementById("chronicle-siege").height !== ` + content + `) { window.settledSince = 0; return false; }
		window.settledSince = window.settledSince || Date.now(); return Date.now() - window.settledSince >= 500; })()`
	chromedp.Run(tb.ctx, chromedp.Poll[bool](settled, chromedp.WithPollingTimeout(20*time.Second)))
	got := eval[float64](t, tb, `+document.getElementById("chronicle-siege").height`)
	if want := eval[float64](t, tb, content); got < 1000 || got != want {
		t.Errorf("frame height %v, embed's content %v", got, want)
	}
	// Narrower, the Pym frame's content is taller, and it says so.
	pym := eval[float64](t, tb, `pym[pym.length - 1]`)
	if wide := got; pym <= wide {
		t.Errorf("a 320 px frame reports %v px, no taller than a wide one's %v", pym, wide)
	}
	// The embed's links to other pages open in the parent's window.
	if n := eval[int](t, tb, `[...document.getElementById("chronicle-siege").contentDocument.querySelectorAll("a[href]:not([href^='#'])")].filter(a => a.target !== "_top").length`); n > 0 {
		t.Errorf("%d links of the embed open inside the frame", n)
	}
	tb.check(t, "embed")
}

// Article text and edits are shown as text, never run: script elements,
// event handler attributes and javascript: links from an article, its
// timeline or its source metadata do nothing in any page.
func TestUntrustedTextInBrowser(t *testing.T) {
	tb := newTab(t)
	site := t.TempDir()
	writeFile(t, filepath.Join(site, "config.yaml"), "title: Desk\nbaseURL: https://example.org/\n")
	const article = `Posted Mar 24, 2024

The mayor said <script>alert(1);window.pwned=1</script> on Monday.
A photo <img src=x onerror="alert(2);window.pwned=2"> appeared on Tuesday.
Read [the report](javascript:alert(3)) published on Wednesday.
`
	writeFile(t, filepath.Join(site, "content", "evil", "sources", "evil.txt"), article)
	writeFile(t, filepath.Join(site, "content", "evil", "timeline.yaml"), `title: "<script>alert(4)</script> story"
description: <img src=x onerror=alert(5)>
sources:
  - id: evil
    file: sources/evil.txt
    title: <b onmouseover=alert(6)>Evil</b>
    url: javascript:alert(7)
    publisher: <script>alert(8)</script>
events:
  - id: said
    title: The mayor speaks <script>alert(9)</script>
    summary: <img src=x onerror=alert(10)>
    date: 2024-03-18
    people: ["<script>alert(11)</script>"]
    tags: ["x onerror=alert(12)"]
    group: <img src=x onerror=alert(13)>
    evidence:
      - source: evil
        quote: The mayor said <script>alert(1);window.pwned=1</script> on Monday.
        expression: on Monday
  - id: photo
    title: A photo
    date: 2024-03-19
    evidence:
      - source: evil
        quote: A photo <img src=x onerror="alert(2);window.pwned=2"> appeared on Tuesday.
  - id: report
    title: A report
    date: 2024-03-20
    evidence:
      - source: evil
        quote: Read [the report](javascript:alert(3)) published on Wednesday.
`)
	srv, _ := serveSite(t, site)
	for _, path := range []string{"/", "/evil/", "/evil/embed/", "/evil/sources/evil/", "/people/", "/tags/"} {
		tb.open(t, srv.URL+path, 1280, false)
		// Click every link that is not to another page, and hover all.
		eval[bool](t, tb, `document.querySelectorAll("a").forEach(a => { if (!/^https?:/.test(a.href)) a.click(); a.dispatchEvent(new MouseEvent("mouseover", {bubbles: true})); }); true`)
		time.Sleep(200 * time.Millisecond)
		if v := eval[string](t, tb, `String(window.pwned)`); v != "undefined" {
			t.Errorf("%s: the article's script ran (pwned = %s)", path, v)
		}
		if n := eval[int](t, tb, `document.querySelectorAll("main img, main script, main b, [onerror], [onmouseover], a[href^='javascript:']").length`); n > 0 {
			t.Errorf("%s: %d elements or attributes from the article's text", path, n)
		}
		tb.check(t, path)
	}
	// What the article and the YAML say is there, as text.
	for path, want := range map[string]string{
		"/evil/":              `The mayor speaks <script>alert(9)</script>`,
		"/evil/sources/evil/": `<img src=x onerror="alert(2);window.pwned=2">`,
	} {
		tb.open(t, srv.URL+path, 1280, false)
		if text := eval[string](t, tb, `document.querySelector("main").textContent`); !strings.Contains(text, want) {
			t.Errorf("%s does not show %s as text:\n%s", path, want, text)
		}
	}
}
