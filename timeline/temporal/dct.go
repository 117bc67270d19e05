package temporal

import "time"

// FindDCT finds a document's creation time in its text: the first full
// date (day, month and year written out), normally the byline or dateline
// ("Posted Mar 24, 2024 3:52 PM CDT"). A clock time and a zone that follow
// the date are kept; a zone abbreviation becomes its UTC offset.
func FindDCT(text string) (time.Time, bool) {
	p := newParser(text, time.Time{})
	defer p.release()
	for i := 0; i < len(p.toks); i++ {
		ph := p.calendar(i)
		if !ph.ok() || ph.cal.g < gDay || !ph.cal.known() || ph.anchor != "" {
			continue
		}
		c := ph.cal
		loc := time.UTC
		if c.g == gMinute {
			if z := p.tok(ph.end - 1); z.lex != nil && z.lex.class&cZone != 0 {
				loc = time.FixedZone(z.text(p.text), z.lex.offset)
			}
			return time.Date(c.y, time.Month(c.n), c.d, c.hh, c.mm, 0, 0, loc), true
		}
		return time.Date(c.y, time.Month(c.n), c.d, 0, 0, 0, 0, loc), true
	}
	return time.Time{}, false
}

// text is the token's original text.
func (t *token) text(s string) string { return s[t.start:t.end] }
