package ingest

import (
	"bytes"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	gmhtml "github.com/yuin/goldmark/renderer/html"
	"golang.org/x/net/html"

	"github.com/chronicle-news/chronicle/internal/golden"
)

func TestEscapeMarkdown(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The council met on Tuesday.", "The council met on Tuesday."},
		{"<script>alert(1)</script>", `\<script\>alert(1)\</script\>`},
		{"<img src=x onerror=alert(1)>", `\<img src=x onerror=alert(1)\>`},
		{"[click](javascript:alert(1))", `\[click\](javascript:alert(1))`},
		{"# not a heading", `\# not a heading`},
		{"- not a list", `\- not a list`},
		{"12. not a list", `12\. not a list`},
		{"> not a quote", `\> not a quote`},
		{": not a definition", `\: not a definition`},
		{"    not code  ", "not code"},
		{"*bold* _em_ `code` ~~gone~~", "\\*bold\\* \\_em\\_ \\`code\\` \\~\\~gone\\~\\~"},
		{"AT&T &amp; &#60; &copy;", `AT&T \&amp; \&#60; \&copy;`},
		{`a \ b`, `a \\ b`},
		{"Café “quoted” – 5 + 3 = 8", "Café “quoted” – 5 + 3 = 8"},
	}
	for _, tt := range tests {
		if got := escapeMarkdown(tt.in); got != tt.want {
			t.Errorf("escapeMarkdown(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// render is a Markdown renderer at its most permissive: raw HTML allowed,
// and the extensions Hugo turns on that change what text means.
var render = goldmark.New(
	goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.TaskList, extension.DefinitionList, extension.Footnote),
	goldmark.WithRendererOptions(gmhtml.WithUnsafe()),
)

var reParagraph = regexp.MustCompile(`^<p>([^<]*)</p>\n`)

// checkInert renders the body of a stored article and checks that it is
// paragraphs of plain text saying exactly d's text: no element, link or
// entity came out of the article's words.
func checkInert(t *testing.T, d *Document, md []byte) {
	t.Helper()
	body := md[bytes.Index(md[4:], []byte("---\n"))+8:]
	var out bytes.Buffer
	if err := render.Convert(body, &out); err != nil {
		t.Fatal(err)
	}
	rest := out.String()
	var paras []string
	for rest != "" {
		m := reParagraph.FindStringSubmatch(rest)
		if m == nil {
			t.Fatalf("%s: rendered Markdown holds markup: %q\nfrom %q", d.Name, rest, body)
		}
		paras = append(paras, html.UnescapeString(m[1]))
		rest = rest[len(m[0]):]
	}
	if got := strings.Join(paras, "\n\n"); got != d.Text {
		t.Errorf("%s: rendered text\n%q\nwant\n%q", d.Name, got, d.Text)
	}
}

// Articles stored by `chronicle add` read back as they were, and render
// as their words only.
func TestMarkdownRoundTrip(t *testing.T) {
	files, _ := filepath.Glob("testdata/html/*.html")
	files = append(files, "testdata/seed.txt")
	retrieved := time.Date(2024, 3, 25, 9, 0, 0, 0, time.UTC)
	for _, f := range files {
		d, err := ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d.Retrieved = retrieved
		md := d.Markdown()
		checkInert(t, d, md)

		back, err := Parse(strings.TrimSuffix(f, filepath.Ext(f))+".md", md)
		if err != nil {
			t.Fatalf("%s: reading the stored Markdown: %v\n%s", f, err, md)
		}
		if back.Title != d.Title || !back.Published.Equal(d.Published) || back.Author != d.Author ||
			back.Publisher != d.Publisher || back.URL != d.URL || !back.Retrieved.Equal(retrieved) {
			t.Errorf("%s: metadata %+v\nwant %+v", f, back, d)
		}
		if got, want := words(back.Paragraphs()), words(d.Paragraphs()); got != want {
			t.Errorf("%s: paragraphs read back\n%s\nwant\n%s", f, got, want)
		}
	}
}

// The stored form of a saved page, byte for byte.
func TestMarkdownGolden(t *testing.T) {
	d, err := ReadFile("testdata/html/harbor-fire.html")
	if err != nil {
		t.Fatal(err)
	}
	d.Retrieved = time.Date(2023, 6, 12, 7, 0, 0, 0, time.UTC)
	golden.Check(t, "testdata/html/harbor-fire.golden.md", d.Markdown())
}

// words is paragraphs with their spacing normalized (a stored paragraph's
// lines are read back joined by spaces).
func words(paras []string) string {
	for i, p := range paras {
		paras[i] = strings.Join(strings.Fields(p), " ")
	}
	return strings.Join(paras, "\n")
}

// Metadata that YAML would read as something else stays words.
func TestFrontMatterWords(t *testing.T) {
	d := &Document{Title: "yes", Author: "null", Publisher: "2024-03-24", URL: "https://x.example/a#b: c", Text: "The council met on Monday."}
	back, err := Parse("x.md", d.Markdown())
	if err != nil {
		t.Fatal(err)
	}
	if back.Title != d.Title || back.Author != d.Author || back.Publisher != d.Publisher || back.URL != d.URL {
		t.Errorf("read back %q %q %q %q from\n%s", back.Title, back.Author, back.Publisher, back.URL, d.Markdown())
	}
}
