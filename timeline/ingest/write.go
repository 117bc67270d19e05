package ingest

import (
	"bytes"
	"regexp"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// Markdown is the article as a Markdown file with YAML front matter, the
// form `chronicle add` stores articles in. Reading it back gives the same
// title, metadata and paragraphs. The text is escaped so that nothing in
// it is Markdown or HTML markup: a page's "<script>" or "[x](javascript:)"
// stays words on the screen in any Markdown renderer.
func (d *Document) Markdown() []byte {
	fm := frontMatter{Title: oneLine(d.Title), URL: oneLine(d.URL), Publisher: oneLine(d.Publisher)}
	if !d.Published.IsZero() {
		fm.Date = d.Published.Format(time.RFC3339)
	}
	if !d.Retrieved.IsZero() {
		fm.Retrieved = d.Retrieved.Format(time.RFC3339)
	}
	if d.Author != "" {
		fm.Author = yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: oneLine(d.Author)}
	}
	head, err := yaml.Marshal(fm)
	if err != nil {
		panic(err) // strings only: cannot fail
	}
	var b bytes.Buffer
	b.WriteString("---\n")
	b.Write(head)
	b.WriteString("---\n")
	for _, para := range strings.Split(d.Text, "\n\n") {
		b.WriteByte('\n')
		for _, line := range strings.Split(para, "\n") {
			b.WriteString(escapeMarkdown(line))
			b.WriteByte('\n')
		}
	}
	return b.Bytes()
}

var (
	// reEntity is a character reference, which Markdown would decode.
	reEntity = regexp.MustCompile(`&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});`)
	// reBlockStart opens a Markdown block at the start of a line: a
	// heading, quote, list item, table, definition or setext underline.
	reBlockStart = regexp.MustCompile(`^([#>+=:|-]|\d{1,9}[.)])`)
)

// inlineSpecial are the characters that start inline markup anywhere in
// a line: escapes, code, emphasis, links and images, HTML and
// autolinks, strikethrough.
const inlineSpecial = "\\`*_[]<>~"

// escapeMarkdown writes one line of text so that Markdown shows it as
// it is: every character that could start markup is backslash-escaped
// (CommonMark escapes any ASCII punctuation), leading spaces are dropped
// (four would make code) and trailing ones too (two make a line break).
func escapeMarkdown(line string) string {
	line = strings.TrimSpace(line)
	var b strings.Builder
	b.Grow(len(line) + 8)
	if m := reBlockStart.FindStringIndex(line); m != nil {
		b.WriteString(line[:m[1]-1])
		b.WriteByte('\\')
		b.WriteString(line[m[1]-1 : m[1]])
		line = line[m[1]:]
	}
	entities := reEntity.FindAllStringIndex(line, -1)
	for i := 0; i < len(line); i++ {
		c := line[i]
		if strings.IndexByte(inlineSpecial, c) >= 0 || c == '&' && len(entities) > 0 && entities[0][0] == i {
			b.WriteByte('\\')
		}
		if len(entities) > 0 && entities[0][0] == i {
			entities = entities[1:]
		}
		b.WriteByte(c)
	}
	return b.String()
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
