package ingest

import (
	"regexp"
	"strings"
	"time"
	"unicode"
)

var (
	// reDateline is a line giving the publication or update time.
	reDateline = regexp.MustCompile(`^(?i)(posted|published|updated|last updated|first published|originally published|modified|date)\b\s*:?\s*(on\s+|at\s+)?`)
	// reByline is an author line: "By Bob Cronin, Newser Staff".
	reByline = regexp.MustCompile(`^(?i:by)\s+\p{Lu}`)
	// reRole is a staff role after a publisher's name in a byline.
	reRole = regexp.MustCompile(`(?i)\s+(staff( writer| reporter)?|writer|reporter|correspondent|editor|contributor|reports?)$`)
	// reSeparator splits byline and dateline parts.
	reSeparator = regexp.MustCompile(`\s*[|•·]\s*|\s+[-–—]\s+`)
)

// meta is what bylines and datelines say about the article.
type meta struct {
	published, updated time.Time
	author, publisher  string
}

// parseText reads a plain-text article: the first line is the title
// (when findTitle); bylines, datelines and furniture are taken out; the
// rest is the text.
func parseText(text string, findTitle bool) *Document {
	var (
		b        builder
		m        meta
		title    string
		para     []string // the lines of the paragraph being built
		lastKept = -2     // index of the last line added to para
		prevFurn bool
	)
	flush := func() {
		if len(para) > 0 {
			p := strings.Join(para, "\n")
			b.add(p, prose(p))
			para = nil
		}
	}
	lines := strings.Split(text, "\n")
	for i, raw := range lines {
		line := strings.TrimSpace(raw)
		switch {
		case line == "":
			flush()
			prevFurn = false
			continue
		case m.readLine(line):
			flush()
			prevFurn = false
			continue
		case findTitle && title == "" && b.b.Len() == 0 && len(para) == 0 && !junk(line, false) && len(strings.Fields(line)) < 25:
			title = strings.TrimLeft(line, "# ")
			continue
		case furniture(line, prevFurn):
			flush()
			prevFurn = true
			continue
		}
		prevFurn = false
		line = trimPromoTail(line)
		if len(para) > 0 && (lastKept != i-1 || !wraps(para[len(para)-1], line)) {
			flush()
		}
		para = append(para, line)
		lastKept = i
	}
	flush()

	d := &Document{Title: title, Text: b.b.String(), Body: b.body, Author: m.author, Publisher: m.publisher}
	d.Published = firstTime(m.published, m.updated)
	return d
}

// readLine takes in a byline or dateline, reporting whether line was one.
func (m *meta) readLine(line string) bool {
	if len(line) > 160 {
		return false
	}
	if reByline.MatchString(line) && !reTerminalEnd.MatchString(line) && len(strings.Fields(line)) <= 16 {
		for j, part := range reSeparator.Split(line[2:], -1) {
			if j > 0 && m.readDate(part) {
				continue
			}
			if j == 0 {
				m.readAuthor(part)
			}
		}
		return true
	}
	if reDateline.MatchString(line) {
		found := false
		for _, part := range reSeparator.Split(line, -1) {
			found = m.readDate(part) || found
		}
		return found
	}
	if len(line) <= 60 {
		if t, ok := ParseTime(line); ok {
			m.setPublished(t)
			return true
		}
	}
	return false
}

// readDate reads one part of a dateline: "Updated: 10:04 AM EDT, March 24, 2024".
func (m *meta) readDate(part string) bool {
	prefix := ""
	if loc := reDateline.FindStringSubmatchIndex(part); loc != nil {
		prefix = strings.ToLower(part[loc[2]:loc[3]])
		part = part[loc[1]:]
	}
	t, ok := ParseTime(part)
	if !ok {
		return false
	}
	if strings.Contains(prefix, "updated") || prefix == "modified" {
		if m.updated.IsZero() {
			m.updated = t
		}
	} else {
		m.setPublished(t)
	}
	return true
}

func (m *meta) setPublished(t time.Time) {
	if m.published.IsZero() {
		m.published = t
	}
}

// readAuthor reads "Bob Cronin,  Newser Staff" or "Jane Doe and John Roe, Reuters".
func (m *meta) readAuthor(s string) {
	s = strings.TrimSpace(s)
	name, rest, _ := strings.Cut(s, ",")
	if m.author == "" {
		m.author = strings.Join(strings.Fields(name), " ")
	}
	rest = strings.TrimSpace(reRole.ReplaceAllString(strings.TrimSpace(rest), ""))
	if rest != "" && m.publisher == "" {
		m.publisher = strings.Join(strings.Fields(rest), " ")
	}
}

// prose reports whether a paragraph is article prose (sentences) rather
// than a heading or deck: it ends a sentence, or is too long for a heading.
func prose(p string) bool {
	return reTerminalEnd.MatchString(p) || len(strings.Fields(p)) >= 20
}

// wraps reports whether next continues prev's paragraph (a hard-wrapped
// line) rather than starting a new one.
func wraps(prev, next string) bool {
	if reTerminalEnd.MatchString(prev) {
		return false
	}
	r := []rune(next)
	return unicode.IsLower(r[0]) || len(prev) >= 50
}
