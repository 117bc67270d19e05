// Package ingest reads one article (plain text, Markdown with front
// matter, or a saved web page, in UTF-8, UTF-16, windows-1252 or the
// charset a page declares) into a Document: its title, its publication
// time (the document creation time, DCT, that relative dates are worked
// out from), and its text with the page furniture (navigation, app and
// cookie banners, captions, bylines, "more stories" links) taken out.
//
// Document.Text is what the source view shows and what evidence quotes
// are exact substrings of. It is made of whole lines of the source (for
// plain text), so a quote is also a substring of the file itself.
// Document.Body lists the prose paragraphs of Text: the spans that events
// are looked for in (headings and decks are in Text but not in Body).
package ingest

import (
	"fmt"
	"mime"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/timeline/temporal"
)

// A Document is one article, ready for event finding.
type Document struct {
	Name      string    // the file name, as given
	Title     string    // the headline
	Text      string    // the article's text, furniture removed
	Body      []Span    // the prose paragraphs of Text, in order
	Published time.Time // the DCT; zero when the article does not say
	URL       string
	Author    string
	Publisher string
	Retrieved time.Time // when the article was saved, if the front matter says
}

// A Span is a byte range [Start, End) of Document.Text.
type Span struct{ Start, End int }

// Paragraphs returns the text of each Body span.
func (d *Document) Paragraphs() []string {
	ps := make([]string, len(d.Body))
	for i, s := range d.Body {
		ps[i] = d.Text[s.Start:s.End]
	}
	return ps
}

// maxFileSize bounds what ReadFile loads: far above any article (a 50 MB
// one reads in seconds), far below a video someone gave by mistake.
const maxFileSize = 256 << 20

// ReadFile reads an article file.
func ReadFile(path string) (*Document, error) {
	if fi, err := os.Stat(path); err == nil && fi.Size() > maxFileSize {
		return nil, fmt.Errorf("%s: the file is %d MB, too large for an article; give the article's own text (a .txt, .md or .html file)", path, fi.Size()>>20)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(path, data)
}

// Parse reads an article; the name's extension picks the format (.html,
// .htm and .xhtml are web pages, .md and .markdown Markdown, anything else
// plain text) and the name appears in errors.
func Parse(name string, data []byte) (*Document, error) {
	return Read(Input{Name: name, Data: data})
}

// An Input is an article's bytes and what is known about them.
type Input struct {
	Name        string // shown in errors
	Data        []byte
	Format      Format // FormatAuto: by ContentType, else by the extension of Name
	ContentType string // as served, e.g. "text/html; charset=iso-8859-1"; its charset is trusted
	URL         string // where the page was downloaded from, if it was
}

// A Format is how an article's text is written.
type Format int

const (
	FormatAuto Format = iota
	FormatText
	FormatMarkdown
	FormatHTML
)

// FormatOf is the format of a file by its extension.
func FormatOf(name string) Format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		return FormatHTML
	case ".md", ".markdown":
		return FormatMarkdown
	}
	return FormatText
}

// formatOf is how in is written: as it says, as it was served, or by its name.
func formatOf(in Input) Format {
	if in.Format != FormatAuto {
		return in.Format
	}
	media, _, _ := mime.ParseMediaType(in.ContentType)
	switch media {
	case "text/html", "application/xhtml+xml":
		return FormatHTML
	case "text/markdown", "text/x-markdown":
		return FormatMarkdown
	case "text/plain":
		return FormatText
	}
	return FormatOf(in.Name)
}

// Read reads an article.
func Read(in Input) (*Document, error) {
	format := formatOf(in)
	text, err := decode(in.Name, in.Data, in.ContentType, format == FormatHTML)
	if err != nil {
		return nil, err
	}
	var d *Document
	switch format {
	case FormatHTML:
		d, err = parseHTML(in.Name, text, in.URL)
	case FormatMarkdown:
		d, err = parseMarkdown(in.Name, text)
	default:
		d = parseText(text, true)
	}
	if err != nil {
		return nil, err
	}
	d.Name = in.Name
	if d.URL == "" {
		d.URL = in.URL
	}
	if len(d.Body) == 0 && format == FormatHTML {
		return nil, fmt.Errorf("%s: no article text found in the page (only navigation, bylines or page furniture); if the article is there, copy its text into a .txt file and add that", in.Name)
	}
	if len(d.Body) == 0 {
		return nil, fmt.Errorf("%s: no article text found (only a title, bylines or page furniture); paste the article's paragraphs into the file", in.Name)
	}
	if d.Title == "" {
		d.Title = TitleFromName(in.Name)
	}
	if d.Published.IsZero() && format != FormatHTML {
		// No byline: the first full date is most likely the dateline. A
		// page's own text is not trusted so far (parseHTML).
		if t, ok := temporal.FindDCT(d.Text); ok {
			d.Published = t
		}
	}
	return d, nil
}

// TitleFromName makes a title from a file or folder name: "moscow-attack.txt" ->
// "Moscow attack".
func TitleFromName(name string) string {
	base := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	base = strings.TrimSpace(strings.NewReplacer("-", " ", "_", " ").Replace(base))
	if base == "" {
		return ""
	}
	r, n := utf8.DecodeRuneInString(base)
	return strings.ToUpper(string(r)) + base[n:]
}

// builder assembles Text from paragraphs, recording the prose spans.
type builder struct {
	b    strings.Builder
	body []Span
}

func (b *builder) add(para string, prose bool) {
	if b.b.Len() > 0 {
		b.b.WriteString("\n\n")
	}
	start := b.b.Len()
	b.b.WriteString(para)
	if prose {
		b.body = append(b.body, Span{start, b.b.Len()})
	}
}
