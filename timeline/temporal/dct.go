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

// untoldYear reports whether the text is a story that never tells its
// year, so that its days are not the DCT's: a reader cannot tell when "on
// Saturday" fell, and the annotator writes XXXX-WXX-6. It is asked only of
// a text that writes no number of three digits or more but years (news and
// reports write their counts in figures), and none in its title or first
// sentence: a story may recall other years ("gas bills from 1987") but
// does not open on its own. (One whose first day is written with its year
// tells it after all: see emit.) Such a story tells hours or days
// as a story does ("half past nine", "five o'clock", "that evening", "the
// next morning", "the Friday") at least twice, and two more times than
// against the time of writing ("today", "last week", "said Friday", "7
// p.m.") outside quotation marks, as news tells its days and a story now
// and then ("Tomorrow, she thought, she would not"), and it counts no
// years back from the day of writing ("ten years ago today"). Transcripts
// of broadcasts write no figures either, but tell their days against the
// day of airing.
func (p *parser) untoldYear() bool {
	story, news, quoted, breaks := 0, 0, false, 0
	chapter, dated := false, false // a novel's chapter, headed "Chapter Eleven"; a day written with its year ("8 March 2016")
	for i := range p.toks {
		t := &p.toks[i]
		if t.brk && !p.punct(i-1, ":") { // (a title's colon: "Chapter Seven: The Long Winter")
			breaks++
		}
		year := t.kind == tkNum && len(t.low) == 4 && t.num >= 1000 && t.num <= 2100
		if year && breaks <= 2 {
			return false // a year in its title or first sentence: "Siege of Berwick (1333)"
		}
		if t.kind == tkPunct {
			switch t.low {
			case "\"":
				quoted = !quoted
			case "“":
				quoted = true
			case "”":
				quoted = false
			}
			continue
		}
		if i == 0 && t.low == "chapter" && p.lineStart(i+2) {
			chapter = true
		}
		if year && (p.has(i-1, cMonth) || p.punct(i-1, ",") && (p.has(i-2, cMonth) || p.tok(i-2).kind == tkNum)) {
			dated = true
		}
		if t.low == "it" && t.brk && p.is(i+1, "is") && p.has(i+2, cWeekday) {
			return true // a story opening on its day: "It is Thursday, and the rain has not stopped"
		}
		if t.low == "ago" && p.is(i-1, "years") && (p.is(i+1, "today", "tonight") || p.is(i+1, "this") && p.is(i+2, "week", "month")) && !quoted {
			return false // its year told from the day of writing: "We left on Friday 29 July, ten years ago today"
		}
		// (the words the forms start with are in the dictionary, but for
		// "o'clock", "p.m." and the "it" above)
		if t.lex == nil && !(len(t.low) <= 2 && (t.low == "o" || t.low == "p" || t.low == "am" || t.low == "pm")) {
			continue
		}
		storyForm, newsForm := false, false
		switch t.low {
		case "o":
			storyForm = p.punct(i+1, "'") && p.is(i+2, "clock")
		case "past", "to":
			storyForm = (p.has(i-1, cCard) || p.is(i-1, "half", "quarter")) && p.has(i+1, cCard)
		case "that":
			storyForm = p.is(i+1, "morning", "afternoon", "evening", "night")
		case "the":
			storyForm = p.is(i+1, "next", "following") && p.is(i+2, "morning", "day", "afternoon", "evening", "night") ||
				p.has(i+1, cWeekday) && !p.is(i+2, "before", "after")
		case "today", "yesterday", "tomorrow", "tonight":
			newsForm = true
		case "this", "last", "next":
			newsForm = p.is(i+1, "week", "month", "year")
		case "a", "p", "am", "pm":
			newsForm = p.meridiemAt(i) // "7 p.m."
		default:
			// "the polls closed Tuesday", "said Friday"
			newsForm = p.has(i, cWeekday) && !t.brk && p.cue(i-1) == cuePast && !p.is(i-1, "was", "were", "been", "since", "last")
			// a sentence a story opens on its day and goes straight on: "On
			// Monday there was no wind at all" (news sets a comma or a name
			// after it: "On Monday, the council voted", "On Monday Union
			// troops crossed")
			storyForm = p.has(i, cWeekday) && p.is(i-1, "on") && (p.toks[i-1].brk || p.lineStart(i-1)) && p.tok(i+1).kind == tkWord && !p.tok(i+1).upper
		}
		if storyForm {
			story++
		} else if newsForm && !quoted {
			news++
		}
	}
	if chapter && !dated {
		story += 2
	}
	return story >= 2+news
}
