package publish

import (
	"sort"
	"strings"
)

// A paragraph of a source's text, cut into segments so the theme can mark
// the evidence without ever treating article text as markup.
type paragraph []segment

type segment struct {
	Text string `json:"text,omitempty"` // plain text
	// Event is the event the segment is evidence for, Parts its text
	// with the time expression marked.
	Event string `json:"event,omitempty"`
	Parts []part `json:"parts,omitempty"`
	// ID is set on the first segment of each event's evidence, for links
	// from the event to this place in the source ("quote-<event>").
	ID string `json:"id,omitempty"`
}

type part struct {
	Text string `json:"text"`
	Expr bool   `json:"expr,omitempty"`
}

// A mention is one piece of evidence to find in a source's text.
type mention struct {
	event, quote, expression string
}

// A quote is where a mention was found: [start, end) in the text, and
// its expression's [exprStart, exprEnd) (empty when not found).
type quote struct {
	start, end         int
	exprStart, exprEnd int
	event              string
}

// annotate cuts text into paragraphs (its non-blank lines) and marks where
// each mention's quote, and the time expression in it, is found. A quote
// that is not in the text (an edited one) is simply not marked; where two
// quotes overlap, the one starting first wins.
func annotate(text string, mentions []mention) []paragraph {
	var found []quote
	for _, m := range mentions {
		i := strings.Index(text, m.quote)
		if m.quote == "" || i < 0 {
			continue
		}
		q := quote{start: i, end: i + len(m.quote), event: m.event}
		if j := strings.Index(m.quote, m.expression); m.expression != "" && j >= 0 {
			q.exprStart, q.exprEnd = i+j, i+j+len(m.expression)
		}
		found = append(found, q)
	}
	sort.SliceStable(found, func(a, b int) bool { return found[a].start < found[b].start })
	var quotes []quote
	for _, q := range found {
		if n := len(quotes); n == 0 || q.start >= quotes[n-1].end {
			quotes = append(quotes, q)
		}
	}

	var out []paragraph
	seen := map[string]bool{}
	lineStart := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		start, end := lineStart, lineStart+len(strings.TrimRight(line, "\n"))
		lineStart += len(line)
		if strings.TrimSpace(text[start:end]) == "" {
			continue
		}
		var p paragraph
		at := start
		for _, q := range quotes {
			a, b := max(q.start, start), min(q.end, end)
			if a >= b {
				continue
			}
			if at < a {
				p = append(p, segment{Text: text[at:a]})
			}
			s := segment{Event: q.event, Parts: cut(text, a, b, q.exprStart, q.exprEnd)}
			if !seen[q.event] {
				seen[q.event] = true
				s.ID = "quote-" + q.event
			}
			p = append(p, s)
			at = b
		}
		if at < end {
			p = append(p, segment{Text: text[at:end]})
		}
		out = append(out, p)
	}
	return out
}

// cut splits text[a:b] into the parts before, inside and after the
// expression [x, y).
func cut(text string, a, b, x, y int) []part {
	x, y = min(max(x, a), b), min(max(y, a), b)
	var parts []part
	for _, p := range []part{{text[a:x], false}, {text[x:y], true}, {text[y:b], false}} {
		if p.Text != "" {
			parts = append(parts, p)
		}
	}
	return parts
}
