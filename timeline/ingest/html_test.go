package ingest

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// Saved pages in testdata/html: the article's paragraphs come out and the
// page around them does not; the metadata comes from the page's markup
// or, failing that, its byline.
func TestHTML(t *testing.T) {
	tests := []struct {
		file                   string
		title, published       string
		author, publisher, url string
		paragraphs             int
		has                    []string
		hasNot                 []string
	}{
		{
			file: "harbor-fire.html", title: "Fire guts Harlow warehouse",
			published: "2023-06-11T08:30:00-04:00", // the article's JSON-LD, before <meta> and <time>
			author:    "Dev Raman", publisher: "Harbor Weekly",
			url:        "https://harborweekly.example/news/2023/06/11/fire-guts-harlow-warehouse",
			paragraphs: 5,
			has: []string{
				"A fire broke out at the Harlow warehouse on Saturday night",
				"“It was the biggest fire I have seen in twenty years,” said Fire Chief",
				"arson had not been ruled out. The owner said he would rebuild.", // text after a <script> is kept
				"at its meeting on June 20.",
			},
			hasNot: []string{"Skip to content", "cookies", "Install", "Advertisement", "Related stories",
				"rezoning", "Share this", "newsletter", "Ferry", "All rights reserved", "trackRead", "dataLayer",
				"font-family", "Smoke rises", "By Dev Raman", "Home"},
		},
		{
			file: "byline-only.html", title: "What We Know About ISIS-K, Group Behind Moscow Attack",
			published: "2024-03-24T15:52:00-05:00", author: "Bob Cronin", publisher: "Newser",
			paragraphs: 3,
			has:        []string{"ISIS-K surfaced in 2014 and 2015 in Afghanistan", "the day before the concert hall attack"},
			hasNot:     []string{"Posted", "Newser Staff", "More Russia stories", "World"},
		},
		{
			file: "latin1-cafe.html", title: "Café owners protest new terrace fees",
			published: "2024-05-14T09:15:00+02:00", publisher: "Le Petit Journal",
			paragraphs: 3,
			has:        []string{"forty cafés closed", "“We cannot pay twice as much,” said Renée Duval", "Café Sévigné"},
		},
		{
			file: "nodate.html", title: "Council approves new bus lanes", publisher: "City Desk",
			paragraphs: 3,
			has:        []string{"voted 7 to 2 on Tuesday"},
			hasNot:     []string{"Transport"},
		},
		{
			file: "hostile.html", title: "Security researchers show how a malicious page works",
			published:  "2024-02-05T00:00:00Z",
			paragraphs: 4,
			has: []string{
				"a comment reading <script>alert(document.cookie)</script> was stored", // the article's words, as words
				"<img src=x onerror=alert(1)>", "[click here](javascript:alert(1))",
				"Another trick hid a link: read the report.", "Entities such as &lt; and &#60; were",
			},
			hasNot: []string{"steal()", "evil.example", "alert(2)", "alert(3)", "document.cookie</script>\n"},
		},
	}
	for _, tt := range tests {
		d, err := ReadFile("testdata/html/" + tt.file)
		if err != nil {
			t.Errorf("%s: %v", tt.file, err)
			continue
		}
		published := ""
		if !d.Published.IsZero() {
			published = d.Published.Format(time.RFC3339)
		}
		got := []string{d.Title, published, d.Author, d.Publisher, d.URL}
		want := []string{tt.title, tt.published, tt.author, tt.publisher, tt.url}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%s: title|published|author|publisher|url\n got %q\nwant %q", tt.file, got, want)
		}
		if len(d.Body) != tt.paragraphs {
			t.Errorf("%s: %d paragraphs, want %d: %q", tt.file, len(d.Body), tt.paragraphs, d.Paragraphs())
		}
		for _, s := range tt.has {
			if !strings.Contains(d.Text, s) {
				t.Errorf("%s: text lacks %q:\n%s", tt.file, s, d.Text)
			}
		}
		for _, s := range tt.hasNot {
			if strings.Contains(d.Text, s) {
				t.Errorf("%s: text holds %q:\n%s", tt.file, s, d.Text)
			}
		}
	}
}

// The publication time in a page's markup, in each of the places
// publishers put it, and the places that are not it.
func TestPageDates(t *testing.T) {
	const body = "<body><article><p>The council met on Tuesday and voted to close the old bridge to cars from next month.</p></article></body>"
	tests := []struct{ name, head, body, want string }{
		{"json-ld list type", `<script type="application/ld+json">[{"@type":"BreadcrumbList","datePublished":"2020-01-01"},{"@type":["NewsArticle","Article"],"datePublished":"2024-03-24T15:52:00-05:00"}]</script>`, body, "2024-03-24T15:52:00-05:00"},
		{"json-ld CDATA", `<script type="application/ld+json">//<![CDATA[
{"@type":"BlogPosting","dateCreated":"2022-11-02T07:00:00Z"}
//]]></script>`, body, "2022-11-02T07:00:00Z"},
		{"og meta", `<meta property="article:published_time" content="2024-03-24T20:52:00.000Z">`, body, "2024-03-24T20:52:00Z"},
		{"dublin core", `<meta name="DC.date.issued" content="2019-07-04">`, body, "2019-07-04T00:00:00Z"},
		{"rfc 1123", `<meta name="pubdate" content="Sun, 24 Mar 2024 15:52:00 -0500">`, body, "2024-03-24T15:52:00-05:00"},
		{"itemprop", ``, `<body><span itemprop="datePublished" content="2021-05-06T10:00:00+01:00">6 May</span>` + body[6:], "2021-05-06T10:00:00+01:00"},
		{"time pubdate", ``, `<body><time>now</time><time pubdate datetime="2018-02-03T04:05:00Z">Feb 3</time>` + body[6:], "2018-02-03T04:05:00Z"},
		{"time in article", ``, `<body><article><time datetime="2017-09-10">Sept. 10</time><p>Text of the article that is long enough.</p></article></body>`, "2017-09-10T00:00:00Z"},
		{"time in a list is another story's", ``, `<body><ul><li><time datetime="2016-01-01">Jan 1</time></li></ul>` + body[6:], ""},
		{"modified is not published", `<meta property="article:modified_time" content="2015-05-05T05:05:00Z">`, body, ""},
		{"not a date", `<meta name="date" content="today">`, body, ""},
	}
	for _, tt := range tests {
		doc := parseDoc(t, "<html><head>"+tt.head+"</head>"+tt.body+"</html>")
		pub, _ := pageDates(doc)
		got := ""
		if !pub.IsZero() {
			got = pub.Format(time.RFC3339)
		}
		if got != tt.want {
			t.Errorf("%s: published %q, want %q", tt.name, got, tt.want)
		}
	}
}

// A page with no date in its markup, dated by the byline above the
// article, or by the modification time when nothing else says.
func TestHTMLDateFallbacks(t *testing.T) {
	const article = "<article><p>The council voted on Tuesday to close the old bridge to cars from next month, the mayor said.</p><p>Work on a new bridge is to start next year and take two years.</p></article>"
	tests := []struct{ name, page, want string }{
		{"byline above", `<div class="byline">Updated 10:04 AM EDT, March 24, 2024</div>` + article, "2024-03-24T10:04:00-04:00"},
		{"a bare date made precise by the byline", `<meta name="date" content="2024-03-24"><p class="byline">Posted Mar 24, 2024 3:52 PM CDT</p>` + article, "2024-03-24T15:52:00-05:00"},
		{"a byline of another day does not", `<meta name="date" content="2024-03-23"><p class="byline">Posted Mar 24, 2024 3:52 PM CDT</p>` + article, "2024-03-23T00:00:00Z"},
		{"modified only", `<meta property="article:modified_time" content="2015-05-05T05:05:00Z">` + article, "2015-05-05T05:05:00Z"},
		{"a date in the text is not the publication date", strings.Replace(article, "on Tuesday", "on March 3, 2020", 1), ""},
	}
	for _, tt := range tests {
		d, err := Parse(tt.name+".html", []byte("<html><body>"+tt.page+"</body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		if !d.Published.IsZero() {
			got = d.Published.Format(time.RFC3339)
		}
		if got != tt.want {
			t.Errorf("%s: published %q, want %q", tt.name, got, tt.want)
		}
	}
}

func parseDoc(t *testing.T, page string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// Readers' comments are not the article; a commentary is.
func TestReadersComments(t *testing.T) {
	const article = `<article><h1>Bridge closes</h1><p>The council voted on Tuesday to close the old bridge to cars from next month, the mayor said.</p><p>Work on a new bridge is to start next year and take two years, officials said.</p>%s</article>`
	tests := []struct {
		section string
		kept    bool
	}{
		{`<div id="comments"><h3>3 comments</h3><div class="comment"><p>Great article, thanks for posting it here!</p></div></div>`, false},
		{`<section class="post comment-list"><p>Great article, thanks for posting it here!</p></section>`, false},
		{`<div id="disqus_thread"><p>Great article, thanks for posting it here!</p></div>`, false},
		{`<div class="commentary"><p>Great article, thanks for posting it here, the columnist wrote.</p></div>`, true},
	}
	for _, tt := range tests {
		d, err := Parse("page.html", []byte("<html><body>"+strings.Replace(article, "%s", tt.section, 1)+"</body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		if kept := strings.Contains(d.Text, "Great article"); kept != tt.kept {
			t.Errorf("%s: kept %v, want %v:\n%s", tt.section, kept, tt.kept, d.Text)
		}
	}
}
