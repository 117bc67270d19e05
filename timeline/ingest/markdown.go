package ingest

import (
	"fmt"
	"html"
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"
)

// frontMatter is the YAML header of a Markdown article.
type frontMatter struct {
	Title     string    `yaml:"title,omitempty"`
	Date      string    `yaml:"date,omitempty"`
	URL       string    `yaml:"url,omitempty"`
	Author    yaml.Node `yaml:"author,omitempty"` // a name or a list of names
	Publisher string    `yaml:"publisher,omitempty"`
	Retrieved string    `yaml:"retrieved,omitempty"`
}

// parseMarkdown reads a Markdown article with optional YAML front matter.
// Text is the article with the Markdown syntax taken out (links keep their
// words, emphasis marks go), so quotes read as the article does.
func parseMarkdown(name, text string) (*Document, error) {
	var fm frontMatter
	body, fmLine, hasFM, err := splitFrontMatter(name, text)
	if err != nil {
		return nil, err
	}
	if hasFM {
		if err := yaml.Unmarshal([]byte(text[:fmLine]), &fm); err != nil {
			return nil, fmt.Errorf("%s: front matter: %v; expected YAML such as title: ..., date: 2024-03-24T15:52:00-05:00", name, err)
		}
	}
	// With a title in the front matter, the body's first line is text.
	d := parseText(markdownToText(body), fm.Title == "")
	if fm.Title != "" {
		d.Title = fm.Title
	}
	if fm.Date != "" {
		t, ok := ParseTime(fm.Date)
		if !ok {
			return nil, fmt.Errorf("%s: front matter: date %q is not a date; write it as 2024-03-24 or 2024-03-24T15:52:00-05:00", name, fm.Date)
		}
		d.Published = t
	}
	if fm.Retrieved != "" {
		if t, ok := ParseTime(fm.Retrieved); ok {
			d.Retrieved = t
		}
	}
	if fm.URL != "" {
		d.URL = fm.URL
	}
	if fm.Publisher != "" {
		d.Publisher = fm.Publisher
	}
	switch fm.Author.Kind {
	case yaml.ScalarNode:
		if fm.Author.Tag != "!!null" {
			d.Author = fm.Author.Value
		}
	case yaml.SequenceNode:
		var names []string
		for _, n := range fm.Author.Content {
			names = append(names, n.Value)
		}
		d.Author = strings.Join(names, ", ")
	}
	return d, nil
}

// splitFrontMatter returns the body after a "---" YAML header and the
// header's length; TOML headers are refused with what to do.
func splitFrontMatter(name, text string) (body string, fmLen int, ok bool, err error) {
	if strings.HasPrefix(text, "+++\n") {
		return "", 0, false, fmt.Errorf("%s:1: TOML front matter (+++) is not supported; write it as YAML between --- lines", name)
	}
	if !strings.HasPrefix(text, "---\n") {
		return text, 0, false, nil
	}
	rest := text[4:]
	for off := 0; off <= len(rest); {
		nl := strings.IndexByte(rest[off:], '\n')
		line := rest[off:]
		if nl >= 0 {
			line = rest[off : off+nl]
		}
		if t := strings.TrimRight(line, " \t"); t == "---" || t == "..." {
			end := off + len(line)
			if nl >= 0 {
				end++
			}
			return rest[end:], 4 + off, true, nil
		}
		if nl < 0 {
			break
		}
		off += nl + 1
	}
	return "", 0, false, fmt.Errorf("%s:1: the front matter opened with --- is never closed; end it with a line holding only ---", name)
}

var (
	reFence      = regexp.MustCompile("^\\s*(```|~~~)")
	reHeading    = regexp.MustCompile(`^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$`)
	reSetext     = regexp.MustCompile(`^\s{0,3}(=+|-+)\s*$`)
	reQuoteMark  = regexp.MustCompile(`^\s{0,3}(>\s?)+`)
	reRule       = regexp.MustCompile(`^\s{0,3}([-*_]\s*){3,}$`)
	reLinkDef    = regexp.MustCompile(`^\s{0,3}\[[^\]]+\]:\s+\S+`)
	reImage      = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]`)
	reLink       = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)|\[([^\]]*)\]\[[^\]]*\]`)
	reAutolink   = regexp.MustCompile(`<(https?://|mailto:)[^>]*>`)
	reHTMLTag    = regexp.MustCompile(`</?[a-zA-Z][^>]*>`)
	reEmphasis   = regexp.MustCompile(`(\*\*|__)(\S(?:.*?\S)?)(\*\*|__)|(^|[^\w*])[*_](\S(?:[^*_]*?\S)?)[*_]([^\w*]|$)`)
	reInlineCode = regexp.MustCompile("`([^`]*)`")
)

// markdownToText turns Markdown into the plain text the article reads as:
// one paragraph per block (lines joined by spaces), list items and
// headings on lines of their own, code and link definitions dropped.
func markdownToText(md string) string {
	var out []string
	var para []string
	flush := func() {
		if len(para) > 0 {
			out = append(out, strings.Join(para, " "))
			para = nil
		}
	}
	lines := strings.Split(md, "\n")
	inFence := false
	for i, line := range lines {
		if reFence.MatchString(line) {
			inFence = !inFence
			flush()
			continue
		}
		if inFence || reLinkDef.MatchString(line) {
			continue
		}
		if i+1 < len(lines) && strings.TrimSpace(line) != "" && reSetext.MatchString(lines[i+1]) && len(para) == 0 {
			out = append(out, inline(strings.TrimSpace(line)))
			lines[i+1] = ""
			continue
		}
		switch {
		case strings.TrimSpace(line) == "" || reRule.MatchString(line):
			flush()
		case reHeading.MatchString(line):
			flush()
			out = append(out, inline(reHeading.FindStringSubmatch(line)[1]))
		case reListMarker.MatchString(strings.TrimSpace(line)):
			flush()
			para = append(para, inline(reListMarker.ReplaceAllString(strings.TrimSpace(line), "")))
		default:
			para = append(para, inline(strings.TrimSpace(reQuoteMark.ReplaceAllString(line, ""))))
		}
	}
	flush()
	return strings.Join(out, "\n\n")
}

// inline removes inline Markdown: images, links (keeping their words),
// emphasis, code marks and HTML tags; escaped characters and character
// references are text.
func inline(s string) string {
	s = protectEscapes(s)
	s = reImage.ReplaceAllString(s, "")
	s = reLink.ReplaceAllString(s, "$1$2")
	s = reAutolink.ReplaceAllString(s, "")
	s = reHTMLTag.ReplaceAllString(s, "")
	s = reInlineCode.ReplaceAllString(s, "$1")
	for {
		t := reEmphasis.ReplaceAllString(s, "$2$4$5$6")
		if t == s {
			break
		}
		s = t
	}
	s = reEntity.ReplaceAllStringFunc(s, html.UnescapeString)
	return strings.Join(strings.Fields(restoreEscapes(s)), " ")
}

// An escaped character ("\*", any ASCII punctuation in CommonMark) is
// held as one of the 32 Unicode noncharacters U+FDD0..U+FDEF, which are
// reserved for such internal use, while the markup rules run.
const (
	asciiPunct   = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
	firstHeldEsc = '\uFDD0'
)

func protectEscapes(s string) string {
	// A noncharacter in the text itself is dropped, not misread.
	s = strings.Map(func(r rune) rune {
		if isHeldEscape(r) {
			return -1
		}
		return r
	}, s)
	if !strings.Contains(s, "\\") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			if k := strings.IndexByte(asciiPunct, s[i+1]); k >= 0 {
				b.WriteRune(firstHeldEsc + rune(k))
				i++
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func restoreEscapes(s string) string {
	return strings.Map(func(r rune) rune {
		if isHeldEscape(r) {
			return rune(asciiPunct[r-firstHeldEsc])
		}
		return r
	}, s)
}

func isHeldEscape(r rune) bool { return r >= firstHeldEsc && r < firstHeldEsc+rune(len(asciiPunct)) }
