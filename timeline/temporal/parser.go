package temporal

import (
	"math/bits"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
)

// A phrase is what a rule recognized at tokens [begin, end).
type phrase struct {
	begin, end int
	typ        Type
	cal        cal    // the value, when value is ""; for "three days later", the day it moves the story to
	value      string // a value that is not a calendar point: "P3D", "PAST_REF"
	mod        string
	anchor     string // "", AnchorDCT or AnchorExpr
	why        string // derivation
	rel, off   string // event relation and offset
	refIdx     int    // 1 + index of the anchor expression when not the last date
}

// ok reports whether a rule produced a phrase.
func (ph *phrase) ok() bool { return ph.end > ph.begin }

// val is the TIMEX3 value of the phrase.
func (ph *phrase) val() string {
	if ph.value != "" {
		return ph.value
	}
	return ph.cal.value()
}

// parser is the state of one Tag call.
type parser struct {
	text     string
	toks     []token
	dct      cal // the DCT as a day (or minute)
	hasDCT   bool
	ref      cal  // the last date the text established, for anaphora
	refIdx   int  // its index in out, or -1
	refAt    bool // it was told as the time of a clause: "in 1863", "on July 1" (see toldAt)
	refOpens bool // and opens its sentence or line: "In January 1666 France entered the war"
	refOwnAt bool // it was itself so told, not a relative date after one ("adopted the following February")
	refHeads bool // it heads its line as a timeline's label: "JANUARY 2019: The chain skipped a payment"
	lastDay  cal  // the last day the text told, but for days looked back to: see storyDay
	dayAt    bool // it was told as the time of a clause
	dayLine  bool // it heads a letter or a diary's entry: their present is that day
	dayBegin int  // its first token
	dayEnd   int  // the token after it
	entryDay cal  // the day heading the last letter or diary entry
	newsDays int  // days told against the DCT so far ("Monday", "today"): the text is news
	bylines  int  // of them, the DCT written out in a byline ("Posted October 22, 2018"), which a blog's dated entries outweigh
	// dates told against an earlier one of a past a year or more gone: the
	// text is a story, and goes on as one
	storyDates  int
	lastQ       cal          // the quarter or half a report is about, for "a year earlier"
	lastQi      int          // its index in out, or -1
	textYear    int          // the last year the text wrote out ("June 3, 1990", "1990"), or unknown
	years       writtenYears // the years the text wrote out
	history     int8         // whether the text tells of another time than the DCT's (see isHistory): 0 not yet known, 1 yes, -1 no
	oldDays     int8         // whether the text writes a day of the first millennium (see ancient): 0 not yet known, 1 yes, -1 no
	prev        phrase       // the last phrase emitted
	entryAt     cal          // the time heading the last entry of a timeline ("9:14 p.m. — ...")
	entryEnd    int          // the byte offset of its end
	clockNow    cal          // the last time of day a story told as reached, not as to come ("By seven the house is full", not "The service is at two")
	weekDays    [7]cal       // the days news wrote out with their weekday ("Friday, Aug. 9"), by weekday
	storyNow    bool         // a story tells its own day as its present ("It is Monday, the thirtieth of June, 1997")
	opensStory  bool         // the text opens on a time a year or more gone that a narrator tells of (see place)
	futureStory bool         // a story tells a day of years ahead in the past tense: "the alarm sounded at 03:14 on Tuesday 11 October 2140"
	itWas       bool         // a story has told its day as "It was the morning of Thursday 15 October 1987" or "It is Friday, the fourteenth of October 2022"
	partNow     cal          // the last part of a day told ("that afternoon")
	partEnd     int          // the byte offset of its end
	untold      bool         // a story that never tells its year: its days are told as it tells them (see untoldYear)
	nightBefore bool         // the text has told the evening or the night before the DCT ("overnight", "8:47 p.m. Sunday")
	clock24     bool         // the text has written an hour past noon as "19:40": it keeps the 24-hour clock
	listPast    cal          // the day heading the last entry of a list of days gone by (see narratedBefore)
	pastDays    [7]cal       // the days before the DCT news told by weekday ("trapped on Monday night"), by weekday
	listDay     cal          // the last day heading a list's entry ("Good Friday: 8am-6pm.")
	listEnd     int          // the token after it
	lineDay     cal          // the last day heading its line ("July 3-25 - Tour de France")
	lineDayAt   int          // its byte offset
	headYear    int          // the year ending the last short heading line ("Spring term 2012"), else 0
	eventDay    cal          // the day of an event a day was dated from ("three days after Colonel Ashby died")
	milTimes    bool         // the text has written an hour in four figures with a leading zero ("0930")
	lastClock   cal          // the last time of day the text told on a known day
	entriesBack int          // how many of a timeline's last entries each were earlier than the one before: two, and it runs newest first
	out         []Expr
	low         []byte // the text lowered, which the tokens' low strings share
}

// parsers recycles parsers between calls: a parser is large, and its
// tokens, expressions and lowered text grow with the text it is given.
var parsers sync.Pool

func newParser(text string, dct time.Time) *parser {
	p, _ := parsers.Get().(*parser)
	if p == nil {
		p = &parser{}
	}
	toks, low, figures := lex(text, p.toks, p.low)
	*p = parser{text: text, toks: toks, low: low, out: p.out[:0], refIdx: -1, lastQi: -1, textYear: unknown}
	if !dct.IsZero() {
		p.hasDCT = true
		p.dct = dayOf(dct)
		if p.untold = !figures && p.untoldYear(); p.untold {
			p.dct.y += untoldDay
		}
	} else {
		p.dct = someDay
	}
	p.ref = p.dct
	return p
}

// isHistory reports whether the text tells of another time than the days
// around its writing (a history, a biography): it names years often (five
// times or more), none within one of the DCT's but for one in five of those
// of long ago, more than fifty years back ("the bell ordered in the summer of
// 1456 ... and in 2011 the parliament made the anniversary a day of
// remembrance"). News recalls a year or two gone by ("mayor from 1989 to
// 2001, died on July 4") but tells of its own days.
func (p *parser) isHistory() bool {
	if p.history == 0 {
		p.history = -1
		if p.hasDCT && p.countsHistory() {
			p.history = 1
		}
	}
	return p.history > 0
}

// countsHistory counts the years of the text for isHistory (not decades,
// "the 1980s"); few texts need it, so it is done on demand.
func (p *parser) countsHistory() bool {
	years, recent, far := 0, 0, 0
	for i := range p.toks {
		t := &p.toks[i]
		if t.kind == tkNum && len(t.low) == 4 && t.num >= 1000 && t.num < 2200 && !(p.is(i+1, "s") && p.glued(i+1)) && p.isYear(i) {
			switch d := abs(t.num - p.dct.y); {
			case d <= 1:
				recent++
			case d > 50:
				far++
				fallthrough
			default:
				years++
			}
		} else if t.kind == tkNum && p.bcAfter(i+1) {
			years++ // "322 BC"
			far++
		}
	}
	return years >= 5 && recent*5 <= far
}

// release returns p to the pool, keeping only its buffers; p is not used
// after. Nothing of what Tag returns shares them (TestNoSharedBuffers).
func (p *parser) release() {
	clear(p.out) // let the texts and derivations go
	*p = parser{toks: p.toks[:0], out: p.out[:0], low: p.low}
	parsers.Put(p)
}

// run scans the tokens, taking at each position the longest phrase any
// rule recognizes there.
func (p *parser) run() {
	for i := 0; i < len(p.toks); {
		if p.skip(i) {
			i++
			continue
		}
		ph := p.best(i)
		if !ph.ok() || p.yearGroup(ph.end-1) {
			i++
			continue
		}
		d := p.secondDay(ph)
		if d.ok() {
			ph, d = p.rangeYear(ph, d)
		} else {
			ph = p.rangeAfter(p.rangeClose(p.rangeStart(ph)))
		}
		p.emit(ph)
		i = ph.end
		for d.ok() {
			p.emit(d)
			i = d.end
			d = p.secondDay(d) // a list's next day: "April 17, 18 and 20"
		}
	}
	p.link()
}

// yearGroup reports whether the "year" at token k names a school's year
// group, no time: "the Year 3 trip", "taught every year group".
func (p *parser) yearGroup(k int) bool {
	if !p.is(k, "year") {
		return false
	}
	t := p.tok(k + 1)
	return p.is(k+1, "group", "groups") || p.toks[k].upper && t.kind == tkNum && t.num >= 1 && t.num <= 13 && len(t.low) <= 2
}

// skip reports whether no rule can start at token i: most tokens.
func (p *parser) skip(i int) bool {
	t := &p.toks[i]
	switch {
	case t.kind == tkNum:
		// money ("$27"), a percentage ("5%") and the digits after a
		// decimal point or a thousands comma start nothing
		return p.glued(i) && (p.punct(i-1, "$") || (p.punct(i-1, ".") || p.punct(i-1, ",")) && p.tok(i-2).kind == tkNum) || p.punct(i+1, "%") && p.glued(i+1)
	case t.kind == tkPunct:
		return t.low != "'" || p.tok(i+1).kind != tkNum // "the '80s"
	case t.lex == nil || t.lex.class&cLink != 0:
		return true
	case t.lex.class&cHoliday != 0 && t.upper:
		return false // "All Saints' Day"
	case t.lex.class&cFunc != 0:
		return !p.trigger(i+1) && !(t.low == "a" && t.upper && p.punct(i+1, ".")) // "A.D. 1066"
	case t.lex.class == cHoliday:
		return !t.upper
	}
	return false
}

// trigger reports whether token i may take part in a time expression.
func (p *parser) trigger(i int) bool {
	t := p.tok(i)
	return t.kind == tkNum || t.lex != nil || t.low == "'"
}

// best returns the longest phrase starting at token i.
func (p *parser) best(i int) phrase {
	t := &p.toks[i]
	var best, ph phrase
	switch t.kind {
	case tkNum:
		for _, rule := range numberRules {
			// (assigned, not declared in the loop: a rule's phrase is
			// large, and the compiler copies it once less)
			if ph = rule(p, i); ph.ok() && ph.end > best.end {
				best = ph
			}
		}
	case tkPunct:
		best = p.decade(i) // "'80s"
		if ph = p.shortYear(i); ph.ok() && ph.end > best.end {
			best = ph
		}
	default:
		rules := t.lex.rules
		if t.lex.class&cFunc != 0 {
			rules &= p.follows(i + 1) // most rules tried at "the" need a word of their own after it
		}
		for ; rules != 0; rules &= rules - 1 {
			if ph = wordRules[bits.TrailingZeros64(rules)].fn(p, i); ph.ok() && ph.end > best.end {
				best = ph
			}
		}
	}
	return best
}

// follows returns the rules that can go on from a function word to token k.
func (p *parser) follows(k int) uint64 {
	switch t := p.tok(k); {
	case t.kind == tkNum:
		return numberFollows
	case t.kind == tkPunct:
		return markFollows
	case t.lex != nil:
		return t.lex.follows
	}
	return anyFollows
}

// A wordRule is a rule and the classes of the words it can start with,
// so that most rules are not tried at most words. Keywords and function
// words ("the", "a", "last", "year") are frequent and of the classes many
// rules start with, but each rule starts with few of them: it names its own,
// and the classes of the token it can go on to after a function word.
type wordRule struct {
	first class
	fn    func(*parser, int) phrase
	leads []string // the keywords and function words it can start with (TestRuleLeads checks); nil: any
	then  class    // after a function word, the classes of the next token (TestRuleLeads checks); 0: any
}

// startsAt reports whether r can start at word w of entry e (see init).
func (r *wordRule) startsAt(w string, e *entry) bool {
	lead := e.class & key
	if lead == 0 {
		return r.first&e.class != 0
	}
	// a keyword may have a class of its own ("year" is a unit, "some" vague)
	return r.first&e.class&^key != 0 || r.first&lead != 0 && (r.leads == nil || slices.Contains(r.leads, w))
}

// init gives each dictionary word the rules that can start at it, so
// that best tries those alone, in order.
func init() {
	if len(wordRules) > 64 {
		panic("temporal: too many word rules for an entry's rules")
	}
	for k, e := range dictionary.entries {
		for i := range wordRules {
			if wordRules[i].startsAt(dictionary.words[k], e) {
				e.rules |= 1 << i
			}
			if then := wordRules[i].then; then == 0 || then&e.class != 0 {
				e.follows |= 1 << i
			}
		}
	}
	for i, r := range wordRules {
		if r.then == 0 {
			anyFollows |= 1 << i
		}
		if r.then == 0 || r.then&cNumber != 0 {
			numberFollows |= 1 << i
		}
		if r.then == 0 || r.then&cMark != 0 {
			markFollows |= 1 << i
		}
	}
}

// The rules that can go on from a function word to a token that is no
// dictionary word: any word, a number, a mark.
var anyFollows, numberFollows, markFollows uint64

// key marks rules that start with a keyword or a function word ("the", "last").
const key = cKey | cFunc

// none is the leads of a rule that starts with no keyword.
var none = []string{}

// The leads of the rules that take theirs from tables.
var (
	// a modifier: "the end of", "early", "about", "circa"
	modLeads = wordsWhere(func(e *entry) bool { return e.posMods != nil || e.qtyMods != nil })
	// a vague reference: "the future", "right now", "recently"
	refLeads = append(wordsWhere(func(e *entry) bool { return e.refs != nil || e.class&cRefWord != 0 }), "one", "some", "then")
	// "the eighties"
	decadeLeads = append(wordsWhere(func(e *entry) bool { return e.class&cDecade != 0 }), "the")
	// "today", "this afternoon", "last night"
	dayLeads = append(wordsWhere(func(e *entry) bool { return e.class&cDayWord != 0 }), "the", "this", "last")
	// "daily", "every year", "twice a week", "$5 a year", "half-hourly", "published quarterly"
	setLeads = append(wordsWhere(func(e *entry) bool { return e.class&cSetAdverb != 0 }), "every", "each", "once", "twice", "a", "an", "per", "the", "most", "weekends", "half", "quarterly")
	// "their first three years", "a decade", "half a year"
	durLeads = slices.Concat(durationDets, wordsWhere(func(e *entry) bool { return e.class&cLead != 0 }), []string{"a", "an", "half"})
)

var wordRules = []wordRule{
	{key, (*parser).modified, modLeads, 0},
	{cMonth | cWeekday, (*parser).monthDate, none, 0},
	{key | cOrd | cCard | cWeekday, (*parser).dayMonth, []string{"the", "this"}, cCard | cOrd | cNumber},
	{cFunc | cCard, (*parser).yearDate, []string{"the"}, cUnit | cNumber},
	{key | cCard, (*parser).decade, decadeLeads, cDecade | cCard | cNumber | cMark},
	{cFunc | cOrd, (*parser).century, []string{"the"}, cOrd | cNumber},
	{cFunc | cSeason, (*parser).season, []string{"the"}, cSeason},
	{key | cOrd, (*parser).quarter, []string{"the", "this", "last", "next", "fiscal", "q", "h"}, key | cOrd | cUnit | cNumber},
	{cMonth | cFunc, (*parser).monthsQuarter, []string{"the"}, cMonth | cCard | cNumber},
	{cKey, (*parser).fiscal, []string{"fiscal", "fy"}, 0},
	{cHoliday | cFunc, (*parser).holiday, []string{"the"}, 0}, // (a holiday's first word is a cHoliday: "All Saints' Day")
	{cWeekday, (*parser).weekdayDate, none, 0},
	{key, (*parser).refWord, refLeads, key | cUnit},
	{key, (*parser).dayWord, dayLeads, cUnit | cPart},
	{key, (*parser).relUnit, append([]string{"the"}, relWords...), 0},
	{key | cCard | cVague, (*parser).ago, []string{"a", "an", "half"}, key | cCard | cUnit | cSeason | cVague | cNumber},
	{key | cUnit, (*parser).yearAgo, []string{"the", "a", "its", "comparable", "same", "corresponding", "last"}, key | cUnit},
	{key | cUnit | cOrd, (*parser).periodOf, []string{"the", "last", "final"}, key | cOrd | cUnit},
	{cFunc, (*parser).theQuarter, []string{"the"}, key | cUnit | cNumber},
	{cFunc, (*parser).theWeekend, []string{"the", "this"}, cUnit},
	{cUnit, (*parser).yearEnd, none, 0},
	{key | cCard | cWeekday, (*parser).set, setLeads, 0},
	{key | cCard | cVague | cUnit | cOrd, (*parser).duration, durLeads, key | cCard | cOrd | cUnit | cVague | cNumber},
	{cFunc, (*parser).theUnitBefore, []string{"the"}, key | cUnit | cPart | cHoliday},
	{cFunc, (*parser).partOf, []string{"the"}, cPart},
	{cPart | cFunc, (*parser).barePart, []string{"all"}, cPart},                                                                    // "all morning"
	{cKey | cPart | cCard | cUnit, (*parser).clock, []string{"noon", "midday", "midnight", "half", "quarter", "a"}, cUnit | cCard}, // "seven o'clock", "a quarter past two"
	{key, (*parser).era, []string{"a", "ad"}, cMark | cNumber},                                                                     // "A.D. 1066", "AD 410"
	{key | cOrd, (*parser).nthWeekdayOf, []string{"the", "last", "final"}, key | cOrd},
	{cFunc, (*parser).thePart, []string{"the"}, cPart},
}

var numberRules = []func(*parser, int) phrase{
	(*parser).raceTime, (*parser).numericDate, (*parser).dayMonth, (*parser).yearDate, (*parser).decade, (*parser).century,
	(*parser).quarter, (*parser).ago, (*parser).set, (*parser).duration, (*parser).clock, (*parser).era,
}

// secondDay finds the closing day of a range of days written with one
// month ("March 19-20", "April 24 to 26"), the next day of a list ("April
// 17, 18 and 20"), or the closing year of a season written short
// ("2013-14", "the 2021–22 season", "1999–00", "the 2021/22 financial year").
func (p *parser) secondDay(ph phrase) phrase {
	k := ph.end
	if t := p.tok(k + 1); ph.value == "" && ph.cal.g == gYear && p.tok(k-1).kind == tkNum && (p.hyphen(k) || (p.punct(k, "–") || p.punct(k, "/")) && p.glued(k) && p.glued(k+1)) &&
		t.kind == tkNum && len(t.low) == 2 && (ph.cal.y%100 < t.num || t.num == (ph.cal.y+1)%100) && !p.punct(k+2, "-") {
		c := cal{g: gYear, y: ph.cal.y - ph.cal.y%100 + t.num}
		if t.num < ph.cal.y%100 {
			c.y += 100 // "1999–00"
		}
		return phrase{begin: k + 1, end: k + 2, typ: Date, cal: c, why: "'" + p.span(k+1, k+2) + "', the end of a range of years -> " + c.value()}
	}
	listed := p.tok(ph.begin).kind == tkNum && (p.punct(ph.begin-1, ",") || p.is(ph.begin-1, "and")) // a list's day after the first
	if ph.value != "" || ph.cal.g != gDay || !p.has(ph.begin, cMonth|cWeekday) && !listed || p.tok(k-1).kind != tkNum {
		return phrase{}
	}
	if !(p.punct(k, "-") || p.punct(k, "–") || p.is(k, "to", "through", "and") || p.punct(k, ",") && (p.punct(k+2, ",") || p.is(k+2, "and"))) {
		return phrase{} // ("April 17, 18 and 20": a list)
	}
	if (p.is(k, "and") || p.punct(k, ",")) && p.tok(k+2).kind == tkWord && !p.is(k+2, "in", "at", "on", "when", "and", "to", "for", "of", "with", "by") {
		return phrase{} // "on April 24 and 25 in Washington", not "April 24 and 25 people"
	}
	t := p.tok(k + 1)
	if t.kind != tkNum || len(t.low) > 2 || t.num <= ph.cal.d || t.num > 31 || p.punct(k+2, ":") && p.tok(k+3).kind == tkNum && p.glued(k+3) || p.has(k+2, cMonth|cUnit) {
		return phrase{}
	}
	c := ph.cal
	c.d = t.num
	if c.n != unknown && c.d > daysIn(2000, c.n) {
		return phrase{}
	}
	return phrase{begin: k + 1, end: k + 2, typ: Date, cal: c, anchor: ph.anchor,
		why: "'" + p.span(k+1, k+2) + "', the end of a range of days -> " + c.value()}
}

// rangeYear gives a range of days the year written after its end, to both
// of its days ("July 1-3, 1863", "March 5 and 6, 1990"); the end's span
// takes the year.
func (p *parser) rangeYear(first, end phrase) (phrase, phrase) {
	if first.anchor == "" && first.cal.y != unknown {
		return first, end // the first day wrote its year out
	}
	j := end.end
	if p.punct(j, ",") {
		j++
	}
	y, k, ok := p.year(j)
	if !ok || p.tok(j).kind != tkNum || !p.isYear(j) {
		return first, end
	}
	first.cal.y, end.cal.y = y, y
	first.anchor, end.anchor, end.end = "", "", k
	first.why = "'" + p.span(first.begin, first.end) + "', the year of the range's end -> " + first.cal.value()
	end.why = "'" + p.span(end.begin, end.end) + "', the end of a range of days -> " + end.cal.value()
	return first, end
}

// rangeStart gives the first date of a range the year of its end when
// only the end writes one: "from July 1 to July 3, 1863", "December 20
// through January 5, 1990" (1989-12-20).
func (p *parser) rangeStart(ph phrase) phrase {
	if ph.anchor == "" || ph.value != "" || ph.cal.g < gMonth || ph.cal.g > gDay || ph.cal.n == unknown {
		return ph
	}
	conn := func(k int) bool {
		return p.punct(k, "-") || p.punct(k, "–") || p.is(k, "to", "through", "until", "till", "and") ||
			p.is(k, "or") && ph.end-ph.begin == 1 // "February or March 1635"; not "next month or May 2014"
	}
	k := ph.end
	if p.is(ph.begin-1, "from") {
		// "from 18 March until its suppression in late May 1871": the end
		// is the first month after the connective, in the sentence
		for k < ph.end+16 && k < len(p.toks) && !p.toks[k].brk && !conn(k) {
			k++
		}
		if !conn(k) {
			return ph
		}
		for k++; k < len(p.toks) && k < ph.end+28 && !p.toks[k].brk && !p.has(k, cMonth); k++ {
		}
		k-- // (the token before the end, as the connective is below)
	} else if !conn(k) {
		return ph
	}
	if k+1 >= len(p.toks) || p.skip(k+1) {
		return ph
	}
	end := p.best(k + 1)
	if !end.ok() || end.anchor != "" || end.value != "" || end.cal.g < gMonth || end.cal.g > gDay || end.cal.y == unknown || end.cal.n == unknown {
		return ph
	}
	ph.cal.y, ph.anchor = end.cal.y, ""
	if ph.cal.n > end.cal.n {
		ph.cal.y-- // the range crosses a new year
	}
	ph.why = "'" + p.span(ph.begin, ph.end) + "', the year of the range's end -> " + ph.cal.value()
	return ph
}

// rangeClose gives the last month or day of a range the year of its start
// when only the start has one: "in 2010, ... between August and December",
// "from November 1988 to February" (1989-02).
func (p *parser) rangeClose(ph phrase) phrase {
	start := p.prev
	if ph.anchor != AnchorDCT || ph.value != "" || ph.cal.g < gMonth || ph.cal.g > gDay || ph.cal.n == unknown || !p.tells(ph, cMonth) ||
		start.end+1 != ph.begin || start.anchor == AnchorDCT || start.value != "" || start.cal.g < gMonth || start.cal.g > gDay || start.cal.y == unknown || start.cal.n == unknown ||
		!(p.dayRangeMark(ph.begin-1) || p.is(ph.begin-1, "until", "till") || p.is(ph.begin-1, "and") && p.is(start.begin-1, "between")) {
		return ph
	}
	y := start.cal.y
	if ph.cal.n < start.cal.n {
		y++ // the range crosses a new year
	}
	if y != ph.cal.y {
		ph.cal.y, ph.anchor = y, AnchorExpr
		ph.why = "'" + p.span(ph.begin, ph.end) + "', the year of the range's start -> " + ph.cal.value()
	}
	return ph
}

// rangeAfter makes a day told against the DCT that ends a range follow
// the range's start when that is the DCT's day or later: a warning issued
// on a Saturday "from 11 a.m. Saturday through 9 p.m. Sunday" ends the next
// day, not the Sunday before; and a day joined by "and" to one ahead
// follows it ("Games 1 and 2 on Wednesday and Thursday").
func (p *parser) rangeAfter(ph phrase) phrase {
	start := p.prev.cal
	c := ph.begin - 1 // the connective
	if p.is(c, "even", "possibly", "perhaps", "maybe", "probably") && p.is(c-1, "and", "or") {
		c-- // "until Wednesday or even Thursday"
	}
	and := p.is(c, "and", "or")
	if and && !(p.has(ph.begin, cWeekday) && p.has(p.prev.begin, cWeekday)) {
		return ph // ("a week from Tuesday and two days from today" is no pair of days)
	}
	if ph.anchor == AnchorExpr && !and && p.has(ph.begin, cWeekday) && !p.tells(ph, cMonth) && ph.value == "" && ph.cal.g >= gDay && ph.cal.known() && p.prev.end == c && p.prev.value == "" && start.g >= gDay && start.known() && p.dayRangeMark(c) &&
		p.tells(p.prev, cWeekday) { // (not a feast and its weekday set off by dashes: "by Election Day - Tuesday -")
		// a story's range of weekdays ends on the first after its start:
		// "the weekend of 21 June ... Friday night to Sunday afternoon"
		if s, d := start.coarsen(gDay).date(), ph.cal.date(); d.Before(s) || d.After(s.AddDate(0, 0, 6)) {
			ph.cal = ph.cal.withDate(start.coarsen(gDay).weekdayFrom(weekdayOf(d)).date())
			ph.why += ", moved to the first after the range's start, " + start.value()
		}
		return ph
	}
	if ph.anchor != AnchorDCT || ph.value != "" || ph.cal.g < gDay || !ph.cal.known() || p.prev.end+1 != c+1 ||
		p.prev.value != "" || start.g < gDay || !start.known() || start.date().Before(p.dct.date()) || and && !start.date().After(p.dct.date()) ||
		!(p.punct(c, "-") || p.punct(c, "–") || p.is(c, "to", "through", "until", "till", "thru", "and", "or")) {
		return ph
	}
	if d := ph.cal.date(); d.Before(start.date()) {
		ph.cal = ph.cal.withDate(d.AddDate(0, 0, 7))
		ph.why += ", a week on: a range ends after its start"
	}
	return ph
}

// emit appends a phrase as an expression and updates the reference date.
func (p *parser) emit(ph phrase) {
	switch {
	case !p.untold && ph.value == "" && ph.cal.y >= untoldMonthDay && ph.cal.y != unknown:
		// the text's first day is of a year it does not tell (see untoldFrom)
		p.untold, p.dct.y = true, p.dct.y+untoldDay
		p.ref = p.dct
	case p.untold && p.lastDay.g < gDay && ph.anchor == "" && ph.value == "" && ph.cal.g >= gDay && ph.cal.y != unknown && ph.cal.y < untoldMonthDay:
		// a story whose first day is written with its year tells its year
		// after all: "I started at Carrbrook Grammar on Wednesday, 4
		// September 1957" (see untoldYear)
		p.untold, p.dct.y = false, p.dct.y-untoldDay
		p.ref = p.dct
	}
	if p.untold && ph.value == "" && ph.cal.g >= gMonth && ph.cal.y >= untoldMonthDay {
		// a date of a story that never tells its year shows what the
		// story told of it: "June", "Christmas", "Monday, the third of
		// October" its month (and day), "Saturday" its weekday
		c, holiday := ph.cal, p.tells(ph, cHoliday)
		if p.tells(ph, cMonth) || holiday && (p.toldAt(ph.begin, ph.end) || p.toks[ph.begin].brk && p.tok(ph.end).kind == tkWord) {
			c = c.untold(untoldMonthDay)
		} else if holiday {
			// a holiday the story does not go to stays out of it: "mince
			// pies left over from Christmas", "the first Christmas"
			ph.value = c.untold(untoldMonthDay).value()
			ph.why += "; the story tells no year -> " + ph.value
		} else if c.g >= gDay && p.tells(ph, cWeekday) {
			c = c.untold(untoldWeekday)
		}
		if c != ph.cal {
			ph.cal = c
			ph.why += "; the story tells no year -> " + c.value()
		}
	}
	rangeEnd := p.endsDayRange(ph) // (asked of the phrase before)
	// (an event's "after", not "later")
	if n, ok := offsetDays(ph.off); ok && ph.typ == Duration && ph.rel == "after" && p.is(ph.end, "after") {
		if d := p.prev.cal.coarsen(gDay); p.punct(ph.begin-1, ",") && p.prev.end == ph.begin-1 && d.g == gDay && d.known() {
			// the day of an event a day is dated from: "On Wednesday, 18
			// November 1936, three days after Colonel Ashby died"
			p.eventDay = dayOf(d.date().AddDate(0, 0, -n))
		} else if p.hasDCT && n < 7 && (p.toks[ph.begin].brk || p.punct(ph.begin-1, "-") || p.punct(ph.begin-1, "—")) {
			// or the DCT, in news opening on it: "GATESHEAD - Two days after
			// fire swept through the Carousel nightclub"
			p.eventDay = dayOf(p.dct.date().AddDate(0, 0, -n))
		}
	}
	p.prev = ph
	start, end := p.toks[ph.begin].start, p.toks[ph.end-1].end
	if ph.cal.g == gPart && ph.value == "" && ph.typ == Time {
		p.partNow, p.partEnd = ph.cal, end
	}
	if ph.cal.g == gMinute && ph.value == "" && ph.cal.known() {
		p.lastClock = ph.cal
	}
	e := Expr{Start: start, End: end, Text: p.text[start:end], Type: ph.typ, Value: ph.val(),
		Mod: ph.mod, Anchor: ph.anchor, AnchorExpr: -1, Derivation: ph.why,
		Relation: ph.rel, Offset: ph.off, RangeEnd: -1}
	if ph.anchor == AnchorExpr {
		if ph.refIdx > 0 {
			e.AnchorExpr = ph.refIdx - 1
		} else if p.refIdx >= 0 {
			e.AnchorExpr = p.refIdx
		} else if p.hasDCT {
			e.Anchor = AnchorDCT
		} else {
			e.Anchor = ""
		}
	}
	if (ph.typ == Date || ph.typ == Time) && ph.value == "" && ph.anchor == "" && ph.cal.y != unknown && ph.cal.g >= gYear {
		p.textYear = ph.cal.y
		if !p.is(ph.begin-1, "since") {
			p.years.add(ph.cal.y) // (not "the first in the county since 2007")
		}
	}
	if t := p.tok(ph.begin); ph.cal.g == gMinute && t.kind == tkNum && len(t.low) == 2 && t.num >= 13 && t.num <= 23 && p.punct(ph.begin+1, ":") {
		p.clock24 = true // "19:40": the text keeps the 24-hour clock
	} else if ph.cal.g == gMinute && t.kind == tkNum && len(t.low) == 4 && t.low[0] == '0' {
		p.milTimes = true // "0930": it writes hours in four figures
	}
	if ph.cal.g == gDay && ph.value == "" && ph.cal.known() && p.punct(ph.end, ":") && (p.calendarWritten(ph) || p.has(ph.begin, cHoliday)) {
		// a list's day and its entry, written out or a feast's: "Good
		// Friday: 8am-6pm." (not a weekday alone: a week ahead's "Monday:"
		// lists its days in the week's order, not the calendar's)
		p.listDay, p.listEnd = ph.cal, ph.end
	}
	if ph.cal.g == gDay && ph.value == "" && ph.cal.known() && p.lineStart(ph.begin) {
		p.lineDay, p.lineDayAt = ph.cal, p.toks[ph.begin].start
	}
	if p.lineStart(ph.end) && ph.value == "" && ph.cal.known() && ph.cal.g == gYear && p.tok(ph.end-1).kind == tkNum && p.isYear(ph.end-1) {
		// a heading's year: the short line it ends holds no verb
		p.headYear = 0
		b := ph.begin
		for b > 0 && ph.end-b <= 5 && !p.lineStart(b) {
			b--
		}
		if p.lineStart(b) && ph.end-b <= 5 && p.noVerb(b, ph.begin) {
			p.headYear = ph.cal.y
		}
	}
	if ph.cal.g == gDay && ph.value == "" && ph.cal.known() && p.hasDCT && p.tells(ph, cWeekday) && !ph.cal.date().After(p.dct.date()) && p.inPastList(ph.begin) {
		p.listPast = ph.cal
	}
	if ph.cal.g == gMinute && ph.value == "" && p.clockEntry(ph.begin, ph.end) {
		if e := p.entryAt; e.g == gMinute && e.known() && ph.cal.known() {
			p.entriesBack++
			if !ph.cal.instant().Before(e.instant()) {
				p.entriesBack = 0
			}
		}
		p.entryAt, p.entryEnd = ph.cal, p.toks[ph.end-1].end
	} else if ph.cal.g == gDay && p.lineStart(ph.begin) && (ph.end >= len(p.toks) || p.lineStart(ph.end)) {
		p.entryAt = cal{} // a day heading a timeline's next entries: "Tuesday, April 27"
	}
	if c := ph.cal; p.hasDCT && ph.value == "" && c.known() && c.coarsen(gDay) == p.dct.prevDay() && (c.g == gPart && (c.code == "NI" || c.code == "EV") || c.g == gMinute && c.hh >= 18) {
		p.nightBefore = true
	}
	p.writtenWeekday(ph)
	if ph.typ == Duration && ph.rel == "after" && ph.cal.g != gNone && ph.cal.known() && !(p.hasDCT && ph.cal.y >= p.dct.y-1 && p.ref.y < p.dct.y-1) {
		// "Four days later, shortly before midnight": the story's day
		// moves; not to the writer's present or past it ("Forty years
		// later, some of those who lived through it remember that night")
		p.ref, p.refIdx, p.refHeads = ph.cal, len(p.out), false
	}
	if p.newsDay(ph) {
		p.newsDays++
		if ph.anchor == "" {
			p.bylines++
		}
		if d := ph.cal.coarsen(gDay); ph.anchor == AnchorDCT && p.tells(ph, cWeekday) && d.g == gDay && d.date().Before(p.dct.date()) {
			p.pastDays[weekdayOf(d.date())] = d
		}
	}
	if w := ph.cal; ph.anchor == AnchorDCT && ph.value == "" && w.g == gWeekend && w.known() && w.inWeek(time.Sunday).date().Before(p.dct.date()) {
		// and the days of a weekend gone by: "broke out at the weekend ...
		// Saturday, 7.40pm - Colley and Spratt ask to go"
		for _, wd := range []time.Weekday{time.Saturday, time.Sunday} {
			if p.pastDays[wd].g != gDay {
				p.pastDays[wd] = w.inWeek(wd)
			}
		}
	}
	if ph.anchor == AnchorExpr && p.ref.y != unknown && p.ref.y < p.dct.y-1 && ph.cal.y == p.ref.y {
		p.storyDates++
	}
	if p.opensStory && ph.anchor == AnchorDCT && ph.cal.known() && p.toks[ph.begin].start < 400 {
		p.opensStory = false // its opening tells of its own day too: "on Saturday 7 June 1958 — sixty years ago today"
	}
	if (ph.typ == Date || ph.typ == Time) && ph.value == "" && ph.cal.known() && !rangeEnd {
		p.place(ph)
	}
	p.out = append(p.out, e)
}

// endsDayRange reports whether ph is the last day of a range told from its
// first, the phrase before it, which the text goes on from: "from Sunday 2
// September to Thursday 6 September 1666. ... Sunday ... Monday".
func (p *parser) endsDayRange(ph phrase) bool {
	start := p.prev
	return ph.cal.g == gDay && start.cal.g == gDay && start.value == "" && start.cal.known() && start.end == ph.begin-1 &&
		p.is(start.begin-1, "from") && p.is(ph.begin-1, "to", "until", "till", "through") && start.cal.date().Before(ph.cal.date())
}

// newsDay reports whether phrase ph tells a day of news, a day around the
// DCT told against it ("Monday", "today"): a text that tells one is news.
// A bare clock time or a feast ("sent us this letter at Easter") is the
// DCT's day only for want of another, but "5:17 am Friday" and "Easter
// Monday" are news's; a byline's "Feb. 19, 2026", the DCT written out to
// end its line, is news's. A diary's heading "12 January" more than a week
// before the DCT is its entry's day (a news timeline's are of the last
// days), and an anniversary's "a century ago today" the story's.
func (p *parser) newsDay(ph phrase) bool {
	if ph.anchor == "" {
		return ph.cal.g == gDay && p.hasDCT && ph.cal == p.dct && p.lineStart(ph.end)
	}
	if ph.anchor != AnchorDCT || ph.cal.g < gDay || (ph.cal.g == gMinute || p.tells(ph, cHoliday)) && !p.namesDay(ph) ||
		p.is(ph.begin-1, "the") && p.has(ph.begin, cWeekday) { // (a story's "By the Thursday morning", not news's)
		return false
	}
	if !ph.cal.known() {
		return true
	}
	// (a diary's heading is none, nor a list's of days a narrator tells of)
	return ph.cal.y >= p.dct.y-1 && !(p.heads(ph) && p.calendarWritten(ph) && ph.cal.date().Before(p.dct.date().AddDate(0, 0, -7)) || p.listPast == ph.cal)
}

// namesDay reports whether a phrase names its day with a weekday or a
// day word ("5:17 am Friday", "6 a.m. yesterday").
func (p *parser) namesDay(ph phrase) bool { return p.tells(ph, cWeekday|cDayWord) }

// tells reports whether a phrase has a word of class c.
func (p *parser) tells(ph phrase, c class) bool {
	for k := ph.begin; k < ph.end; k++ {
		if p.has(k, c) {
			return true
		}
	}
	return false
}

// writtenWeekday records a day written out with its weekday ("from
// Friday, Aug. 9, through Sunday, Aug. 11"), and the days a range of them
// spans, for the bare weekdays after it (see weekdayDate).
func (p *parser) writtenWeekday(ph phrase) {
	if ph.cal.g < gDay || !ph.cal.known() || ph.value != "" || !p.tells(ph, cWeekday) || !p.has(ph.begin, cWeekday) && !p.tells(ph, cMonth) {
		return // (an hour may come first when the month is written: "noon on Friday, July 26")
	}
	if _, head := p.agendaHead(ph.begin); !head && !strings.ContainsAny(p.span(ph.begin, ph.end), "0123456789") {
		return
	}
	d := ph.cal.coarsen(gDay).date()
	if p.is(ph.begin-1, "through", "to", "until") || p.punct(ph.begin-1, "-") || p.punct(ph.begin-1, "–") {
		// the range's end: the days from its start, a week at most
		for t := d.AddDate(0, 0, -1); t.After(d.AddDate(0, 0, -7)); t = t.AddDate(0, 0, -1) {
			if p.weekDays[t.Weekday()] == dayOf(t) {
				for u := t.AddDate(0, 0, 1); u.Before(d); u = u.AddDate(0, 0, 1) {
					p.weekDays[u.Weekday()] = dayOf(u)
				}
				break
			}
		}
	}
	p.weekDays[d.Weekday()] = dayOf(d)
}

// place moves the text's reference date and story day to a date about to
// be emitted, unless it is an aside (see aside), or a period holding the
// reference ("that summer" after "August 1" keeps the day, "the same
// evening" is its; "the fourteenth century" after "February 1338" keeps
// the month).
func (p *parser) place(ph phrase) {
	// (a look back: "she had left on May 2", "your letter of Sunday"; in a
	// story told in the present of its day, a day before it told in the
	// past, or as its yesterday: "It is Saturday the thirteenth of June ...
	// The man on the phone on Thursday said eight", "Dennis put it up last
	// night"); but the first day a story writes out is its day, looked
	// back to or not ("School had let out on Friday, June 6. By Sunday")
	back := ph.cal.g >= gDay && (p.lastDay.g >= gDay || !p.calendarWritten(ph)) && (p.pluperfect(ph.begin) || p.lookedBack(ph.begin) || p.storyNow && !p.dayLine && ph.cal.known() && p.lastDay.known() && p.lastDay.g >= gDay &&
		ph.cal.date().Before(p.lastDay.date()) && (p.tense(ph.begin, ph.end) < 0 || p.is(ph.begin, "yesterday", "last"))) ||
		// and a year or a decade a story at its day looks back to: "Grandma,
		// who had come out from Ohio in 1899"
		ph.cal.g < gDay && p.pluperfect(ph.begin) && (p.lastDay.g >= gDay && p.lastDay.known() && earlier(ph.cal, p.lastDay) ||
			// or to a season told before the one the story is in: "the winter
			// of 1947 ... by the spring of 1971 ... She had been sixteen that
			// winter" (but a flashback told anew goes on: "By the summer of
			// 331 BC ... He had crossed in the spring of 334 BC ... that May")
			ph.cal.g == gSeason && ph.anchor == AnchorExpr && p.ref.g == gSeason && p.ref.known() && earlier(ph.cal, p.ref))
	if p.aside(ph, back) {
		return
	}
	at := p.toldAt(ph.begin, ph.end) || ph.cal.g >= gDay && p.rangeFrom(ph.begin) ||
		// "the surge of 31 January 1953. Fifty-eight people died that
		// night": the text goes on to tell of a day of long ago it named
		p.is(ph.begin, "that") && ph.anchor == AnchorExpr && ph.cal.g >= gDay && p.hasDCT && ph.cal.y <= p.dct.y-10 ||
		// "voices from the flood of Easter 1998" titling the text or a part of
		// it: what it tells is of then
		ph.anchor == "" && p.hasDCT && ph.cal.y <= p.dct.y-10 && p.inHeading(ph.begin)
	itIs := p.is(ph.begin-2, "it") && p.is(ph.begin-1, "is") ||
		// or what shows it, first thing: "The newspaper on the kitchen table says Sunday, 26 September 1993"
		len(p.out) == 0 && p.is(ph.begin-1, "says", "reads", "shows") && ph.cal.g >= gDay && p.tells(ph, cMonth) && strings.ContainsAny(p.span(ph.begin, ph.end), "0123456789")
	if ph.cal.g >= gDay && (ph.anchor == "" || p.untold && itIs) && p.hasDCT && (ph.cal.y < p.dct.y-1 || itIs && ph.cal.coarsen(gDay) != p.dct.coarsen(gDay)) {
		// a story telling its day: "It was the morning of Thursday 15
		// October 1987"; in the present, its future is the story's, not
		// news's again ("It is ...", however near the DCT), as of a chapter
		// or a letter headed "Saturday, 30th July 1966"
		p.itWas = p.itWas || p.is(ph.begin-2, "it") && p.is(ph.begin-1, "was") || itIs
		if itIs || ph.cal.y <= p.dct.y-10 && p.inHeading(ph.begin) && p.tells(ph, cWeekday) || (len(p.out) == 0 || p.lastDay.coarsen(gDay) == ph.cal.coarsen(gDay)) && p.presentSentence(ph.begin) {
			p.storyNow = true
		}
	}
	// (a weekday alone heads an entry of a diary whose entries have had dates)
	if line := p.heads(ph) && (p.calendarWritten(ph) || p.entryDay.g >= gDay) || p.listPast == ph.cal; ph.cal.g >= gDay && !back && (line || !p.dayLine || ph.anchor != AnchorExpr) {
		// (a letter's or a diary entry's days are told from its head)
		p.lastDay, p.dayAt, p.dayLine, p.dayBegin, p.dayEnd = ph.cal, at || ph.anchor == AnchorExpr && p.dayAt, line, ph.begin, ph.end
		if ph.cal.g == gMinute && ph.anchor == AnchorExpr && ph.cal.known() {
			// (a story's times are told from its own, but for one a story told
			// in the present has yet to reach: "The lease runs out at midnight
			// tonight. By ten")
			if p.yetToCome(ph) {
				p.lastDay = ph.cal.coarsen(gDay)
			} else if !p.stillAhead(ph.begin, ph.end) {
				p.clockNow = ph.cal
			}
		}
		if line {
			p.entryDay = ph.cal
		}
	}
	if p.refIdx >= 0 && ph.cal.g < p.ref.g && p.ref.coarsen(ph.cal.g).value() == ph.cal.value() {
		return
	}
	if ph.cal.g == gMinute && ph.anchor == AnchorDCT && !p.namesDay(ph) && p.refIdx >= 0 && p.ref.known() && p.ref.y < p.dct.y-1 {
		return // an hour put on the DCT's day for want of another does not end a story's time ("London, 1851 ... at half past five")
	}
	p.ref, p.refIdx, p.refHeads = ph.cal, len(p.out), p.headsEntry(ph.begin, ph.end)
	// (a heading of a day in the year told keeps the story going: "9–14 April")
	p.refAt, p.refOwnAt = at || (ph.anchor == AnchorExpr || p.lineStart(ph.begin) && ph.cal.y == p.ref.y) && p.refAt, at
	if at && ph.cal.g >= gDay && ph.anchor == "" && p.hasDCT && ph.cal.y > p.dct.y+1 && (p.tense(ph.begin, ph.end) < 0 || ph.cal.y > p.dct.y+100) {
		// (a day a century or more ahead is a story's whatever the verb
		// before it: "who never expected to grow old there, and so at 03:58
		// on 14 March 2291")
		p.futureStory = true
	}
	if len(p.out) == 0 && at && ph.anchor == "" && p.hasDCT && ph.cal.y < p.dct.y-1 && p.toks[ph.begin].start < 250 && p.sentenceHas(ph.begin, "i", "we", "my", "our") {
		// a text that opens on a time a year or more gone, as one tells of
		// it, is a story of that time ("I went to Brittany in the summer of
		// 2004", "1936 began with snow, and my father was out of work")
		p.opensStory = true
	}
	p.refOpens = at && (p.tok(ph.begin).brk || ph.begin == 0 || p.tok(ph.begin-1).brk && p.tok(ph.begin-1).kind == tkWord)
	if (ph.cal.g == gQuarter || ph.cal.g == gHalf) && ph.anchor != AnchorExpr && p.lastQi < 0 && p.recentlyEnded(ph.cal) {
		// the quarter of a report is the first recent one it names
		// ("third-quarter profit"); not "a flat second quarter" it is
		// compared with, nor "a year earlier", derived from it, nor
		// "the third quarter of 1984"
		p.lastQ, p.lastQi = ph.cal, len(p.out)
	}
}

// inHeading reports whether token b is on a heading: a short line
// standing alone above what follows, with no sentence's end ("Voices from
// the flood of Easter 1998", "Events of spring 1612").
func (p *parser) inHeading(b int) bool {
	if b >= len(p.toks) {
		return false
	}
	// (within 100 bytes either way: a heading is short, and long text
	// without lines stays linear)
	t := p.tok(b)
	from := max(t.start-100, 0)
	start := strings.LastIndexByte(p.text[from:t.start], '\n') + 1 + from
	end := strings.IndexByte(p.text[t.start:min(t.start+100, len(p.text))], '\n')
	if start == from && from > 0 || end < 0 || start > 0 && !strings.HasSuffix(p.text[:start], "\n\n") {
		return false // (a long line, the last line, or one of a paragraph's)
	}
	line := strings.TrimSpace(p.text[start : t.start+end])
	return len(line) <= 100 && !strings.ContainsAny(line[len(line)-1:], ".!?:;,")
}

// rangeFrom reports whether the date at token b ends a range opened by
// "from", just emitted: "lasted from 15 May to 26 June 1919" is told as
// its start is.
func (p *parser) rangeFrom(b int) bool {
	n := len(p.out)
	if n == 0 || !p.is(b-1, "to", "until", "through") || b < 2 || p.out[n-1].End != p.toks[b-2].end {
		return false
	}
	for k := b - 2; k > 0 && k > b-8; k-- {
		if p.toks[k].start == p.out[n-1].Start {
			return p.is(k-1, "from")
		}
	}
	return false
}

// aside reports whether a date is no time the text is at: a day it looks
// back to ("a part he had ordered on Tuesday"), what its people say
// ("'Tomorrow,' he said") or look ahead to ("she said it would all be
// settled by Wednesday morning"), where a state began or ended ("since
// 1998", "until February 1338"), a time restated in another zone, an age
// that describes a thing ("a 12th-century abbey"), or a relative clause
// looking back ("It reached Jamaica in January 1741, having lost
// Cathcart, who died on 20 December 1740").
func (p *parser) aside(ph phrase, back bool) bool {
	told := ph.anchor == AnchorExpr
	switch {
	case told && (back || p.is(ph.begin, "tomorrow", "yesterday", "tonight") || p.is(ph.end-1, "ago") || p.quoted(ph.begin)):
		// (a day counted back from the story's with "ago" leaves it there:
		// "a letter posted ten days ago. He has leave at the end of the month")
	case ph.anchor == "" && p.newsDays == 0 && p.lastDay.g >= gDay && p.lastDay.known() && abs(p.lastDay.y-p.dct.y) > 1 && earlier(ph.cal, p.lastDay) && p.quoted(ph.begin):
		// a day of long ago a story's people recall: "“Reported lost with
		// nine crew on 18 June 2127,” he said. ... at 03:41"
	case back && ph.cal.g < gDay && p.newsDays == 0 && p.lastDay.y < p.dct.y-1:
		// a year or a season a story at its day looks back to: "the coat
		// she had bought in the autumn of 1971. ... the night of the 1st"
	case told && ph.cal.g >= gDay && !p.dayLine && (p.anticipated(ph.begin) || p.is(ph.begin-1, "by") && p.infinitiveBefore(ph.begin-1)):
		// (a deadline: "he has a survey to finish by Monday")
	case p.bound(ph.begin), p.conversion(ph.begin), p.describes(ph), p.parenthesized(ph.begin) && ph.anchor == "":
		// (and a date written out in parentheses: "for the rest of his
		// life (he died in 1911) he swore he had never smelt anything like
		// that summer")
	case ph.cal.g == gYear && ph.anchor == "" && p.is(ph.begin-1, "was", "is", "were") && !p.is(ph.begin-2, "it", "this", "that"):
		// a year compared with ("the winter of 1906-07 was worse, and so
		// was 1936"), not one the text goes to ("It was 1973")
	case p.is(ph.begin-1, "from") && keepsakes[p.tok(ph.begin-2).low]:
		// the date of a thing found or kept: "under the sink we found a
		// newspaper from March 3, 1931"
	case p.is(ph.begin-1, "about") && topicVerbs[p.tok(ph.begin-2).low] && !(p.punct(ph.end, ",") && p.is(ph.end+1, "when")):
		// a time talked about, not one the text goes to: "the way our
		// parents talked about the winter of 1947" (but "He talked about
		// the summer of 1976, when the water butts ran dry in June" tells it)
	case p.is(ph.begin-1, "of") && p.is(ph.begin-2, "close", "high", "low", "peak", "level", "record", "levels", "highs", "lows"):
		// a market's mark the figure is set against: "22 per cent below its
		// record close of March 29"
	case ph.cal.g == gYear && p.is(ph.begin-1, "of") && lawWords[p.tok(ph.begin-2).low]:
		// a law or a treaty named by its year: "bound by the treaty of
		// 1368, had meanwhile sent a squadron"
	case ph.anchor == AnchorDCT && ph.cal.g == gDay && p.is(ph.begin-1, "said", "says", "reported", "announced", "released", "issued", "published", "disclosed", "confirmed", "heard") && p.refIdx >= 0 && p.ref.g >= gDay && p.ref.known() &&
		p.recentRef(ph.begin) && ph.cal.date().After(p.ref.date()) && (ph.cal.date().Sub(p.ref.date()) <= 48*time.Hour || p.is(ph.begin-1, "heard")):
		// the day of the telling, just after the events' day, not theirs:
		// "crashed late Sunday, police said Monday. ... at around 10:15 p.m.",
		// "locked down Wednesday ... a timeline the district released Thursday",
		// and a court's, whenever the events: "last seen at 11.40pm on
		// Saturday 14 February, the inquest heard yesterday"
	case p.refIdx >= 0 && earlier(ph.cal, p.ref) && p.relative(ph.begin, false),
		p.refIdx >= 0 && p.ref.g >= gYear && p.ref.known() && ph.cal.y > p.ref.y+1 && p.relative(ph.begin, true):
		// (and a death told years ahead of the story: "Conyers fled to
		// Scotland, where he died in 1581. Garth was captured in early
		// February", after January 1570)
	case p.is(ph.begin-2, "than") && p.is(ph.begin-1, "in", "on", "at", "during"):
		// a time compared with: "the first egg, a week earlier than in 1973"
		// (not a bound: "no earlier than Monday")
	case p.dayLine && told && ph.cal.g < gDay && earlier(ph.cal, p.lastDay):
		// a diary's or a letter's look back leaves its day where it is:
		// "we did it in nine days last year. \n\nEaster Sunday"
	case p.is(ph.end, "was", "were", "had") && p.is(ph.begin-1, "on", "in") && p.reducedRelative(ph.begin-1):
		// a time of the subject's, told before its verb: "Sandbags laid by
		// volunteers on Friday afternoon were swept away within minutes"
	case p.frame(ph.begin):
	default:
		return false
	}
	return true
}

// reducedRelative reports whether the words before token i, a few after
// its sentence's first, are a noun and a participle that describe it:
// "Sandbags laid by volunteers [on Friday]".
func (p *parser) reducedRelative(i int) bool {
	for k := i - 1; k >= 1 && k >= i-4 && !p.toks[k+1].brk; k-- {
		if p.toks[k].brk || p.punct(k, ",") {
			return false
		}
		if t := p.tok(k - 1); (strings.HasSuffix(p.toks[k].low, "ed") || p.cue(k) == cuePast) && t.kind == tkWord && t.lex == nil && !p.is(k-1, "was", "were", "had", "has", "have", "is", "are", "be", "been", "he", "she", "it", "they", "we", "i", "you", "who", "that", "which") {
			return true
		}
	}
	return false
}

// keepsakes are things that carry the date they are from.
var keepsakes = map[string]bool{"newspaper": true, "newspapers": true, "paper": true, "letter": true, "letters": true, "photograph": true,
	"photographs": true, "photo": true, "photos": true, "postcard": true, "postcards": true, "ticket": true, "receipt": true, "magazine": true,
	"calendar": true, "coin": true, "coins": true, "stamp": true, "stamps": true, "clipping": true, "cutting": true, "programme": true,
	"program": true, "poster": true, "menu": true, "map": true, "recording": true, "diary": true, "note": true, "notes": true}

// topicVerbs tell of a thing talked or thought about.
var topicVerbs = map[string]bool{"talk": true, "talks": true, "talked": true, "talking": true, "speak": true, "spoke": true, "spoken": true,
	"write": true, "wrote": true, "written": true, "writing": true, "read": true, "hear": true, "heard": true, "think": true, "thought": true,
	"know": true, "knew": true, "tell": true, "told": true, "remember": true, "remembered": true, "joke": true, "joked": true, "sing": true, "sang": true}

// lawWords name a law or a treaty, which its year names: "the treaty of 1368".
var lawWords = map[string]bool{"treaty": true, "act": true, "statute": true, "agreement": true, "accord": true, "convention": true,
	"constitution": true, "truce": true, "pact": true, "edict": true, "ordinance": true, "concordat": true}

// parenthesized reports whether token i is inside parentheses opened in
// its sentence.
func (p *parser) parenthesized(i int) bool {
	for k := i - 1; k >= 0 && k >= i-30 && !p.toks[k+1].brk; k-- {
		switch {
		case p.punct(k, ")"):
			return false
		case p.punct(k, "("):
			return true
		}
	}
	return false
}

// presentSentence reports whether the sentence of token i is told in the
// present and nothing in it in the past: a story's first day so told is its
// present ("My sister's wedding is scheduled to begin at 4 p.m. on Saturday,
// June 17, 2017, and at 6:45 that morning I am standing in a parking lot").
func (p *parser) presentSentence(i int) bool {
	b := i
	for b > 0 && !p.toks[b].brk {
		b--
	}
	present := false
	for k := b; k < len(p.toks) && (k == b || !p.toks[k].brk); k++ {
		if p.cue(k) == cuePast || p.is(k, "was", "were", "had", "did") {
			return false
		}
		// (not a passive, which tells a habit as often: "It is held the
		// second Sunday of May")
		present = present || p.is(k, "am", "is", "are") && !strings.HasSuffix(p.tok(k+1).low, "ed") && !p.is(k+1, "held", "set", "known", "made", "kept", "run", "seen", "given", "done")
	}
	return present
}

// frame reports whether the date at token i tells when the text itself
// was made, or when someone in it was born, not when its story happens:
// "Recorded by the Heritage Group, 2015–2016", "These accounts were
// recorded in September 2004", "(collier, born 1931)", "(b. 1937)".
func (p *parser) frame(i int) bool {
	if p.is(i-1, "born") && (p.punct(i-2, ",") || p.punct(i-2, "(")) || p.punct(i-1, ".") && p.is(i-2, "b") && p.punct(i-3, "(") {
		return true
	}
	if i > 60 {
		return false // (the making of a text is told at its head)
	}
	for k := i - 1; k >= 0 && k >= i-12 && !p.toks[k+1].brk; k-- {
		if p.is(k, "recorded", "interviewed", "compiled", "transcribed", "edited", "translated") {
			return true
		}
	}
	return false
}

// bound reports whether a date at token i tells where a state began or
// ends: "since 1998", "until February 1338", or the date of a clause
// opened by "since" ("118 cases since the first was confirmed on Dec. 28").
func (p *parser) bound(i int) bool {
	if p.is(i-1, "least") && p.is(i-2, "at") {
		i -= 2 // "until at least Sunday"
	}
	if p.is(i-1, "since", "until", "till") {
		return true
	}
	last := -1
	if n := len(p.out); n > 0 {
		last = p.out[n-1].End
	}
	for k := i - 1; k >= 0 && k >= i-10 && !p.toks[k+1].brk && p.toks[k].kind != tkPunct; k-- {
		if p.toks[k].end <= last {
			return false // "since" is another time's: "out since Tuesday began returning Saturday"
		}
		if p.is(k, "since") && !p.toks[k].upper {
			return true
		}
	}
	return false
}

// relative reports whether the date at token i is in a relative clause
// set off by a comma, an aside about someone or something: "Lord Cathcart,
// who died on 20 December 1740"; with died, only one telling a death.
func (p *parser) relative(i int, died bool) bool {
	death := false
	for k := i - 1; k > 0 && k >= i-12 && !p.toks[k+1].brk; k-- {
		if p.punct(k, ",") || p.punct(k, ";") {
			return false
		}
		death = death || p.is(k, "died")
		if p.is(k, "who", "whose", "which", "where") && p.punct(k-1, ",") {
			return death || !died
		}
	}
	return false
}

// anticipated reports whether the clause of token i looks ahead with
// "will", "would" or "is going", or tells what was arranged, asked or
// told to happen.
func (p *parser) anticipated(i int) bool {
	clause := true // no other clause between: "voted to accept on Friday, May 21, and went back to work the following Monday"
	for k := i - 1; k >= 0 && k >= i-10 && !p.toks[k+1].brk; k-- {
		if p.is(k, "will", "would", "ll", "shall") || p.is(k, "going") && p.is(k-1, "is", "are", "am", "s", "re", "m") {
			return true // ("is going home on Friday")
		}
		clause = clause && !p.is(k, "and", "but") && !(p.cue(k) == cuePast && !intentVerbs[p.toks[k].low])
		if clause && p.is(k, "to") && p.tok(k+1).kind == tkWord {
			for j := k - 2; j >= 0 && j >= k-4 && !p.toks[j+1].brk; j-- {
				if intentVerbs[p.toks[j].low] {
					// what someone was asked or arranged to do: "arranged for
					// them to come the following Tuesday" (but the day of
					// "voted to accept on Friday" is the vote's)
					return true
				}
			}
		}
	}
	return false
}

// earlier reports whether a begins in a month or year before b's.
func earlier(a, b cal) bool {
	if a.y == unknown || b.y == unknown || a.g < gYear || b.g < gYear {
		return false
	}
	return a.y < b.y || a.y == b.y && a.g >= gMonth && b.g >= gMonth && a.n != unknown && b.n != unknown && a.n < b.n
}

// describes reports whether a century or decade is a compound modifier
// ("a 12th-century abbey", "a 1990s-era sedan"), not a time the text is at.
func (p *parser) describes(ph phrase) bool {
	if ph.cal.g >= gYear {
		return false
	}
	for k := ph.begin + 1; k < ph.end; k++ {
		if p.hyphen(k) {
			return true
		}
	}
	return p.hyphen(ph.end)
}

// toldAt reports whether a date at tokens [b, e) is the time of its clause
// ("in 1863", "on July 1", "from 1337 until February 1338", "On the night
// of 14 April 1912"), a timeline's entry or a diary's dateline.
func (p *parser) toldAt(b, e int) bool {
	for p.is(b-1, "about", "around", "approximately", "roughly", "nearly", "almost", "exactly", "precisely", "just", "some") {
		b-- // "at about 4 p.m. on Monday, 20 August 1860"
	}
	if p.is(b-1, "the", "a") && p.has(b, cWeekday) {
		b-- // "on the Monday morning", "came out on a Monday, the 12th of September 1977"
	}
	if p.is(b-1, "in", "on", "at", "during", "throughout", "by", "from", "until", "till", "through", "after", "spent", "spend", "spends", "remember", "remembers", "remembered", "recall", "recalls", "recalled", "forget") || p.is(b-1, "of") && p.has(b-2, cPart|cSeason|cUnit) ||
		p.is(b-1, "was", "is") && p.is(b-2, "it") || e < len(p.toks) && p.cue(e) == cuePast && !p.punct(b-1, ",") {
		return true // ("It was Monday, the twenty-second of October, 1962", "when 1979 began", "I remember the winter of 1963")
	}
	if p.is(b-1, "of") && p.is(b-3, "the") && p.is(b-4, "in", "during", "throughout") && p.tok(b-2).kind == tkWord && !p.tok(b-2).upper && !lawWords[p.tok(b-2).low] {
		return true // an event the clause is set in: "In the drought of 1934 the reservoirs fell"
	}
	if p.punct(b-1, ",") && len(p.out) > 0 && p.prev.end == b-1 && p.prev.begin < b-1 && p.toldAt(p.prev.begin, p.prev.end) {
		return true // a date in apposition: "on the Monday morning, the 4th of February 1974,"
	}
	return p.entryHead(b, e) || p.dateline(b, e) || p.tok(b).brk && p.punct(e, ",") // ("The following year, ...")
}

// calendarWritten reports whether a phrase writes a day of the calendar,
// a month or a day's number ("Sunday, May 29", "Saturday 15th"), not "That
// evening".
func (p *parser) calendarWritten(ph phrase) bool {
	for k := ph.begin; k < ph.end; k++ {
		if p.tok(k).kind == tkNum || p.has(k, cMonth) {
			return true
		}
	}
	return false
}

// heads reports whether phrase ph heads a letter, a diary's entry or a
// timeline's: "Camp before Sebastopol, 27th October 1854.", "9 January —
// Punta Arenas".
func (p *parser) heads(ph phrase) bool {
	return p.dateline(ph.begin, ph.end) || p.entryHead(ph.begin, ph.end) && (p.lineStart(ph.begin) || p.placeBefore(ph.begin))
}

// entryHead reports whether tokens [b, e) head a timeline's or a diary's
// entry: "Friday, 14 October 1994. Harrow leaves the pub", "Sunday, May
// 29.—The ice went out", "May 24th, Krasnoyarsk. Twelve days out".
func (p *parser) entryHead(b, e int) bool {
	if p.punct(e, ",") {
		for k := e + 1; k < e+4 && p.tok(k).kind == tkWord && p.tok(k).upper; k++ {
			if p.punct(k+1, ".") {
				e = k + 1 // a place after the day
				break
			}
		}
	}
	for k := e; k < e+4 && p.tok(k).kind == tkWord && !p.tok(k).brk; k++ {
		if p.is(k, "time", "hrs") && p.punct(k+1, ".") {
			e = k + 1 // the clock it is told by: "Tuesday 2 March 2117, 06:40 station time."
			break
		}
		if p.is(k, "time", "hrs") && k+1 < len(p.toks) && p.lineStart(k+1) {
			return true // and on a line of its own: "Tuesday 12 April 2231, 07:10 ring time\nFound rust"
		}
	}
	if p.punct(e, ".") && p.placeBefore(b) {
		return true // "Winter quarters, Cape Harwood, 15th October 1894. The sun"
	}
	// (the period of a month written short may end the head: "14 Apr. Launched off the slip"; not "9–14 April")
	// (or a quotation's first words: '"Tuesday, 8 March 2016. Pike leaves his flat')
	opens := p.tok(b).brk || isQuote(p.tok(b-1).low) && p.tok(b-1).brk && p.glued(b)
	return opens && (p.punct(e, ".") || p.punct(e-1, ".") && p.tok(e).upper || p.punct(e, ":") || p.punct(e, "—") || p.punct(e, "–") && !p.glued(e+1))
}

// datelineAt reports whether token i opens a short line of its own, as a
// diary's "21 March" does: its tense is not that of the next line.
func (p *parser) datelineAt(i int) bool {
	for e := i + 1; e <= i+4 && e <= len(p.toks); e++ {
		if p.dateline(i, e) {
			return true
		}
	}
	return false
}

// entryHeadAt reports whether a date at token i heads an entry of a
// timeline ("14 September – The English arrive"): the present its entry
// tells in is the story's.
func (p *parser) entryHeadAt(i int) bool {
	for e := i + 1; e <= i+4 && e <= len(p.toks); e++ {
		if p.entryHead(i, e) {
			return true
		}
	}
	return false
}

// quoted reports whether token i is inside a quotation that opens a
// sentence, in this sentence or a later one of its paragraph: what a
// story's people say is told from their day.
func (p *parser) quoted(i int) bool {
	k, ok := p.quoteOpen(i)
	if !ok {
		return false
	}
	if p.punct(k-1, ",") {
		// a quotation resumed after its speaker is the one it goes on
		// from: '"We have spent three days," Lanyon said, "looking at Thursday'
		for j := k - 3; j >= 0 && j >= k-5; j-- {
			if isQuote(p.toks[j].low) && p.punct(j-1, ",") {
				if k, ok = p.quoteOpen(j - 1); !ok {
					return false
				}
				break
			}
		}
	}
	return p.toks[k].brk || k == 0 || p.toks[k+1].brk
}

// quoteOpen finds the quote that opens the quotation token i is in, in its
// paragraph: the nearest quote before it, unless that one, glued to the
// word before it, closes one.
func (p *parser) quoteOpen(i int) (int, bool) {
	for k := i - 1; k >= 0 && k >= i-80; k-- { // (a bound keeps long unbroken text linear)
		if t := &p.toks[k]; t.kind == tkPunct && isQuote(t.low) {
			return k, t.low != "”" && t.low != "''" && (k == 0 || t.space || p.lineStart(k))
		}
		if p.toks[k].brk && (k == 0 || strings.Contains(p.text[p.toks[k-1].end:p.toks[k].start], "\n\n")) {
			return 0, false // (a paragraph's start)
		}
	}
	return 0, false
}

// dateline reports whether tokens [b, e) stand alone on their line, maybe
// after the place a letter was written at ("Hamilton, Ontario, 19th June
// 1887") or the count of a journey's days or a series' parts ("Day 3 —
// Wednesday 9 October", "Part 2 — Saturday 2 February 2013").
func (p *parser) dateline(b, e int) bool {
	k := b - 1
	if p.punct(k, ":") || p.is(k, "on") {
		k--
	}
	if p.is(k, "date", "sent", "dated", "posted", "updated", "published", "written") && (p.lineStart(k) || p.lineStart(k-1) || p.lineStart(k-2) && p.tok(k-1).kind == tkPunct) {
		// an e-mail's, a memo's or a blog post's header: "Date: Tue, 4 Nov
		// 1997", "Posted Wednesday 17 July 2013 by Kat", "January — posted
		// Sunday 11 January 2009"
		return true
	}
	if p.punct(e, ".") || p.punct(e, ":") {
		e++ // "Camp before Sebastopol, 27th October 1854."
	} else if p.punct(e, ",") {
		// a log's or a diary's place after its day: "Friday 9 September,
		// English Channel", "Monday 19 September, Gulf of St Lawrence"
		k := e + 1
		for k < e+6 && k < len(p.toks) && (p.tok(k).kind == tkWord && (p.tok(k).upper || p.is(k, "of", "de", "la", "the")) || p.punct(k, ".")) && !p.lineStart(k) {
			k++
		}
		if k > e+1 && p.tok(k-1).upper && (k >= len(p.toks) || p.lineStart(k)) {
			e = k
		}
	}
	if (p.punct(e, "-") || p.punct(e, "–") || p.punct(e, "—")) && !p.glued(e) && p.lineStart(b) {
		// a travel blog's day and its stage: "Monday 17 June - Reine to
		// Ramberg", "Sunday - Å and Reine"
		k := e + 1
		for k < e+10 && k < len(p.toks) && !p.lineStart(k) && (p.tok(k).kind == tkWord && (p.tok(k).upper || p.is(k, "to", "and", "via", "the", "of")) || p.punct(k, ",")) {
			k++
		}
		if k > e+1 && p.tok(k-1).upper && (k >= len(p.toks) || p.lineStart(k)) {
			e = k
		}
	}
	lineAfter := e >= len(p.toks) || strings.Contains(p.text[p.toks[e-1].end:p.toks[e].start], "\n")
	if !lineAfter {
		return false
	}
	if p.punct(b-1, ",") {
		return p.placeBefore(b)
	}
	if p.is(b-3, "day", "part", "week", "entry", "letter", "chapter", "episode", "update") && p.lineStart(b-3) && p.counted(b-2) && (p.punct(b-1, "—") || p.punct(b-1, "–") || p.punct(b-1, "-") || p.punct(b-1, ":")) {
		return true // a journey's count of its days, a series' of its parts: "Day 3 — Wednesday 9 October", "Day Two - Tuesday"
	}
	return p.lineStart(b)
}

// counted reports whether token k is a count written in figures or
// words: the "3" of "Day 3", the "Two" of "Day Two".
func (p *parser) counted(k int) bool {
	return p.tok(k).kind == tkNum || p.has(k, cCard)
}

// placeBefore reports whether the date at token b follows, on its line,
// only the place it was written at: "Hamilton, Ontario, 19th June 1887",
// "Winter quarters, Cape Harwood, 15th October 1894" (names, and words
// that are no verb).
func (p *parser) placeBefore(b int) bool {
	stop := p.punct(b-1, ".") // "Nain, Labrador. Thursday, 1st November 1906.": names alone
	if !p.punct(b-1, ",") && !stop {
		return false
	}
	for k := b - 2; k >= 0 && k >= b-8 && (p.toks[k].kind == tkWord && (p.toks[k].upper || p.cue(k) == 0 && !stop) || p.punct(k, ",") || p.hyphen(k) ||
		p.punct(k, ".") && p.glued(k) && k > 0 && p.toks[k-1].upper && len(p.toks[k-1].low) <= 4 || // ("Camp near Falmouth, Va., April 14th, 1863.")
		p.toks[k].kind == tkNum && p.lineStart(k) && p.tok(k+1).upper || // ("14 Chapel Street, Oldham, 8th June 1916")
		p.counted(k) && p.is(k-1, "day", "entry", "stage", "leg")); k-- { // (a travel blog's "Day 1, Monday 11 September 2023", "Day One, Monday")
		if p.lineStart(k) {
			return p.toks[k].upper || p.toks[k].kind == tkNum
		}
	}
	return false
}

// offsetDays is the number of days of an offset "P3D" or "P2W".
func offsetDays(off string) (int, bool) {
	if len(off) < 3 || off[0] != 'P' {
		return 0, false
	}
	n := atoi(off[1 : len(off)-1])
	switch off[len(off)-1] {
	case 'D':
		return n, n > 0
	case 'W':
		return 7 * n, n > 0
	}
	return 0, false
}

// noVerb reports whether tokens [b, e) hold no verb the tense words know.
func (p *parser) noVerb(b, e int) bool {
	for k := b; k < e; k++ {
		if p.cue(k) != 0 || p.is(k, "is", "are", "was", "were") {
			return false
		}
	}
	return true
}

// awaited reports whether the last day the text told was told as a day
// to come: "completion will take place on Friday 10 March 2017".
func (p *parser) awaited() bool {
	return !p.dayLine && p.dayEnd > 0 && p.anticipated(p.dayBegin)
}

// inEntry reports whether token i is in the first sentences after the day
// heading a letter or a diary's entry, which tell its week as news does
// (a timeline's entries after a day's heading go on from it).
func (p *parser) inEntry(i int) bool {
	return p.dayLine && i >= p.dayEnd && p.within(i, p.toks[p.dayEnd-1].end, 40, 1500)
}

// lineStart reports whether token k begins a line.
func (p *parser) lineStart(k int) bool {
	return k <= 0 || k >= len(p.toks) || strings.Contains(p.text[p.toks[k-1].end:p.toks[k].start], "\n") // (the text's end ends a line)
}

// pluperfect reports whether the clause before token i looks back from a
// story's time: "she had left on May 2", "she had written the date it
// arrived: 14 June 1983".
func (p *parser) pluperfect(i int) bool {
	i = p.hedged(i)
	for k := i - 1; k >= 0 && k >= i-16 && (!p.toks[k+1].brk || p.punct(k, ":") && !p.toks[k].brk) && !p.punct(k, ","); k-- {
		if p.is(k, "had") && !p.is(k+1, "to", "a", "an", "the", "no", "some", "his", "her", "their", "our", "my", "its", "lunch", "dinner", "breakfast", "tea", "supper", "until", "till") {
			return true // (not "had" the verb: "we had a mass meeting on the Sunday", "I had until the weekend")
		}
	}
	return false
}

// hedged returns the comma setting off a guess at the date at token i
// ("had struck him on the head, probably some time on Saturday"): the
// clause goes on before it. Else i.
func (p *parser) hedged(i int) int {
	k := i - 1
	for k > i-5 && p.is(k, "on", "at", "in", "some", "time", "sometime", "probably", "perhaps", "possibly", "maybe", "likely", "most", "apparently", "early", "late") {
		k--
	}
	if k < i-1 && p.punct(k, ",") && p.is(k+1, "probably", "perhaps", "possibly", "maybe", "likely", "most", "apparently", "some", "sometime") {
		return k
	}
	return i
}

// anaphor is the reference for "the next day", "a year earlier": the last
// date of the text, else the DCT.
func (p *parser) anaphor() (cal, string) {
	if p.refIdx >= 0 {
		return p.ref, AnchorExpr
	}
	return p.dct, AnchorDCT
}

// recentRef reports whether the last date of the text was told in the
// sentence of token i or the two before (a story goes on about its day
// for a few sentences) and within 90 tokens.
func (p *parser) recentRef(i int) bool {
	return p.refIdx >= 0 && p.within(i, p.out[p.refIdx].End, 2, 120)
}

// recentlyEnded reports whether a quarter or half ended in the year before
// the DCT (or the DCT is unknown).
func (p *parser) recentlyEnded(c cal) bool {
	if !p.hasDCT || c.y == unknown {
		return true
	}
	cur := p.dct.coarsen(c.g)
	per := 4
	if c.g == gHalf {
		per = 2
	}
	ago := (cur.y-c.y)*per + cur.n - c.n
	return ago >= 1 && ago <= per || ago == 0 && p.periodEnding(c)
}

// periodEnding reports whether the DCT falls in the last week of period c,
// the DCT's own: a report then is about it ("capping a first-quarter gain"
// on March 28).
func (p *parser) periodEnding(c cal) bool {
	months := 3
	if c.g == gHalf {
		months = 6
	}
	end := time.Date(c.y, time.Month(c.n*months+1), 1, 0, 0, 0, 0, time.UTC)
	return end.Sub(p.dct.date()) <= 7*24*time.Hour
}

// quarterRef is the quarter a report is about: the first ended one the
// text named, else the last one ended before the DCT (or ending with it).
func (p *parser) quarterRef() (c cal, anchor string, refIdx int) {
	if p.lastQi >= 0 {
		return p.lastQ, AnchorExpr, p.lastQi + 1
	}
	if !p.hasDCT {
		return cal{g: gQuarter, y: unknown, n: unknown}, "", 0
	}
	if q := p.dct.coarsen(gQuarter); p.periodEnding(q) {
		return q, AnchorDCT, 0
	}
	return p.dct.coarsen(gQuarter).shift(uQuarter, -1), AnchorDCT, 0
}

// Token predicates. All of them are safe past the end of the tokens.

func (p *parser) tok(i int) *token {
	if uint(i) >= uint(len(p.toks)) { // (i < 0 too)
		return &eof
	}
	return &p.toks[i]
}

var eof = token{kind: tkPunct, brk: true}

// entry returns the dictionary entry of token i, an empty one for a word
// not in the dictionary.
func (p *parser) entry(i int) *entry {
	if e := p.tok(i).lex; e != nil {
		return e
	}
	return &noEntry
}

var noEntry entry

// is reports whether token i is one of the words ws.
func (p *parser) is(i int, ws ...string) bool {
	t := p.tok(i)
	if t.kind != tkWord {
		return false
	}
	for _, w := range ws {
		if t.low == w {
			return true
		}
	}
	return false
}

// punct reports whether token i is the punctuation c.
func (p *parser) punct(i int, c string) bool {
	t := p.tok(i)
	return t.kind == tkPunct && t.low == c
}

// capitals reports whether the word at token i is written all in
// capitals: "FEB", "KX" (of "KX47"), "SALAMANCA".
func (p *parser) capitals(i int) bool {
	t := p.tok(i)
	for _, r := range p.text[t.start:t.end] {
		if unicode.ToUpper(r) != r {
			return false
		}
	}
	return true
}

// glued reports whether token i follows token i-1 with no space.
func (p *parser) glued(i int) bool {
	return i > 0 && i < len(p.toks) && !p.toks[i].space
}

// hyphen reports whether token i is a hyphen joining words ("third-quarter").
func (p *parser) hyphen(i int) bool {
	return p.punct(i, "-") && p.glued(i) && p.glued(i+1)
}

// has reports whether token i is a word of class c.
func (p *parser) has(i int, c class) bool {
	t := p.tok(i)
	return t.lex != nil && t.lex.class&c != 0
}

// optPeriod skips the period of an abbreviation ("Sept.") at token i.
func (p *parser) optPeriod(i int) int {
	if p.punct(i, ".") && p.glued(i) {
		return i + 1
	}
	return i
}

// link finds ranges and event relations among the emitted expressions.
func (p *parser) link() {
	for k := 0; k+1 < len(p.out); k++ {
		a, b := &p.out[k], &p.out[k+1]
		if a.Type != Date || b.Type != Date || a.Relation != "" {
			continue
		}
		gap := strings.TrimSpace(p.text[a.End:b.Start])
		w, _ := wordBefore(p.text, a.Start)
		switch gap {
		case "-", "–", "—", "/", "to", "through", "until", "till", "thru": // ("the 2021/22 financial year")
		case "and":
			if w != "between" && !consecutive(a.Value, b.Value) {
				continue
			}
		default:
			continue
		}
		if sameShape(a.Value, b.Value) {
			a.RangeEnd = k + 1
		}
	}
}

// sameShape reports whether two values have the same precision.
func sameShape(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range len(a) {
		if (a[i] == '-') != (b[i] == '-') {
			return false
		}
	}
	return true
}

// consecutive reports whether b is the year after a (2014 and 2015).
func consecutive(a, b string) bool {
	return len(a) == 4 && len(b) == 4 && atoi(b)-atoi(a) == 1
}

func atoi(s string) int {
	n := 0
	for i := range len(s) {
		if s[i] < '0' || s[i] > '9' {
			return -1
		}
		n = n*10 + int(s[i]-'0')
	}
	return n
}
