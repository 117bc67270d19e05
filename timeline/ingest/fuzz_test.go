package ingest

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// Whatever the bytes, reading an article does not panic, and what it
// gives is well formed: prose spans inside the text, in order, and a
// stored form that renders as exactly the text with no markup.
func checkDocument(t *testing.T, d *Document) {
	t.Helper()
	if !utf8.ValidString(d.Text) {
		t.Fatalf("text is not UTF-8: %q", d.Text)
	}
	end := 0
	for _, s := range d.Body {
		if s.Start < end || s.End < s.Start || s.End > len(d.Text) {
			t.Fatalf("span %v out of order or outside the text (%d bytes)", s, len(d.Text))
		}
		end = s.End
	}
	checkInert(t, d, d.Markdown())
}

func addSeeds(f *testing.F, pattern string) {
	files, _ := filepath.Glob(pattern)
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
}

func FuzzHTML(f *testing.F) {
	addSeeds(f, "testdata/html/*.html")
	f.Add([]byte(`<p>On <b>Monday</b> the <a href="javascript:x">council</a> met.<br>It voted &lt;script&gt;.</p><pre>  a\n b</pre>`))
	f.Add([]byte(`<script type="application/ld+json">[{"@type":"Article","datePublished":"2024-01-02"}]</script><article><p>Text here.</p></article>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if d, err := Parse("page.html", data); err == nil {
			checkDocument(t, d)
		}
	})
}

func FuzzText(f *testing.F) {
	addSeeds(f, "testdata/*.txt")
	f.Add([]byte("Headline\n\nBy A B | March 3, 2024\n\n# The council met on Monday.\n- It voted *twice*.\n"))
	f.Add([]byte("---\ntitle: x\ndate: 2024-03-24\n---\n\n\\<b\\> [a](b) **c** `d`\n"))
	f.Add([]byte("\xff\xfeH\x00i\x00.\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, name := range []string{"article.txt", "article.md"} {
			if d, err := Parse(name, data); err == nil {
				checkDocument(t, d)
			}
		}
	})
}
