// Package ingest reads one article (plain text or Markdown with front
// matter) into a Document: its title, its publication time (the document
// creation time, DCT, that relative dates are worked out from), and its
// text with the page furniture (app banners, captions, bylines, "more
// stories" links) taken out.
//
// Document.Text is what the source view shows and what evidence quotes
// are exact substrings of. It is made of whole lines of the source (for
// plain text), so a quote is also a substring of the file itself.
// Document.Body lists the prose paragraphs of Text: the spans that events
// are looked for in (headings and decks are in Text but not in Body).
package ingest

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"
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

// ReadFile reads an article file.
func ReadFile(path string) (*Document, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(path, data)
}

// Parse reads an article; the name's extension picks the format (.md and
// .markdown are Markdown, anything else plain text) and the name appears
// in errors.
func Parse(name string, data []byte) (*Document, error) {
	if err := checkText(name, data); err != nil {
		return nil, err
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	text := strings.ReplaceAll(string(data), "\r\n", "\n")
	var (
		d   *Document
		err error
	)
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md", ".markdown":
		d, err = parseMarkdown(name, text)
	default:
		d = parseText(text, true)
	}
	if err != nil {
		return nil, err
	}
	d.Name = name
	if len(d.Body) == 0 {
		return nil, fmt.Errorf("%s: no article text found (only a title, bylines or page furniture); paste the article's paragraphs into the file", name)
	}
	if d.Title == "" {
		d.Title = titleFromName(name)
	}
	return d, nil
}

// checkText rejects what is not UTF-8 text, so that the user learns which
// file to convert instead of getting garbled events.
func checkText(name string, data []byte) error {
	if len(bytes.TrimSpace(data)) == 0 {
		return fmt.Errorf("%s: the file is empty; paste the article's text into it", name)
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return fmt.Errorf("%s: this is a binary file, not text; save the article as plain text (.txt) or Markdown (.md)", name)
	}
	if !utf8.Valid(data) {
		line := 1 + bytes.Count(data[:invalidAt(data)], []byte("\n"))
		return fmt.Errorf("%s:%d: not UTF-8 text; convert the file to UTF-8 (for example: iconv -f WINDOWS-1252 -t UTF-8)", name, line)
	}
	return nil
}

// invalidAt is the offset of the first invalid UTF-8 sequence in data.
func invalidAt(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(data)
}

// titleFromName makes a title from a file name: "moscow-attack.txt" ->
// "Moscow attack".
func titleFromName(name string) string {
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
