package publish

import (
	"html"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/golden"
	"github.com/chronicle-news/chronicle/timeline/ingest"
	"github.com/chronicle-news/chronicle/timeline/temporal"
)

// sampleSite copies the repository's sample site (config.yaml and
// content/isis-k) into a temporary folder, with the checked timeline of
// testdata in place of whatever extraction wrote.
func sampleSite(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	copyFile(t, filepath.Join("..", "..", "config.yaml"), filepath.Join(dir, "config.yaml"))
	story := filepath.Join("..", "..", "content", "isis-k")
	err := filepath.WalkDir(story, func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(story, name)
		copyFile(t, name, filepath.Join(dir, "content", "isis-k", rel))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	copyFile(t, filepath.Join("testdata", "isis-k.timeline.yaml"), filepath.Join(dir, "content", "isis-k", "timeline.yaml"))
	return dir
}

// fullSite is the sample site with the hand-written siege story beside
// it: eras, groups, people, places and tags, and no sources.
func fullSite(t testing.TB) string {
	t.Helper()
	dir := sampleSite(t)
	copyFile(t, filepath.Join("testdata", "siege", "timeline.yaml"), filepath.Join(dir, "content", "siege", "timeline.yaml"))
	return dir
}

func copyFile(t testing.TB, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, to, string(b))
}

func writeFile(t testing.TB, name, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func build(t *testing.T, site string) (Report, string) {
	t.Helper()
	r, err := Build(site, Options{})
	if err != nil {
		t.Fatalf("Build: %v", err)
	}
	return r, r.Dest
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// eventItem returns the <li> of one event in a story page.
var eventItem = regexp.MustCompile(`(?s)<li class="event [^"]*" id="([a-z0-9-]+)"[^>]*>.*?</li>\s*(?:<li class="e|</ol>)`)

func events(page string) map[string]string {
	m := map[string]string{}
	for _, loc := range eventItem.FindAllStringSubmatchIndex(page, -1) {
		m[page[loc[2]:loc[3]]] = page[loc[0]:loc[1]]
	}
	return m
}

func TestBuildSample(t *testing.T) {
	site := sampleSite(t)
	// An article saved as Markdown has front matter, yet is a source, not a page.
	writeFile(t, filepath.Join(site, "content", "isis-k", "sources", "saved.md"), "---\ntitle: A saved article\n---\nText.\n")
	r, public := build(t, site)
	if len(r.Stories) != 1 || r.Stories[0].Name != "isis-k" || r.Events() != 4 {
		t.Fatalf("report: %+v", r)
	}
	page := readFile(t, filepath.Join(public, "isis-k", "index.html"))

	// Display order: what is known of the order, dated or not.
	order := regexp.MustCompile(`<li class="event [^"]*" id="([a-z0-9-]+)"`).FindAllStringSubmatch(page, -1)
	var ids []string
	for _, m := range order {
		ids = append(ids, m[1])
	}
	want := "isis-k-surfaces kandahar-suicide-bombing crocus-city-hall-attack suspect-court-appearance"
	if got := strings.Join(ids, " "); got != want {
		t.Errorf("event order:\n got %s\nwant %s", got, want)
	}

	byID := events(page)
	for _, tc := range []struct {
		id        string
		class     string // the marker drawn
		when      string // the date line, as HTML
		quote     string
		notInLine string
	}{
		{"isis-k-surfaces", "marker--span", "2014–2015", "ISIS-K surfaced in 2014 and 2015 in Afghanistan and adjoining Pakistan", "<time"},
		{"kandahar-suicide-bombing", "marker--anchored", "the day before", "a suicide bombing in Kandahar", "<time"},
		{"crocus-city-hall-attack", "marker--undated", "date unknown, before 24 March 2024", "the killings in Moscow's Crocus City concert hall", "<time"},
		{"suspect-court-appearance", "marker--dated", `<time datetime="2024-03-24">24 March 2024</time>`, "appeared in a district court on Sunday", ""},
	} {
		li, ok := byID[tc.id]
		if !ok {
			t.Errorf("%s: no <li id>", tc.id)
			continue
		}
		when := regexp.MustCompile(`(?s)<p class="event__when">.*?</p>`).FindString(li)
		if !strings.Contains(when, tc.when) {
			t.Errorf("%s: date line %q, want %q in it", tc.id, when, tc.when)
		}
		if tc.notInLine != "" && strings.Contains(when, tc.notInLine) {
			t.Errorf("%s: date line %q claims a known date", tc.id, when)
		}
		if !strings.Contains(li, tc.class) {
			t.Errorf("%s: no %s", tc.id, tc.class)
		}
		if !strings.Contains(li, html.EscapeString(tc.quote)) {
			t.Errorf("%s: quote %q missing", tc.id, tc.quote)
		}
		if !strings.Contains(li, `<details class="how">`) || !strings.Contains(li, `href="#`+tc.id+`"`) {
			t.Errorf("%s: no derivation or no link to itself", tc.id)
		}
	}
	if !strings.Contains(byID["kandahar-suicide-bombing"], `<a href="#crocus-city-hall-attack">`) {
		t.Error("the anchored event does not link to its anchor")
	}

	home := readFile(t, filepath.Join(public, "index.html"))
	for _, s := range []string{`href="/isis-k/"`, "What we know about ISIS-K", "4 events · 2014–2024", "First suspect appears in a Moscow district court <span class=\"meta\">(24 March 2024)</span>"} {
		if !strings.Contains(home, s) {
			t.Errorf("home page lacks %q", s)
		}
	}
	// The articles are the story's evidence, not pages of their own: each
	// source the timeline cites gets a view of its text, evidence marked.
	files := tree(t, public)
	for name, text := range files {
		if strings.Contains(text, "A saved article") {
			t.Errorf("%s: a source file became a page", name)
		}
	}
	view := files[filepath.Join("isis-k", "sources", "newser-isis-k", "index.html")]
	if !strings.Contains(view, `<a class="evidence-mark" href="/isis-k/#suspect-court-appearance" id="quote-suspect-court-appearance">`) {
		t.Error("source view does not link the evidence to its event")
	}
	// The expression the evidence names, with its value and derivation.
	if !regexp.MustCompile(`<span class="timex timex--evidence" title="DATE 2024-03-24: [^"]+">Sunday</span> <small class="timex__value">2024-03-24</small>`).MatchString(view) {
		t.Error("source view does not mark 'Sunday' as evidence with its value")
	}
	// Every time expression of the article is marked with its value,
	// evidence or not.
	doc, err := ingest.ReadFile(filepath.Join(site, "content", "isis-k", "sources", "newser-isis-k.txt"))
	if err != nil {
		t.Fatal(err)
	}
	exprs := temporal.Tag(doc.Text, doc.Published)
	values := regexp.MustCompile(`<small class="timex__value">`).FindAllStringIndex(view, -1)
	if len(exprs) < 4 || len(values) != len(exprs) {
		t.Errorf("source view shows %d values for the engine's %d expressions", len(values), len(exprs))
	}
	for _, x := range exprs {
		if !strings.Contains(view, ">"+html.EscapeString(x.Text)+`</span> <small class="timex__value">`) {
			t.Errorf("source view does not mark %q", x.Text)
		}
	}
	if !strings.Contains(byID["suspect-court-appearance"], `href="/isis-k/sources/newser-isis-k/#quote-suspect-court-appearance"`) {
		t.Error("the evidence does not link to its place in the source")
	}
	checkNoExternalRequests(t, public, "example.org")
}

// checkNoExternalRequests fails on any http(s) address in generated HTML,
// CSS or JS other than the site's own host, except plain links and
// citations (which a browser does not fetch).
func checkNoExternalRequests(t *testing.T, public, host string) {
	t.Helper()
	err := filepath.WalkDir(public, func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		switch filepath.Ext(name) {
		case ".html", ".css", ".js":
			for _, u := range externalRequests(readFile(t, name), host) {
				t.Errorf("%s requests %s", name, u)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

var (
	// JSON-LD names its vocabulary by address; nothing fetches it.
	jsonLD  = regexp.MustCompile(`(?s)<script type="application/ld\+json">.*?</script>`)
	anyURL  = regexp.MustCompile(`https?://[^\s"'<>()]+`)
	linkURL = regexp.MustCompile(`<a\s[^>]*href="(https?://[^"]+)"`)
	citeURL = regexp.MustCompile(`\scite="(https?://[^"]+)"`)
)

// externalRequests returns the addresses in text on hosts other than
// host that are not plain links or citations.
func externalRequests(text, host string) []string {
	allowed := map[string]bool{}
	for _, re := range []*regexp.Regexp{linkURL, citeURL} {
		for _, m := range re.FindAllStringSubmatch(text, -1) {
			allowed[m[1]] = true
		}
	}
	var bad []string
	for _, u := range anyURL.FindAllString(jsonLD.ReplaceAllString(text, ""), -1) {
		p, err := url.Parse(html.UnescapeString(u))
		if err == nil && p.Hostname() == host || allowed[u] {
			continue
		}
		bad = append(bad, u)
	}
	return bad
}

func TestExternalRequests(t *testing.T) {
	for _, tc := range []struct {
		html string
		bad  string
	}{
		{`<link rel="canonical" href="https://example.org/isis-k/">`, ""},
		{`<a href="https://news.example.com/story">source</a>`, ""},
		{`<blockquote cite="https://news.example.com/story">`, ""},
		{`<script type="application/ld+json">{"@context":"https://schema.org"}</script>`, ""},
		{`<script type="application/ld+json">{}</script><img src="https://cdn.example.com/x.png">`, "https://cdn.example.com/x.png"},
		{`<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Lora">`, "https://fonts.googleapis.com/css?family=Lora"},
		{`<script src="https://cdn.example.com/pym.js"></script>`, "https://cdn.example.com/pym.js"},
		{`body{background:url(https://cdn.example.com/bg.png)}`, "https://cdn.example.com/bg.png"},
	} {
		got := strings.Join(externalRequests(tc.html, "example.org"), " ")
		if got != tc.bad {
			t.Errorf("%s: got %q, want %q", tc.html, got, tc.bad)
		}
	}
}

// The generated HTML of the sample story, the hand-written one with eras
// and groups, and its embed, against testdata/golden.
func TestGoldenPages(t *testing.T) {
	_, public := build(t, fullSite(t))
	for name, page := range map[string]string{
		"isis-k.html":      "isis-k/index.html",
		"siege.html":       "siege/index.html",
		"siege-embed.html": "siege/embed/index.html",
		"mara-lind.html":   "people/mara-lind/index.html",
	} {
		got := readFile(t, filepath.Join(public, filepath.FromSlash(page)))
		golden.Check(t, filepath.Join("testdata", "golden", name), []byte(got))
	}
}

// Same input, byte-identical output; and a rebuild leaves nothing stale.
func TestBuildDeterministic(t *testing.T) {
	site := sampleSite(t)
	_, public := build(t, site)
	first := tree(t, public)
	writeFile(t, filepath.Join(public, "stale.html"), "from an older build")
	_, public = build(t, site)
	second := tree(t, public)
	if len(first) != len(second) {
		t.Errorf("%d files, then %d", len(first), len(second))
	}
	for name, b := range first {
		if second[name] != b {
			t.Errorf("%s differs between two builds", name)
		}
	}
}

func tree(t *testing.T, dir string) map[string]string {
	t.Helper()
	m := map[string]string{}
	err := filepath.WalkDir(dir, func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, name)
		m[rel] = readFile(t, name)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// A story may be nothing but a hand-written timeline.yaml, and a site's
// own layouts override the embedded theme's. What resolution cannot
// reconcile is shown to readers, not hidden.
func TestHandWrittenStoryAndOverride(t *testing.T) {
	site := t.TempDir()
	writeFile(t, filepath.Join(site, "config.yaml"), "title: Desk\nbaseURL: https://example.org/\n")
	writeFile(t, filepath.Join(site, "content", "moon", "timeline.yaml"), `title: "Apollo 11: the landing"
events:
  - id: landing
    title: Eagle lands <b>on</b> the Moon
    date: 1969-07-20
  - id: walk
    title: The walk
    anchor: {event: landing, offset: P1D}
    before: 1969-07-20
`)
	writeFile(t, filepath.Join(site, "layouts", "_partials", "legend.html"), `<p class="own-legend">Our legend</p>`)
	_, public := build(t, site)
	page := readFile(t, filepath.Join(public, "moon", "index.html"))
	for _, s := range []string{
		"<title>Apollo 11: the landing · Desk</title>",
		`<time datetime="1969-07-20">`,
		"Eagle lands &lt;b&gt;on&lt;/b&gt; the Moon", // article text is never markup
		`<p class="own-legend">Our legend</p>`,
		`<section class="aside-block caveats">`,
		"contradicts the rest of what is known",
		`<a href="#walk">walk</a>`,
	} {
		if !strings.Contains(page, s) {
			t.Errorf("story page lacks %q", s)
		}
	}
	if _, err := os.Stat(filepath.Join(site, "content", "moon", "_index.md")); err == nil {
		t.Error("Build wrote into the site's content")
	}
}

func TestBuildErrors(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files map[string]string // relative to the site; "" removes
		want  string
	}{
		{
			name:  "invalid timeline",
			files: map[string]string{"content/isis-k/timeline.yaml": "title: T\nevents:\n  - id: a\n    title: A\n    date: 2024-13-45\n"},
			want:  "timeline.yaml:5:11",
		},
		{
			name:  "broken template",
			files: map[string]string{"layouts/home.html": "{{ define \"main\" }}\n{{ .Nope }\n{{ end }}\n"},
			want:  "home.html:2",
		},
		{
			name:  "output folder not ours",
			files: map[string]string{"public/notes.txt": "mine"},
			want:  "was not written by chronicle",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			site := sampleSite(t)
			for name, text := range tc.files {
				writeFile(t, filepath.Join(site, filepath.FromSlash(name)), text)
			}
			_, err := Build(site, Options{})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want one naming %q", err, tc.want)
			}
			if tc.name != "output folder not ours" {
				if _, err := os.Stat(filepath.Join(site, "public")); err == nil {
					t.Error("a failed build left public/ behind")
				}
			}
		})
	}
}

// go test ./timeline/publish -run - -bench Build: the sample site, in-process.
func BenchmarkBuildSample(b *testing.B) {
	site := sampleSite(b)
	for b.Loop() {
		if _, err := Build(site, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
