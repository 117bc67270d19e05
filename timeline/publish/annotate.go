package publish

import (
	"sort"
	"strings"

	"github.com/chronicle-news/chronicle/timeline/temporal"
)

// A paragraph of a source's text, cut into segments so the theme can mark
// the evidence and the time expressions without ever treating article
// text as markup.
type paragraph []segment

// A segment is a run of a paragraph: plain text, or the quote of an
// event's evidence.
type segment struct {
	// Event is the event the segment is evidence for, if any.
	Event string `json:"event,omitempty"`
	// ID is set on the first segment of each event's evidence, for links
	// from the event to this place in the source ("quote-<event>").
	ID    string `json:"id,omitempty"`
	Parts []part `json:"parts"`
}

// A part is plain text or (a piece of) a time expression.
type part struct {
	Text string `json:"text"`
	Expr bool   `json:"expr,omitempty"`
	// Evidence is set on the expression an event's evidence names.
	Evidence bool `json:"evidence,omitempty"`
	// Value is the expression's normalized value, shown after it (on its
	// last piece when a quote or a line cuts it); Note says how it was
	// worked out, for a tooltip.
	Value string `json:"value,omitempty"`
	Note  string `json:"note,omitempty"`
}

// A mention is one piece of evidence to find in a source's text.
type mention struct {
	event, quote, expression string
}

// A timex is a time expression found in a source's text: [start, end),
// its normalized value and how it was worked out.
type timex struct {
	start, end  int
	value, note string
	evidence    bool
}

// timexes turns the temporal engine's expressions into the source
// view's: the TIMEX3 value as the reader sees it, the derivation as its
// note. An expression tied to an event the text names ("the day before
// the attack") has no date of its own: it shows its offset from the event.
func timexes(exprs []temporal.Expr) []timex {
	out := make([]timex, 0, len(exprs))
	for _, e := range exprs {
		v := e.Value
		switch {
		case e.Relation != "" && e.Offset != "":
			v = e.Offset + " from an event"
		case e.Relation != "":
			v = e.Relation + " an event"
		case e.Mod != "":
			v += " (" + strings.ToLower(strings.ReplaceAll(e.Mod, "_", " ")) + ")"
		}
		note := string(e.Type) + " " + e.Value
		if e.Derivation != "" {
			note += ": " + e.Derivation
		}
		out = append(out, timex{start: e.Start, end: e.End, value: v, note: note})
	}
	return out
}

// A quote is where a mention was found: [start, end) in the text, and
// its expression's [exprStart, exprEnd) (empty when not found).
type quote struct {
	start, end         int
	exprStart, exprEnd int
	event              string
}

// annotate cuts text into paragraphs (its non-blank lines), marks where
// each mention's quote is found and every time expression of exprs. A
// quote that is not in the text (an edited one) is simply not marked;
// where two quotes overlap, the one starting first wins. The expression a
// piece of evidence names is flagged as such: it is the engine's
// expression overlapping it, or, when the engine found none there, the
// evidence's own words.
func annotate(text string, mentions []mention, exprs []timex) []paragraph {
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
	exprs = markEvidence(exprs, quotes)

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
				p = append(p, segment{Parts: cut(text, at, a, exprs)})
			}
			s := segment{Event: q.event, Parts: cut(text, a, b, exprs)}
			if !seen[q.event] {
				seen[q.event] = true
				s.ID = "quote-" + q.event
			}
			p = append(p, s)
			at = b
		}
		if at < end {
			p = append(p, segment{Parts: cut(text, at, end, exprs)})
		}
		out = append(out, p)
	}
	return out
}

// markEvidence returns the expressions, in order and none overlapping
// another, with those an evidence expression overlaps flagged; an
// evidence expression the engine did not find is added as it is.
func markEvidence(exprs []timex, quotes []quote) []timex {
	out := append([]timex(nil), exprs...)
	for _, q := range quotes {
		if q.exprStart == q.exprEnd {
			continue
		}
		hit := false
		for i := range out {
			if out[i].start < q.exprEnd && q.exprStart < out[i].end {
				out[i].evidence, hit = true, true
			}
		}
		if !hit {
			out = append(out, timex{start: q.exprStart, end: q.exprEnd, evidence: true})
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].start < out[b].start })
	kept := out[:0]
	for _, x := range out {
		if n := len(kept); x.start < x.end && (n == 0 || x.start >= kept[n-1].end) {
			kept = append(kept, x)
		}
	}
	return kept
}

// cut splits text[a:b] into plain parts and the pieces of the
// expressions within it (sorted, not overlapping).
func cut(text string, a, b int, exprs []timex) []part {
	var parts []part
	at := a
	i := sort.Search(len(exprs), func(i int) bool { return exprs[i].end > a })
	for ; i < len(exprs) && exprs[i].start < b; i++ {
		x := exprs[i]
		s, e := max(x.start, a), min(x.end, b)
		if at < s {
			parts = append(parts, part{Text: text[at:s]})
		}
		p := part{Text: text[s:e], Expr: true, Evidence: x.evidence, Note: x.note}
		if e == x.end {
			p.Value = x.value
		}
		parts = append(parts, p)
		at = e
	}
	if at < b {
		parts = append(parts, part{Text: text[at:b]})
	}
	return parts
}
