package publish

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// Every export is published beside its story, linked from the story page,
// and reads back in its own format.
func TestExportsPublished(t *testing.T) {
	_, public := build(t, fullSite(t))
	for _, story := range []string{"isis-k", "siege"} {
		page := readFile(t, filepath.Join(public, story, "index.html"))
		for file, parse := range map[string]func([]byte) error{
			"timeline.json":            func(b []byte) error { var v struct{ Events []any }; return json.Unmarshal(b, &v) },
			"timeline.timelinejs.json": func(b []byte) error { var v struct{ Events []any }; return json.Unmarshal(b, &v) },
			"timeline.csv":             func(b []byte) error { _, err := csv.NewReader(bytes.NewReader(b)).ReadAll(); return err },
			"timeline.ics": func(b []byte) error {
				if !bytes.HasPrefix(b, []byte("BEGIN:VCALENDAR\r\n")) || !bytes.Contains(b, []byte("BEGIN:VEVENT")) {
					return errString("not an iCalendar with events")
				}
				return nil
			},
		} {
			href := "/" + story + "/" + file
			if !strings.Contains(page, `href="`+href+`"`) {
				t.Errorf("%s: the story page does not link %s", story, href)
			}
			b := []byte(readFile(t, filepath.Join(public, story, file)))
			if err := parse(b); err != nil {
				t.Errorf("%s: %v", href, err)
			}
		}
	}
}

type errString string

func (e errString) Error() string { return string(e) }

// The story page describes itself to machines: JSON-LD, Open Graph, the
// oEmbed and feed discovery links; the feed holds the newest events.
func TestStoryMetadata(t *testing.T) {
	_, public := build(t, fullSite(t))
	page := readFile(t, filepath.Join(public, "siege", "index.html"))
	for _, s := range []string{
		`<link rel="alternate" type="application/json+oembed" href="https://example.org/siege/oembed.json"`,
		`<link rel="alternate" type="application/rss+xml" href="/siege/index.xml"`,
		`<meta property="og:title" content="The siege of Aldmoor">`,
		`<meta property="og:url" content="https://example.org/siege/">`,
	} {
		if !strings.Contains(page, s) {
			t.Errorf("story page lacks %s", s)
		}
	}
	m := regexp.MustCompile(`<script type="application/ld\+json">(.*?)</script>`).FindStringSubmatch(page)
	if m == nil {
		t.Fatal("no JSON-LD")
	}
	var ld struct {
		Type  string `json:"@type"`
		Items []struct {
			Position int
			Item     struct {
				Type                          string `json:"@type"`
				Name, URL, StartDate, EndDate string
			}
		} `json:"itemListElement"`
	}
	if err := json.Unmarshal([]byte(m[1]), &ld); err != nil {
		t.Fatalf("JSON-LD: %v\n%s", err, m[1])
	}
	if ld.Type != "ItemList" || len(ld.Items) != 10 {
		t.Fatalf("JSON-LD: %s with %d items", ld.Type, len(ld.Items))
	}
	for i, it := range ld.Items {
		if it.Position != i+1 || it.Item.Type != "Event" || !strings.HasPrefix(it.Item.URL, "https://example.org/siege/#") {
			t.Errorf("item %d: %+v", i, it)
		}
	}
	if it := ld.Items[1].Item; it.Name != "Shelling of the city begins" || it.StartDate != "1992-04-05" || it.EndDate != "1992-04-05" {
		t.Errorf("second item %+v", it)
	}
	// An event with no known start has no startDate.
	if it := ld.Items[len(ld.Items)-1].Item; it.StartDate != "1996-02-29" || it.EndDate != "" {
		t.Errorf("open-ended event %+v", it)
	}

	var feed struct {
		Items []struct {
			Title   string `xml:"title"`
			Link    string `xml:"link"`
			PubDate string `xml:"pubDate"`
		} `xml:"channel>item"`
	}
	if err := xml.Unmarshal([]byte(readFile(t, filepath.Join(public, "siege", "index.xml"))), &feed); err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, it := range feed.Items {
		titles = append(titles, it.Title)
	}
	// Newest first, by the latest day each can have happened.
	want := "The siege is declared over|The peace accords are signed|A secret meeting of the commanders|Envoys meet to discuss a ceasefire"
	if got := strings.Join(titles[:4], "|"); got != want {
		t.Errorf("feed starts %s, want %s", got, want)
	}
	if feed.Items[0].Link != "https://example.org/siege/#siege-lifted" || feed.Items[0].PubDate != "Thu, 29 Feb 1996 00:00:00 +0000" {
		t.Errorf("first item %+v", feed.Items[0])
	}
}

// The site's feed lists its stories by when their newest source was
// published, newest first, whatever their titles (Hugo's own order);
// stories with no dated source come last.
func TestSiteFeedNewestFirst(t *testing.T) {
	site := fullSite(t) // isis-k: 24 March 2024; siege: no sources
	for name, c := range map[string]struct{ title, published string }{
		"aardvark": {"Aardvark story", "2020-05-01T09:00:00+02:00"},
		"zebra":    {"Zebra story", "2025-01-02T10:00:00-08:00"},
		"midnight": {"Beta story", "2024-03-24T23:30:00-05:00"}, // after isis-k in UTC, same day
	} {
		writeFile(t, filepath.Join(site, "content", name, "timeline.yaml"), "title: "+c.title+"\nsources:\n  - id: s\n    published: "+c.published+"\nevents:\n  - id: e\n    title: E\n    date: 2020-01-01\n")
	}
	_, public := build(t, site)
	var feed struct {
		Items []struct {
			Title string `xml:"title"`
		} `xml:"channel>item"`
	}
	if err := xml.Unmarshal([]byte(readFile(t, filepath.Join(public, "index.xml"))), &feed); err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, it := range feed.Items {
		titles = append(titles, it.Title)
	}
	want := "Zebra story|Beta story|What we know about ISIS-K|Aardvark story|The siege of Aldmoor"
	if got := strings.Join(titles, "|"); got != want {
		t.Errorf("site feed:\n got %s\nwant %s", got, want)
	}
}

// A split story that starts at its newest event shows its last period
// on its page and in its embed; each period page describes its own
// events to machines, linked where they are.
func TestSplitStoryNewestFirst(t *testing.T) {
	site := t.TempDir()
	writeFile(t, filepath.Join(site, "config.yaml"), "title: Desk\nbaseURL: https://example.org/\nparams:\n  chronicle:\n    newestFirst: true\n")
	longStory(t, site, 400) // 2000 and 2001
	_, public := build(t, site)
	for _, name := range []string{"long/index.html", "long/embed/index.html"} {
		page := readFile(t, filepath.Join(public, filepath.FromSlash(name)))
		if !strings.Contains(page, `id="e399"`) || strings.Contains(page, `id="e0"`) {
			t.Errorf("%s does not show the newest period (2001) alone", name)
		}
	}
	period := readFile(t, filepath.Join(public, "long", "2000", "index.html"))
	m := regexp.MustCompile(`<script type="application/ld\+json">(.*?)</script>`).FindStringSubmatch(period)
	if m == nil {
		t.Fatal("the page of 2000 has no JSON-LD")
	}
	var ld struct {
		Items []struct{ Item struct{ URL string } } `json:"itemListElement"`
	}
	if err := json.Unmarshal([]byte(m[1]), &ld); err != nil {
		t.Fatal(err)
	}
	if len(ld.Items) == 0 || len(ld.Items) >= 400 || ld.Items[0].Item.URL != "https://example.org/long/2000/#e0" {
		t.Errorf("JSON-LD of the page of 2000: %d items, first %+v", len(ld.Items), ld.Items[0])
	}
	pages := readFile(t, filepath.Join(public, "long", pageFile))
	if !strings.Contains(pages, `"e0":"2000"`) || !strings.Contains(pages, `"e399":"2001"`) {
		t.Errorf("%s: %.200s", pageFile, pages)
	}
}

// Eras, groups, month headings and the links to people, places and
// tags, as the story page draws them; each term has its page.
func TestErasGroupsAndTerms(t *testing.T) {
	_, public := build(t, fullSite(t))
	page := readFile(t, filepath.Join(public, "siege", "index.html"))
	byID := events(page)
	for _, s := range []string{
		`<li class="era-start" id="era-the-siege">`,
		`<li class="era-start" id="era-peace-talks">`,
		`<input type="checkbox" checked data-group-filter value="Diplomacy">`,
		`<h3 class="month__heading">April</h3>`,
		`<h2 class="year__heading year__heading--unknown">Date unknown</h2>`,
	} {
		if !strings.Contains(page, s) {
			t.Errorf("story page lacks %s", s)
		}
	}
	for id, s := range map[string]string{
		"market-attack":   `<a href="/people/mara-lind/">Mara Lind</a>`,
		"airlift":         `<a href="/organizations/relief-agency/">Relief Agency</a>`,
		"shelling-begins": `<a href="/places/aldmoor/">Aldmoor</a>`,
		"accords":         `<a class="chip chip--era" href="#era-peace-talks">Peace talks</a>`,
		"ceasefire-talk":  `data-group="Diplomacy"`,
		"tunnel":          `possibly 1993`,
		"airlift ":        `about July 1992`,
		"memorial":        `date unknown, after 29 February 1996`,
	} {
		if li := byID[strings.TrimSpace(id)]; !strings.Contains(li, s) {
			t.Errorf("%s lacks %s:\n%s", id, s, li)
		}
	}
	// An era's banner comes before its first event only.
	if strings.Count(page, `id="era-the-siege"`) != 1 || strings.Index(page, `id="era-the-siege"`) > strings.Index(page, `id="shelling-begins"`) {
		t.Error("the siege's banner is not once, before its first event")
	}
	term := readFile(t, filepath.Join(public, "people", "mara-lind", "index.html"))
	for _, s := range []string{`<a href="/siege/#market-attack">A mortar hits the central market</a>`, `<a href="/siege/#accords">`, "2 events"} {
		if !strings.Contains(term, s) {
			t.Errorf("Mara Lind's page lacks %s", s)
		}
	}
	list := readFile(t, filepath.Join(public, "places", "index.html"))
	if !strings.Contains(list, `<a href="/places/aldmoor-airport/">Aldmoor airport</a>`) {
		t.Errorf("the list of places lacks Aldmoor airport")
	}
}

// The theme's CSS and JavaScript together stay under 50 KB on every kind
// of page (they are inlined, so this is all a page loads but itself).
func TestAssetWeight(t *testing.T) {
	site := fullSite(t)
	longStory(t, site, 400) // split: a story page and two period pages
	_, public := build(t, site)
	code := regexp.MustCompile(`(?s)<(style|script)>(.*?)</(?:style|script)>`)
	for _, page := range []string{"index.html", "siege/index.html", "siege/embed/index.html", "isis-k/sources/newser-isis-k/index.html", "long/index.html", "long/2001/index.html"} {
		n := 0
		for _, m := range code.FindAllStringSubmatch(readFile(t, filepath.Join(public, page)), -1) {
			n += len(m[2])
		}
		t.Logf("%s: %d bytes of CSS and JavaScript", page, n)
		if n > 50_000 {
			t.Errorf("%s: %d bytes of CSS and JavaScript, over 50 KB", page, n)
		}
	}
}
