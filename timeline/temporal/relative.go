package temporal

import (
	"strconv"
	"strings"
	"time"
	"unicode"
)

// This file holds the rules for expressions resolved against the DCT
// ("yesterday", "last week", "two years ago") or against the last date of
// the text ("the next day", "a year earlier"), and the modifiers ("early",
// "about", "more than") that wrap any expression.

// refWords are the vague references, with their TIMEX3 value.
var refWords = map[string]string{
	"now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF", "nowadays": "PRESENT_REF",
	"presently": "PRESENT_REF", "recently": "PAST_REF", "lately": "PAST_REF", "soon": "FUTURE_REF",
}

// refPhrases are multi-word vague references, spans including "the".
var refPhrases = []struct {
	words []string
	value string
}{
	{[]string{"the", "near", "future"}, "FUTURE_REF"},
	{[]string{"the", "near", "term"}, "FUTURE_REF"},
	{[]string{"the", "short", "term"}, "FUTURE_REF"},
	{[]string{"the", "long", "term"}, "FUTURE_REF"},
	{[]string{"the", "future"}, "FUTURE_REF"},
	{[]string{"the", "past"}, "PAST_REF"},
	{[]string{"the", "present"}, "PRESENT_REF"},
	{[]string{"these", "days"}, "PRESENT_REF"},
	{[]string{"future"}, "FUTURE_REF"},
	{[]string{"more", "recently"}, "PAST_REF"},
	{[]string{"right", "now"}, "PRESENT_REF"},
}

// modals look ahead: "will one day".
var modals = []string{"will", "would", "could", "may", "might", "can", "should", "shall", "must"}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// dayWords are the days named relative to the DCT.
var dayWords = map[string]int{"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}

// deictic recognizes expressions relative to the DCT or to the text.
func (p *parser) deictic(i int) phrase {
	best := phrase{}
	for _, f := range deicticRules {
		if ph := f(p, i); ph.ok() && ph.end > best.end {
			best = ph
		}
	}
	return best
}

var deicticRules = []func(*parser, int) phrase{
	(*parser).refWord, (*parser).dayWord, (*parser).relUnit, (*parser).ago, (*parser).yearAgo,
	(*parser).periodOf, (*parser).theQuarter, (*parser).theWeekend, (*parser).yearEnd,
}

// refWord: "now", "recently", "the future", "current".
func (p *parser) refWord(i int) phrase {
	for _, j := range p.entry(i).refs {
		r := refPhrases[j]
		if end, ok := p.words(i, r.words); ok {
			if n := p.tok(end); r.words[len(r.words)-1] == "future" && n.kind == tkWord && !n.brk && (n.upper || p.tok(end+1).upper && !p.tok(end+1).brk) {
				return phrase{} // "the future Augustus", "the future King George", "the future emperor Nero"
			}
			if r.words[0] == "future" {
				// adjectives: "future quarters" is vague, "future plans" is not time
				if n := p.tok(end); n.lex == nil || n.lex.class&cUnit == 0 || !n.lex.plural {
					return phrase{}
				}
				return phrase{begin: i, end: end + 1, typ: Date, value: r.value, why: "'" + p.span(i, end+1) + "', vague -> " + r.value}
			}
			if r.words[len(r.words)-1] == "past" && p.tok(end).kind == tkWord && p.tok(end).lex != nil && p.tok(end).lex.class&(cUnit|cCard|cVague) != 0 {
				return phrase{} // "the past two years" is a duration
			}
			return phrase{begin: i, end: end, typ: Date, value: r.value, why: "'" + p.span(i, end) + "', vague -> " + r.value}
		}
	}
	if p.is(i, "one", "some") && p.is(i+1, "day") && p.is(i-1, modals...) {
		// "Islam will one day be the second religion"
		return phrase{begin: i, end: i + 2, typ: Date, value: "FUTURE_REF", why: "'" + p.span(i, i+2) + "' after a modal, vague -> FUTURE_REF"}
	}
	if p.is(i, "then") && p.is(i-1, "until", "till") && p.refIdx >= 0 && p.recentRef(i) {
		// "terminate on Nov. 30. Until then, ...": the date just told (but
		// not "by then", a state reached, which TimeBank leaves untagged)
		return phrase{begin: i, end: i + 1, typ: Date, cal: p.ref, anchor: AnchorExpr,
			why: "'" + p.span(i-1, i+1) + "', the date just told -> " + p.ref.value()}
	}
	if p.is(i, "then") && (p.is(i+1, "current") || p.hyphen(i+1) && p.is(i+2, "current")) {
		e := i + 2 + btoi(p.hyphen(i+1))
		return phrase{begin: i, end: e, typ: Date, value: "PAST_REF", why: "'" + p.span(i, e) + "', the present of a past time -> PAST_REF"}
	}
	if !p.has(i, cRefWord) {
		return phrase{}
	}
	v := refWords[p.tok(i).low]
	switch p.tok(i).low {
	case "current":
		// "current" alone is an adjective of the present ("current
		// prices"), not a noun ("a strong current", "the current must run")
		if p.is(i+1, "year", "quarter", "month", "week", "fiscal", "period", "season", "decade", "century") ||
			p.tok(i+1).kind != tkWord || p.is(i+1, "must", "runs", "ran", "flows", "flowed", "of", "was", "is", "that", "which", "and", "carried", "swept", "pulled", "took", "had", "there", "would", "could", "will",
			"on", "in", "at", "near", "along", "through", "off", "from", "under", "around", "past", "against", "into", "toward", "towards") ||
			p.is(i-1, "a", "an", "electric", "electrical", "alternating", "direct", "ocean", "strong") {
			// ("an electric current deflects a needle", "a current-carrying wire")
			return phrase{}
		}
	case "recently":
		if p.is(i-1, "as") && p.is(i+1, "as") || p.is(i-1, "most") && p.has(i+1, cMonth|cWeekday|cDayWord|cRefWord) || p.is(i-1, "most") && p.is(i+1, "last", "on", "in") {
			return phrase{} // a comparison: "as recently as 2011", "most recently last Thursday"
		}
	case "soon":
		// "the bank may soon seek", "it soon will"; not "as soon as he
		// left", "soon after", "was soon released"
		if p.is(i-1, "as", "too", "how", "so") && !p.is(i+2, "possible") || p.is(i+1, "after", "afterward", "afterwards", "thereafter", "enough") || p.tense(i, i+1) <= 0 {
			return phrase{}
		}
	}
	return phrase{begin: i, end: i + 1, typ: Date, value: v, why: "'" + p.span(i, i+1) + "', vague -> " + v}
}

// dayWord: "today", "yesterday morning", "tonight", "last night",
// "this afternoon", "the day before yesterday".
func (p *parser) dayWord(i int) phrase {
	k, off, part := i, 0, ""
	switch {
	case p.is(k, "the") && p.is(k+1, "day") && p.is(k+2, "before") && p.is(k+3, "yesterday"):
		off, k = -2, k+4
	case p.is(k, "the") && p.is(k+1, "day") && p.is(k+2, "after") && p.is(k+3, "tomorrow"):
		off, k = 2, k+4
	case p.is(k, "last", "this", "tomorrow", "yesterday", "tonight") && p.has(k+1, cPart) && !p.tok(k+1).lex.plural:
		w := p.tok(k).low
		part = p.tok(k + 1).lex.code
		if w == "last" {
			if part != "NI" {
				return phrase{}
			}
			off = -1
		} else {
			off = dayWords[w]
		}
		k += 2
	case p.tok(k).lex != nil && p.tok(k).kind == tkWord:
		if !p.has(k, cDayWord) {
			return phrase{}
		}
		o := dayWords[p.tok(k).low]
		if t, prev := p.tok(k), p.tok(k-1); t.upper && !t.brk && prev.kind == tkWord && len(prev.low) >= 2 &&
			!strings.ContainsFunc(p.text[prev.start:prev.end], unicode.IsLower) {
			return phrase{} // a name after an acronym: "USA Today", "VOA Today"
		}
		off, k = o, k+1
		if p.tok(i).low == "tonight" {
			part = "NI"
		} else if pd, k2, ok := p.partOfDay(k); ok {
			part, k = pd, k2
		}
	default:
		return phrase{}
	}
	base, ph := p.dct, phrase{begin: i, end: k, typ: Date, anchor: AnchorDCT}
	if p.tok(i).low == "today" && k == i+1 && p.writersToday(i) {
		return phrase{begin: i, end: k, typ: Date, value: "PRESENT_REF", why: "'" + p.span(i, k) + "', the present of a text about the past -> PRESENT_REF"}
	}
	if p.newsDays > 0 && !p.dayLine && !p.storyNow && p.willIn(i) && !p.quoted(i) {
		// news recalling a day of long ago looks ahead from its own: "lays
		// flowers every year on 7 March, and will do so again this afternoon"
	} else if day, ok := p.storyDay(i, false); ok {
		// "'Tomorrow,' he said": the story's morrow; a diary's "today"
		base, ph.anchor = day, AnchorExpr
	} else if day, ok := p.speechDay(i); ok {
		// news quoting what was said on another day than the DCT's:
		// '"We hit the peak yesterday," Marsh said Thursday'
		base, ph.anchor = day, AnchorExpr
	}
	c := base.coarsen(gDay).shift(uDay, off)
	if part != "" {
		c.g, c.code, ph.typ = gPart, part, Time
	}
	if !p.hasDCT && ph.anchor == AnchorDCT {
		ph.anchor = ""
	}
	ph.cal, ph.why = c, "'"+p.span(i, k)+"', "+offsetWords(off, "day")+" "+ph.anchorName()+" -> "+c.value()
	return ph
}

// writersToday reports whether "today" at token i is the writer's present
// set against the past a history or a story tells: opening a clause ("Today
// the clock is in a museum", "Today historians place more weight", ";
// today it is seen as", "what is today Broadwick Street"; a history tells
// its own days as "that day"), or anywhere in a clause of a history of long
// ago not told as past or to come ("the walls still stand today"; not
// "members today became", nor "a service will be held at 3pm today").
func (p *parser) writersToday(i int) bool {
	if !p.hasDCT || p.storyNow {
		return false
	}
	if (p.tok(i).brk || p.punct(i-1, ";") || p.punct(i-1, ",") || p.is(i-1, "is", "are")) && (p.storyDates >= 3 || p.isHistory()) &&
		(p.tense(i, i+1) >= 0 || p.tok(i).brk && !p.dayLine) {
		return true
	}
	return p.isHistory() && p.refIdx >= 0 && p.ref.g >= gYear && p.ref.y != unknown && p.ref.y < p.dct.y-30 && !p.dayLine && !p.quoted(i) &&
		!p.willIn(i) && p.cue(i+1) != cuePast
}

// willIn reports whether the clause of token i says "will" or "shall":
// "A service will be held at 3pm today" is of the DCT's day.
func (p *parser) willIn(i int) bool {
	s, e := p.clauseOf(i)
	for k := s; k <= e; k++ {
		if p.is(k, "will", "shall", "ll") {
			return true
		}
	}
	return false
}

// speechDay is the day the quotation holding token i was spoken on, when
// news names it with the speaker, after the quotation ('"...yesterday,"
// Marsh said Thursday', '... told a news conference on Saturday') or before
// it ('told reporters Tuesday: "..."').
func (p *parser) speechDay(i int) (cal, bool) {
	if !p.hasDCT || !p.quoted(i) {
		return cal{}, false
	}
	open, _ := p.quoteOpen(i)
	end := i
	for end < len(p.toks) && end-i < 80 && !isQuote(p.toks[end].low) {
		end++ // (the quotation's close)
	}
	said, saidPast := false, false
	for k := end + 1; k < len(p.toks) && k <= end+8 && !p.toks[k].brk; k++ {
		said = said || p.is(k, speechVerbs...)
		saidPast = saidPast || p.is(k, "said", "told", "added")
		if said && p.has(k, cWeekday) {
			return p.spokenOn(k)
		}
	}
	if d := p.ref.coarsen(gDay); saidPast && p.refIdx >= 0 && p.ref.g == gMinute && p.ref.known() && p.recentRef(open) &&
		d.date().Before(p.dct.date()) && !d.date().Before(p.dct.date().AddDate(0, 0, -7)) {
		// said at the hours of the day the report has just told: 'landed
		// at 8.40pm ... "I have been in a hotel today," he told the club's
		// website'
		return d, true
	}
	// before it, in its sentence or the one before: 'told reporters at
	// the hangar Tuesday: "..."', '"...," he said Wednesday. "Yesterday ..."'
	day, said := -1, false
	for k := open - 1; k > 0 && k >= open-30; k-- {
		said = said || p.is(k, speechVerbs...)
		if day < 0 && p.has(k, cWeekday) && !p.is(k-1, "since", "until", "till", "by", "before", "after", "from", "through", "every", "each") && !p.inQuotation(k) {
			day = k // (not "slept in a plaza since Saturday night", "hours every Saturday", nor a day another quotation told)
		}
		if p.toks[k].brk && !(k == open && p.punct(k-1, ".")) {
			break
		}
	}
	if day > 0 && said {
		return p.spokenOn(day)
	}
	return cal{}, false
}

// spokenOn is the day of the weekday at token k that a quotation was said
// on: not after the DCT ("The field will be announced Sunday ... '"We'll
// enjoy it tonight," Brandt said' was said by Saturday's DCT).
func (p *parser) spokenOn(k int) (cal, bool) {
	d := p.weekdayDate(k)
	c := d.cal.coarsen(gDay)
	return c, d.ok() && d.cal.g >= gDay && d.cal.known() && !c.date().After(p.dct.date())
}

// speechVerbs tell who said a quotation, and on what day.
var speechVerbs = []string{"said", "says", "told", "added", "wrote", "announced", "reached", "interview", "conference"}

func isQuote(s string) bool { return s == "\"" || s == "“" || s == "”" || s == "``" || s == "''" }

// inQuotation reports whether token k is inside a quotation (see quoteOpen).
func (p *parser) inQuotation(k int) bool {
	_, ok := p.quoteOpen(k)
	return ok
}

// offsetWords says "1 day before", "the same day as".
func offsetWords(n int, unit string) string {
	switch {
	case n == 0:
		return "the same " + unit + " as"
	case n < 0:
		return itoa(-n) + " " + unit + "(s) before"
	}
	return itoa(n) + " " + unit + "(s) after"
}

// figure reports whether the clause of token i gives a figure: "11.6
// percent", "$4.2 billion".
func (p *parser) figure(i int) bool {
	s, e := p.clauseOf(i)
	for k := s; k <= e; k++ {
		if p.tok(k).kind == tkNum && (p.is(k+1, "percent", "pct") || p.punct(k+1, "%") || p.punct(k-1, "$")) {
			return true
		}
	}
	return false
}

// direction says "before" or "after" for a shift, or same when there is none.
func direction(dir int, same string) string {
	switch {
	case dir < 0:
		return "before"
	case dir > 0:
		return "after"
	}
	return same
}

// unitGran is the calendar precision named by a unit.
var unitGran = [...]gran{
	uSecond: gMinute, uMinute: gMinute, uHour: gMinute, uDay: gDay, uWeekend: gWeekend, uWeek: gWeek, uFortnight: gWeek,
	uMonth: gMonth, uQuarter: gQuarter, uHalf: gHalf, uYear: gYear, uDecade: gDecade, uCentury: gCentury,
	uMillennium: gCentury,
}

// relWords place a unit, month or weekday relative to the DCT or the text.
var relWords = []string{"this", "last", "next", "past", "coming", "previous", "preceding", "prior", "following",
	"current", "present", "latest", "that", "same", "upcoming", "ensuing", "subsequent", "recent", "full"}

// relUnit: "last week", "this year", "next month", "the previous day",
// "the following year", "that day", "last May", "next Friday", "last fall",
// "this weekend", "the current quarter", "the latest quarter".
func (p *parser) relUnit(i int) phrase {
	if p.is(i, "this") && p.is(i+1, "day", "date") && p.is(i+2, "in") && p.hasDCT && p.isYear(i+3) && p.tok(i+3).num != p.dct.y {
		// an anniversary's "On this day in 1989": the DCT's day, that year
		c := p.dct.coarsen(gDay)
		c.y = p.tok(i + 3).num
		if c.d <= daysIn(c.y, c.n) {
			return phrase{begin: i, end: i + 4, typ: Date, cal: c, anchor: AnchorDCT, why: "'" + p.span(i, i+4) + "', the DCT's day in that year -> " + c.value()}
		}
	}
	if p.is(i, "this") && p.is(i+1, "time") && p.is(i+2, "last", "next") && p.has(i+3, cUnit) && !p.tok(i+3).lex.plural && p.tok(i+3).lex.unit >= uWeek {
		// "This time last year I was at home": the day, a year before
		base, anchor := p.dayAtHand(i)
		c := base.coarsen(gDay).shift(p.tok(i+3).lex.unit, yearShift[p.tok(i+2).low])
		return phrase{begin: i, end: i + 4, typ: Date, cal: c, anchor: anchor, why: "'" + p.span(i, i+4) + "', the day moved -> " + c.value()}
	}
	k := i
	the := p.is(k, "the")
	if the {
		k++
	}
	if !p.is(k, relWords...) {
		return phrase{}
	}
	w := p.tok(k).low
	k++
	if w == "that" && p.is(k, "same") {
		k++
	} else if w == "this" && p.is(k, "coming", "past") {
		w, k = p.tok(k).low, k+1
	}
	if p.is(k, "fiscal") && p.is(k+1, "year") {
		k++
	}
	t := p.tok(k)
	if t.lex == nil || t.kind != tkWord || t.upper && t.class() == cUnit && !t.brk {
		return phrase{} // ("This Week" is a title)
	}
	end := k + 1
	ph := phrase{begin: i, end: end, typ: Date, anchor: AnchorDCT}
	base := p.dct
	if !p.hasDCT {
		ph.anchor = ""
	}
	dir := 0 // the shift in units
	switch w {
	case "last", "past", "previous", "preceding", "prior", "latest", "recent":
		dir = -1
	case "next", "coming", "following", "upcoming", "ensuing", "subsequent":
		dir = 1
	}
	// "the next day" follows a date just told; "the next decade" (or a
	// "the next month" long after any date) runs from the DCT
	anaphoric := w == "previous" || w == "preceding" || w == "prior" || w == "following" || w == "ensuing" ||
		w == "subsequent" || w == "that" || w == "same" || w == "next" && the && (p.recentRef(i) || !p.hasDCT || p.inStory(i))
	if anaphoric {
		base, ph.anchor = p.anaphor()
		if y := p.prev.cal; w == "that" && p.is(k, "year") && y.g == gYear && p.prev.anchor == "" && p.prev.value == "" && p.nearPrev(i, 1, 60) {
			// the year just named, even in passing: "has lived here since
			// 1962. She came in the spring of that year"
			base, ph.anchor = y, AnchorExpr
		}
		if pc := p.prev.cal; w == "that" && t.class() == cMonth && p.prev.typ == Date && p.prev.value == "" && pc.known() && pc.g == gSeason && pc != base && p.nearPrev(i, 1, 60) {
			// a month of the season just named, though looked back to: "But
			// before that there had been the summer of 1986. That August"
			base, ph.anchor, ph.refIdx = pc, AnchorExpr, len(p.out)
		}
		if pc := p.prev.cal; t.class() == cUnit && p.prev.typ == Date && p.prev.value == "" && pc.known() && w != "that" && w != "same" && p.nearPrev(i, 0, 12) {
			if _, g := t.lex.unitOr(t.low); pc.g == g && pc != base {
				// the period just named, set against its neighbour: "412
				// cases last week against 331 the previous week"
				base, ph.anchor, ph.refIdx = pc, AnchorExpr, len(p.out)
			}
		}
	} else if day, ok := p.storyDay(i, false); ok && !(p.textYear != unknown && p.textYear > day.y && p.entryDay.g < gDay) && (p.is(k, "week", "weekend", "day") || p.inEntry(i) && (p.ref.y == p.lastDay.y || p.out[p.refIdx].Anchor == AnchorExpr) || w == "coming" || p.storyNow || p.futureInPast(i) || p.quoted(i)) && (w == "last" || w == "next" || w == "this" || w == "coming") {
		// a story's "last weekend" is before its day, not the DCT's ("last
		// year" is as often the teller's, but not in a diary's or a
		// letter's entry: "last summer the passage took a fortnight";
		// an editor's note after it tells of other years), while the story
		// is still in that day's year ("born on 12 May 1938 ... in 2001 ...
		// She died last week" is the teller's)
		base, ph.anchor = day, AnchorExpr
	} else if day, ok := p.speechDay(i); ok && (t.class() == cWeekday || p.is(k, "week", "weekend", "night", "morning", "evening", "afternoon")) {
		base, ph.anchor = day, AnchorExpr // quoted: '"next Thursday will surprise everyone," he told a hustings on Sunday'
	}
	why := "'" + p.span(i, end) + "', "
	switch {
	case t.low == "season" && (dir != 0 && w != "recent" || w == "this" || w == "that" || w == "same"):
		// a season of play: "last season", "next season", "that season" is its year
		if !base.known() {
			return phrase{}
		}
		c := base.coarsen(gYear).shift(uYear, dir)
		ph.cal, ph.why = c, why+"a season of "+ph.anchorName()+"'s year -> "+c.value()
	case t.class() == cUnit && !t.lex.plural || t.low == "period" || t.low == "night" || t.low == "morning" || t.low == "evening" || t.low == "afternoon":
		u, g := t.lex.unitOr(t.low)
		if w == "recent" || w == "current" && u < uDay || w == "present" || w == "full" && u != uYear ||
			t.low == "quarter" && p.is(end, "of") && p.is(end+1, "an", "a") && p.is(end+2, "hour") { // (a stretch of fifteen minutes)
			return phrase{}
		}
		if w == "last" && (the || p.is(i-1, "the")) && t.low == "day" && p.is(end, "of") {
			return phrase{} // the final day of something: "the last day of school" (of a month or a year, see periodOf)
		}
		if (w == "past" || w == "next" || w == "coming" || w == "following" && p.is(i-1, "over", "during", "for", "within", "throughout")) && (u == uDecade || u == uCentury) || u == uFortnight && w != "that" && w != "same" ||
			u == uHour && dir != 0 || the && p.spanned(i-1, w) && u >= uWeek && u <= uYear {
			// "the past decade" is the ten years up to now, "over the
			// following decade" ten years on; "the last fortnight" the two
			// weeks, "the next hour" sixty minutes, "for the past week" and
			// "over the next month" a stretch of time
			v := durationValue(amount{n: 1}, u)
			return phrase{begin: i, end: end, typ: Duration, value: v, why: why + "a duration -> " + v}
		}
		if t.low == "period" {
			if w != "latest" && w != "same" && w != "that" {
				return phrase{}
			}
			if ph.anchor == AnchorExpr && base.g >= gYear && base.g <= gMonth {
				g = base.g // "that period": the last date's period
			} else if w != "latest" && p.lastQi < 0 {
				return phrase{} // no period told: "writers are returning to that period"
			}
		}
		switch {
		case w == "latest" && u == uQuarter, w == "this" && u == uQuarter && p.lastQi >= 0 && p.tense(i, end) < 0:
			// "the latest quarter", "the latest period", "this quarter's
			// loss" in a report: the quarter reported
			c, anchor, refIdx := p.quarterRef()
			ph.cal, ph.anchor, ph.refIdx = c, anchor, refIdx
			ph.why = why + "the quarter of " + ph.anchorName() + " -> " + c.value()
			return ph
		case w == "latest", u == uMinute, u == uSecond, u == uHour:
			return phrase{}
		}
		if base.g < gDay && ph.anchor == AnchorExpr && p.lastDay.g >= gDay && p.lastDay.known() && (g == gPart || g == gDay && (w == "same" && base.g == gYear || dir != 0) ||
			(g == gWeek || g == gWeekend) && base.g < gWeek && base.y == p.lastDay.y) {
			// "the following morning" after "last weekend", "the same day"
			// after a year named in passing, "the following day" after "next
			// meets on 4 September. The June quarter accounts are due out",
			// "that same week" after "that summer": the last day told
			base = p.lastDay
		}
		c := base.coarsen(g).shift(u, dir)
		if u == uWeek && w == "this" && ph.anchor == AnchorDCT && p.dct.date().Weekday() == time.Sunday && p.tense(i, end) >= 0 {
			c = c.shift(uWeek, 1) // on a Sunday, "this week" not gone by is the one it begins
		}
		if u == uWeekend && w == "this" && ph.anchor == AnchorDCT && (p.dct.date().Weekday() == time.Monday || p.dct.date().Weekday() == time.Tuesday) && p.tense(i, end) < 0 {
			c = c.shift(uWeek, -1) // on a Monday, "this weekend" gone by is the one just ended
		}
		if wd, e, ok := p.weekday(end); ok && u == uWeek && g == gWeek && !p.tok(end).brk && !p.hyphen(end) {
			c, end, ph.end = c.inWeek(wd), e, e // "last week Thursday": that week's Thursday
		}
		if w == "same" && u < uYear && t.low != "period" && (p.is(end, "last") && p.is(end+1, "year") || p.is(end, "a") && p.is(end+1, "year") && p.is(end+2, "ago", "earlier")) {
			// "the same day last year", "the same week a year ago"
			end = end + 2 + btoi(p.is(end, "a"))
			c, ph.end = c.shift(uYear, -1), end
		}
		if g == gPart {
			c = base.coarsen(gDay).shift(uDay, dir)
			c.g, c.code, ph.typ = gPart, t.lex.code, Time
			if w == "last" && t.low != "night" {
				return phrase{}
			}
		}
		ph.cal, ph.why = c, why+offsetWords(dir, unitInfo[u].name)+" "+ph.anchorName()+" -> "+c.value()
	case t.class() == cMonth && t.upper && w == "past" && !the:
		return phrase{} // "to delay it past Nov. 30": after that day
	case t.class() == cMonth && t.upper:
		m := int(t.lex.month)
		if t.lex.class&cAbbrev != 0 {
			end = p.optPeriod(k + 1)
		}
		if base.g == gSeason && base.known() {
			// from a season, "the next July" is after it and "last March" before it
			base = seasonMonth(base, dir)
		}
		c := cal{g: gMonth, y: base.y, n: m, d: unknown}
		if d, k2, ok := p.day(end); ok && p.tok(end).kind == tkNum && !p.punct(k2, ":") && d <= daysIn(2000, m) {
			c.g, c.d, end = gDay, d, k2 // "last Oct. 23"
		}
		ph.end, why = end, "'"+p.span(i, end)+"', "
		// the month (day) is not before, not after the anchor's
		notBefore := m > base.n || m == base.n && (c.g == gMonth || c.d >= base.d)
		notAfter := m < base.n || m == base.n && (c.g == gMonth || c.d <= base.d)
		switch {
		case dir < 0 && notBefore:
			c.y--
		case dir > 0 && notAfter:
			c.y++
		case w == "this" && c.g == gMonth && m-base.n <= -9:
			c.y++ // at a year's end, "this January" is the coming one
		}
		if !base.known() {
			c.y = unknown
		}
		ph.cal, ph.why = c, why+"the nearest "+time.Month(m).String()+" "+direction(dir, "in the year of")+" "+ph.anchorName()+" -> "+c.value()
	case t.class() == cWeekday && t.upper && !t.lex.plural && !p.wordNotWeekday(k):
		if t.lex.class&cAbbrev != 0 {
			end = p.optPeriod(k + 1)
		}
		if w == "this" && p.punct(end, ",") && p.has(end+1, cMonth) {
			return phrase{} // "In this Tuesday, Oct. 29, 2019, file photo": the date names the day
		}
		if d := p.monthDate(k); d.cal.g == gDay && d.end > end+1 && d.value == "" {
			// "next Friday, April 5": the date names the day
			d.begin, d.why = i, "'"+p.span(i, d.end)+"', the date named: "+d.why
			return d
		}
		ph.end = end
		var c cal
		switch day, story := p.storyDay(i, false); {
		case dir == 0 && story:
			c = day.weekdayFrom(t.lex.weekday) // "That Saturday" of a story: the first from its day
		case dir == 0 && w == "that" && ph.anchor == AnchorExpr && base.g >= gDay && base.known():
			// "14 March 1957 ... that Thursday": the one of the week of the day told
			c = base.coarsen(gWeek).inWeek(t.lex.weekday)
		case dir == 0:
			c, _ = p.resolveWeekday(t.lex.weekday, i, end)
		default:
			if story && ph.anchor == AnchorDCT {
				base, ph.anchor = day, AnchorExpr // a story's "last Sunday" is before its day
			}
			if !base.known() || base.g < gDay {
				c = cal{g: gDay, y: unknown, n: unknown, d: unknown, wd: isoWeekday(t.lex.weekday)}
				break
			}
			d := base.date()
			for n := 1; n <= 7; n++ {
				if dd := d.AddDate(0, 0, n*dir); weekdayOf(dd) == t.lex.weekday {
					if n <= 2 && w == "next" && !the {
						dd = dd.AddDate(0, 0, 7) // the one of next week: "next Thursday" said on a Wednesday is not tomorrow
					}
					c = dayOf(dd)
					break
				}
			}
		}
		if pd, k2, ok := p.partOfDay(end); ok {
			c.g, c.code, ph.end, ph.typ = gPart, pd, k2, Time
		}
		ph.cal, ph.why = c, why+"the "+t.lex.weekday.String()+" "+direction(dir, "of the week of")+" "+ph.anchorName()+" -> "+c.value()
	case t.class() == cSeason && !t.lex.plural:
		c := cal{g: gSeason, y: unknown, code: t.lex.code}
		if base.known() {
			cur := base.coarsen(gSeason)
			c.y = cur.y
			order := "SPSUFAWI"
			ci, ti := indexOf(order, cur.code), indexOf(order, c.code)
			y, told := p.seasonTold(c.code)
			switch {
			case dir == 0 && w == "that" && base.g == gSeason && base.code != c.code && told && p.pluperfect(i):
				// looked back to, the one told before, not that of another
				// season told since: "the hard winter of 1947 ... by the
				// spring of 1971 ... She had been sixteen that winter"
				c.y = y
			case dir == 0 && w == "that" && base.g == gSeason && base.code == "WI" && (c.code == "SP" || c.code == "SU"):
				c.y = base.y + 1 // "the winter of 323/2 ... that spring": the spring it ended in
			case dir == 0 && c.code != "WI":
				// "this spring" in January is the calendar year's, not the
				// one after the winter that began the year before
				c.y = base.y
			case dir < 0 && ti >= ci:
				c.y--
			case dir > 0 && (ti <= ci || w == "next" && !the && ti == ci+1):
				c.y++ // (in May "this summer" is the coming one, "next summer" a year on)
			}
		}
		ph.cal, ph.why = c, why+"relative to "+ph.anchorName()+" -> "+c.value()
	default:
		// holidays: "last Thanksgiving"
		if h := p.holiday(k); h.ok() && h.cal.g == gDay && (dir != 0 || w == "this") && base.known() && (base.g >= gDay || base.g == gYear || base.g == gSeason || base.g == gMonth) {
			// the feast before or after the day told, or the whole year,
			// season or month told ("In November 1987 ... until the following
			// Easter", "in the spring of 1975 ... until the following Easter");
			// "this Christmas" is of the year at hand
			if base.g < gDay {
				base = base.edge(dir)
			}
			for _, j := range holidayIndex[p.tok(k).low] {
				if e, ok := p.words(k, holidays[j].words); ok && e == h.end {
					hd := holidays[j]
					c := cal{g: gDay, y: base.y}
					c.n, c.d = hd.date(c.y)
					if dir < 0 && !c.date().Before(base.date()) {
						c.y--
					} else if dir > 0 && !c.date().After(base.date()) {
						c.y++
					}
					c.n, c.d = hd.date(c.y)
					ph.end, ph.cal, ph.why = h.end, c, why+"relative to "+ph.anchorName()+" -> "+c.value()
					return ph
				}
			}
		}
		return phrase{}
	}
	if ph.anchor == AnchorExpr && p.refIdx < 0 {
		ph.anchor = AnchorDCT
	}
	return ph
}

// edge is the first day of year, season or month c, or its last for dir > 0.
func (c cal) edge(dir int) cal {
	switch c.g {
	case gYear:
		c.n = 1 + 11*btoi(dir > 0)
	case gSeason: // its three months around the middle one (a winter's end is in the next year)
		c.n = seasonMidMonth[c.code] - 1 + 2*btoi(dir > 0)
		if c.n > 12 {
			c.y, c.n = c.y+1, c.n-12
		}
	}
	c.g, c.d = gDay, 1
	if dir > 0 {
		c.d = daysIn(c.y, c.n)
	}
	return c
}

// class is the single role of a word that relUnit cares about, by priority.
func (t *token) class() class {
	if t.lex == nil {
		return 0
	}
	for _, c := range []class{cMonth, cWeekday, cSeason, cUnit} {
		if t.lex.class&c != 0 {
			return c
		}
	}
	return 0
}

// unitOr is the unit of a unit word, with parts of day counted as days.
func (e *entry) unitOr(w string) (unit, gran) {
	switch w {
	case "night", "morning", "evening", "afternoon":
		return uDay, gPart
	case "period":
		return uQuarter, gQuarter
	}
	return e.unit, unitGran[e.unit]
}

// anchorName names the anchor of a phrase for derivations.
func (ph *phrase) anchorName() string {
	switch ph.anchor {
	case AnchorExpr:
		return "the last date of the text"
	case AnchorDCT:
		return "the DCT"
	}
	return "an unknown DCT"
}

// ago: "two years ago", "a week earlier", "three days later" (a duration
// after the last date), "a year from now", "a few years ago" (PAST_REF),
// "two days before the bombing" (an event relation).
func (p *parser) ago(i int) phrase {
	if !p.unitNear(i) {
		return phrase{}
	}
	a, ok := p.amount(i)
	if !ok {
		return phrase{}
	}
	if p.is(a.end, "and") && p.is(a.end+1, "a") && p.is(a.end+2, "half") && p.has(a.end+3, cUnit) && !a.vague {
		a.half, a.end = true, a.end+3 // "two and a half years ago"
	}
	if t := p.tok(a.end); t.lex != nil && t.lex.class&cSeason != 0 && t.lex.plural && p.is(a.end+1, "ago") && !a.vague && !a.half && a.n > 0 {
		// "two summers ago": the season of so many years before the DCT's
		c := cal{g: gSeason, y: p.dct.y, code: t.lex.code}.shift(uYear, -a.n)
		anchor := AnchorDCT
		if !p.hasDCT {
			anchor = ""
		}
		return phrase{begin: i, end: a.end + 2, typ: Date, cal: c, anchor: anchor,
			why: "'" + p.span(i, a.end+2) + "', " + offsetWords(-a.n, "year") + " the DCT -> " + c.value()}
	}
	u, k, ok := p.unitAfter(a)
	if !ok || p.hyphen(k) {
		return phrase{}
	}
	if p.is(k, "and") && p.is(k+1, "a") && p.is(k+2, "half") {
		a.half, k = true, k+3 // "a year and a half ago"
	}
	mod := ""
	if p.is(k, "or") && p.is(k+1, "so") && p.is(k+2, "ago", "earlier", "later", "back") {
		mod, k = "APPROX", k+2 // "a week or so ago"
	}
	why := "'" + p.span(i, k) + "'"
	if p.is(k, "from") && u >= uDay && !a.vague && mod == "" && !p.has(i-1, cUnit) && !p.is(i-1, "times", "for") ||
		p.is(k, "on") && (u == uWeek || u == uFortnight) && !a.vague && mod == "" && p.has(k+1, cWeekday) && p.tok(k+1).upper ||
		p.is(k, "tomorrow") && (u == uWeek || u == uFortnight) && !a.vague && mod == "" {
		// "a week from Tuesday", "two days from today", British "a week
		// on Saturday", "a fortnight on Saturday", "a week tomorrow": that
		// day, moved; not "two days a week from Monday", nor "closed for
		// three weeks from Monday" (a length, then its start)
		var d phrase
		if p.is(k, "tomorrow") {
			d = p.dayWord(k)
		} else if d = p.weekdayDate(k + 1); p.is(k, "from") {
			if r := p.dayWord(k + 1); r.end > d.end {
				d = r
			}
		}
		if d.ok() && d.typ == Date && d.cal.g == gDay && d.cal.known() {
			if p.has(k+1, cWeekday) && d.anchor == AnchorDCT && d.cal.date().Before(p.dct.date()) {
				d.cal = d.cal.shift(uWeek, 1) // "a week from Sunday" counts from the coming one
			}
			c := d.cal.shift(u, a.n)
			if a.half && u == uYear {
				c = c.shiftMonths(6)
			}
			return phrase{begin: i, end: d.end, typ: Date, cal: c, anchor: d.anchor,
				why: why + " from " + d.cal.value() + " -> " + c.value()}
		}
	}
	if p.is(k, "earlier") && (u < uYear || a.n != 1 || a.half || a.vague) && mod == "" {
		// "A day earlier", "six weeks earlier", "five years earlier" are
		// durations (see relate), as "three days later" is; TimeBank's "a
		// year earlier" is a date, and so is "a decade earlier"
		return phrase{}
	}
	switch {
	case p.is(k, "ago") || p.is(k, "back") && !p.is(k+1, "to") && u >= uDay || p.is(k, "earlier") || p.is(k, "from") && p.is(k+1, "now") || p.is(k, "hence"):
		end, dir := k+1, -1
		if p.is(k, "from") {
			end, dir = k+2, 1
		} else if p.is(k, "hence") {
			dir = 1
		}
		ph := phrase{begin: i, end: end, typ: Date, anchor: AnchorDCT, mod: mod}
		base := p.dct
		if p.is(k, "earlier") {
			base, ph.anchor = p.anaphor()
		} else if day, ok := p.storyDay(i, true); ok && (p.is(k, "hence") || p.inEntry(i) || p.quoted(i) || p.storyNow) {
			// a log's "three weeks hence", a diary's "two days ago", one a
			// character says, and one of a story told in the present of its
			// day ("Two years ago nobody would have needed to say it") are
			// from the day at hand
			base, ph.anchor = day, AnchorExpr
		}
		if a.vague {
			ph.value = "PAST_REF"
			if dir > 0 {
				ph.value = "FUTURE_REF"
			}
			ph.why = why + ", an unknown amount -> " + ph.value
			return ph
		}
		if now := p.clockNow; (u == uHour || u == uMinute) && p.is(k, "ago") && !a.half && now.g == gMinute && now.known() && p.inStoryYear(i) {
			// a story's "an hour ago" is before the time it has reached
			// ("at 6:45 that morning I am standing ... Roy said, an hour ago")
			c := now.shift(u, -a.n)
			return phrase{begin: i, end: end, typ: Time, cal: c, anchor: AnchorExpr, mod: mod,
				why: why + ", " + durationValue(a, u) + " before the time the story is at, " + now.value() + " -> " + c.value()}
		}
		g := unitGran[u]
		if u == uHour || u == uMinute || u == uSecond {
			g = gDay
		}
		decades := u == uDecade || u == uCentury
		if decades {
			g = gYear // "a decade ago" is a year: ten before
		} else if a.odd && u == uYear {
			g = gDecade // "forty-odd years ago" is told to the decade
		}
		// an anniversary: "Fifty years ago today", "twenty-five years ago
		// this week", a blog's "Two weeks ago today"
		anniversary := false
		if p.is(k, "ago") && (u >= uMonth || u >= uWeek && p.is(k+1, "today")) {
			switch {
			case p.is(k+1, "today"):
				g, ph.end, anniversary = gDay, k+2, true
			case p.is(k+1, "this") && p.is(k+2, "week"):
				g, ph.end, anniversary = gWeek, k+3, true
			case p.is(k+1, "this") && p.is(k+2, "month"):
				g, ph.end, anniversary = gMonth, k+3, true
			case p.is(k+1, "this") && p.has(k+2, cSeason) && u == uYear && !a.vague && !a.half:
				// "forty years ago this spring": this spring's, so many years back
				if r := p.relUnit(k + 1); r.ok() && r.cal.g == gSeason && r.anchor == AnchorDCT {
					c := r.cal.shift(uYear, -a.n)
					ph.end, ph.cal, ph.why = r.end, c, why+", "+durationValue(a, u)+" before "+r.cal.value()+" -> "+c.value()
					return ph
				}
			}
		}
		if u == uYear && a.n == 1 && !a.half && dir < 0 && !anniversary {
			// in a report, "a year ago" is the period the sentence is
			// about, else the report's quarter, a year before
			q, qi, per := p.sentencePeriod(i)
			switch {
			case per == gQuarter || per == gHalf:
				c := q.shift(uYear, -1)
				ph.cal, ph.anchor, ph.refIdx = c, AnchorExpr, qi+1
				ph.why = why + ", the period of the sentence a year before -> " + c.value()
				return ph
			case per == gYear:
				base = q // "for the nine months ... a year earlier"
			case p.lastQi >= 0:
				c := p.lastQ.shift(uYear, -1)
				ph.cal, ph.anchor, ph.refIdx = c, AnchorExpr, p.lastQi+1
				ph.why = why + ", the same quarter a year before -> " + c.value()
				return ph
			case p.ref.g == gMonth && p.ref.known() && p.recentRef(i) && p.figure(i):
				// a figure of a month just told: "fell to 11.2 percent in
				// September. A year ago it stood at 11.6 percent"
				c := p.ref.shift(uYear, -1)
				ph.cal, ph.anchor, ph.refIdx = c, AnchorExpr, p.refIdx+1
				ph.why = why + ", the month just told a year before -> " + c.value()
				return ph
			}
		}
		n, su := a.n, u
		if decades && (a.half || a.fourth) {
			// "a half-century ago", "a quarter-century ago": in years
			n, su = a.n*unitInfo[u].per+unitInfo[u].per/2, uYear
			if a.fourth {
				n = unitInfo[u].per / 4
			}
		}
		var c cal
		if ph.anchor == AnchorExpr && base.g < gDay && base.g > g && !decades {
			c = base.shift(u, dir*a.n) // "a year earlier" than a quarter is a quarter
		} else {
			c = base.coarsen(max(g, min(base.g, gDay))).shift(su, dir*n)
			if a.half && u == uYear { // "a year and a half ago": six months more
				c = c.coarsen(max(c.g, gMonth)).shiftMonths(6 * dir)
			}
			c = c.coarsen(g)
		}
		if !base.known() {
			c = cal{g: g, y: unknown, n: unknown, d: unknown}
		}
		ph.cal, ph.why = c, why+", "+durationValue(a, u)+" "+direction(dir, "")+" "+ph.anchorName()+" -> "+c.value()
		return ph
	}
	return phrase{}
}

// unitAfter parses the unit after an amount: "years", "year" (after
// one), "more years", "eight trading days", and the singular of a unit used
// seasonMonth is the last month of season c for dir > 0, else its first:
// summer is June to August, winter December to February.
func seasonMonth(c cal, dir int) cal {
	m := cal{g: gMonth, y: c.y, n: 3, d: unknown} // spring
	switch c.code {
	case "SU":
		m.n = 6
	case "FA":
		m.n = 9
	case "WI":
		m.n = 12
	}
	if dir > 0 {
		m = m.shiftMonths(2)
	}
	return m
}

// as an adjective ("a five year low", "a two day rally").
func (p *parser) unitAfter(a amount) (unit, int, bool) {
	k := a.end
	if p.is(k, "more", "additional", "extra", "further", "trading", "business", "working", "straight", "single",
		"consecutive", "full", "calendar", "whole", "entire") {
		k++ // "two more weeks", "eight trading days", "three straight years"
	}
	t := p.tok(k)
	if t.lex == nil || t.lex.class&cUnit == 0 || t.upper && !t.brk || p.is(k+1, "old") || !t.lex.plural && unitCompounds[p.tok(k+1).low] {
		return 0, k, false // "60 Minutes" is a title, "37 years old" an age, "a day trip" a thing
	}
	one := a.n == 1 && !a.vague || a.n == 0 && (a.half || a.fourth)
	switch {
	case a.vague && t.lex.plural, one && !t.lex.plural, !one && t.lex.plural:
	case !one && !a.vague && !t.lex.plural && p.tok(k+1).kind == tkWord && !p.tok(k+1).upper && p.tok(k+1).lex == nil:
		// "a five year low": a singular unit before a noun
	default:
		return 0, k, false
	}
	return t.lex.unit, k + 1, true
}

// unitCompounds make a unit before them part of a thing, no time: "a day
// trip", "a night shift", "a day school".
var unitCompounds = map[string]bool{
	"trip": true, "trips": true, "tripper": true, "trippers": true, "job": true, "jobs": true, "shift": true,
	"shifts": true, "care": true, "pass": true, "passes": true, "ticket": true, "tickets": true, "school": true,
	"schools": true, "nursery": true, "centre": true, "center": true, "student": true, "students": true,
	"boy": true, "boys": true, "girl": true, "girls": true, "labourer": true, "laborer": true, "release": true,
	"excursion": true, "visitor": true, "visitors": true, "porter": true, "nurse": true, "club": true,
	"watchman": true, "sky": true, "owl": true, "bus": true, "train": true, "flight": true, "cream": true,
}

// yearAgo: "the year-ago quarter", "the year-earlier period", "a year-ago
// third quarter": the same period one year before the last one mentioned.
func (p *parser) yearAgo(i int) phrase {
	k := i
	if p.is(k, "the", "a", "its") {
		k++
	}
	if p.is(k, "comparable", "same", "corresponding") {
		k++
	}
	if e := p.periodYearAgo(i, k); e > 0 {
		// "the corresponding period last year", "the quarter a year ago",
		// "last year's quarter": the quarter reported, a year before
		base, anchor, refIdx := p.quarterRef()
		c := base.shift(uYear, -1)
		ph := phrase{begin: i, end: e, typ: Date, anchor: anchor, refIdx: refIdx, cal: c}
		ph.why = "'" + p.span(i, e) + "', a year before " + ph.anchorName() + " -> " + c.value()
		return ph
	}
	if !(p.is(k, "year") && p.hyphen(k+1) && p.is(k+2, "ago", "earlier")) {
		return phrase{}
	}
	k += 3
	if a, ok := p.amount(k); ok && !a.vague && (p.has(k, cCard) || p.tok(k).kind == tkNum) {
		if u, e, ok := p.unitAfter(a); ok && u != uQuarter {
			// "the year-earlier nine months" measures the period compared
			v := durationValue(a, u)
			return phrase{begin: i, end: e, typ: Duration, value: v, why: "'" + p.span(i, e) + "', a duration -> " + v}
		}
	}
	base, anchor, refIdx := p.quarterRef()
	switch n, k2, ok := p.ordinalNum(k, 4); {
	case ok && p.is(k2, "quarter"):
		base, anchor, refIdx, k = cal{g: gQuarter, y: p.dct.y, n: n}, AnchorDCT, 0, k2+1
	case p.is(k, "quarter", "period"):
		k++
	case p.is(k, "month", "year"):
		g := map[string]gran{"month": gMonth, "year": gYear}[p.tok(k).low]
		base, anchor, refIdx, k = p.dct.coarsen(g), AnchorDCT, 0, k+1
	case k != i+3:
		return phrase{}
	default:
		// "year-earlier results": of the period the sentence is about,
		// else of the report's quarter
		switch q, qi, per := p.sentencePeriod(i); {
		case per == gQuarter:
			base, anchor, refIdx = q, AnchorExpr, qi+1
		case per == gYear:
			base, anchor, refIdx = q, AnchorDCT, 0
		case p.lastQi < 0:
			base, anchor, refIdx = p.dct.coarsen(gYear), AnchorDCT, 0
		}
	}
	c := base.shift(uYear, -1)
	if !p.hasDCT && anchor == AnchorDCT {
		c = cal{g: base.g, y: unknown, n: unknown}
	}
	ph := phrase{begin: i, end: k, typ: Date, anchor: anchor, refIdx: refIdx, cal: c}
	ph.why = "'" + p.span(i, k) + "', a year before " + ph.anchorName() + " -> " + c.value()
	return ph
}

// sentencePeriod finds the period the sentence of token i reports on, from
// the last expression before i that names one and is not itself derived
// from another: a quarter ("third-quarter profit rose ... from $4 million a
// year earlier": gQuarter, the quarter and its index), a half of the DCT's
// year ("For the first half, ... a year earlier": gHalf), or a year or a run
// of months ("for the nine months ... a year earlier": gYear, the year, the
// DCT's for months); else gNone.
func (p *parser) sentencePeriod(i int) (cal, int, gran) {
	s := i
	for s > 0 && !p.toks[s].brk {
		s--
	}
	for k := len(p.out) - 1; k >= 0 && p.out[k].Start >= p.toks[s].start; k-- {
		e := p.out[k]
		if e.Anchor == AnchorExpr {
			continue
		}
		v := e.Value
		switch {
		case e.Type == Date && len(v) == 7 && v[4:6] == "-Q" && '1' <= v[6] && v[6] <= '4' && atoi(v[:4]) >= 0:
			if q := (cal{g: gQuarter, y: atoi(v[:4]), n: int(v[6] - '0')}); p.recentlyEnded(q) {
				return q, k, gQuarter // not "the year-ago third quarter"
			}
		case e.Type == Date && e.Anchor == AnchorDCT && len(v) == 7 && v[4:6] == "-H" && (v[6] == '1' || v[6] == '2') && atoi(v[:4]) >= 0:
			return cal{g: gHalf, y: atoi(v[:4]), n: int(v[6] - '0')}, k, gHalf // a report's "For the first half"
		case e.Type == Date && e.Anchor == "" && (len(v) == 4 || len(v) == 7 && v[4:6] == "-H") && atoi(v[:4]) >= 0:
			return cal{g: gYear, y: atoi(v[:4])}, k, gYear // written out, not "year-earlier"
		case e.Type == Duration && len(v) > 2 && v[0] == 'P' && v[len(v)-1] == 'M' && atoi(v[1:len(v)-1]) > 1:
			return p.dct.coarsen(gYear), -1, gYear
		}
	}
	return cal{}, -1, gNone
}

// periodYearAgo returns the end of "quarter last year", "period a year
// ago" at token k (after "the [same]", from i), or of "last year's
// quarter" at i; else 0.
func (p *parser) periodYearAgo(i, k int) int {
	if k == i && p.is(i, "last") && p.is(i+1, "year") && p.punct(i+2, "'") && p.is(i+3, "s") && p.is(i+4, "quarter", "period") {
		return i + 5
	}
	if k == i || !p.is(k, "quarter", "period") {
		return 0
	}
	switch {
	case p.is(k+1, "last") && p.is(k+2, "year") && !(p.punct(k+3, "'") && p.is(k+4, "s")):
		return k + 3
	case p.is(k+1, "a", "one") && p.is(k+2, "year") && p.is(k+3, "ago", "earlier", "before"):
		return k + 4
	}
	return 0
}

// theQuarter: "the quarter", "the period", "the 1988 period": in a
// report, the quarter it is about (of that year).
func (p *parser) theQuarter(i int) phrase {
	k := i + 1
	y, _, hasYear := p.year(k)
	if hasYear && p.tok(k).kind == tkNum {
		k++
	}
	if !p.is(i, "the") || !p.is(k, "quarter", "period") || p.hyphen(k+1) {
		return phrase{}
	}
	if p.tok(k).low == "period" && p.lastQi < 0 && !hasYear {
		return phrase{}
	}
	if d := p.calendar(k + 2); !hasYear && p.tok(k).low == "quarter" && p.is(k+1, "ended", "ending") &&
		d.ok() && d.value == "" && d.cal.y != unknown && d.cal.n != unknown {
		// "the quarter ended July 31" is the three months before that day:
		// the calendar quarter of their middle month (May to July: Q2)
		mid := cal{g: gMonth, y: d.cal.y, n: d.cal.n}.shift(uMonth, -1)
		c := cal{g: gQuarter, y: mid.y, n: (mid.n-1)/3 + 1, d: unknown}
		return phrase{begin: i, end: k + 1, typ: Date, cal: c, anchor: d.anchor,
			why: "'" + p.span(i, k+1) + "', the three months to " + d.cal.value() + " -> " + c.value()}
	}
	c, anchor, refIdx := p.quarterRef()
	if hasYear {
		c.y, anchor, refIdx = y, "", 0
	}
	ph := phrase{begin: i, end: k + 1, typ: Date, cal: c, anchor: anchor, refIdx: refIdx}
	ph.why = "'" + p.span(i, k+1) + "', the quarter of " + ph.anchorName() + " -> " + c.value()
	return ph
}

// yearEnd: "year-end", "year end", "year's end": the end of the DCT's year.
func (p *parser) yearEnd(i int) phrase {
	k := i
	if p.is(k, "year") && p.hyphen(k+1) {
		k++
	} else if p.is(k, "year") && p.punct(k+1, "'") && p.is(k+2, "s") {
		k += 2 // "year's end"
	}
	if !p.is(i, "year") || !p.is(k+1, "end") || p.hyphen(k+2) {
		return phrase{}
	}
	c := p.dct.coarsen(gYear)
	return phrase{begin: i, end: k + 2, typ: Date, cal: c, mod: "END", anchor: AnchorDCT,
		why: "'" + p.span(i, k+2) + "', the end of the DCT's year -> " + c.value()}
}

// weekendOf: "the weekend of Oct. 26-27", the weekend of that day (taking
// in the range's end).
func (p *parser) weekendOf(i int) phrase {
	d := p.calendar(i + 3)
	if !d.ok() || d.value != "" || d.cal.g != gDay || !d.cal.known() {
		return phrase{}
	}
	end := d.end
	if r := p.secondDay(d); r.ok() {
		end = r.end
	}
	c := d.cal.weekdayFrom(time.Saturday).coarsen(gWeekend)
	if weekdayOf(d.cal.date()) == time.Sunday {
		c = d.cal.coarsen(gWeekend)
	}
	return phrase{begin: i, end: end, typ: Date, cal: c, anchor: d.anchor,
		why: "'" + p.span(i, end) + "', the weekend of " + d.cal.value() + " -> " + c.value()}
}

// theWeekend: "the weekend" just past, or coming in a future clause.
func (p *parser) theWeekend(i int) phrase {
	if !p.is(i, "the", "this") || !p.is(i+1, "weekend") {
		return phrase{}
	}
	if p.is(i, "the") && p.is(i+2, "of") {
		if ph := p.weekendOf(i); ph.ok() {
			return ph
		}
	}
	if day, ok := p.storyDay(i, false); ok {
		// a story's weekend is the next one from its day, or the last one
		// before it that it looks back to ("cold since the weekend")
		sat, why := day.weekdayFrom(time.Saturday), "the weekend from the last day, "
		if (p.is(i-1, "since") || p.pluperfect(i)) && sat.date().Sub(day.date()) > 24*time.Hour {
			sat, why = sat.withDate(sat.date().AddDate(0, 0, -7)), "the weekend before the last day, "
		}
		c := sat.coarsen(gWeekend)
		return phrase{begin: i, end: i + 2, typ: Date, cal: c, anchor: AnchorExpr,
			why: "'" + p.span(i, i+2) + "', " + why + day.value() + " -> " + c.value()}
	}
	c := p.dct.coarsen(gWeekend)
	why := "the DCT's week"
	if wd := p.dct.date().Weekday(); p.hasDCT && wd == time.Sunday && p.tense(i, i+2) > 0 {
		c, why = c.shift(uWeek, 1), "future tense on a Sunday: the week after the DCT's" // "Arctic blast arrives Wednesday, thaw by the weekend"
	} else if p.hasDCT && wd != time.Saturday && wd != time.Sunday {
		switch t := p.tense(i, i+2); {
		case t < 0 && wd >= time.Thursday && p.is(i-1, "for"):
			// what is done for the weekend at its eve is for the one at hand:
			// "Jurors went home for the weekend Friday"
		case t < 0:
			c, why = c.shift(uWeek, -1), "past tense: the week before the DCT's"
		case t == 0 && wd <= time.Tuesday:
			// no tense: the nearer ("What about the weekend?" on a
			// Friday is the one to come)
			c, why = c.shift(uWeek, -1), "no tense, the nearer: the week before the DCT's"
		}
	}
	ph := phrase{begin: i, end: i + 2, typ: Date, cal: c, anchor: AnchorDCT}
	ph.why = "'" + p.span(i, i+2) + "', " + why + " -> " + c.value()
	return ph
}

// periodOf: "the week of March 6", "the first week of April", "the last
// week of next month"; and a month's or a year's first or last day, "the
// last day of March", "the first day of 1995".
func (p *parser) periodOf(i int) phrase {
	nth, k, ordinal := p.nth(i) // ("the first week of April", "the week of March 6")
	if !p.is(k, "week", "weekend", "day") || !p.is(k+1, "of") {
		return phrase{}
	}
	d := p.calendar(k + 2)
	if r := p.relUnit(k + 2); r.end > d.end {
		d = r // "the last week of next month"
	}
	if p.is(k, "day") {
		if p.is(k+2, "the") && p.is(k+3, "month", "year") && !d.ok() {
			// "the last day of the month": of the month the text is in
			base, anchor := p.anaphor()
			g := gYear
			if p.is(k+3, "month") {
				g = gMonth
			}
			d = phrase{begin: k + 2, end: k + 4, typ: Date, cal: base.coarsen(g), anchor: anchor}
		}
		if (nth != 1 && nth != -1) || !d.ok() || d.value != "" || d.cal.g != gMonth && d.cal.g != gYear || !d.cal.known() {
			return phrase{}
		}
		c := cal{g: gDay, y: d.cal.y, n: 1, d: 1}
		switch {
		case d.cal.g == gMonth && nth == 1:
			c.n = d.cal.n
		case d.cal.g == gMonth:
			c.n, c.d = d.cal.n, daysIn(d.cal.y, d.cal.n)
		case nth == -1:
			c.n, c.d = 12, 31
		}
		return phrase{begin: i, end: d.end, typ: Date, cal: c, anchor: d.anchor, why: "'" + p.span(i, d.end) + "', a day of " + d.cal.value() + " -> " + c.value()}
	}
	if p.is(k, "weekend") {
		if !ordinal || !d.ok() || d.value != "" || d.cal.g != gMonth || !d.cal.known() {
			return phrase{}
		}
		// "the last weekend of July": the weekend of its last (or nth) Saturday
		first := cal{g: gDay, y: d.cal.y, n: d.cal.n, d: 1}
		sat := first.weekdayFrom(time.Saturday).date().AddDate(0, 0, 7*max(nth-1, 0))
		if nth < 0 {
			sat = dayOf(first.date().AddDate(0, 1, 0)).weekdayBefore(time.Saturday).date()
		}
		c := dayOf(sat).coarsen(gWeekend)
		return phrase{begin: i, end: d.end, typ: Date, cal: c, anchor: d.anchor, why: "'" + p.span(i, d.end) + "', the weekend of Saturday " + dayOf(sat).value() + " -> " + c.value()}
	}
	if ordinal && d.ok() && d.value == "" && d.cal.g == gMonth && d.cal.known() {
		// the week holding the middle of the month's seven days that the
		// nth (or last) week names, so most of them: its day 4, 11, 18 ...
		// or the fourth from its end
		day := min(4+7*(nth-1), daysIn(d.cal.y, d.cal.n))
		if nth < 0 {
			day = daysIn(d.cal.y, d.cal.n) - 3
		}
		c := cal{g: gDay, y: d.cal.y, n: d.cal.n, d: day}.coarsen(gWeek)
		return phrase{begin: i, end: d.end, typ: Date, cal: c, anchor: d.anchor, why: "'" + p.span(i, d.end) + "', the week holding day " + itoa(day) + " of " + d.cal.value() + " -> " + c.value()}
	}
	if ordinal || !d.ok() || d.cal.g != gDay || !d.cal.known() {
		return phrase{}
	}
	c := d.cal.coarsen(gWeek)
	return phrase{begin: i, end: d.end, typ: Date, cal: c, anchor: d.anchor, why: "'" + p.span(i, d.end) + "', the week of " + d.cal.value() + " -> " + c.value()}
}

// nth parses "[the] first ... fifth" or "[the] last" ("final") at i: which
// one (-1 for the last) and the token after it; without one, the token after "the".
func (p *parser) nth(i int) (n, k int, ok bool) {
	k = i
	if p.is(k, "the") {
		k++
	}
	if n, e, ok := p.ordinalNum(k, 5); ok {
		return n, e, true
	}
	if p.is(k, "last", "final") {
		return -1, k + 1, true
	}
	return 0, k, false
}

// Modifiers. A position modifier picks part of a period ("early
// December"); a quantity modifier bounds an amount ("more than a decade").
var positionMods = []struct {
	words []string
	mod   string
}{
	{[]string{"the", "end", "of"}, "END"},
	{[]string{"the", "close", "of"}, "END"},
	{[]string{"the", "beginning", "of"}, "START"},
	{[]string{"the", "start", "of"}, "START"},
	{[]string{"the", "middle", "of"}, "MID"},
	{[]string{"the", "turn", "of"}, "START"},
	{[]string{"the", "early"}, "START"},
	{[]string{"the", "late"}, "END"},
	{[]string{"the", "mid", "-"}, "MID"},
	{[]string{"the", "mid"}, "MID"},
	{[]string{"end", "of"}, "END"},
	{[]string{"beginning", "of"}, "START"},
	{[]string{"middle", "of"}, "MID"},
	{[]string{"early", "in"}, "START"},
	{[]string{"late", "in"}, "END"},
	{[]string{"mid", "-"}, "MID"},
	{[]string{"post", "-"}, "AFTER"},
	{[]string{"pre", "-"}, "BEFORE"},
	{[]string{"early", "-"}, "START"},
	{[]string{"late", "-"}, "END"},
	{[]string{"early"}, "START"},
	{[]string{"late"}, "END"},
	{[]string{"mid"}, "MID"},
	{[]string{"earlier"}, ""},
	{[]string{"later"}, ""},
}

var quantityMods = []struct {
	words []string
	mod   string
}{
	{[]string{"more", "than"}, "MORE_THAN"},
	{[]string{"longer", "than"}, "MORE_THAN"},
	{[]string{"well", "over"}, "MORE_THAN"},
	{[]string{"just", "over"}, "MORE_THAN"},
	{[]string{"upwards", "of"}, "MORE_THAN"},
	{[]string{"over"}, "MORE_THAN"},
	{[]string{"less", "than"}, "LESS_THAN"},
	{[]string{"fewer", "than"}, "LESS_THAN"},
	{[]string{"just", "under"}, "LESS_THAN"},
	{[]string{"under"}, "LESS_THAN"},
	{[]string{"nearly"}, "APPROX"},
	{[]string{"almost"}, "LESS_THAN"},
	{[]string{"at", "least"}, "EQUAL_OR_MORE"},
	{[]string{"no", "less", "than"}, "EQUAL_OR_MORE"},
	{[]string{"at", "most"}, "EQUAL_OR_LESS"},
	{[]string{"up", "to"}, "EQUAL_OR_LESS"},
	{[]string{"no", "more", "than"}, "EQUAL_OR_LESS"},
	{[]string{"not", "more", "than"}, "EQUAL_OR_LESS"},
	{[]string{"about"}, "APPROX"},
	{[]string{"around"}, "APPROX"},
	{[]string{"approximately"}, "APPROX"},
	{[]string{"roughly"}, "APPROX"},
	{[]string{"some"}, "APPROX"},
	{[]string{"an", "estimated"}, "APPROX"},
	{[]string{"close", "to"}, "APPROX"},
	{[]string{"circa"}, "APPROX"},
	{[]string{"c", "."}, "APPROX"},
	{[]string{"ca", "."}, "APPROX"},
	{[]string{"barely"}, "LESS_THAN"},
	{[]string{"only"}, ""},
	{[]string{"just"}, ""},
}

// spanned reports whether the word at i makes "the" w unit after it a
// stretch of time: "for the past week", "within the next year", "over the
// following month", "fell 18% in the past year", "spent the past year
// rewriting it", as the written documents' annotators mostly mark them
// (TimeBank has "over the past year" as the year gone by; "in the
// following year" is a date, "for the coming year" a purpose).
func (p *parser) spanned(i int, w string) bool {
	switch {
	case p.is(i, "for", "within"):
		return w == "past" || w == "last" || w == "next"
	case p.is(i, "in", "during", "spent", "spend", "spends"):
		return w == "past"
	case p.is(i, "over", "throughout"):
		return w == "next" || w == "following" || w == "past" || w == "last"
	}
	return false
}

// outsideSpan are modifiers TimeBank leaves out of the span ("about
// 10:35 a.m."); they still set the mod.
var outsideSpan = map[string]bool{"about": true, "only": true, "just": true}

// modified: a modifier followed by an expression.
func (p *parser) modified(i int) phrase {
	if ph := p.positioned(i); ph.ok() {
		return ph
	}
	for _, j := range p.entry(i).qtyMods {
		m := quantityMods[j]
		k, ok := p.words(i, m.words)
		if !ok {
			continue
		}
		// "over"/"under"/"some"/"about" must bind an amount or a time, not
		// "over the weekend" or "about it"
		if m.words[0] == "over" && p.overSpan(i) {
			return phrase{} // "fought over two days": the preposition, left out
		}
		if !p.trigger(k) || (m.words[0] == "over" || m.words[0] == "under" || m.words[0] == "some" || m.words[len(m.words)-1] == "than" && p.is(k, "the")) && !p.isAmount(k) {
			// ("longer than the days" compares; "more than a decade" measures)
			return phrase{}
		}
		var core phrase
		for _, f := range []func(*parser, int) phrase{(*parser).ago, (*parser).duration, (*parser).clock, (*parser).positioned} {
			if ph := f(p, k); ph.ok() && ph.end > core.end {
				core = ph
			}
		}
		if core.ok() && core.typ == Duration && p.is(core.end, "a", "an", "per", "every", "each") && p.set(k).end > core.end {
			return phrase{} // a frequency, whose rule takes it: "only two days a week"
		}
		if m.mod == "APPROX" && m.words[0] != "some" && m.words[0] != "nearly" && (p.has(k, cMonth|cSeason|cHoliday) || p.tok(k).kind == tkNum && len(p.tok(k).low) >= 3) {
			// a date told roughly: "around Nov. 1", "circa 1750" (TimeBank
			// leaves "around Wednesday" out; "about 2,000 people" is no date)
			for _, ph := range []phrase{p.calendar(k), p.era(k)} {
				if ph.ok() && ph.end > core.end {
					core = ph // ("about 1500 BC")
				}
			}
		}
		if !core.ok() {
			return phrase{}
		}
		if m.mod != "" {
			core.mod = m.mod
		}
		core.why = "'" + p.span(i, core.end) + "'" + ", " + m.mod + ": " + core.why
		if !outsideSpan[m.words[0]] {
			core.begin = i
		}
		return core
	}
	return phrase{}
}

// partThen: a part of the day at k and the day after it, "afternoon
// yesterday" (after "mid-"), or, when alone may stand, the day a story
// has just told ("May 18, 1980 ... By late afternoon ash had fallen"),
// else the DCT's ("by mid-afternoon"); "early morning shows" are no date.
func (p *parser) partThen(k int, alone bool) phrase {
	pd, k2, ok := p.partOfDay(k)
	if !ok {
		return phrase{}
	}
	d := p.weekdayDate(k2)
	if !d.ok() {
		d = p.dayWord(k2)
	}
	switch {
	case d.ok() && d.typ == Date && d.cal.g == gDay:
	case !alone && !p.partAlone(k-1, k2):
		return phrase{}
	case p.refIdx >= 0 && p.ref.g >= gDay && p.ref.known() && p.recentRef(k) && p.out[p.refIdx].Anchor != AnchorDCT:
		d = phrase{end: k2, cal: p.ref.coarsen(gDay), anchor: AnchorExpr, why: "the day just told"}
	case p.storyNow:
		if day, ok := p.storyDay(k, true); ok {
			d = phrase{end: k2, cal: day, anchor: AnchorExpr, why: "the story's day"} // (a story told in its present: "Snow begins to fall by early afternoon")
			break
		}
		fallthrough
	case p.hasDCT:
		d = phrase{end: k2, cal: p.dct.coarsen(gDay), anchor: AnchorDCT, why: "the DCT's day"}
	default:
		return phrase{}
	}
	c := d.cal
	c.g, c.code = gPart, pd
	return phrase{begin: k, end: d.end, typ: Time, cal: c, anchor: d.anchor, why: "'" + p.span(k, d.end) + "', " + d.why + " -> " + c.value()}
}

// thePart: "in the morning", "until the evening", "spent the afternoon":
// a part of the day a story is at (see storyDay). News tells its parts of
// the day with their day ("Friday morning"), or alone as its own; a habit's
// ("I work in the morning") are of no day.
func (p *parser) thePart(i int) phrase {
	t := p.tok(i + 1)
	if !p.is(i, "the") || !p.is(i+1, "morning", "forenoon", "afternoon", "evening", "night") ||
		!p.partAlone(i+1, i+2) && !p.is(i-1, "spent", "spend", "spends", "spending", "last", "lasted") && !p.partOfPart(i) && !p.nextPart(i) || p.is(i+2, "before", "after", "of") {
		return phrase{}
	}
	day, ok := p.storyDay(i, true)
	if !ok || !p.nearDay(i) || p.habitClock(i) {
		return phrase{}
	}
	c, why := day, "of the story's day, "+day.value()
	if r := p.prev.cal; t.lex.code == "MO" && p.is(i-1, "until", "till", "by") && r.coarsen(gDay) == day && r.evening() {
		// a night gone on until the morning: "went to bed at eight, so I
		// had both children to myself until the morning"
		c, why = day.nextDay(), "the morning after the evening just told"
	}
	c.g, c.code = gPart, t.lex.code
	return phrase{begin: i, end: i + 2, typ: Time, cal: c, anchor: AnchorExpr, why: "'" + p.span(i, i+2) + "', " + why + " -> " + c.value()}
}

// partOfPart reports whether the part of the day at token i is told by
// how much of it passed: "for most of the afternoon", "over the course of
// the morning", "in the heat of the afternoon".
func (p *parser) partOfPart(i int) bool {
	return p.is(i-1, "of") && p.is(i-2, "most", "all", "rest", "remainder", "course", "heat", "middle", "much", "part")
}

// nextPart reports whether the part of the day at token i goes on from
// one just told: "Spent the afternoon in the library and the evening
// trying to register", "the morning with the CCTV, the afternoon on the
// phone".
func (p *parser) nextPart(i int) bool {
	return (p.is(i-1, "and") || p.punct(i-1, ",")) && p.prev.cal.g == gPart && p.prev.end > 0 && p.prev.end <= i && i-p.prev.end <= 10 && !p.crossesSentence(p.prev.end, i)
}

// headsEntry reports whether tokens [b, e) open a line and a dash or a
// colon follows them: the heading of a timeline's entry.
func (p *parser) headsEntry(b, e int) bool {
	return p.lineStart(b) && (p.punct(e, "–") || p.punct(e, "—") || p.punct(e, "-") && !p.glued(e) || p.punct(e, ":"))
}

// nearDay reports whether the story's last day was told just before token
// i (in its sentence or the four before), or heads the entry i is in.
func (p *parser) nearDay(i int) bool {
	return p.dayEnd > 0 && (p.inEntry(i) || p.within(i, p.toks[p.dayEnd-1].end, 4, 200))
}

// partAlone reports whether "early" or "late" at token m and a part of
// the day before token e stand alone as a time: after a preposition of
// time ("by late afternoon"), or after "in", "at", "from" when no noun
// follows ("in late evening, the", not "in late afternoon trading").
func (p *parser) partAlone(m, e int) bool {
	if p.headsEntry(m, e) {
		return true // a timeline's "Early morning – A slick is seen"
	}
	if p.hyphen(e) {
		return false
	}
	if p.is(m-1, "the") {
		m-- // "in the late afternoon", "through the late morning"
	}
	switch n := p.tok(e); {
	case p.is(m-1, "by", "until", "till", "before", "since", "toward", "towards", "through", "throughout", "during", "into"):
		return true
	case p.is(m-1, "in", "at", "from"):
		// (and opening its sentence before its subject: "In the afternoon
		// Marguerite leans over")
		return n.kind != tkWord || n.brk || n.lex != nil || p.toks[m-1].brk && n.upper
	case p.is(m, "the") && p.is(e, "off"):
		return true // "took the afternoon off"
	case p.is(m, "the") && p.toks[m].brk:
		// the subject of its sentence: "The morning is slow", "The evening
		// stretched out"
		return p.is(e, "is", "was", "went", "passed", "stretched", "dragged", "wore", "goes", "passes", "drags", "wears")
	}
	return false
}

// isAmount reports whether an amount starts at token i.
func (p *parser) isAmount(i int) bool {
	_, ok := p.amount(i)
	return ok
}

// newsAhead reports whether a period at token k, in a clause not in the
// past, is news's own, not the period of another year just told: "troops
// were sent in December 2009. They will stay until the end of the month."
func (p *parser) newsAhead(k int) bool {
	return p.hasDCT && p.ref.y != p.dct.y && p.tense(k, k+1) >= 0 && !p.inStoryYear(k)
}

// overSpan reports whether "over" at i is the preposition of a span of
// time a verb took place over ("used over three years", "fought over two
// days"), not "more than" ("for over two years", "lasted over a week").
func (p *parser) overSpan(i int) bool {
	t := p.tok(i - 1)
	if n := len(p.out); n > 0 && p.out[n-1].End == t.end {
		return true // after a time: "deliberated for 14 hours over three days"
	}
	if t.kind == tkWord && t.upper && !t.brk && t.lex == nil {
		return true // after a place: "heard the case in Lausanne over two days"
	}
	return t.kind == tkWord && !t.upper && !overAmount[t.low] && t.lex == nil
}

// overAmount are the words after which "over" is "more than".
var overAmount = map[string]bool{
	"for": true, "in": true, "of": true, "than": true, "with": true, "after": true, "within": true,
	"by": true, "at": true, "to": true, "last": true, "lasts": true, "lasted": true, "lasting": true,
	"took": true, "take": true, "takes": true, "taking": true, "spent": true, "spend": true, "spends": true,
	"waited": true, "wait": true, "been": true, "was": true, "is": true, "are": true, "were": true, "be": true,
	"and": true, "or": true, "up": true, "from": true, "since": true, "little": true, "just": true,
	"well": true, "slightly": true, "far": true, "much": true, "way": true, "still": true,
}

// seasonTold is the year of the last season of code the text has told
// ("the winter of 1947" is 1947-WI), among its last 50 expressions.
func (p *parser) seasonTold(code string) (int, bool) {
	for n := len(p.out) - 1; n >= 0 && n >= len(p.out)-50; n-- {
		if v := p.out[n].Value; len(v) == 7 && v[4] == '-' && v[5:] == code && p.out[n].Type == Date {
			if y, err := strconv.Atoi(v[:4]); err == nil {
				return y, true
			}
		}
	}
	return 0, false
}

// positioned: "early December", "mid-2012", "the end of the year", "late
// yesterday", "earlier this year", "the late 1970s".
func (p *parser) positioned(i int) phrase {
	if p.is(i, "late", "early") && p.is(i-1, "be", "been", "is", "was", "were", "are", "am", "m", "re", "s", "being") {
		return phrase{} // said of someone: "I'll be late tonight"
	}
	if p.is(i-1, "his", "her", "their", "my", "your", "our") && (p.has(i+1, cDecade) || p.hyphen(i+1) && p.has(i+2, cDecade)) {
		return phrase{} // an age: "a widower in his late thirties"
	}
	for _, j := range p.entry(i).posMods {
		m := positionMods[j]
		k, ok := p.words(i, m.words)
		if !ok {
			continue
		}
		if m.words[len(m.words)-1] == "mid" && !p.glued(k) && !p.punct(k, "-") && p.tok(k).kind != tkWord {
			continue
		}
		var core phrase
		det := 1
		if m.words[len(m.words)-1] == "mid" && p.punct(k, "-") && p.is(k+1, "century", "decade", "year") {
			k, det = k+1, 0 // "mid-century": of the story, else of the DCT
		}
		if det == 1 && p.is(k+1, "fiscal") && p.is(k+2, "year") {
			det = 2 // "the end of the fiscal year"
		}
		if (det == 0 || p.is(k, "the", "this")) && p.has(k+det, cUnit) && !p.tok(k+det).lex.plural {
			// "the end of the year": the period of the DCT
			u := p.tok(k + det).lex.unit
			g := unitGran[u]
			if u >= uDay && u != uHour {
				base, anchor := p.dct, AnchorDCT
				if (det == 0 || p.tok(k).low == "the") && p.refIdx >= 0 && p.ref.g >= min(gDecade, g) && (p.ref.g >= gYear || g <= p.ref.g) && !p.newsAhead(k) && (p.ref.g <= g || !p.hasDCT || p.recentRef(k)) {
					// "In 1990 ... the end of the year", "On March 8 ...
					// by the end of the month": the period of the last date
					base, anchor = p.ref, AnchorExpr
				} else if day, ok := p.storyDay(k, false); ok && (det == 0 || p.tok(k).low == "the") {
					base, anchor = day, AnchorExpr // a story's "at the end of the week"
				}
				core = phrase{begin: k, end: k + 1 + det, typ: Date, cal: base.coarsen(g), anchor: anchor}
				core.why = "the " + unitInfo[u].name + " of " + core.anchorName() + " -> " + core.cal.value()
			}
		}
		if !core.ok() && p.trigger(k) { // (no rule starts at "later he")
			for _, f := range []func(*parser, int) phrase{(*parser).calendar, (*parser).deictic, (*parser).clock} {
				if ph := f(p, k); ph.ok() && ph.end > core.end && (ph.typ == Date || ph.typ == Time) && ph.value == "" {
					core = ph
				}
			}
		}
		if !core.ok() && m.mod != "" && m.words[len(m.words)-1] != "of" {
			core = p.partThen(k, m.mod == "MID")
		}
		if !core.ok() {
			continue
		}
		if m.words[len(m.words)-1] == "of" && m.mod != "" && core.cal.g >= gDay && core.cal.g != gPart {
			// "the end of March 5" makes no sense; "the end of the day" does
			if core.cal.g != gDay {
				continue
			}
		}
		core.begin = i
		if m.mod != "" {
			core.mod = m.mod
		}
		core.why = "'" + p.span(i, core.end) + "', " + m.mod + " of " + core.why
		return core
	}
	return phrase{}
}
