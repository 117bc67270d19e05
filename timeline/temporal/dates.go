package temporal

import (
	"strconv"
	"strings"
	"time"
)

// This file holds the rules for dates written with calendar words and
// numbers: "March 22, 2013", "22 March", "3/22/2013", "1990s", "Q3",
// "fiscal 1989", "the winter of 1994", "Christmas".

// month parses a month name at token i. Full names must be capitalized
// ("may" the verb, "march" the walk); abbreviations take an optional period.
func (p *parser) month(i int) (time.Month, int, bool) {
	t := p.tok(i)
	if t.lex == nil || t.lex.class&cMonth == 0 || !t.upper {
		return 0, i, false
	}
	if t.lex.class&cAbbrev != 0 {
		if p.capitals(i) && !p.punct(i+1, ".") && p.tok(i+1).kind != tkNum && p.tok(i-1).kind != tkNum {
			return 0, i, false // an acronym, "FEB" (Belgium's employers), not "FEB 12"
		}
		return t.lex.month, p.optPeriod(i + 1), true
	}
	return t.lex.month, i + 1, true
}

// weekday parses a weekday name at token i (capitalized; "Tues." too).
func (p *parser) weekday(i int) (time.Weekday, int, bool) {
	t := p.tok(i)
	if t.lex == nil || t.lex.class&cWeekday == 0 || !t.upper || t.lex.plural {
		return 0, i, false
	}
	if t.lex.class&cAbbrev != 0 {
		return t.lex.weekday, p.optPeriod(i + 1), true
	}
	return t.lex.weekday, i + 1, true
}

// day parses a day of the month: "22", "22nd", "twenty-second", "eighth".
func (p *parser) day(i int) (int, int, bool) {
	t := p.tok(i)
	if t.kind == tkNum && len(t.low) <= 2 && t.num >= 1 && t.num <= 31 {
		if p.glued(i+1) && p.ordSuffix(i+1) {
			return t.num, i + 2, true
		}
		return t.num, i + 1, true
	}
	if t.lex != nil && t.lex.class&cOrd != 0 && t.lex.num > 0 {
		return t.lex.num, i + 1, true
	}
	if t.lex != nil && t.lex.class&cCard != 0 && (t.lex.num == 20 || t.lex.num == 30) {
		k := i + 1
		if p.hyphen(k) {
			k++
		}
		if u := p.tok(k); u.lex != nil && u.lex.class&cOrd != 0 && u.lex.num > 0 && u.lex.num < 10 {
			return t.lex.num + u.lex.num, k + 1, true
		}
	}
	return 0, i, false
}

// ordSuffix reports whether token i is the suffix of an ordinal written in
// figures: "22nd", "3rd", and the older "2d", "23d".
func (p *parser) ordSuffix(i int) bool {
	if p.is(i, "st", "nd", "rd", "th") {
		return true
	}
	n := p.tok(i - 1).num
	return p.is(i, "d") && p.tok(i-1).kind == tkNum && (n%10 == 2 || n%10 == 3) && n%100/10 != 1
}

// ordinalNum parses "3rd", "third" (1..n) at token i.
func (p *parser) ordinalNum(i, n int) (int, int, bool) {
	t := p.tok(i)
	if t.kind == tkNum && t.num >= 1 && t.num <= n && p.glued(i+1) && p.ordSuffix(i+1) {
		return t.num, i + 2, true
	}
	if t.lex != nil && t.lex.class&cOrd != 0 && t.lex.num >= 1 && t.lex.num <= n {
		return t.lex.num, i + 1, true
	}
	return 0, i, false
}

// year parses a year: "2013", "nineteen ninety-six", "two thousand one".
func (p *parser) year(i int) (int, int, bool) {
	t := p.tok(i)
	if t.kind == tkNum {
		if len(t.low) == 4 && t.num >= 1000 && (t.num < 2200 || t.num < 3000 && (p.has(i-1, cMonth) || p.punct(i-1, ",") && p.has(i-2, cMonth))) {
			return t.num, i + 1, true // (a year further ahead only after its month: "Tuesday 12 April 2231")
		}
		return 0, i, false
	}
	if t.lex == nil || t.lex.class&cCard == 0 {
		return 0, i, false
	}
	switch n := t.lex.num; {
	case n == 2 && p.is(i+1, "thousand"): // "two thousand (and) one"
		k := i + 2
		if p.is(k, "and") {
			k++
		}
		if a, ok := p.amount(k); ok && a.word && !a.vague && a.n > 0 && a.n < 100 && !p.is(k, "a", "an") {
			return 2000 + a.n, a.end, true
		}
		return 2000, i + 2, true
	case n >= 11 && n <= 20 && !(n <= 12 && p.is(i-1, timePreps...)): // "nineteen ninety-six"; "at eleven-fifteen" is an hour
		k := i + 1
		if p.hyphen(k) {
			k++
		}
		if p.is(k, "hundred") && p.is(i-1, "in", "since", "year", "of") {
			return n * 100, k + 1, true // "in nineteen hundred"; "twelve hundred students" is a count
		}
		if a, ok := p.amount(k); ok && a.word && !a.vague && a.n >= 10 && a.n < 100 && !p.is(k, "a", "an") {
			return n*100 + a.n, a.end, true
		}
	}
	return 0, i, false
}

// twoDigitYear expands "'98" and "98": the year the text wrote out with
// these digits, else the century nearest the DCT, else
// 19xx; in a story told on days of long ago, the one up to the year of
// its day ("the Jubilee in '97" in a diary of 1911, "staked since '96" in
// 1898).
func (p *parser) twoDigitYear(n int) int {
	if y := p.years.ends[n]; y != 0 {
		return int(y) // the year written out before: "1951 to 1977 ... in the spring of '77"
	}
	base := 1900
	if d := p.lastDay; p.hasDCT && !p.untold && d.g >= gDay && d.known() && (d.y < p.dct.y-50 || d.y > p.dct.y+50) {
		return ofCentury(d.y, n, 10) // (a story of long ago or far ahead: "since the drills in '88" in 2291)
	}
	if p.hasDCT {
		dy := mod(p.dct.y, untoldMonthDay) // (the DCT's own year in a story that never tells its own)
		base = dy - dy%100
		if y := base + n; y > dy+20 {
			return y - 100
		}
	}
	return base + n
}

// twoDigitDecade expands "the '80s": the last such decade up to the DCT's
// ("the '20s" in 2014 are the 1920s); in a story of long ago, the one up
// to twenty years after the year it has reached (a life told from "born
// in 1938" to "by the late '50s"), but in a letter or a diary, up to its
// day's (see twoDigitYear).
func (p *parser) twoDigitDecade(n int) int {
	switch d := p.lastDay; {
	case !p.hasDCT:
		return 1900 + n
	case p.untold || d.g < gDay || !d.known() || d.y >= p.dct.y-50:
		return ofCentury(mod(p.dct.y, untoldMonthDay), n, 0) // (the DCT's own year in a story that never tells its own)
	case p.entryDay.g >= gDay:
		return ofCentury(d.y, n, 10)
	}
	return ofCentury(max(p.lastDay.y, p.textYear), n, 20)
}

// yearToCome is the year of day c, not on weekday wd, when it is told as
// to come in a text of no dated entries: the DCT's or the next, the first
// where it is on wd and not before the DCT.
func (p *parser) yearToCome(c cal, wd time.Weekday, i, k int) (int, bool) {
	if !p.hasDCT || p.untold || c.onWeekday(wd) || p.entryDay.g >= gDay {
		return 0, false
	}
	for y := p.dct.y; y <= p.dct.y+1; y++ {
		t := time.Date(y, time.Month(c.n), c.d, 0, 0, 0, 0, time.UTC)
		if t.Day() == c.d && weekdayOf(t) == wd && !t.Before(p.dct.date()) {
			return y, p.tense(i, k) > 0
		}
	}
	return 0, false
}

// refMonthOnWeekday reports whether day d of the month of the last date
// told, of another year than the DCT's, is on the weekday written at i.
func (p *parser) refMonthOnWeekday(i, d int) bool {
	wd, _, ok := p.weekday(i)
	m := p.ref.coarsen(gMonth)
	if !ok || !m.known() || m.y == p.dct.y || d > daysIn(m.y, m.n) {
		return false
	}
	m.g, m.d = gDay, d
	return m.onWeekday(wd)
}

// ofCentury is year n (0-99) of the century of year y, or of the one
// before when that would be more than slack years after y.
func ofCentury(y, n, slack int) int {
	if c := y - mod(y, 100) + n; c <= y+slack {
		return c
	}
	return y - mod(y, 100) + n - 100
}

// shortYearAt reads a year written short at token j ("'85", not "'80s"):
// the year and the token after it.
func (p *parser) shortYearAt(j int) (int, int, bool) {
	if n := p.tok(j + 1); p.punct(j, "'") && p.glued(j+1) && n.kind == tkNum && len(n.low) == 2 && !p.is(j+2, "s") {
		return p.twoDigitYear(n.num), j + 2, true
	}
	return 0, j, false
}

// yearNamed reads "last year", "this year" or "next year" at token k,
// counted from the day at hand at token i: the year and the token after it.
func (p *parser) yearNamed(i, k int) (int, int, bool) {
	if p.is(k, "last", "this", "next") && p.is(k+1, "year") {
		return p.yearAtHand(i, yearShift[p.tok(k).low]), k + 2, true
	}
	return 0, k, false
}

// isYear decides whether a four-digit number is a year in context: not a
// count ("2000 troops"), an amount ("$1990") or a part of a longer number.
func (p *parser) isYear(i int) bool {
	if p.punct(i-1, "$") || p.punct(i-1, "#") || p.punct(i+1, "%") || p.logTime(i) || p.tok(i).low[0] == '0' {
		return false // (no year is written with a leading zero: "0200" is an hour)
	}
	if p.punct(i-1, "/") && p.glued(i) && p.glued(i-1) && p.tok(i-2).kind == tkNum && p.tok(i-2).num > 31 {
		return false // a code's part: "Case No. EXT/1127/2013"
	}
	if (p.punct(i-1, ",") || p.punct(i-1, ".")) && p.glued(i) && p.tok(i-2).kind == tkNum {
		return false
	}
	if (p.punct(i+1, ",") || p.punct(i+1, ".")) && p.glued(i+1) && p.tok(i+2).kind == tkNum && p.glued(i+2) {
		return false // "2,000", "2082.1"
	}
	if p.address(i) {
		return false
	}
	n := p.tok(i + 1)
	if n.lex != nil && n.lex.class&cZone != 0 && n.upper && p.tok(i).num%100 < 60 && p.tok(i).num <= 2400 {
		return false // "1530 GMT" is a time of day
	}
	if n.kind == tkWord && len(n.low) <= 3 && p.capitals(i+1) && p.tok(i+2).kind == tkNum && p.glued(i+2) {
		return false // a catalogue's name: "asteroid 2001 KX47"
	}
	if p.is(i-1, "of") && p.has(i-2, cMonth|cSeason) || p.has(i-1, cMonth) || p.punct(i-1, ",") && p.tok(i-2).kind == tkNum && p.has(i-3, cMonth) {
		return true // "the summer of 1969 men walked", "on 10 November 1938 synagogues burned"
	}
	if p.afterName(i) {
		return false // a model's number: "the Comfort 1500 heater", "Windows 2000"
	}
	if p.is(i-1, "the", "its", "his", "her", "their") || p.hyphen(i-1) && p.is(i-2, "post", "pre", "mid") {
		return true // "the 1992 protests", "post-1959 politics": a year used as an adjective
	}
	if p.is(i+1, "of") && p.is(i+2, "them", "us", "you", "whom", "which", "these", "those") {
		return false // a part counted: "about 2000 of them boarders"
	}
	if n.kind == tkWord && !n.upper && (n.lex == nil || n.lex.class&cUnit != 0) && n.space &&
		!(p.is(i-1, "by", "in", "since", "until", "before", "after", "during") && p.tok(i).num >= 1000 && p.tok(i).num <= 2100 && !countNouns[n.low]) {
		// ("By 1844 conditions had changed" is the year)
		switch n.low {
		case "and", "or", "to", "through", "when", "after", "before", "as", "was", "were", "is", "in",
			"election", "elections", "season", "budget", "levels", "level", "figures", "census", "model", "models":
		default:
			if len(n.low) > 3 && n.low[len(n.low)-1] == 's' && n.low[len(n.low)-2] != 's' {
				return false // "2000 troops", "1500 people" are counted, "1990 levels" are not
			}
			if countNouns[n.low] {
				return false
			}
		}
	}
	return true
}

// afterName reports whether token i follows a capitalized word inside a
// sentence, so is part of a name ("Windows 2000", "Operation August
// Storm"); a capitalized preposition opens a line after a heading ("Early
// life\nIn 1806 he left").
func (p *parser) afterName(i int) bool {
	t := p.tok(i - 1)
	return t.kind == tkWord && t.upper && !t.brk && t.lex == nil && !p.tok(i).brk &&
		!p.is(i-1, "in", "on", "since", "by", "from", "until", "after", "before", "during") && !p.ourLord(i) &&
		!(len(t.low) > 4 && p.capitals(i-1)) // (a place in capitals heads its year: "SALAMANCA 1978")
}

// ourLord reports whether the number at token i is a year "of our Lord"
// (anno Domini): "in the year of Our Lord 1598".
func (p *parser) ourLord(i int) bool {
	return p.is(i-1, "lord") && p.is(i-2, "our") && p.is(i-3, "of")
}

// countNouns after a number make it a count, whatever comes before it.
var countNouns = map[string]bool{
	"people": true, "men": true, "women": true, "children": true, "feet": true, "meters": true,
	"miles": true, "million": true, "billion": true, "percent": true, "troops": true, "votes": true,
	"cases": true, "jobs": true, "points": true, "yards": true, "units": true, "shares": true,
}

// address reports whether the number at i is a place on a street: "the
// 1600 block of Main Street", "1600 Pennsylvania Avenue", "2010 Elm St."
func (p *parser) address(i int) bool {
	if p.is(i+1, "block", "blocks") {
		return true
	}
	if p.is(i-1, "in", "since", "by", "during", "until", "of", "before", "after", "from", "to", "through") {
		return false // "In 2008 Wall Street banks failed"
	}
	k := i + 1
	for ; k < i+4 && p.tok(k).kind == tkWord && p.tok(k).upper && !p.tok(k).brk; k++ {
		if streetWords[p.tok(k).low] {
			return k > i+1
		}
	}
	return false
}

// streetWords end the name of a street.
var streetWords = map[string]bool{
	"street": true, "st": true, "avenue": true, "ave": true, "road": true, "rd": true, "boulevard": true,
	"blvd": true, "drive": true, "lane": true, "place": true, "way": true, "court": true, "highway": true,
}

// calendar recognizes absolute and partial dates.
func (p *parser) calendar(i int) phrase { return p.longest(i, calendarRules) }

// dayNamed recognizes a day, or a part of one, that a time of day is on:
// "Friday", "tomorrow night", "November 11, 1994", "7 March", "Christmas Eve".
func (p *parser) dayNamed(i int) phrase { return p.longest(i, dayRules) }

// longest is the longest phrase the rules find at token i: "on Friday,
// November 11, 1994" is not just Friday.
func (p *parser) longest(i int, rules []func(*parser, int) phrase) phrase {
	var best phrase
	for _, f := range rules {
		if ph := f(p, i); ph.ok() && ph.end > best.end {
			best = ph
		}
	}
	return best
}

var dayRules = []func(*parser, int) phrase{(*parser).weekdayDate, (*parser).dayWord, (*parser).monthDate, (*parser).dayMonth, (*parser).holiday}

var calendarRules = []func(*parser, int) phrase{
	(*parser).monthDate, (*parser).dayMonth, (*parser).numericDate, (*parser).yearDate,
	(*parser).decade, (*parser).century, (*parser).season, (*parser).quarter,
	(*parser).fiscal, (*parser).holiday, (*parser).weekdayDate,
}

// monthDate: "[Monday,] March 22[nd][, 2013] [3:52 PM]", "March 2013", "March of 2013", "March".
func (p *parser) monthDate(i int) phrase {
	k := i
	wd, k2, hasWD := p.weekday(k)
	if hasWD {
		k = k2
		if p.punct(k, ",") {
			k++
		}
	}
	m, k, ok := p.month(k)
	if !ok {
		return phrase{}
	}
	c := cal{g: gMonth, y: unknown, n: int(m), d: unknown}
	why := "'" + p.span(i, k) + "'"
	if d, k2, ok := p.day(k + 1); ok && p.is(k, "the") && p.tok(k+1).kind == tkNum && k2 == k+3 && (p.tok(k2).kind != tkWord || p.tok(k2).upper) {
		c.g, c.d, k = gDay, d, k2 // "June the 2nd", not "in June the 2nd battalion"
	} else if d, k2, ok := p.day(k); ok && !(p.is(k-1, "may") && !hasWD && p.tok(k).kind == tkWord && p.tok(i-1).kind == tkWord && p.tok(i-1).upper && !p.tok(i).brk) {
		// (not a name's "Theresa May first promised")
		if p.tok(k).kind == tkNum && p.punct(k2, ":") && p.glued(k2+1) {
			ok = false // "March 3:30" is not a day
		}
		if ok && d <= daysIn(2000, int(m)) {
			c.g, c.d, k = gDay, d, k2
		}
	}
	// the year: ", 2013", " 2013", " of 2013", ", '98"
	j := k
	if p.punct(j, ",") || c.g == gMonth && p.is(j, "of") {
		j++
	}
	if y, j2, ok := p.year(j); ok && (p.tok(j).kind != tkNum || p.isYear(j)) {
		c.y, k = y, j2
	} else if y, j2, ok := p.shortYearAt(j); ok {
		c.y, k = y, j2 // "March '85"
	} else if e := p.era(j); e.ok() && e.end > j+1 {
		c.y, k = e.cal.y, e.end // "January 38 BC", "March AD 37"
	} else if t := p.tok(j); j == k && t.kind == tkNum && len(t.low) <= 3 && t.num > 0 && p.ancient() && !p.punct(j+1, ":") {
		c.y, k = p.years.era(t.num), j+1 // "April 960" in a history of Byzantium
	}
	if y, j2, ok := p.yearNamed(i, j); ok && c.y == unknown {
		c.y, k = y, j2 // "Demob is in February next year"
	}
	if c.y == unknown && c.g == gMonth && j > k {
		if ph, ok := p.ofYearTold(i, j, c, "a month"); ok {
			return ph // "August of that year", "March of the following year"
		}
	}
	if c.g == gMonth && c.y == unknown && !hasWD {
		if !p.bareMonth(i) {
			return phrase{}
		}
	}
	if hasWD && c.g != gDay {
		return phrase{}
	}
	ph := phrase{begin: i, end: k, typ: Date}
	switch y, how, ago := p.yearAgoAfter(k); {
	case c.y == unknown && ago:
		c.y, ph.anchor, why = y, AnchorDCT, why+how
	case c.y == unknown && hasWD && p.hasDCT && !p.inStory(i):
		// "Monday, Oct. 26": the year near the DCT where it is a Monday,
		// else one the text wrote where it is, first when the date opens a
		// line, so heads a diary's entry ("the siege of 1857.\n\nMonday,
		// June 29th.")
		written, ok := p.yearOfWeekday(c, wd)
		near := unknown
		for _, dy := range []int{0, -1, 1} {
			if time.Date(p.dct.y+dy, time.Month(c.n), c.d, 0, 0, 0, 0, time.UTC).Weekday() == wd {
				near = p.dct.y + dy
				break
			}
		}
		switch {
		case ok && (near == unknown || p.lineStart(i) && abs(written-p.dct.y) > 1 && p.newsDays <= p.bylines || p.refIdx >= 0 && p.ref.y == written && written != near && p.recentRef(i)):
			// (or the year just told: "in 2009 she decided it would be the
			// last time. She told no one. On Monday, December 21")
			c.y, ph.anchor, why = written, AnchorExpr, why+", no year given: the year the text wrote where it is a "+wd.String()+", "+strconv.Itoa(written)
		case near != unknown:
			c.y, ph.anchor, why = near, AnchorDCT, why+", no year given: the year near the DCT with that weekday"
		default:
			c.y, ph.anchor, why = p.dct.y, AnchorDCT, why+", no year given: the DCT's"
		}
	case c.y == unknown:
		var how string
		c.y, ph.anchor, how = p.inferYear(c, i, k)
		why += ", " + how
		if y, ok := p.yearOfWeekday(c, wd); hasWD && ok && y != c.y {
			c.y, ph.anchor, why = y, AnchorExpr, why+"; but the year the text wrote where it is a "+wd.String()+", "+strconv.Itoa(y)
		}
	}
	if hasWD {
		c, why = p.untoldWeekday(c, wd, why)
	}
	if c.g == gDay {
		if end, hh, mm, ok := p.clockAfter(k); ok {
			c.g, c.hh, c.mm, ph.end, ph.typ = gMinute, hh, mm, end, Time
		}
	}
	ph.cal, ph.why = c, why+" -> "+c.value()
	return ph
}

// yearAgoAfter is the year of a date without one that the years since
// it, in apposition at token k, tell: "We left Cardiff on Friday 29 July,
// ten years ago today". It says how.
func (p *parser) yearAgoAfter(k int) (int, string, bool) {
	if !p.punct(k, ",") || !p.hasDCT {
		return 0, "", false
	}
	a, ok := p.amount(k + 1)
	if !ok || a.vague || a.half || a.fourth || a.approx || !p.is(a.end, "years") || !p.is(a.end+1, "ago") {
		return 0, "", false
	}
	return p.dct.y - a.n, ", no year given: " + itoa(a.n) + " years before the DCT's, told after it", true
}

// untoldFrom is the year of day c, told with weekday wd as the first day
// of a text, when no year near the DCT has it on that weekday: the year of
// a story that never tells its year ("Monday 4 August" in a log dated
// 2012), whose value shows the month and day alone. Emit then tells the
// rest of the text as such a story (see untoldYear).
func (p *parser) untoldFrom(c cal, wd time.Weekday) (int, bool) {
	if !p.untoldFirst() {
		return 0, false
	}
	c.y = p.dct.y + untoldMonthDay
	c, _ = p.untoldWeekday(c, wd, "")
	return c.y, true
}

// untoldFirst reports whether a day told now would be the first day of the
// text (a title's season or a note's "last weekend" may come before it),
// which may yet turn out a story that never tells its year.
func (p *parser) untoldFirst() bool {
	return !p.untold && p.lastDay.g < gDay && p.newsDays == 0 && p.hasDCT
}

// untoldWeekday gives day c, told with weekday wd in a story that never
// tells its year, the last year up to its own where it falls on wd: the
// year is not shown, but the days the story goes on to are counted from
// it ("Monday, the third of October ... on Wednesday" is the fifth).
func (p *parser) untoldWeekday(c cal, wd time.Weekday, why string) (cal, string) {
	if !p.untold && c.y < untoldMonthDay || c.y == unknown || c.n == unknown || c.d == unknown {
		return c, why
	}
	for y := c.y; y > c.y-28; y-- {
		if d := (cal{g: gDay, y: y, n: c.n, d: c.d}); d.date().Month() == time.Month(c.n) && weekdayOf(d.date()) == wd {
			if y != c.y {
				c.y, why = y, why+"; a year where it is a "+wd.String()
			}
			break
		}
	}
	return c, why
}

// yearOfWeekday is the year of day c (its month and day told) that makes
// it a wd: its own, else the latest the text wrote out where it is ("Sunday,
// May 29" in a diary of 1898 after an editor's note of 2004).
func (p *parser) yearOfWeekday(c cal, wd time.Weekday) (int, bool) {
	if c.g < gDay || c.n == unknown || c.d == unknown {
		return 0, false
	}
	if c.y != unknown && c.onWeekday(wd) {
		return c.y, true
	}
	return p.years.onWeekday(c.n, c.d, wd)
}

// writtenYears are the years a text wrote out, as much of them as later
// dates without a year ask about: whether one was of the first millennium,
// and the latest of each kind. Years of one kind (the weekday of their
// January 1, leap or not) share a calendar, so the latest year written in
// which a day falls on a weekday is the latest of one of fourteen kinds,
// found without going over every year a long text wrote.
type writtenYears struct {
	// a year of the first millennium, before or after Christ: the text's
	// years may then be written in one to three digits ("Augustus died in
	// AD 14 ... in 23 his son died", "born in 958 ... crowned in April 960")
	ancient bool
	// the last, when before Christ: a war "fought from 298 to 290 BC"
	// goes on "in 296" before Christ too, not "in 711" after "138 BC"
	bc     int
	latest [14]struct{ y, seq int } // by kind; seq orders them, 0 for none
	ends   [100]int16               // the latest year written ending in each two digits ("1977", then "'77"), 0 for none
	n      int
	first  int  // the first year written
	mixed  bool // another year was written after it
}

func (w *writtenYears) add(y int) {
	if w.n == 0 {
		w.first = y
	} else if y != w.first {
		w.mixed = true
	}
	jan1 := cal{g: gDay, y: y, n: 1, d: 1}.date()
	kind := int(jan1.Weekday()) + 7*btoi(daysIn(jan1.Year(), 2) == 29)
	w.n++
	w.latest[kind].y, w.latest[kind].seq = y, w.n
	if y >= 1000 && y < 10000 {
		w.ends[y%100] = int16(y)
	}
	w.ancient = w.ancient || y < 1000
	w.bc = max(-y, 0)
}

// only reports whether y is the one year the text has written.
func (w *writtenYears) only(y int) bool { return w.n > 0 && !w.mixed && w.first == y }

// era is year n (1-999) written without its era: before Christ after a
// year that was, unless that would go back far.
func (w *writtenYears) era(n int) int {
	if w.bc > 0 && n <= w.bc+10 {
		return -n
	}
	return n
}

// onWeekday is the latest year written in which day d of month n is a wd.
func (w *writtenYears) onWeekday(n, d int, wd time.Weekday) (int, bool) {
	y, seq := 0, 0
	for _, l := range w.latest {
		if l.seq > seq && weekdayOf(cal{g: gDay, y: l.y, n: n, d: d}.date()) == wd {
			y, seq = l.y, l.seq
		}
	}
	return y, seq > 0
}

// yearAhead is a year the rest of the paragraph after token k (80 tokens
// at most) writes out in which day c is a wd: "Friday, the sixth of July,
// and the heat ... the hottest day of 1984 so far".
func (p *parser) yearAhead(k int, c cal, wd time.Weekday) (int, bool) {
	for end := min(k+80, len(p.toks)); k < end; k++ {
		t := &p.toks[k]
		if k > 0 && t.brk && strings.Contains(p.text[p.toks[k-1].end:t.start], "\n\n") {
			break
		}
		if t.kind == tkNum && len(t.low) == 4 && p.isYear(k) && weekdayOf(cal{g: gDay, y: t.num, n: c.n, d: c.d}.date()) == wd {
			return t.num, true
		}
	}
	return 0, false
}

// ofYearTold gives the month or season c at i the year told by reference
// at j, after "of": "that year", "the following year".
func (p *parser) ofYearTold(i, j int, c cal, what string) (phrase, bool) {
	y := p.relUnit(j)
	if !y.ok() || y.cal.g != gYear || y.value != "" {
		return phrase{}, false
	}
	c.y = y.cal.y
	return phrase{begin: i, end: y.end, typ: Date, cal: c, anchor: y.anchor, refIdx: y.refIdx,
		why: "'" + p.span(i, y.end) + "', " + what + " of " + y.why + " -> " + c.value()}, true
}

// bareMonth decides whether a month name alone is a date: not a name
// ("Theresa May"), not "a March" or "the March on Washington".
func (p *parser) bareMonth(i int) bool {
	if p.is(i-1, "a", "an") || p.is(i+1, "of") && !p.tok(i+2).upper {
		return false
	}
	if n := p.tok(i + 1); p.is(i-1, "the") && (n.kind != tkWord || n.upper || n.lex != nil ||
		p.is(i+1, "on", "to", "for", "in", "at", "of", "and", "or", "from", "through", "against", "was", "is")) {
		return false // "the March on Washington"; but "the October slaying" is a date
	}
	if p.afterName(i) {
		return false // inside a name
	}
	if p.tok(i+1).kind == tkWord && p.tok(i+1).upper && p.tok(i+1).lex == nil && !p.tok(i+1).brk && !p.is(i+1, "i") && !p.lineStart(i+1) && // (a heading: "SEPTEMBER\nPlayer-coach Hruby")
		!(p.is(i-1, "of") && p.is(i-2, "half", "end", "beginning", "middle", "start", "rest")) {
		// ("Through the second half of May Norwegian troops pushed", "In
		// March I climbed")
		return false // "March Madness", "May Day"
	}
	if p.tok(i).low == "may" || p.tok(i).low == "march" {
		// a sentence-initial "May" is usually the verb; require a
		// preposition, or a prefix: "mid-May", "pre-March"
		if p.hyphen(i-1) && p.is(i-2, "mid", "early", "late", "pre", "post") {
			return true
		}
		if n := p.tok(i + 1); p.is(i-1, "for") && (n.kind == tkPunct && n.low != "'" || n.brk || n.kind == tkNum) {
			return true // "planned for March."; not "a vote for May's deal"
		}
		if p.tok(i).upper && !p.tok(i-1).upper && (p.is(i+1, "and", "or", "to") && p.has(i+2, cMonth) && !p.nameWord(i+3) || p.is(i-1, "was", "is") && (p.punct(i+1, ".") || p.punct(i+1, ","))) {
			return true // "arrears for May and June", "The worst of it was May."
		}
		return p.is(i-1, "in", "since", "until", "till", "by", "during", "early", "late", "mid", "last", "next", "this", "through", "from", "to", "and", "or", "before", "after", "of", "between", "each", "every", "the")
	}
	return true
}

// dayMonth: "22 March [2013]", "the 22nd of March[, 2013]", "the 22nd".
func (p *parser) dayMonth(i int) phrase {
	k := i
	_, k2, hasWD := p.weekday(k)
	if hasWD { // "Monday, 24 March"
		k = k2
		if p.punct(k, ",") {
			k++
		}
	}
	theAt, this := k, p.is(k, "this") // ("this 15th day of February 1996")
	the := p.is(k, "the") || this
	if the {
		k++
	}
	word := p.tok(k).kind == tkWord // "eighth": "the eighth of March", not "eighth March"
	if word && p.tok(k).upper && !p.tok(k).brk && p.tok(k+1).kind == tkWord && p.tok(k+1).upper {
		return phrase{} // a title: "kept by the Second Mate", "the First Lady"
	}
	dayAt := k
	d, k, ok := p.day(k)
	if !ok || word && !the || p.glued(dayAt) && p.tok(dayAt-1).kind == tkWord {
		return phrase{} // (nor a name's figure: "The O2")
	}
	if off, ok := monthsTold[p.tok(k).low]; ok && d <= 31 {
		// a letter's "the 2nd inst.", "your favour of the 28th ult.": a day
		// of the month it is written in, of the one before or the one after
		base, anchor := p.dayAtHand(i)
		m := base.coarsen(gMonth).shift(uMonth, off)
		c := cal{g: gDay, y: m.y, n: m.n, d: min(d, daysIn(m.y, m.n))}
		e := p.optPeriod(k + 1)
		return phrase{begin: i, end: e, typ: Date, cal: c, anchor: anchor, why: "'" + p.span(i, e) + "', a day of the month " + offsetWords(off, "month") + " the day at hand -> " + c.value()}
	}
	j := k
	if the && p.is(j, "day") && p.is(j+1, "of") {
		j++ // "the 4th day of July, 1776"
	} else if this {
		return phrase{}
	}
	if p.is(j, "of") {
		j++
	}
	c := cal{g: gDay, y: unknown, n: unknown, d: d}
	monthAnchor := ""
	m, j2, monthTold := p.month(j)
	if monthTold && p.tok(dayAt).kind == tkNum && p.lineStart(j) {
		monthTold = false // a line's last figure and the next line's month: "The O2\nOctober 14"
	}
	if monthTold {
		c.n, k = int(m), j2
		jj := k
		if p.punct(jj, ",") {
			jj++
		}
		if y, j3, ok := p.year(jj); ok && (p.tok(jj).kind != tkNum || p.isYear(jj)) && !p.logTimeAfterDay(jj) {
			c.y, k = y, j3
		} else if y, j3, ok := p.shortYearAt(jj); ok {
			c.y, k = y, j3 // "the 3rd of March '85"
		} else if y, j3, ok := p.yearNamed(i, k); ok && jj == k && !p.is(k, "this") {
			c.y, k = y, j3 // "offers go out on 1 March next year"
		} else if e := p.era(jj); e.ok() && e.end > jj+1 {
			c.y, k = e.cal.y, e.end // "16 November 42 BC", "19 August AD 14"
		} else if t, n := p.tok(jj), p.tok(jj+1); jj == k && t.kind == tkNum && len(t.low) <= 3 && t.num > 0 && (p.ancient() || t.num >= 100) &&
			(n.kind == tkPunct || n.upper || p.is(jj+1, "the", "he", "she", "it", "they", "his", "her", "and") || p.is(jj+1, "a", "an") && !p.has(jj+2, cUnit)) {
			// "18 October 31" in a history of Rome; three digits are a
			// year anywhere: "Otto I (23 November 912 – 7 May 973)"
			c.y, k = p.years.era(t.num), jj+1
		}
	} else if r := p.relUnit(j); j > k && r.ok() && r.cal.g == gMonth && r.value == "" && r.cal.known() {
		c.n, c.y, k, monthAnchor = r.cal.n, r.cal.y, r.end, r.anchor // "the 26th of that month"
	} else if end := p.rangeEnd(k, d); end.ok() {
		c.n, c.y = end.cal.n, end.cal.y // "1-3 July 1863": the month and year of the range's end
	} else if hasWD && !the && p.ordSuffix(k-1) && (p.tok(k).kind != tkWord || p.tok(k).upper) {
		// "Tuesday, 13th": a log's day of the month it is in
	} else if !the && p.entryDay.g >= gDay && p.lineStart(i) && p.ordSuffix(k-1) && p.punct(k, ".") && (k+1 >= len(p.toks) || p.lineStart(k+1) || p.tok(k+1).upper) {
		// "7th.": a diary's entry headed by its day alone, on its line or
		// before the entry's first words ("29th. Rain. Unloaded coal")
	} else if !the || !p.dayAlone(theAt, k) && !(hasWD && theAt > i && (!word || p.tok(k).kind == tkPunct && !p.hyphen(k))) {
		// ("Monday the 30th", "That was Thursday the twenty-third." name their day)
		return phrase{} // "the 22nd" needs its suffix, and is not "the 11th hour"
	}
	if c.n != unknown && d > daysIn(2000, c.n) {
		return phrase{}
	}
	ph := phrase{begin: i, end: k, typ: Date, anchor: monthAnchor}
	why := "'" + p.span(i, k) + "'"
	if c.n == unknown && p.inEntry(i) && p.lastDay.known() && !p.lineStart(i) {
		// a letter's "on the 11th": of the month it is written in, or of the
		// month before for a day still to come in it told in the past
		m := p.lastDay.coarsen(gMonth)
		if d > p.lastDay.d && (p.tense(i, k) < 0 || p.letterOf(i)) {
			m = m.shift(uMonth, -1) // (a letter answered was written before: "Yours of the 27th")
		} else if d < p.lastDay.d && (p.is(i-1, "till", "until") || p.tense(i, k) > 0 && !p.is(i-1, "of")) {
			m = m.shift(uMonth, 1) // (a day gone by this month is next month's, ahead: "we're here till the 14th" on 31 July)
		}
		c.y, c.n = m.y, m.n
		ph.anchor, why = AnchorExpr, why+", day of the month the letter is written in"
	} else if c.n == unknown && p.entryDay.g >= gDay && p.lineStart(i) && (p.dayLine || !hasWD) {
		// a diary's "Tuesday, 17th", "7th.": the month of the entry
		// before, or the next one for a day before the entry's
		m := p.entryDay.coarsen(gMonth)
		if d < p.entryDay.d {
			m = m.shift(uMonth, 1)
		}
		c.y, c.n = m.y, m.n
		ph.anchor, why = AnchorExpr, why+", day of the last entry's month"
	} else if c.n == unknown && p.refIdx >= 0 && p.ref.g >= gMonth && p.ref.n != unknown && (p.ref.g != gWeek && p.ref.g != gWeekend || p.inStory(i)) &&
		(!p.hasDCT || p.recentRef(i) || p.inStory(i) || p.refMonthOnWeekday(i, d) || p.ref.y < p.dct.y-1 && p.newsDays == 0 && p.out[p.refIdx].Anchor != AnchorDCT) {
		// "By March, trade resumed. On the 15th": the month just told
		// (further back when its day is on the weekday told: "that August
		// ... We left on Saturday the 6th"), and the one a text of long ago
		// told last, where the DCT's would be news it never told
		// ("reached her on Monday 4 February 1974 ... It advised her that
		// the inquiry would sit on the morning of the 19th")
		m := p.ref.coarsen(gMonth)
		c.y, c.n = m.y, m.n
		ph.anchor, why = AnchorExpr, why+", day of the last date's month"
	} else if pc := p.prev.cal; c.n == unknown && pc.g >= gMonth && pc.g != gWeek && pc.g != gWeekend && pc.n != unknown && pc.known() && p.prev.value == "" && p.nearPrev(i, 1, 60) {
		// the month just named, though as a bound: "Until the middle of
		// January the ewes were out. Then, on the twenty-third"
		m := pc.coarsen(gMonth)
		c.y, c.n = m.y, m.n
		ph.anchor, why = AnchorExpr, why+", day of the month just named"
	} else if c.n == unknown {
		// "the 22nd": the day of the DCT's month
		c.y, c.n = p.dct.y, p.dct.n
		ph.anchor, why = AnchorDCT, why+", day of the DCT's month"
	} else if y, how, ago := p.yearAgoAfter(k); c.y == unknown && ago {
		c.y, ph.anchor, why = y, AnchorDCT, why+how
	} else if c.y == unknown {
		var how string
		c.y, ph.anchor, how = p.inferYear(c, i, k)
		why += ", " + how
		if wd, _, _ := p.weekday(i); hasWD {
			comeY, toCome := p.yearToCome(c, wd, i, k)
			if y, ok := p.years.onWeekday(c.n, c.d, wd); ok && y != c.y && ph.anchor == AnchorDCT && p.lineStart(i) && abs(y-p.dct.y) > 1 {
				// a diary's heading is of the year it wrote, not the DCT's
				// that has the same calendar ("Diary for 1934.\n\nMonday, 10th December.")
				c.y, ph.anchor, why = y, AnchorExpr, why+"; but a heading of the year the text wrote where it is a "+wd.String()+", "+strconv.Itoa(y)
			} else if y, ok := p.yearOfWeekday(c, wd); ok && y != c.y && (y == p.textYear || !toCome) {
				c.y, ph.anchor, why = y, AnchorExpr, why+"; but the year the text wrote where it is a "+wd.String()+", "+strconv.Itoa(y)
			} else if toCome {
				// what is to come is of the DCT's year or the next: an
				// obituary's "the funeral will be at 11am on Tuesday 21
				// September", after a life told in other years
				c.y, ph.anchor, why = comeY, AnchorDCT, why+"; but to come, the year from the DCT where it is a "+wd.String()+", "+strconv.Itoa(comeY)
			} else if c.y != unknown && !c.onWeekday(wd) {
				if y, ok := p.yearAhead(k, c, wd); ok {
					// the year its paragraph goes on to write
					c.y, ph.anchor, why = y, AnchorExpr, why+"; but the year the paragraph writes where it is a "+wd.String()+", "+strconv.Itoa(y)
				} else if y, ok := p.untoldFrom(c, wd); ok {
					c.y, why = y, why+"; but it is no "+wd.String()+" then: a story that tells no year"
				}
			}
			c, why = p.untoldWeekday(c, wd, why)
		}
	}
	if wd, _, _ := p.weekday(i); hasWD && !monthTold && c.y != unknown && c.n != unknown && ph.anchor != "" {
		// "Thursday, 29th": the month around the one told where the 29th
		// is a Thursday, or that month a year either side, the story's
		// year having been guessed ("the winter of 1963 ... It started on
		// Boxing Day ... on the Saturday, the 29th" is December 1962)
		for _, dm := range []int{0, -1, 1, -12, 12} {
			t := time.Date(c.y, time.Month(c.n+dm), 1, 0, 0, 0, 0, time.UTC)
			if d <= daysIn(t.Year(), int(t.Month())) && weekdayOf(time.Date(t.Year(), t.Month(), d, 0, 0, 0, 0, time.UTC)) == wd {
				c.y, c.n = t.Year(), int(t.Month())
				break
			}
		}
	}
	if c.y != unknown && d > daysIn(c.y, c.n) {
		return phrase{} // no 31st of April
	}
	if end, hh, mm, ok := p.clockAfter(k); ok && monthTold && p.stampStart(i) {
		// a timeline's entry: "- 15 July 1975, 12:20 – Soyuz 19 lifts
		// off"; a mail's header: "Sent: Monday, 14 March 2022 22:06"
		c.g, c.hh, c.mm, ph.end, ph.typ = gMinute, hh, mm, end, Time
	}
	ph.cal, ph.why = c, why+" -> "+c.value()
	return ph
}

// monthsTold are the old commercial words for the month a day is of,
// counted from the month a letter is written in.
var monthsTold = map[string]int{"inst": 0, "instant": 0, "ult": -1, "ultimo": -1, "prox": 1, "proximo": 1}

// letterOf reports whether a day at token i dates a letter: "Yours of the
// 2nd", "your favour of the 28th".
func (p *parser) letterOf(i int) bool {
	return p.is(i-1, "of") && p.is(i-2, "yours", "letter", "note", "telegram", "card", "favour", "favor")
}

// dayAlone reports whether "the" and an ordinal at tokens [i, k) are a
// day of the month told without it: "the 22nd" ending its clause or
// before the clause's subject, "on the sixteenth", "the night of the
// sixteenth"; not "the 11th hour", "the third floor", "the fifth".
func (p *parser) dayAlone(i, k int) bool {
	if p.has(k, cWeekday|cMonth|cUnit) {
		return false // "the second Sunday", "the third week" count
	}
	byPart := p.is(i-1, "of") && p.has(i-2, cPart)
	ends := p.tok(k).kind == tkPunct && !p.hyphen(k) || p.clauseAfter(i, k) || byPart && p.tok(k).kind == tkWord && !p.tok(k).upper && p.is(k, "we", "i", "he", "she", "they", "it", "the", "and", "when")
	if p.tok(i+1).kind == tkNum {
		letter := p.letterOf(i) // "Yours of the 2nd came on Thursday"
		// ("opened on the 17th at half past six", "The 15th is bad for me,
		// but the 22nd or the 29th are fine", not "three-putted the 13th")
		return k == i+3 && (p.tok(k).kind != tkWord || ends || letter || p.is(k, "at", "and", "or", "when", "with", "from", "to", "is", "was", "are", "were", "will", "would", "suits")) && !p.inGame(i, k)
	}
	// ("netting a backhand on the third"; "until the twenty-ninth"; not a
	// passive's agent: "walls already cracked by the first")
	agent := p.is(i-1, "by") && p.participle(i-2) && !p.is(i-2, "paid", "due", "done", "completed", "finished", "submitted", "returned", "received", "made", "sent", "filed")
	return (k == i+2 || k == i+4 && p.hyphen(i+2)) && ends && (p.is(i-1, "on", "by", "until", "till", "since") || byPart) && !agent && !p.inGame(i, k)
}

// clauseAfter reports whether the words from k on start the clause that a
// time at [i, k) opens: "On the 6th the guns began", "on Monday Union troops
// crossed", "a sea on the 31st which stove the boat" (a preposition before
// it, a name, a determiner or a conjunction after), not
// "the 11th hour", "the Sunday Telegraph".
func (p *parser) clauseAfter(i, k int) bool {
	if !p.is(i-1, "on", "by", "until", "till", "since") {
		return false
	}
	n := p.tok(k)
	return n.upper || p.is(k, "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "my", "there", "which", "when", "and", "but", "that")
}

// logTimeAfterDay reports whether the four digits at token k, after a
// day and its comma at a log's heading, are its hour, not a year: "Thursday
// 14 November, 2230 ship time." in a log of 2346 that writes "0400".
func (p *parser) logTimeAfterDay(k int) bool {
	t := p.tok(k)
	return p.punct(k-1, ",") && t.kind == tkNum && len(t.low) == 4 && t.num%100 < 60 && t.num/100 < 24 && p.milTimes &&
		p.entryDay.g >= gDay && p.entryDay.known() && abs(t.num-p.entryDay.y) > 5 && p.logHeadEnd(k+1)
}

// rangeEnd parses the end of a range of days whose first day, d, comes
// without its month: "[1]-3 July 1863", "[5] and 6 March", "[the 4th] to
// the 8th of April".
func (p *parser) rangeEnd(k, d int) phrase {
	the := btoi(p.is(k+1, "the") && p.is(k, "to", "through", "and")) // "from the 4th to the 8th of April"
	if !(p.punct(k, "-") || p.punct(k, "–") || p.is(k, "to", "through", "and")) || p.tok(k+1+the).kind != tkNum {
		return phrase{}
	}
	end := p.dayMonth(k + 1)
	if !end.ok() || end.cal.n == unknown || end.cal.d <= d {
		return phrase{}
	}
	return end
}

// numericDate: "3/22/2013", "3/22/13", "2013-03-22", "22.3.2013".
func (p *parser) numericDate(i int) phrase {
	a := p.tok(i)
	if a.kind != tkNum {
		return phrase{}
	}
	sep := p.tok(i + 1).low
	if sep != "/" && sep != "-" && sep != "." || !p.glued(i+1) || !p.glued(i+2) || p.tok(i+2).kind != tkNum {
		return phrase{}
	}
	b := p.tok(i + 2)
	third := p.punct(i+3, sep) && p.glued(i+3) && p.glued(i+4) && p.tok(i+4).kind == tkNum
	if !third {
		if sep == "/" && p.is(i-1, "on") && a.num >= 1 && a.num <= 12 && b.num >= 1 && b.num <= daysIn(2000, a.num) && len(b.low) <= 2 {
			c := cal{g: gDay, n: a.num, d: b.num}
			y, anchor, how := p.inferYear(c, i, i+3)
			c.y = y
			return phrase{begin: i, end: i + 3, typ: Date, cal: c, anchor: anchor,
				why: "'" + p.span(i, i+3) + "', month/day, " + how + " -> " + c.value()}
		}
		return phrase{}
	}
	cnum := p.tok(i + 4)
	var y, m, d int
	switch {
	case len(a.low) == 4 && sep == "-": // ISO 2013-03-22
		y, m, d = a.num, b.num, cnum.num
	case len(cnum.low) == 4 || len(cnum.low) == 2:
		y = cnum.num
		if len(cnum.low) == 2 {
			y = p.twoDigitYear(y)
		}
		m, d = a.num, b.num
		if sep == "." || m > 12 { // 22.3.2013, 22/3/2013
			m, d = d, m
		} else if wd, _, ok := p.weekday(i - 1 - btoi(p.punct(i-1, ","))); ok && d <= 12 && y > 0 &&
			weekdayOf(cal{g: gDay, y: y, n: m, d: min(d, daysIn(y, m))}.date()) != wd && weekdayOf(cal{g: gDay, y: y, n: d, d: min(m, daysIn(y, d))}.date()) == wd {
			m, d = d, m // the weekday before it says which: "Monday 03/04/2023" is 3 April
		} else if e := p.entryDay; d <= 12 && m != d && y > 0 && e.g >= gDay && e.known() && p.lineStart(i) {
			// a diary's next heading follows the last: "Sat 31st July '99"
			// then "6/8/99" is 6 August
			us, uk := cal{g: gDay, y: y, n: m, d: d}.date(), cal{g: gDay, y: y, n: d, d: m}.date()
			if last := e.date(); us.Before(last) && !uk.Before(last) || !uk.Before(last) && uk.Before(us) {
				m, d = d, m
			}
		}
	default:
		return phrase{}
	}
	if m < 1 || m > 12 || d < 1 || d > daysIn(y, m) || len(b.low) > 2 {
		return phrase{}
	}
	c := cal{g: gDay, y: y, n: m, d: d}
	k := i + 5
	ph := phrase{begin: i, end: k, typ: Date}
	if p.is(k, "t") && p.glued(k) && p.glued(k+1) && p.tok(k+1).kind == tkNum && p.punct(k+2, ":") && p.tok(k+3).kind == tkNum {
		// ISO 8601 "2013-03-22T15:52[:00][Z|+01:00]"
		c.g, c.hh, c.mm, ph.typ = gMinute, p.tok(k+1).num, p.tok(k+3).num, Time
		if c.hh > 24 || c.mm > 59 || c.hh == 24 && c.mm > 0 {
			return phrase{} // (24:00 ends the day; "24:01" is no time)
		}
		k += 4
		if p.punct(k, ":") && p.glued(k) && p.tok(k+1).kind == tkNum {
			k += 2
		}
		if p.is(k, "z") && p.glued(k) {
			k++
		} else if (p.punct(k, "+") || p.punct(k, "-")) && p.glued(k) && p.tok(k+1).kind == tkNum && p.punct(k+2, ":") && p.tok(k+3).kind == tkNum {
			k += 4
		}
		ph.end = k
	} else if end, hh, mm, ok := p.clockAfter(k); ok {
		c.g, c.hh, c.mm, ph.end, ph.typ = gMinute, hh, mm, end, Time
	}
	ph.cal, ph.why = c, "'"+p.span(i, ph.end)+"' -> "+c.value()
	return ph
}

// yearDate: "2013", "the year 2000", "nineteen ninety-six", "2013-14".
func (p *parser) yearDate(i int) phrase {
	k := i
	if p.is(k, "the") && p.is(k+1, "year") {
		k += 2
		if p.ourLord(k + 3) {
			k += 3 // "the year of Our Lord 1598"
		}
	}
	y, end, ok := p.year(k)
	if !ok && k == i && p.oldYear(i) {
		if e := p.era(i); e.ok() {
			return e // "fought in 323 and 322 BC"
		}
		y, end, ok = p.years.era(p.tok(i).num), i+1, true
	}
	if !ok {
		return phrase{}
	}
	if p.tok(k).kind == tkNum {
		if !p.isYear(k) || p.is(k+1, "s") && p.glued(k+1) {
			return phrase{}
		}
		if p.tok(k).num < 1500 && k == i && !p.ourLord(i) && !p.is(i-1, "in", "since", "of", "by", "from", "between", "until", "till", "to", "through", "and", "or", "during", "year", "before", "after", "around", "about", "circa") &&
			!((p.is(i-1, "early", "late") || p.hyphen(i-1) && p.is(i-2, "mid")) && p.is(i-2-btoi(p.hyphen(i-1)), "in", "by", "until", "till", "since", "from", "during", "before", "after", "of")) &&
			!(p.punct(i-1, ".") && p.is(i-2, "c", "ca")) && !p.punct(i-1, "(") && !p.rangeEndYear(i) {
			return phrase{} // an old year needs a preposition: "in 1066", "(1218)", "1218–1219"
		}
	} else if k == i && p.tok(k).lex.num == 2 && !p.is(i-1, "in", "since", "by", "until", "of", "year") {
		return phrase{} // "two thousand" is usually a number
	}
	c := cal{g: gYear, y: y}
	return phrase{begin: i, end: end, typ: Date, cal: c, why: "'" + p.span(i, end) + "', a year -> " + c.value()}
}

// rangeEndYear reports whether the number at i closes a range of years
// written with a dash: "(1068–1077)".
func (p *parser) rangeEndYear(i int) bool {
	t := p.tok(i - 2)
	return (p.punct(i-1, "–") || p.punct(i-1, "-")) && p.glued(i) && t.kind == tkNum && len(t.low) == 4 && t.num < p.tok(i).num
}

// ancient reports whether the text's years may be of the first
// millennium, written in one to three digits: it has written one already,
// or it writes a day of one anywhere ("Otto I (23 November 912 – 7 May
// 973) was King from 936").
func (p *parser) ancient() bool {
	if p.years.ancient {
		return true
	}
	if p.oldDays == 0 {
		p.oldDays = -1
		for k := range p.toks {
			if t := &p.toks[k]; t.kind == tkNum && len(t.low) == 3 && t.num >= 100 && p.has(k-1, cMonth) &&
				p.tok(k-2).kind == tkNum && len(p.tok(k-2).low) <= 2 && (p.yearFollows(k+1) || p.tok(k+1).brk) {
				p.oldDays = 1
				break
			}
		}
	}
	return p.oldDays > 0
}

// oldYear reports whether the three-digit number at i (or a shorter one
// in an ancient history) is a year of the first millennium: a clause's
// time ("founded in 960", "In 711 the Moors crossed", "in 23 his son
// died", "born about 780"), not a count ("in 300 cases", "about 300 men").
func (p *parser) oldYear(i int) bool {
	t := p.tok(i)
	if t.kind != tkNum || len(t.low) > 3 || t.num < 1 || p.glued(i+1) && !p.punct(i+1, ",") && !p.punct(i+1, ".") {
		return false
	}
	// ("At the start of 298 the Lucanians", "The failure of 626 marked" in
	// an ancient history; "In early 626"); the text is looked at as a
	// whole (ancient) only once a number is so placed
	of := p.is(i-1, "of") && (p.is(i-2, "start", "end", "beginning", "middle", "close", "spring", "summer", "autumn", "winter") || p.is(i-3, "the") && p.cue(i+1) == cuePast) && p.ancient()
	early := p.is(i-1, "early", "late", "mid") && p.is(i-2, "in", "by", "until", "since", "from")
	about := p.is(i-1, "about") && p.is(i-2, "in", "born", "died")                                                                                   // ("In about 802 Abbot Ratgar", not "About 200 Americans")
	by := p.is(i-1, "by") && (p.tok(i+1).kind == tkPunct || p.is(i+1, "he", "she", "it", "they", "we", "his", "her", "its", "their")) && p.ancient() // ("By 710 he had been ordained")
	if !p.is(i-1, "in", "since", "until", "around", "circa") && !about && !by && !(p.punct(i-1, ".") && p.is(i-2, "c", "ca")) && !(p.is(i-1, "from", "between") && p.ancient()) && !of && !early && !p.secondOldYear(i) ||
		len(t.low) < 3 && !p.ancient() {
		return false
	}
	return p.yearFollows(i+1) || of || p.is(i+1, "or") && p.tok(i+2).kind == tkNum && len(p.tok(i+2).low) == 3 && p.ancient() || // ("In 746 or 747")
		p.is(i-1, "from", "between") && p.is(i+1, "until", "to", "and") && (p.tok(i+2).kind != tkNum || p.yearFollows(i+3)) // "Emperor from 962 until his death", "from 270 to 275"
}

// yearFollows reports whether token k may follow a year of the first
// millennium written without its era: a mark, a name, a clause going on
// ("In 711 the Moors crossed"); not a noun it counts ("in 300 cases").
func (p *parser) yearFollows(k int) bool {
	n := p.tok(k)
	// (a dash only in an ancient history: "c. 912 – 11 December 969"; while
	// ancient scans the text, it answers no)
	return n.kind == tkPunct && (n.low == "," || n.low == "." || n.low == ";" || n.low == ")" || n.low == "–" && p.ancient()) || n.upper ||
		p.is(k, "the", "a", "an", "his", "her", "its", "their", "and", "when", "he", "she", "it", "they", "we", "both", "was", "were", "had", "at") // ("died in 856 at Winkel")
}

// secondOldYear reports whether the number at i closes a pair of years of
// the first millennium: "from 270 to 275", "between 845 and 926", "in 746
// or 747".
func (p *parser) secondOldYear(i int) bool {
	f := p.tok(i - 2)
	return f.kind == tkNum && len(f.low) == 3 && f.num < p.tok(i).num && p.ancient() &&
		(p.is(i-1, "to", "and") && p.is(i-3, "from", "between") || p.is(i-1, "or") && p.is(i-3, "in")) // ("In 746 or 747")
}

// shortYear: "'92" after "in", "since", "of" or "by".
func (p *parser) shortYear(i int) phrase {
	y, _, ok := p.shortYearAt(i)
	if !ok || !p.is(i-1, "in", "since", "of", "by", "until", "from", "to", "the", "that", "and", "or") {
		return phrase{}
	}
	c := cal{g: gYear, y: y}
	return phrase{begin: i, end: i + 2, typ: Date, cal: c, why: "'" + p.span(i, i+2) + "', a year written short -> " + c.value()}
}

// decade: "the 1990s", "1990s", "the '80s", "the eighties", "the nineteen-eighties".
func (p *parser) decade(i int) phrase {
	k := i
	if p.is(k, "the") {
		k++
	}
	var y int
	t := p.tok(k)
	switch {
	case t.kind == tkNum && (len(t.low) == 3 || len(t.low) == 2 && k > i) && t.num%10 == 0 && p.is(k+1, "s") && p.glued(k+1) && p.bcAfter(k+2):
		_, e, _ := p.eraAfter(k + 2)
		c := cal{g: gDecade, y: -t.num} // "the 170s BC"
		return phrase{begin: i, end: e, typ: Date, cal: c, why: "'" + p.span(i, e) + "', a decade before Christ -> " + c.value()}
	case t.kind == tkNum && len(t.low) == 4 && t.num%10 == 0 && p.is(k+1, "s") && p.glued(k+1) && !(k == i && p.afterName(k)):
		y, k = t.num, k+2 // (not a model's plural: "its six other Beech 1900s")
	case t.kind == tkNum && len(t.low) == 3 && t.num%10 == 0 && (k > i || p.is(i-1, "early", "late", "mid") || p.hyphen(i-1) && p.is(i-2, "mid") ||
		p.is(i-1, "and", "or", "to") && p.prev.end == i-1 && p.prev.cal.g == gDecade) && p.is(k+1, "s") && p.glued(k+1) && p.ancient(): // ("the 720s and 730s")
		y, k = t.num, k+2 // "the 670s" in a history of Byzantium
	case t.kind == tkNum && len(t.low) == 4 && t.num%10 == 0 && p.punct(k+1, "'") && p.is(k+2, "s") && p.glued(k+1) && p.glued(k+2):
		y, k = t.num, k+3 // "the 1990's"
	case p.punct(k, "'") && p.tok(k+1).kind == tkNum && len(p.tok(k+1).low) == 2 && p.tok(k+1).num%10 == 0 && p.is(k+2, "s") && p.glued(k+2):
		y, k = p.twoDigitDecade(p.tok(k+1).num), k+3
	case t.kind == tkNum && len(t.low) == 2 && t.num%10 == 0 && p.is(k+1, "s") && p.glued(k+1) && k > i && !p.temperature(i):
		y, k = p.twoDigitDecade(t.num), k+2
	default:
		cent := 1900
		if d := p.entryDay; p.hasDCT && !p.untold && d.g >= gDay && d.known() && d.y < p.dct.y-50 {
			n := decadeWords[p.tok(k).low] // of the century of a letter or a diary of long ago: "the eighties" in a letter of 1917
			cent = ofCentury(d.y, n, 0) - n
		}
		if t.lex != nil && t.lex.class&cCard != 0 && (t.lex.num == 19 || t.lex.num == 20) && (p.hyphen(k+1) || !p.tok(k+1).brk) {
			cent, k = t.lex.num*100, k+1
			if p.hyphen(k) {
				k++
			}
		}
		if !p.has(k, cDecade) || k == i && !p.is(i-1, "early", "late", "mid") && !(p.hyphen(i-1) && p.is(i-2, "mid")) || p.temperature(i) ||
			p.is(i-1, "early", "late", "mid") && p.is(i-2, "his", "her", "their", "my", "your", "our") {
			return phrase{} // ("the early nineties" is one; "in his late thirties" an age)
		}
		y, k = cent+decadeWords[p.tok(k).low], k+1
	}
	c := cal{g: gDecade, y: y}
	if y%100 == 0 && y < 2000 && (p.tok(i).kind == tkNum || p.is(i, "the") && p.tok(i+1).kind == tkNum) {
		c.g = gCentury // "the 1800s" are the 19th century; "the 2000s" a decade
		return phrase{begin: i, end: k, typ: Date, cal: c, why: "'" + p.span(i, k) + "', a century -> " + c.value()}
	}
	return phrase{begin: i, end: k, typ: Date, cal: c, why: "'" + p.span(i, k) + "', a decade -> " + c.value()}
}

// temperature reports whether "the 90s" at i is a range of degrees: the
// sentence spoke of temperatures just before ("Highs will be in the 90s,
// with lows in the 70s") or "degrees" follows.
func (p *parser) temperature(i int) bool {
	if p.is(i+3, "degrees") {
		return true
	}
	for k, breaks := i-1, 0; k >= 0 && k >= i-30 && breaks < 2; k-- {
		if weatherWords[p.toks[k].low] {
			return true
		}
		if p.toks[k].brk {
			breaks++ // (this sentence or the one before: "ninety degrees. That night it was still in the eighties")
		}
	}
	return false
}

// weatherWords tell of temperatures ("a high in the 90s" may be a price's).
var weatherWords = map[string]bool{
	"highs": true, "lows": true, "temperature": true, "temperatures": true, "temps": true,
	"degrees": true, "mercury": true, "thermometer": true, "forecast": true,
}

// dctYear is the DCT's year moved by n, or unknown.
func (p *parser) dctYear(n int) int {
	if !p.hasDCT {
		return unknown
	}
	return p.dct.y + n
}

// yearAtHand is the year n years from the one at hand at token i: a
// story's or a letter's, else the DCT's.
func (p *parser) yearAtHand(i, n int) int {
	if d, ok := p.storyDay(i, true); ok {
		return d.y + n
	}
	return p.dctYear(n)
}

// yearShift is the year of "last year", "this year", "next year" from the DCT's.
var yearShift = map[string]int{"last": -1, "this": 0, "next": 1}

// seasonMidMonth is the middle month of each season (13: January after).
var seasonMidMonth = map[string]int{"SP": 4, "SU": 7, "FA": 10, "WI": 13}

var decadeWords = map[string]int{
	"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
	"seventies": 70, "eighties": 80, "nineties": 90,
}

// century: "the 20th century", "the eleventh century", "20th-century".
func (p *parser) century(i int) phrase {
	k := i
	if p.is(k, "the") {
		k++
	}
	n, k, ok := p.ordinalNum(k, 30)
	if !ok {
		return phrase{}
	}
	if p.hyphen(k) {
		k++
	}
	if !p.is(k, "century") {
		return phrase{}
	}
	k++
	c := cal{g: gCentury, y: (n - 1) * 100}
	if bc, e, ok := p.eraAfter(k); ok {
		// "the fifth century BC" is written as HeidelTime does: BC04
		if bc {
			c.y = -c.y - 1
		}
		return phrase{begin: i, end: e, typ: Date, cal: c, why: "'" + p.span(i, e) + "', a century of an era -> " + c.value()}
	}
	return phrase{begin: i, end: k, typ: Date, cal: c, why: "'" + p.span(i, k) + "', a century -> " + c.value()}
}

// era: a year of an era, "44 BC", "753 BCE", "70 CE", "AD 410", "A.D.
// 1066"; a year before Christ is written BC0044, one after it as a year.
func (p *parser) era(i int) phrase {
	k, bc, prefix := i, false, false
	if e, ok := p.eraWord(i, "a", "d"); ok && p.tok(i).upper {
		k, prefix = e, true // "A.D. 1066"
	} else if p.is(i, "ad") && p.tok(i).upper {
		k, prefix = i+1, true // "AD 410"
	}
	a, ok := p.amount(k)
	if !ok || a.word || a.half || a.n < 1 || a.n > 9999 || p.tok(k).kind != tkNum {
		return phrase{}
	}
	end := a.end
	if !prefix {
		if bc, end, ok = p.eraAfter(a.end); !ok {
			// the first year of a range shares the era written after the
			// second: "from 159 to 138 BC", "(r. 197–159 BC)"
			k := a.end
			if !(p.punct(k, "-") || p.punct(k, "–") || p.punct(k, "/") || p.is(k, "to", "and")) || p.tok(k+1).kind != tkNum {
				return phrase{}
			}
			var e int
			if bc, e, ok = p.eraAfter(k + 2); !ok || p.tok(k+1).num > a.n && bc {
				return phrase{}
			}
			if p.punct(k, "/") && len(p.tok(k+1).low) < len(p.tok(a.end-1).low) {
				end = e // an Attic year, "323/2 BC", is one: the year of its start
			}
		}
	}
	c := cal{g: gYear, y: a.n}
	if bc {
		c.y = -a.n
	}
	return phrase{begin: i, end: end, typ: Date, cal: c, why: "'" + p.span(i, end) + "', a year of an era -> " + c.value()}
}

// eraAfter parses an era after a year or a century at k: "BC", "BCE",
// "B.C.", "B.C.E.", "AD", "A.D.", "CE", "C.E.".
func (p *parser) eraAfter(k int) (bc bool, end int, ok bool) {
	if !p.tok(k).upper {
		return false, k, false
	}
	switch {
	case p.is(k, "bc", "bce"):
		return true, k + 1, true
	case p.is(k, "ad", "ce"):
		return false, k + 1, true
	}
	if e, ok := p.eraWord(k, "b", "c"); ok {
		if e2, ok := p.eraWord(e, "e"); ok && p.glued(e) {
			e = e2 // "B.C.E."
		}
		return true, e, true
	}
	for _, w := range [][]string{{"a", "d"}, {"c", "e"}} {
		if e, ok := p.eraWord(k, w...); ok {
			return false, e, true
		}
	}
	return false, k, false
}

// bcAfter reports whether an era before Christ is written at k.
func (p *parser) bcAfter(k int) bool {
	bc, _, ok := p.eraAfter(k)
	return ok && bc
}

// eraWord parses letters written with periods, "B.C.", at k: the period
// after the last one is optional.
func (p *parser) eraWord(k int, letters ...string) (int, bool) {
	for n, l := range letters {
		if !p.is(k, l) || n > 0 && !p.glued(k) {
			return k, false
		}
		k++
		if p.punct(k, ".") && p.glued(k) {
			k++
		} else if n < len(letters)-1 {
			return k, false
		}
	}
	return k, true
}

// season: "summer 2012", "the winter of 1994", "the summer", "spring".
func (p *parser) season(i int) phrase {
	k := i
	the := p.is(k, "the")
	if the {
		k++
	}
	t := p.tok(k)
	if t.lex == nil || t.lex.class&cSeason == 0 || t.lex.plural {
		return phrase{}
	}
	if !the && p.is(k-1, "to") && p.tok(k-2).kind == tkWord && !p.has(k-2, cSeason|cMonth) && !p.is(k-2, "close", "closer", "near", "nearer", "up", "back", "right", "from") {
		return phrase{} // the verb: "Hollis means to winter here"; but "from autumn to winter"
	}
	if prev := p.tok(k - 1); !the && t.upper && !t.brk && prev.kind == tkWord && prev.upper && !prev.brk && !p.has(k-1, cMonth|cSeason) && !p.is(k-1, "early", "late", "last", "next", "this", "that", "mid", "high", "deep", "every") {
		return phrase{} // a name's or a title's word: "Chapter Seven: The Long Winter", "the Arab Spring"
	}
	code := t.lex.code
	k++
	c := cal{g: gSeason, y: unknown, code: code}
	j := k
	if p.is(j, "of") {
		j++
	}
	if y, j2, ok := p.year(j); ok && (p.tok(j).kind != tkNum || p.isYear(j)) {
		c.y, k = y, j2
		if t := p.tok(k + 1); code == "WI" && (p.hyphen(k) || p.punct(k, "–")) && t.kind == tkNum && (t.num == (y+1)%100 && len(t.low) == 2 || t.num == y+1) {
			k += 2 // "the winter of 1941-42" is the winter that began in 1941
		}
	} else if y, j2, ok := p.shortYearAt(j); ok && j > k {
		c.y, k = y, j2 // "the summer of '69"
	} else if e := p.era(j); e.ok() && j > k {
		c.y, k = e.cal.y, e.end // "the autumn of 197 BC"
		if e2 := p.era(k + 1); p.punct(k, "/") && e2.ok() {
			k = e2.end // "the winter of 190/189 BC" began in 190
		}
	} else if t := p.tok(j); j > k && t.kind == tkNum && len(t.low) <= 3 && t.num > 0 && p.ancient() {
		c.y, k = p.years.era(t.num), j+1 // "the summer of 986" in a history of Byzantium
	}
	ph := phrase{begin: i, end: k, typ: Date}
	if c.y == unknown && j > k {
		if ph, ok := p.ofYearTold(i, j, c, "a season"); ok {
			return ph // "the autumn of that year", "the spring of the following year"
		}
	}
	if c.y == unknown {
		// "fall" and "spring" are also verbs: alone they need "the" or a preposition
		if !the && (code == "FA" || code == "SP") && !p.is(i-1, "in", "during", "until", "till", "since", "by", "this", "last", "next", "early", "late", "mid") &&
			!(p.tok(i).brk && (p.cue(k) == cuePast || p.is(k, "is", "was", "has", "had", "cannot", "seems", "seemed", "arrives", "comes"))) {
			return phrase{} // (but "Spring came late and all at once", "Spring has arrived early")
		}
		if p.is(k, "of") || p.is(k, "quarters") || !the && p.modifies(k) && !p.is(i-1, "by", "until", "till") || p.nameWord(k) && p.tok(k-1).upper || // "the spring of discontent", "winter quarters", "summer cottages", "The Winter Palace" (but "By autumn famine had emptied the streets")
			p.is(k-1, "fall") && p.is(k, "in") && p.tok(k+1).kind == tkWord && p.tok(k+1).lex == nil { // "the fall in bad debts" (but "the fall in 1998")
			return phrase{}
		}
		c.y, ph.anchor, _ = p.inferYear(c, i, k)
		if base, _ := p.dayAtHand(i); c.y != unknown && base.known() && p.is(i-1, "before", "by", "until", "till") && (p.tense(i, k) > 0 || p.futureInPast(i)) {
			if (c.y == base.y || c.y == base.y-1) && daysFrom(base.date(), c, c.y) < 0 {
				c.y++ // a season looked ahead to has not begun: "would not sleep indoors before the autumn"
			}
		}
	}
	ph.cal, ph.why = c, "'"+p.span(i, k)+"', a season -> "+c.value()
	return ph
}

// modifies reports whether a bare season before token k names a kind of thing,
// not a time: "a second winter storm", "planned summer cottages". The word
// after it is then a noun: no time word, function word or verb.
func (p *parser) modifies(k int) bool {
	t := p.tok(k)
	return t.kind == tkWord && !t.upper && !t.brk && t.lex == nil && !afterSeason[t.low] && p.cue(k) == 0 && !strings.HasSuffix(t.low, "ly")
}

// afterSeason are words that follow a season told as a time: "summer is
// here", "winter arrived", "in spring when".
var afterSeason = map[string]bool{
	"of": true, "in": true, "on": true, "at": true, "to": true, "for": true, "with": true, "from": true,
	"by": true, "and": true, "or": true, "but": true, "as": true, "when": true, "while": true, "after": true,
	"before": true, "that": true, "which": true, "this": true, "is": true, "was": true, "are": true,
	"were": true, "be": true, "been": true, "has": true, "have": true, "had": true, "will": true, "would": true,
	"could": true, "can": true, "may": true, "might": true, "should": true, "did": true, "does": true, "so": true,
	"then": true, "there": true, "here": true, "it": true, "he": true, "she": true, "they": true, "we": true,
	"i": true, "you": true, "its": true, "his": true, "her": true, "their": true, "our": true, "the": true,
	"a": true, "an": true, "came": true, "comes": true, "begins": true, "ends": true, "arrives": true,
	"brings": true, "until": true, "through": true, "into": true, "over": true, "too": true, "again": true,
	"approaches": true, "approaching": true, "nears": true, "set": true, "hit": true, "not": true,
}

// quarter: "the third quarter [of 1989]", "third-quarter", "Q3 2013",
// "this year's third quarter", "the 1988 second quarter", "the first half".
func (p *parser) quarter(i int) phrase {
	k := i
	the := p.is(k, "the")
	if the {
		k++
	}
	y, why := unknown, ""
	// "this year's", "last year's", "next year's"
	if p.is(k, "this", "last", "next") && p.is(k+1, "year") && p.punct(k+2, "'") && p.is(k+3, "s") {
		y = p.dctYear(yearShift[p.tok(k).low])
		k += 4
		why = "year relative to the DCT, "
	} else if yy, k2, ok := p.year(k); ok && the && p.tok(k).kind == tkNum {
		y, k = yy, k2 // "the 1988 third quarter"
	}
	if p.is(k, "fiscal") {
		k++
		if p.hyphen(k) {
			k++
		}
	}
	var c cal
	yearAnchor := ""
	switch {
	case p.is(k, "q", "h") && p.glued(k+1) && p.tok(k+1).kind == tkNum && p.tok(k).upper:
		n := p.tok(k + 1).num
		if p.tok(k).low == "q" && (n < 1 || n > 4) || p.tok(k).low == "h" && (n < 1 || n > 2) {
			return phrase{}
		}
		c = cal{g: gQuarter, n: n}
		if p.tok(k).low == "h" {
			c.g = gHalf
		}
		k += 2
	case p.tok(k).kind == tkNum && len(p.tok(k).low) == 1 && p.is(k+1, "q", "h") && p.tok(k+1).upper && p.glued(k+1):
		// a business headline's "2Q profit", "1H sales", "4Q09"
		n := p.tok(k).num
		if p.tok(k+1).low == "q" && (n < 1 || n > 4) || p.tok(k+1).low == "h" && (n < 1 || n > 2) {
			return phrase{}
		}
		c = cal{g: gQuarter, n: n}
		if p.tok(k+1).low == "h" {
			c.g = gHalf
		}
		k += 2
		if t := p.tok(k); t.kind == tkNum && len(t.low) == 2 && p.glued(k) {
			y, k = p.twoDigitYear(t.num), k+1
		} else if p.glued(k) && p.tok(k).kind != tkPunct {
			return phrase{}
		}
	default:
		n, k2, ok := p.ordinalNum(k, 4)
		if !ok && p.is(k, "last") {
			n, k2, ok = -1, k+1, true
		}
		if !ok {
			return phrase{}
		}
		if p.hyphen(k2) || p.is(k2, "fiscal") {
			k2++
		}
		switch {
		case p.is(k2, "quarter") && p.is(k2+1, "of") && p.is(k2+2, "an", "a") && p.is(k2+3, "hour"):
			return phrase{} // "the last quarter of an hour": fifteen minutes
		case p.is(k2, "quarter"):
			c = cal{g: gQuarter, n: n}
			if n < 0 {
				c.n = 4
			}
		case p.is(k2, "half"):
			if n > 2 || p.hyphen(k2+1) && p.is(k2+2, "term") || y == unknown && !p.is(k2+1, "of") && p.halfOfPlay(i) {
				return phrase{} // (a school's "first half-term", a match's "second half", is no half of the year)
			}
			c = cal{g: gHalf, n: n}
			if n < 0 {
				c.n = 2
			}
		default:
			return phrase{}
		}
		k = k2 + 1
	}
	c.y, c.d = y, unknown
	j := k
	if p.is(j, "of") {
		j++
		if p.is(j, "fiscal") {
			j++
		}
	}
	if yy, j2, ok := p.year(j); ok && y == unknown {
		c.y, k = yy, j2
	} else if p.tok(j).kind == tkNum && len(p.tok(j).low) == 2 && y == unknown && !p.glued(j) {
		c.y, k = p.twoDigitYear(p.tok(j).num), j+1 // "Q3 13"
	} else if p.is(j, "this", "last", "next") && p.is(j+1, "year") {
		c.y, k = p.yearAtHand(i, yearShift[p.tok(j).low]), j+2
	} else if d := p.monthDate(j); j > k && y == unknown && c.g == gHalf && d.ok() && d.value == "" && d.cal.g == gMonth {
		// "the first half of September": the month's start
		d.begin, d.mod, d.why = i, "START", "'"+p.span(i, d.end)+"', a half of "+d.why
		if c.n == 2 {
			d.mod = "END"
		}
		return d
	} else if yy, j2, anchor, ok := p.theYearOf(j); j > k && y == unknown && ok {
		c.y, k, yearAnchor = yy, j2, anchor // "the second half of the year"
	} else if d := p.decadeOrCentury(j); j > k && y == unknown && d.ok() {
		// "the last half of the '80s": a part of a decade or century is
		// that period (TIMEX3 has no finer value), with its edge as mod
		d.begin, d.why = i, "'"+p.span(i, d.end)+"', a part of "+d.why
		switch {
		case c.n == 1:
			d.mod = "START"
		case c.g == gHalf && c.n == 2 || c.n == 4:
			d.mod = "END"
		}
		return d
	} else if j > k && y == unknown && c.y == unknown && p.is(j, "the", "a", "its", "their", "his", "her") && !p.has(j+1, cUnit) && !p.is(j+1, "fiscal") {
		return phrase{} // "the second half of the game" is no date
	}
	if c.y == unknown && y == unknown && p.inGame(i, k) {
		return phrase{} // "scored twice in the first half": a part of a game
	}
	ph := phrase{begin: i, end: k, typ: Date, anchor: yearAnchor}
	if the && p.hyphen(i+2) && y == unknown {
		ph.begin = i + 1 // "the third-quarter results": an adjective, without "the"
	}
	if c.y == unknown {
		var how string
		c.y, ph.anchor, how = p.quarterYear(c, i, k)
		why += how
	}
	ph.cal, ph.why = c, "'"+p.span(i, k)+"', "+why+"-> "+c.value()
	return ph
}

// theYearOf parses "the year" at token j after "of": the story's year,
// else the DCT's ("the second half of the year").
func (p *parser) theYearOf(j int) (int, int, string, bool) {
	if !p.is(j, "the") || !p.is(j+1, "year") || p.hyphen(j+2) || !p.is(j-1, "of") {
		return 0, j, "", false
	}
	if y, ok := p.storyYear(j); ok {
		return y, j + 2, AnchorExpr, true
	}
	return p.dct.y, j + 2, AnchorDCT, p.hasDCT
}

// quarterYear is the year of quarter or half c at tokens [i, k) when the
// text gives none: the DCT's, or the year before when it has not begun
// yet and the clause is not about the future.
func (p *parser) quarterYear(c cal, i, k int) (int, string, string) {
	if !p.hasDCT {
		return p.dct.y, AnchorDCT, ""
	}
	if y, ok := p.storyYear(i); ok {
		return y, AnchorExpr, "no year given: the year of the date just told, " // "11 September 2001 ... in the fourth quarter"
	}
	if y, ok := p.sentenceYear(i); ok {
		return y, AnchorExpr, "no year given: the year the sentence is in, "
	}
	y, cur := p.dct.y, p.dct.coarsen(c.g).n
	tense := p.tense(i, k)
	switch {
	case c.n > cur && tense <= 0:
		return y - 1, AnchorDCT, "no year given: not begun at the DCT: the year before, "
	case cur-c.n >= 2 && tense > 0 && p.futureBefore(i):
		// a quarter looked forward to that ended long ago is next year's
		// ("expects first-quarter sales" in November); one just ended is
		// still to be reported
		return y + 1, AnchorDCT, "no year given: looked forward to, long ended at the DCT: the year after, "
	}
	return y, AnchorDCT, "no year given: the DCT's year, "
}

// halfOfPlay reports whether "the first half" or "the second half" at
// token i is a match's, a race's or a play's: told as a stretch of play
// ("midway through the first half", "early in the second half", "for most
// of the first half") or among the words of a game in its sentence or the
// one before ("Nash equalised early in the second half", "the Bears led
// 17–6 in the second half").
func (p *parser) halfOfPlay(i int) bool {
	if p.is(i-1, "through", "into") || p.is(i-1, "of") && p.is(i-2, "most", "minutes") || p.is(i-1, "in") && p.is(i-2, "early", "late") {
		return true
	}
	s := i
	for breaks := 0; s > 0 && i-s < 60; s-- {
		if p.toks[s].brk {
			if breaks++; breaks > 1 {
				break
			}
		}
	}
	for k := s; k < len(p.toks) && k < i+25 && (k <= i || !p.toks[k].brk); k++ {
		if p.is(k, "goal", "goals", "scored", "equalised", "equalized", "penalty", "kick", "kicked", "touchdown", "intercepted", "halftime", "whistle", "striker", "innings", "try", "tries", "match", "game", "marathon", "interval") ||
			p.is(k, "half") && p.hyphen(k+1) && p.is(k+2, "time") {
			return true
		}
	}
	return false
}

// monthsQuarter: "the October-December quarter", "the January-June
// period", "the March quarter": the calendar quarter or half its months
// make up.
func (p *parser) monthsQuarter(i int) phrase {
	k := i
	if p.is(k, "the") {
		k++
	}
	m1, k, ok := p.month(k)
	if !ok || !p.hyphen(k) && !p.punct(k, "–") && !p.is(k, "to", "through") && !(p.is(k, "quarter") && !p.hyphen(k+1)) { // ("in December quarter"; not "the March quarter-final")
		return phrase{}
	}
	m2 := m1
	if !p.is(k, "quarter") {
		if m2, k, ok = p.month(k + 1); !ok {
			return phrase{}
		}
	}
	c := cal{g: gQuarter, y: unknown, n: int(m1-1)/3 + 1, d: unknown}
	switch {
	case m2 == m1: // "the March quarter": the quarter that month ends or is in
	case m2 == m1+2 && (m1-1)%3 == 0:
	case m2 == m1+5 && (m1 == 1 || m1 == 7):
		c.g, c.n = gHalf, int(m1)/6+1
	default:
		return phrase{}
	}
	ph := phrase{begin: i, typ: Date}
	why := ""
	if y, k2, ok := p.year(k); ok && p.tok(k).kind == tkNum {
		c.y, k = y, k2
	}
	if !p.is(k, "quarter", "period", "season", "half", "months") {
		return phrase{}
	}
	if y, k2, ok := p.year(k + 2); c.y == unknown && ok && p.is(k+1, "of") && p.tok(k+2).kind == tkNum {
		c.y, k = y, k2-1 // "the March quarter of 2004"
	}
	if c.y == unknown {
		c.y, ph.anchor, why = p.quarterYear(c, i, k)
	}
	ph.end, ph.cal = k+1, c
	ph.why = "'" + p.span(i, k+1) + "', " + why + "the months of " + c.value()
	return ph
}

// inGame reports whether the sentence of tokens [i, j) tells of a game:
// it has a word of sport ("scored", "touchdown") or a clock that runs
// down ("with 1:45 remaining"), and no word of money or business.
func (p *parser) inGame(i, j int) bool {
	s, e := i, j
	for s > 0 && s > i-40 && !p.toks[s].brk {
		s--
	}
	for e < len(p.toks) && e < j+40 && !p.toks[e].brk {
		e++
	}
	game := false
	for k := s; k < e; k++ {
		t := &p.toks[k]
		switch {
		case t.kind == tkPunct && (t.low == "$" || t.low == "%"):
			return false
		case t.kind != tkWord:
		case moneyWords[t.low]:
			return false
		case sportWords[t.low], (t.low == "remaining" || t.low == "left") && p.tok(k-1).kind == tkNum && p.punct(k-2, ":"):
			game = true
		}
	}
	return game
}

// sportWords tell of a game; moneyWords of a business's quarters and halves.
var sportWords = map[string]bool{
	"scored": true, "score": true, "scoring": true, "touchdown": true, "touchdowns": true, "goal": true,
	"goals": true, "inning": true, "innings": true, "halftime": true, "quarterback": true, "goalkeeper": true,
	"rebounds": true, "penalty": true, "kickoff": true, "whistle": true, "referee": true, "fumble": true,
	"interception": true, "field": true, "basket": true, "striker": true, "midfielder": true,
	"tiebreaker": true, "tiebreak": true, "backhand": true, "forehand": true, "serve": true, "lap": true,
	"laps": true, "putt": true, "birdie": true, "bogey": true, "putted": true, "holed": true, "holes": true,
	"parred": true, "birdied": true, "bogeyed": true, "eagle": true, "bunker": true, "fairway": true, "tee": true,
	"caddie": true, "clubhouse": true,
}

var moneyWords = map[string]bool{
	"profit": true, "profits": true, "earnings": true, "revenue": true, "revenues": true, "sales": true,
	"income": true, "loss": true, "losses": true, "share": true, "shares": true, "percent": true,
	"million": true, "billion": true, "fiscal": true, "growth": true, "economy": true, "quarterly": true,
	"results": true, "net": true, "dividend": true, "gdp": true,
}

// nthWeekdayOf: "the first Tuesday in March", "the last Friday of the
// month", "the second Sunday of May 2014".
func (p *parser) nthWeekdayOf(i int) phrase {
	nth, k, ok := p.nth(i)
	if !ok {
		return phrase{}
	}
	wd, k, ok := p.weekday(k)
	if !ok {
		return phrase{}
	}
	part := ""
	if pd, k2, ok := p.partOfDay(k); ok && p.is(k2, "in", "of") {
		part, k = pd, k2 // "the last Saturday afternoon of August 1958"
	}
	if !p.is(k, "in", "of") {
		if day, ok := p.storyDay(i, true); ok && nth >= 1 && nth <= 5 && p.is(i, "the") {
			// a story's "the first Sunday", "the second Sunday": counted
			// after the day it is at
			c := dayOf(day.nextDay().weekdayFrom(wd).date().AddDate(0, 0, 7*(nth-1)))
			why := " after the story's day, "
			if nth == 2 && weekdayOf(day.date()) == wd {
				// the story at the first: "The first Sunday I walked to the
				// cliffs ... The second Sunday Colm was there"
				c, why = dayOf(day.date().AddDate(0, 0, 7)), " after the first, the story's day, "
			}
			return phrase{begin: i, end: k, typ: Date, cal: c, anchor: AnchorExpr,
				why: "'" + p.span(i, k) + "', " + p.span(i+1, i+2) + " " + wd.String() + why + day.value() + " -> " + c.value()}
		}
		return phrase{}
	}
	k++
	var d phrase
	if p.is(k, "the") && p.is(k+1, "month") {
		// "the month": the one just told, else the DCT's
		d = phrase{begin: k, end: k + 2, cal: p.dct.coarsen(gMonth), anchor: AnchorDCT}
		if p.refIdx >= 0 && p.ref.g >= gMonth && p.ref.n != unknown && p.within(i, p.out[p.refIdx].End, 4, 240) {
			d.cal, d.anchor = p.ref.coarsen(gMonth), AnchorExpr
		}
		if !p.hasDCT && d.anchor == AnchorDCT {
			d.anchor = ""
		}
	} else {
		d = p.calendar(k)
		if r := p.relUnit(k); r.end > d.end {
			d = r // "the first Monday of next month"
		}
	}
	if !d.ok() || d.value != "" || d.cal.g != gMonth || !d.cal.known() {
		return phrase{}
	}
	m, day := nthWeekday(d.cal.n, wd, nth)(d.cal.y)
	if day > daysIn(d.cal.y, m) {
		return phrase{} // no fifth Monday that month
	}
	c, typ := cal{g: gDay, y: d.cal.y, n: m, d: day}, Date
	if part != "" {
		c.g, c.code, typ = gPart, part, Time
	}
	return phrase{begin: i, end: d.end, typ: typ, cal: c, anchor: d.anchor,
		why: "'" + p.span(i, d.end) + "', a weekday of " + d.cal.value() + " -> " + c.value()}
}

// futureBefore reports whether a verb of the future governs token i from
// at most six words before it in its sentence ("expects first-quarter
// sales"), not a weak "to" + verb after it ("a quarter tied to lower
// earnings").
func (p *parser) futureBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-6 && !p.toks[k+1].brk; k-- {
		if c := p.cue(k); c != 0 && c != cueWeak {
			return c > 0
		}
	}
	return false
}

// decadeOrCentury: "the '80s", "the 20th century".
func (p *parser) decadeOrCentury(i int) phrase {
	if d := p.decade(i); d.ok() {
		return d
	}
	return p.century(i)
}

// fiscal: "fiscal 1989", "fiscal year 1990", "FY1989", "FY89", "FY 2013".
func (p *parser) fiscal(i int) phrase {
	k := i
	switch {
	case p.is(k, "fiscal"):
		k++
		if p.is(k, "year") {
			k++
		}
	case p.is(k, "fy"):
		k++
	default:
		return phrase{}
	}
	t := p.tok(k)
	y := 0
	switch {
	case t.kind == tkNum && len(t.low) == 4:
		y = t.num
	case t.kind == tkNum && len(t.low) == 2:
		y = p.twoDigitYear(t.num)
	case p.punct(k, "'") && p.tok(k+1).kind == tkNum && len(p.tok(k+1).low) == 2:
		k++
		y = p.twoDigitYear(p.tok(k).num)
	default:
		return phrase{}
	}
	k++
	c := cal{g: gYear, y: y}
	return phrase{begin: i, end: k, typ: Date, cal: c, why: "'" + p.span(i, k) + "', a fiscal year -> " + c.value()}
}

// holiday: "Christmas", "Thanksgiving Day", "New Year's Eve", "Election Day".
func (p *parser) holiday(i int) phrase {
	if wd, k, ok := p.weekday(i + 1); ok && p.is(i, "the") && p.is(k, "before", "after") {
		// "the Tuesday after Whitsun", "the Friday before Thanksgiving":
		// the day counted from the feast, which is tagged on its own
		h, ok := p.feastDay(k + 1)
		if !ok {
			return phrase{}
		}
		step := 1
		if p.is(k, "before") {
			step = -1
		}
		d := h.cal.date().AddDate(0, 0, step)
		for weekdayOf(d) != wd {
			d = d.AddDate(0, 0, step)
		}
		return phrase{begin: i, end: k, typ: Date, cal: dayOf(d), anchor: AnchorExpr,
			why: "'" + p.span(i, k) + "', the " + wd.String() + " " + p.tok(k).low + " " + h.why + " -> " + dayOf(d).value()}
	}
	if p.is(i, "the") && p.is(i+1, "eve", "feast") && p.is(i+2, "of") {
		// "the eve of Michaelmas": the day before the feast; "the feast
		// of the Assumption": the feast
		h, ok := p.feastDay(i + 3 + btoi(p.is(i+3, "the") && p.tok(i+4).upper))
		if !ok {
			return phrase{}
		}
		h.begin = i
		if p.is(i+1, "eve") {
			h.cal = h.cal.prevDay()
			h.why = "'" + p.span(i, h.end) + "', the day before " + h.why
		}
		return h
	}
	k := i
	if p.is(i, "the") {
		k++ // "the Easter weekend", below
	}
	if !p.tok(k).upper || p.is(k, "assumption", "annunciation", "transfiguration") && !p.is(k-1, "the") {
		return phrase{} // ("Assumption is key"; but "the Assumption")
	}
	for _, j := range holidayIndex[p.tok(k).low] {
		h := holidays[j]
		end, ok := p.words(k, h.words)
		if !ok || saintAlone(h) && !(p.is(k-1, "of") && p.is(k-2, "feast", "eve")) {
			continue
		}
		if p.nameWord(end) || feastThings[p.tok(end).low] {
			return phrase{} // a name: "the Easter Rising", "the Good Friday Agreement"; a thing: "the Christmas lights"
		}
		c := cal{g: gDay, y: unknown}
		// "Easter week", "Thanksgiving week": the (ISO) week holding the
		// day; "the Memorial Day weekend", the weekend nearest it
		week := p.is(end, "week", "weekend") && !p.hyphen(end+1)
		weekend := week && p.is(end, "weekend")
		if week {
			end++
		} else if k > i {
			return phrase{} // "the Fourth of July" is the holiday's own rule
		}
		j := end
		if p.punct(j, ",") {
			j++
		}
		ph := phrase{begin: i, end: end, typ: Date}
		if t := p.tok(end); !week && t.lex != nil && t.lex.class&cPart != 0 && !t.lex.plural && t.low != "overnight" {
			ph.end, ph.typ, c.g, c.code = end+1, Time, gPart, t.lex.code // "Christmas morning"
			end++
		}
		at := end + btoi(p.punct(end, ","))
		if d := p.longest(at, []func(*parser, int) phrase{(*parser).monthDate, (*parser).dayMonth}); !week && d.ok() && d.cal.g == gDay && d.value == "" {
			written := d.cal.y != unknown && d.anchor == ""
			switch {
			case at == end || written && p.has(end-1, cWeekday):
				// "Thanksgiving Monday, Oct. 8", "Good Friday, 2nd April 1915"
				// (as "Friday, 2nd April"): the holiday's day as written
				d.begin, d.why = i, "'"+p.span(i, d.end)+"', a holiday on "+d.why
				return d
			case written:
				// the day written after it, which it names: "on Easter Day, 3
				// April 1043", "on the feast of Saint Lawrence, 10 August 955"
				return phrase{begin: i, end: end, typ: Date, cal: d.cal, why: "'" + p.span(i, end) + "', a holiday on the day written after it, " + d.cal.value()}
			}
		}
		if y, j2, ok := p.year(j); ok && p.tok(j).kind == tkNum && !p.punct(j+1, "%") {
			// a year after a feast is one even before a plural ("On
			// Easter Sunday 1916 rebels seized", "Christmas Eve 1964, ...")
			c.y, ph.end = y, j2
		} else if y, j2, ok := p.year(end + 1); ok && p.is(end, "of") && p.tok(end+1).kind == tkNum && p.is(k-1, "the") {
			c.y, ph.end = y, j2 // "the Christmas of 1962"
		} else if y, e, ok := p.yearNamed(i, end); ok {
			c.y, ph.end = y, e // "on New Year's Day last year"
		} else if t := p.tok(j); t.kind == tkNum && len(t.low) == 3 && p.ancient() && (p.tok(j+1).kind == tkPunct || p.is(j+1, "at", "in", "and", "the", "he", "she", "they", "was", "were")) {
			c.y, ph.end = p.years.era(t.num), j+1 // "He kept Easter 967 at Ravenna"
		} else if y, _, ok := p.year(end + 2); ok && p.tok(end).kind == tkWord && !p.tok(end).upper && p.is(end+1, "of") && p.tok(end+2).kind == tkNum {
			c.y = y // the year of the feast's thing: "the Armistice Day blizzard of 1940"
		} else if y, ok := p.storyYear(i); ok {
			// a story's holiday is the next from its day; a letter's, the
			// one nearest in the direction of the tense ("Christmas is over")
			c.y, ph.anchor = y, AnchorExpr
			if p.inEntry(i) {
				tense := p.tense(i, end)
				if p.lineStart(i) && (end >= len(p.toks) || p.lineStart(end)) {
					tense = 1 // a diary's next entry, headed "Easter Sunday", is after the last
				}
				c.y = nearestHoliday(h.date, p.lastDay, week, weekend, tense)
			} else if p.ref.g >= gDay && p.ref.y == y && p.pluperfect(i) {
				// the last before the story's day, looked back to: "He had
				// had a girl in Galway until Easter"
				c.y = nearestHoliday(h.date, p.ref, week, weekend, -1)
			} else if p.ref.g >= gDay && p.ref.y == y {
				// the next from the story's day ("On Christmas Eve 1914 ...
				// by New Year's Day", 1915), or one up to two months before
				// it ("Easter fell on 15 April, and on Good Friday"; "by
				// Martinmas ... three days after Michaelmas")
				c.y = nearestHoliday(h.date, p.ref, week, weekend, 1)
				if back := nearestHoliday(h.date, p.ref, week, weekend, -1); back != c.y {
					m, d := h.date(back)
					if p.ref.date().Sub(cal{g: gDay, y: back, n: m, d: d}.date()) <= 60*24*time.Hour {
						c.y = back
					}
				}
			} else if r := p.ref; r.g >= gMonth && r.g < gDay && r.y == y && r.known() {
				// a story goes on into the next year ("waited in the Downs in
				// November 1785. She sailed on New Year's Day")
				if m, _ := h.date(y); r.coarsen(gMonth).n-m >= 7 {
					c.y = y + 1
				}
			}
		} else if !p.hasDCT {
			// the year the text last wrote out ("In December 1990 ... on Christmas Eve")
			y := p.textYear
			if y == unknown {
				y = 2000 // for the month and day alone
			}
			c.n, c.d = h.date(y)
			c.y = p.textYear
			if week && c.y != unknown {
				c = weekOfHoliday(c, weekend)
			}
			ph.cal, ph.why = c, "'"+p.span(i, ph.end)+"', a holiday in the year the text last gave -> "+c.value()
			return ph
		} else if y, ok := p.sentenceYear(i); ok {
			c.y, ph.anchor = y, AnchorExpr // "In 2009 the festival was held at Easter"
		} else if n := len(p.out); p.refIdx == n-1 && n > 0 && p.out[n-1].Anchor != AnchorDCT && !p.is(i, "last", "next", "this") && !p.is(i-1, "last", "next", "this") && p.ref.g >= gDay && p.ref.known() && p.within(i, p.out[n-1].End, 0, 8) {
			// the feast a day just told falls on, in its sentence: "fired on
			// Feb. 11, 2015 ... Three days later, on the evening of Valentine's Day"
			c.y, ph.anchor = nearestHoliday(h.date, p.ref, week, weekend, 0), AnchorExpr
		} else {
			tense := p.tense(i, end)
			if p.toks[i].start < 200 && p.inHeading(i) && !p.willIn(i) {
				tense = 0 // a headline's present is the news's nearest: "Black Friday crowds thin as early deals spread"
			}
			c.y, ph.anchor = nearestHoliday(h.date, p.dct, week, weekend, tense), AnchorDCT
		}
		c.n, c.d = h.date(c.y)
		if week {
			c = weekOfHoliday(c, weekend)
		}
		ph.cal, ph.why = c, "'"+p.span(i, ph.end)+"', a holiday -> "+c.value()
		return ph
	}
	return phrase{}
}

// nearestHoliday is the year of the holiday (or its week, or its
// weekend) nearest day base in the direction of the tense.
func nearestHoliday(date func(y int) (int, int), base cal, week, weekend bool, tense int) int {
	y, best := base.y, 0
	for dy := -1; dy <= 1; dy++ {
		m, d := date(base.y + dy)
		day := cal{g: gDay, y: base.y + dy, n: m, d: d}.date()
		switch {
		case weekend: // a weekend begins on its Saturday (a Monday's is the one before: see weekOfHoliday)
			if day.Weekday() == time.Monday {
				day = day.AddDate(0, 0, -1)
			}
			day = day.AddDate(0, 0, 6-isoWeekday(day.Weekday()))
		case week: // a week has begun on its Monday
			day = day.AddDate(0, 0, -(int(day.Weekday())+6)%7)
		}
		diff := int(day.Sub(base.date()).Hours() / 24)
		if tense < 0 && diff > 0 || tense > 0 && diff < 0 {
			continue
		}
		if best == 0 || abs(diff) < abs(best) {
			best, y = diff, base.y+dy
		}
		if diff == 0 {
			break
		}
	}
	return y
}

// weekOfHoliday is the ISO week of holiday day c, or its weekend: that of
// the week before for a Monday ("the Labor Day weekend").
func weekOfHoliday(c cal, weekend bool) cal {
	if !weekend {
		return c.coarsen(gWeek)
	}
	d := c.date()
	if d.Weekday() == time.Monday {
		d = d.AddDate(0, 0, -1)
	}
	y, w := d.ISOWeek()
	return cal{g: gWeekend, y: y, n: w}
}

// nameWord reports whether token k is a capitalized word that is no time
// word, inside a sentence: it makes the time word before part of a name.
func (p *parser) nameWord(k int) bool {
	t := p.tok(k)
	return t.kind == tkWord && t.upper && t.lex == nil && !t.brk && t.low != "i" && !p.lineStart(k) // ("On New Year's Eve I was", a heading "Wednesday")
}

// words matches a sequence of lowercase words and punctuation at token i.
func (p *parser) words(i int, ws []string) (int, bool) {
	for _, w := range ws {
		t := p.tok(i)
		if t.low != w {
			return i, false
		}
		i++
	}
	return i, true
}

// A holiday is a feast's name, in lower-case words, and its date in a year.
type holiday struct {
	words []string
	date  func(y int) (int, int)
}

// holidays lists fixed and movable feasts, longest names first.
var holidays = withSaints([]holiday{
	{[]string{"new", "year", "'", "s", "day"}, fixed(1, 1)},
	{[]string{"new", "year", "'", "s", "eve"}, fixed(12, 31)},
	{[]string{"new", "year", "'", "s"}, fixed(1, 1)},
	{[]string{"new", "year"}, fixed(1, 1)},
	{[]string{"chinese", "new", "year", "'", "s", "eve"}, daysAfter(lunarNewYear, -1)},
	{[]string{"chinese", "new", "year"}, lunarNewYear},
	{[]string{"lunar", "new", "year", "'", "s", "eve"}, daysAfter(lunarNewYear, -1)},
	{[]string{"lunar", "new", "year"}, lunarNewYear},
	{[]string{"christmas", "eve"}, fixed(12, 24)},
	{[]string{"christmas", "day"}, fixed(12, 25)},
	{[]string{"christmas"}, fixed(12, 25)},
	{[]string{"thanksgiving", "day"}, nthWeekday(11, time.Thursday, 4)},
	{[]string{"thanksgiving"}, nthWeekday(11, time.Thursday, 4)},
	{[]string{"independence", "day"}, fixed(7, 4)},
	{[]string{"halloween"}, fixed(10, 31)},
	{[]string{"all", "saints", "'", "day"}, fixed(11, 1)},
	{[]string{"whitsun"}, daysAfter(easter, 49)},
	{[]string{"whitsunday"}, daysAfter(easter, 49)},
	{[]string{"whit", "sunday"}, daysAfter(easter, 49)},
	{[]string{"whit", "monday"}, daysAfter(easter, 50)},
	{[]string{"whitsuntide"}, daysAfter(easter, 49)},
	{[]string{"pentecost"}, daysAfter(easter, 49)},
	{[]string{"ascension", "day"}, daysAfter(easter, 39)},
	{[]string{"twelfth", "night"}, fixed(1, 5)},
	{[]string{"epiphany"}, fixed(1, 6)},
	{[]string{"candlemas"}, fixed(2, 2)},
	{[]string{"lady", "day"}, fixed(3, 25)},
	{[]string{"midsummer", "eve"}, fixed(6, 23)},
	{[]string{"midsummer", "'", "s", "eve"}, fixed(6, 23)},
	{[]string{"midsummer", "day"}, fixed(6, 24)},
	{[]string{"midsummer", "'", "s", "day"}, fixed(6, 24)},
	{[]string{"lammas", "day"}, fixed(8, 1)},
	{[]string{"lammas"}, fixed(8, 1)},
	{[]string{"michaelmas"}, fixed(9, 29)},
	{[]string{"assumption"}, fixed(8, 15)},
	{[]string{"transfiguration"}, fixed(8, 6)},
	{[]string{"all", "saints"}, fixed(11, 1)}, // (after "the feast of" alone: see saintAlone)
	{[]string{"annunciation"}, fixed(3, 25)},
	{[]string{"martinmas"}, fixed(11, 11)},
	{[]string{"all", "souls", "'", "day"}, fixed(11, 2)},
	{[]string{"all", "hallows", "'", "eve"}, fixed(10, 31)},
	{[]string{"toussaint"}, fixed(11, 1)},
	{[]string{"reformation", "day"}, fixed(10, 31)},
	{[]string{"dominion", "day"}, fixed(7, 1)},
	{[]string{"valentine", "'", "s", "day"}, fixed(2, 14)},
	{[]string{"labor", "day"}, nthWeekday(9, time.Monday, 1)},
	{[]string{"memorial", "day"}, nthWeekday(5, time.Monday, -1)},
	{[]string{"election", "day"}, electionDay},
	{[]string{"easter", "sunday"}, easter},
	{[]string{"easter", "day"}, easter},
	{[]string{"easter", "monday"}, daysAfter(easter, 1)},
	{[]string{"easter"}, easter},
	{[]string{"good", "friday"}, daysAfter(easter, -2)},
	{[]string{"maundy", "thursday"}, daysAfter(easter, -3)},
	{[]string{"holy", "saturday"}, daysAfter(easter, -1)},
	{[]string{"shrove", "tuesday"}, daysAfter(easter, -47)},
	{[]string{"trinity", "sunday"}, daysAfter(easter, 56)},
	{[]string{"advent", "sunday"}, adventSunday},
	{[]string{"palm", "sunday"}, daysAfter(easter, -7)},
	{[]string{"ash", "wednesday"}, daysAfter(easter, -46)},
	{[]string{"black", "friday"}, daysAfter(nthWeekday(11, time.Thursday, 4), 1)},
	{[]string{"cyber", "monday"}, daysAfter(nthWeekday(11, time.Thursday, 4), 4)},
	{[]string{"mother", "'", "s", "day"}, nthWeekday(5, time.Sunday, 2)},
	{[]string{"father", "'", "s", "day"}, nthWeekday(6, time.Sunday, 3)},
	{[]string{"martin", "luther", "king", "day"}, nthWeekday(1, time.Monday, 3)},
	{[]string{"martin", "luther", "king", "jr", ".", "day"}, nthWeekday(1, time.Monday, 3)},
	{[]string{"presidents", "'", "day"}, nthWeekday(2, time.Monday, 3)},
	{[]string{"presidents", "day"}, nthWeekday(2, time.Monday, 3)},
	{[]string{"columbus", "day"}, nthWeekday(10, time.Monday, 2)},
	{[]string{"veterans", "day"}, fixed(11, 11)},
	{[]string{"armistice", "day"}, fixed(11, 11)},
	{[]string{"remembrance", "day"}, fixed(11, 11)},
	{[]string{"boxing", "day"}, fixed(12, 26)},
	{[]string{"bonfire", "night"}, fixed(11, 5)},
	{[]string{"guy", "fawkes", "night"}, fixed(11, 5)},
	{[]string{"may", "day"}, fixed(5, 1)},
	{[]string{"april", "fools", "'", "day"}, fixed(4, 1)},
	{[]string{"april", "fool", "'", "s", "day"}, fixed(4, 1)},
	{[]string{"august", "bank", "holiday"}, augustBankHoliday},
	{[]string{"spring", "bank", "holiday"}, nthWeekday(5, time.Monday, -1)},
	{[]string{"earth", "day"}, fixed(4, 22)},
	{[]string{"bastille", "day"}, fixed(7, 14)},
	{[]string{"canada", "day"}, fixed(7, 1)},
	{[]string{"australia", "day"}, fixed(1, 26)},
	{[]string{"anzac", "day"}, fixed(4, 25)},
	{[]string{"waitangi", "day"}, fixed(2, 6)},
	{[]string{"patriots", "'", "day"}, nthWeekday(4, time.Monday, 3)},
	{[]string{"inauguration", "day"}, fixed(1, 20)},
	{[]string{"juneteenth"}, fixed(6, 19)},
	{[]string{"hogmanay"}, fixed(12, 31)},
	{[]string{"walpurgis", "night"}, fixed(4, 30)},
})

// feastThings are things a feast names, no time: "the Christmas lights",
// "an Easter bonnet parade".
var feastThings = map[string]bool{
	"tree": true, "trees": true, "card": true, "cards": true, "lights": true, "bonnet": true, "bonnets": true,
	"egg": true, "eggs": true, "bunny": true, "cracker": true, "crackers": true, "pudding": true, "puddings": true,
	"cake": true, "jumper": true, "jumpers": true, "stocking": true, "stockings": true, "carol": true, "carols": true,
	"decorations": true, "present": true, "presents": true, "hamper": true, "hampers": true, "lily": true, "lilies": true,
}

// feastDay is the feast at token k, when it names a day the text places.
func (p *parser) feastDay(k int) (phrase, bool) {
	h := p.holiday(k)
	return h, h.ok() && h.typ == Date && h.cal.g == gDay && h.cal.known()
}

// movableFeast reports whether a holiday starting at token k falls on
// another day each year ("Easter", "Thanksgiving"), so has no day of every year.
func (p *parser) movableFeast(k int) bool {
	for _, j := range holidayIndex[p.tok(k).low] {
		h := holidays[j]
		if _, ok := p.words(k, h.words); ok {
			m1, d1 := h.date(2001)
			m2, d2 := h.date(2002)
			return m1 != m2 || d1 != d2
		}
	}
	return false
}

// holidayIndex lists the holidays by their first word.
var holidayIndex = func() map[string][]int {
	m := map[string][]int{}
	for j, h := range holidays {
		m[h.words[0]] = append(m[h.words[0]], j)
	}
	return m
}()

// saintsDays are feasts named for a saint, written "St. Crispin's Day", "St
// Crispin's Day" or "Saint Crispin's Day"; "St. John's Eve" is the day before.
var saintsDays = []struct {
	name string
	m, d int
}{
	{"agnes", 1, 21}, {"valentine", 2, 14}, {"david", 3, 1}, {"patrick", 3, 17},
	{"joseph", 3, 19}, {"george", 4, 23}, {"mark", 4, 25}, {"john", 6, 24},
	{"peter", 6, 29}, {"swithin", 7, 15}, {"james", 7, 25}, {"lawrence", 8, 10},
	{"bartholomew", 8, 24}, {"michael", 9, 29}, {"luke", 10, 18}, {"crispin", 10, 25},
	{"martin", 11, 11}, {"andrew", 11, 30}, {"nicholas", 12, 6}, {"lucy", 12, 13},
	{"thomas", 12, 21}, {"stephen", 12, 26},
}

// withSaints adds the saints' days to the feasts, and the saints' names
// alone, which are feasts only after "the feast of" or "the eve of" (see saintAlone):
// "the feast of Saint Lawrence", "the feast of Saints Philip and James".
func withSaints(feasts []holiday) []holiday {
	for _, s := range saintsDays {
		for _, title := range [][]string{{"st", "."}, {"st"}, {"saint"}} {
			name := append(append([]string{}, title...), s.name, "'", "s")
			feasts = append(feasts,
				holiday{append(name[:len(name):len(name)], "day"), fixed(s.m, s.d)},
				holiday{append(name[:len(name):len(name)], "eve"), daysAfter(fixed(s.m, s.d), -1)},
				holiday{append(append([]string{}, title...), s.name), fixed(s.m, s.d)})
		}
	}
	for _, s := range []struct {
		names []string
		m, d  int
	}{{[]string{"philip", "and", "james"}, 5, 1}, {[]string{"peter", "and", "paul"}, 6, 29}, {[]string{"simon", "and", "jude"}, 10, 28}, {[]string{"john", "and", "paul"}, 6, 26}} {
		for _, title := range [][]string{{"sts", "."}, {"sts"}, {"saints"}} {
			feasts = append(feasts, holiday{append(append([]string{}, title...), s.names...), fixed(s.m, s.d)})
		}
	}
	return feasts
}

// saintAlone reports whether feast h is a saint's name alone ("Saint
// Lawrence"), not his day ("Saint Lawrence's Day"): a place or a person
// but after "the feast of".
func saintAlone(h holiday) bool {
	switch h.words[0] {
	case "all": // "All Saints" is a church as often as a feast
		return h.words[len(h.words)-1] == "saints"
	case "st", "saint", "sts", "saints":
		last := h.words[len(h.words)-1]
		return last != "day" && last != "eve"
	}
	return false
}

func fixed(m, d int) func(int) (int, int) { return func(int) (int, int) { return m, d } }

// adventSunday is the fourth Sunday before Christmas: the one from 27
// November on.
func adventSunday(y int) (int, int) {
	t := time.Date(y, 11, 27, 0, 0, 0, 0, time.UTC)
	t = t.AddDate(0, 0, (7-int(t.Weekday()))%7)
	return int(t.Month()), t.Day()
}

// daysAfter is the day n days after (before, for n < 0) the feast f:
// "Good Friday" is two days before Easter, "Black Friday" the day after
// Thanksgiving.
func daysAfter(f func(int) (int, int), n int) func(int) (int, int) {
	return func(y int) (int, int) {
		m, d := f(y)
		t := time.Date(y, time.Month(m), d+n, 0, 0, 0, 0, time.UTC)
		return int(t.Month()), t.Day()
	}
}

// nthWeekday is the nth (or, for -1, last) given weekday of month m.
func nthWeekday(m int, wd time.Weekday, nth int) func(int) (int, int) {
	return func(y int) (int, int) {
		if nth < 0 {
			t := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC)
			for t.Weekday() != wd {
				t = t.AddDate(0, 0, -1)
			}
			return m, t.Day()
		}
		t := time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
		for t.Weekday() != wd {
			t = t.AddDate(0, 0, 1)
		}
		return m, t.Day() + 7*(nth-1)
	}
}

// augustBankHoliday is England's summer bank holiday: the first Monday of
// August from 1871, the last from 1965.
func augustBankHoliday(y int) (int, int) {
	if y < 1965 {
		return nthWeekday(8, time.Monday, 1)(y)
	}
	return nthWeekday(8, time.Monday, -1)(y)
}

// electionDay is the Tuesday after the first Monday of November.
func electionDay(y int) (int, int) {
	_, d := nthWeekday(11, time.Monday, 1)(y)
	return 11, d + 1
}

// easter is Easter Sunday: by the Julian computus, as a Julian date, before
// the Gregorian reform of 1582 (histories of those years write Julian
// dates), by the Gregorian one (the anonymous algorithm) after.
func easter(y int) (int, int) {
	if y < 1583 {
		a, b, c := mod(y, 4), mod(y, 7), mod(y, 19)
		d := (19*c + 15) % 30
		e := (2*a + 4*b - d + 34) % 7
		return (d + e + 114) / 31, (d+e+114)%31 + 1
	}
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return month, day
}

// weekTold reports whether the text has just told, earlier in the clause
// of token i, "last week", "this week" or "next week" (p.ref).
func (p *parser) weekTold(i int) bool {
	e := p.out[p.refIdx]
	if e.Mod != "" || !p.within(i, e.End, 0, 30) || strings.ContainsAny(p.text[e.End:p.toks[i].start], "\"“”") {
		return false // (not across a quotation's edge: "by next week," he said Friday)
	}
	w := strings.ToLower(e.Text)
	return strings.HasPrefix(w, "last ") || strings.HasPrefix(w, "this ") || strings.HasPrefix(w, "next ")
}

// weekdayCompounds make a weekday before them part of a thing, no day:
// "Sunday school", "the Sunday papers".
var weekdayCompounds = map[string]bool{
	"school": true, "schools": true, "paper": true, "papers": true, "best": true, "roast": true,
	"supplement": true, "supplements": true, "driver": true, "drivers": true, "league": true, "painter": true,
	"painters": true, "clothes": true, "funnies": true, "comics": true, "girl": true, "girls": true, "boy": true, "boys": true,
	"job": true, "jobs": true, "timetable": true, "timetables": true,
}

// lookedBack reports whether the weekday at token i is told as gone by:
// what has lasted since it ("in the smoker since Thursday night") or the
// day a letter or a notice was written ("thanks for your letter of
// Tuesday", "a notice dated the previous Monday").
func (p *parser) lookedBack(i int) bool {
	return p.is(i-1, "since") || p.is(i-1, "dated") && !p.writtenOut(i) || p.is(i-1, "of") && p.is(i-2, "letter", "letters", "yours", "note", "telegram", "wire", "card", "postcard")
}

// writtenOut reports whether the day at token i is written with its month
// or in figures: "dated Tuesday 8 March 1994" gives a story its day, as
// "dated the previous Monday" does not.
func (p *parser) writtenOut(i int) bool {
	for k := i; k < i+4 && k < len(p.toks); k++ {
		if p.has(k, cMonth) || p.tok(k).kind == tkNum {
			return true
		}
	}
	return false
}

// frontedPluperfect reports whether the day at token i opens its sentence,
// maybe after "on", and the clause it opens is in the pluperfect: "On
// Friday she had been at home with the wireless".
func (p *parser) frontedPluperfect(i int) bool {
	b := i
	if p.is(i-1, "on") {
		b = i - 1 // (not "By Monday morning the rain had eased": a perfect of then)
	}
	if !p.toks[b].brk {
		return false
	}
	k := i + 1
	for k < len(p.toks) && k < i+4 && (p.has(k, cPart) || p.punct(k, ",")) {
		k++ // "On Friday evening, ..."
	}
	for end := k + 5; k < end && k < len(p.toks) && p.toks[k].kind == tkWord && !p.toks[k].brk; k++ {
		if p.is(k, "had") {
			// (not a state then reached: "On Saturday morning the rain had gone")
			return !p.is(k+1, "to", "a", "an", "the", "no") && !endedStates[p.tok(k+1).low]
		}
		if p.cue(k) != 0 {
			return false // a verb of its own first: "On Tuesday evening he said he had meant"
		}
	}
	return false
}

// endedStates are participles of a state ended by a time: "had gone",
// "had stopped", "had cleared".
var endedStates = map[string]bool{"gone": true, "stopped": true, "cleared": true, "eased": true, "passed": true, "lifted": true,
	"ended": true, "subsided": true, "melted": true, "dropped": true, "finished": true}

// weekdayDate: "Friday", "Friday's", "Monday morning", "early Tuesday",
// resolved by the tense of the clause: "said Friday" is the last Friday,
// "will meet Monday" the next Monday, both counting the DCT's own day.
func (p *parser) weekdayDate(i int) phrase {
	wd, k, ok := p.weekday(i)
	if !ok {
		return phrase{}
	}
	if p.wordNotWeekday(i) {
		return phrase{}
	}
	if p.is(k, "times", "night") && p.tok(k).upper { // "Sunday Times", "Monday Night Football"
		return phrase{}
	}
	if p.nameWord(k) && !p.clauseAfter(i, k) {
		return phrase{} // part of a name: "Sunday Telegraph"
	}
	if (weekdayCompounds[p.tok(k).low] || p.hyphen(k) && weekdayCompounds[p.tok(k+1).low]) && !p.tok(k).upper {
		return phrase{} // "the Sunday school", "a Sunday roast", "a Sunday-school outing"
	}
	if p.is(i-1, "bloody", "black", "blue", "super", "mad") && p.tok(i-1).upper && !p.tok(i-1).brk {
		return phrase{} // a name: "Bloody Saturday", "Super Tuesday"
	}
	if p.is(i-1, "and", "or") && p.prev.typ == Set && p.prev.end == i-1 && strings.HasPrefix(p.prev.value, "XXXX-WXX-") && !strings.Contains(p.prev.value, "T") {
		// "every Tuesday and Thursday": each of them
		v := "XXXX-WXX-" + itoa(isoWeekday(wd))
		return phrase{begin: i, end: k, typ: Set, value: v, why: "'" + p.span(i, k) + "', every " + p.span(i, k) + " as the set before it -> " + v}
	}
	ph := phrase{begin: i, end: k, typ: Date, anchor: AnchorDCT}
	var c cal
	var why string
	if (p.is(i-1, "a", "an") && p.is(i-2, "on", "from", "than", "like", "for") && !(p.is(i-2, "on") && p.is(i-3, "fell", "falls", "fall")) || p.is(i-1, "one") || p.datedOnly(i)) && !p.tok(i).lex.plural &&
		!(p.punct(k, ",") && (p.is(k+1, "the") || p.tok(k+1).kind == tkNum || p.has(k+1, cMonth))) {
		// "walk into a trade on a Monday morning", "more from a Tuesday in
		// Wigan", "One Sunday in May he came", a letter 'dated only "Sunday
		// night"': some day of that weekday, not a date (but "fell on a
		// Thursday", "it was a Friday", "on a Sunday, the final day of
		// September" name the day)
		c = cal{g: gDay, y: unknown, n: unknown, d: unknown, wd: isoWeekday(wd)}
		if pd, k2, ok := p.partOfDay(k); ok {
			c.g, c.code, ph.typ, k = gPart, pd, Time, k2
		}
		ph.end, ph.anchor, ph.cal, ph.why = k, "", c, "'"+p.span(i, k)+"', some "+wd.String()+" -> "+c.value()
		return ph
	}
	if d := p.prev.cal.coarsen(gDay); p.is(i-1, "a") && p.punct(i-2, ",") && p.prev.end == i-2 && p.prev.value == "" && p.prev.cal.g >= gDay && d.n != unknown && d.d != unknown && (p.prev.anchor != "" || d.onWeekday(wd)) && !p.has(k, cPart) {
		// the weekday of the day just written: "It was the twelfth of
		// June, a Saturday", "at ten past five on the nineteenth of August,
		// a Saturday" (whatever year was guessed for it)
		return phrase{begin: i - 1, end: k, typ: Date, cal: d, anchor: AnchorExpr,
			why: "'" + p.span(i-1, k) + "', the weekday of the day just written -> " + d.value()}
	}
	if day, ok := p.apposedDay(k, wd); ok {
		// "on the Monday morning, the 4th of February 1974, same as always"
		c, why = day, "the day written after it, "+day.value()
		ph.anchor = ""
	} else if p.is(k, "next", "last", "this") && p.is(k+1, "week") && p.hasDCT && !p.inStoryYear(i) && !p.is(i-1, "to", "and", "or", "until", "through") {
		// "Wednesday next week", "Sunday last week": that day of the week
		// named, from the DCT's (not the end of a range the week holds,
		// "from Tuesday to Friday next week")
		w := p.dct.coarsen(gWeek).shift(uWeek, yearShift[p.tok(k).low])
		c, why, k = w.inWeek(wd), "the "+wd.String()+" of "+p.span(k, k+2)+", "+w.value(), k+2
	} else if d := p.prev.cal.coarsen(gDay); len(p.out) > 0 && p.punct(p.prev.end, ",") && (p.prev.end == i-1 || p.prev.end == i-2 && p.is(i-1, "a")) &&
		p.prev.value == "" && (p.prev.cal.g == gDay || p.prev.cal.g == gPart) && d.known() && d.onWeekday(wd) {
		// the day just written, in apposition: "on the 30th of March, a
		// Friday", "The next morning, Wednesday, Raulston denied"
		c, ph.anchor, why = d, AnchorExpr, "the day written before it, "+d.value()
	} else if w := p.prev.cal; w.g == gWeekend && w.known() && (p.tells(p.prev, cMonth) || p.prev.anchor == AnchorExpr && p.is(i-1, "the")) && (wd == time.Friday || wd == time.Saturday || wd == time.Sunday) && p.nearPrev(i, 1, 40) {
		// a day of the weekend just dated: "Would the weekend of 21 June
		// work? Friday night to Sunday afternoon.", or told of a story's
		// day: "The weekend brought the clear-up. On the Saturday"
		c, ph.anchor, why = w.inWeek(wd), AnchorExpr, "the "+wd.String()+" of the weekend just dated, "+w.value()
	} else if d := p.listDay; p.punct(k, ":") && p.listEnd > 0 && p.within(i, p.toks[p.listEnd-1].end, 8, 40) { // (a colon breaks as a sentence does)
		// the next entry of a list of days headed each by its day ("Good
		// Friday: 8am-6pm. Saturday: 8am-4pm. Sunday: closed."), or the
		// same day ("March 13: ... 9:05 p.m. Wednesday: ...")
		c, ph.anchor, why = d.weekdayFrom(wd), AnchorExpr, "the "+wd.String()+" of a list of days, from "+d.value()
	} else if day, ok := p.storyDay(i, false); ok && !p.attributed(i) {
		// a story moves forward from its last day, but for what it looks
		// back to ("a part he had ordered on Tuesday"); a letter or a
		// diary's entry tells its past week as news does ("We came in sight
		// of land on Monday")
		ph.anchor = AnchorExpr
		c, why = day.weekdayFrom(wd), "the first "+wd.String()+" from the last date, "+day.value()
		if e := p.eventDay; e.g == gDay && weekdayOf(e.date()) == wd && e.inWeekBefore(day) {
			// the day of the event the story dated its day from: "three
			// days after Colonel Ashby died ... began to put Sunday back together"
			c, why = e, "the day of the event the story's day was dated from, "+e.value()
		} else if d := p.weekDays[wd]; p.is(i-1, "the") && d.known() && weekdayOf(day.date()) != wd && abs(int(d.date().Sub(day.date()).Hours()/24)) <= 21 &&
			!(p.prev.cal.g == gWeek && p.nearPrev(i, 0, 40)) {
			// the day written out with its weekday: "turns seventy on
			// Saturday 22 March ... They can only do the Saturday" (not a
			// day of a week just told: "next week instead, on the Wednesday")
			c, why = d, "the "+wd.String()+" written out before, "+d.value()
		} else if weekdayOf(day.date()) != wd && p.awaited() && p.tense(i, k) <= 0 {
			// a story's day is before the one it awaits: "completion will
			// take place on Friday 10 March. It is a little after nine on
			// Thursday evening"
			c, why = day.weekdayBefore(wd), "the "+wd.String()+" before the day awaited, "+day.value()
		} else if p.is(i-1, "the") && weekdayOf(day.date()) == wd {
			why = "the story's day itself, " + day.value() // "We'd been to the pictures on the Saturday afternoon"
		} else if p.inEntry(i) && p.tense(i, k) < 0 && !p.datelineAt(i) && !p.hourHead(i, k) {
			c, why = p.weekdayNear(day, "the day written at the head", wd, i, k)
		} else if p.pluperfect(i) || p.lookedBack(i) || p.frontedPluperfect(i) || (p.quoted(i) || p.storyNow) && p.tense(i, k) < 0 && !p.datelineAt(i) {
			// (and a story told in the present looks back in the past: "On
			// Saturday she stood on the Alexanderplatz")
			// ('"He was fine Wednesday," Tom said' on a Friday)
			c = day.weekdayBefore(wd)
			why = "the " + wd.String() + " before the last date, " + day.value()
		}
	} else if d := p.ref; p.is(i-1, "the") && p.refIdx >= 0 && d.g >= gDay && d.known() && d.coarsen(gDay) == p.lastDay.coarsen(gDay) && p.recentRef(i) && (int(wd)-int(weekdayOf(d.date()))+7)%7 <= 2 {
		// "the Sunday" a day or two after a day news has just told is the
		// first such from it: "left at 9.40 p.m. on Saturday 14 February ...
		// ashore at 3 a.m. on the Sunday"
		d = d.coarsen(gDay)
		c, ph.anchor, why = d.weekdayFrom(wd), AnchorExpr, "the first "+wd.String()+" from the day just told, "+d.value()
	} else if _, ok := p.storyYear(i); ok && p.ref.g == gMonth && p.ref.known() {
		// a story that has told a month but no day yet ("over two days in
		// April 1862 ... on Sunday"): the first such weekday of the month
		ph.anchor = AnchorExpr
		c = cal{g: gDay, y: p.ref.y, n: p.ref.n, d: 1}.weekdayFrom(wd)
		why = "the first " + wd.String() + " of the story's month, " + p.ref.value()
	} else if w := p.ref; p.is(i-1, "the", "that") && w.g == gWeek && w.known() && w.y < p.dct.y-1 && p.refIdx >= 0 {
		// "the Thursday" of a week of long ago just told ("thirty years ago
		// this week ... that week ... I came on at nine on the Thursday")
		c = w.inWeek(wd)
		ph.anchor, why = AnchorExpr, "the "+wd.String()+" of the week told, "+w.value()
	} else if y, ok := p.storyYear(i); ok && p.ref.g < gMonth && y < p.dct.y-1 && y > 1582 && p.is(i-1, "the", "that") {
		// a story told only by its year or season ("in the winter of
		// 1955-56 ... on the Friday before Thanksgiving"): a Friday of no
		// known week, not the DCT's, which would make the text news (but
		// "retired in 1964. He died Friday" is news)
		c = cal{g: gDay, y: unknown, n: unknown, d: unknown, wd: isoWeekday(wd)}
		ph.anchor, why = "", "a "+wd.String()+" of the story, "+strconv.Itoa(y)+", in no week it tells"
	} else if d := p.weekDays[wd]; d.known() && d.y == p.dct.y && !p.is(i-1, "said", "says", "told", "last", "next", "this", "that", "every", "each") && !p.is(k, "'") &&
		p.tense(i, k)*int(d.date().Compare(p.dct.date())) >= 0 {
		// a day news wrote out with its weekday before: "from Friday, Aug. 9,
		// through Sunday, Aug. 11 ... will close the festival on Sunday night"
		c, ph.anchor, why = d, AnchorExpr, "the "+wd.String()+" written out before, "+d.value()
	} else if d, ok := p.weekWrittenAhead(wd, i); ok && !p.is(i-1, "said", "says", "told", "last", "next", "this", "that", "every", "each") && !p.is(k, "'") && p.tense(i, k) >= 0 {
		// a day after the day ahead its sentence wrote out: "Gates open at
		// noon on Friday, July 26, and the last act finishes at 10.30pm on Sunday"
		c, ph.anchor, why = d, AnchorExpr, "the "+wd.String()+" after the day ahead its sentence wrote out"
	} else if d := p.pastDays[wd]; d.g == gDay && p.dayHead(i, k) {
		// a timeline's entry headed by its day and hour, of a day the news
		// has told gone by: "trapped on Monday night ... Monday, 9:40 p.m. A
		// section of roof collapses"
		c, ph.anchor, why = d, AnchorExpr, "the "+wd.String()+" the text told gone by, "+d.value()
	} else if l := p.lastDay.coarsen(gDay); l.g == gDay && l.inWeekBefore(p.dct) && p.dayHead(i, k) && p.pastDays != [7]cal{} && l.weekdayFrom(wd).date().Before(p.dct.date()) {
		// and the days after it, still gone by: "Sunday afternoon - ...
		// \n\nMonday, 11.15am - Spratt is arrested" told on the Tuesday
		c, ph.anchor, why = l.weekdayFrom(wd), AnchorExpr, "a day of a timeline of days gone by, from "+l.value()
	} else if p.hasDCT && p.inPastList(i) {
		// a list of days gone by that a narrator has opened ("Here is how
		// the week went ...\nMonday: Vienna to Budapest"): its first day the
		// last such before the DCT, the next on from the one before
		if d := p.listPast; d.g == gDay {
			c, ph.anchor, why = d.weekdayFrom(wd), AnchorExpr, "the next day of a list of days gone by, after "+d.value()
		} else {
			c, why = p.dct.weekdayBefore(wd), "the first day of a list of days gone by, before the DCT"
		}
	} else if past, ok := p.agendaHead(i); ok && p.hasDCT && (!past || p.listAhead(i)) {
		// a list of the days ahead, each headed by its day ("THE WEEK
		// AHEAD ... Wednesday: The Treasury releases", a forecast's
		// "Friday: Breezy and cooler"): the day on or after the DCT, and
		// on from the list's last day ahead whatever an entry tells in
		// ("Tuesday: ... will brief ... Wednesday: Unison has called a protest")
		c, why = p.dct.weekdayFrom(wd), "a list's day ahead of the DCT"
		if last := p.lastDay.coarsen(gDay); !past && last.g == gDay && last.known() && last.date().After(p.dct.date()) &&
			(c == p.dct.coarsen(gDay) && weekdayOf(last.date().AddDate(0, 0, 1)) == wd || p.dayRangeMark(i-1) && p.has(i-2, cWeekday)) {
			// the list goes on from the day before: a forecast's "Saturday: ...
			// Sunday: ..." told on a Sunday ends on the next one; its "Friday
			// to Sunday:" ends after its Friday
			c, why = last.weekdayFrom(wd), "the list's next day ahead, after "+last.value()
		}
		if past {
			c, why = p.lastDay.coarsen(gDay).weekdayFrom(wd), "the list's next day ahead, after "+p.lastDay.coarsen(gDay).value()
		}
	} else if w := p.ref; p.is(i-1, "on") && w.g == gWeek && w.known() && p.weekTold(i) {
		// a day of the week the sentence has told: "Last week I sat in
		// traffic for 40 minutes on Wednesday"
		c = w.inWeek(wd)
		ph.anchor, why = AnchorExpr, "the "+wd.String()+" of the week just told, "+w.value()
	} else if d, ok := p.dayAhead(k); ok {
		// a day of long ago the sentence goes on to write: "It had rained
		// since Saturday, and by the evening of Sunday, 3 November 1839"
		c, ph.anchor, why = d.weekdayFrom(wd), AnchorExpr, "the "+wd.String()+" nearest the day written after it, "+d.value()
		if c.date().Sub(d.date()) > 3*24*time.Hour {
			c = d.weekdayBefore(wd)
		}
	} else if d, ok := p.dayOfSaying(i); ok && p.tense(i, k) > 0 {
		// what was to come on the day of a sentence told days before the
		// DCT: "Saturday night: Forecasters upgraded a warning at 9:40
		// p.m., warning of storms from 4 a.m. on Sunday"
		c, why = p.weekdayNear(d, "the day told before it", wd, i, k)
		ph.anchor = AnchorExpr
	} else if e := p.eventDay; e.g == gDay && e.inWeekBefore(p.dct) && !e.weekdayFrom(wd).date().After(p.dct.date()) && (p.hourHead(i, k) || p.tense(i, k) < 0 && weekdayOf(e.date()) == wd) {
		// the day of the event news dated itself from, or a day after it
		// heading a timeline's entry: "Two days after fire swept through the
		// Carousel nightclub ... Saturday, 8:00 p.m. ... Sunday, 12:47 a.m."
		c, ph.anchor, why = e.weekdayFrom(wd), AnchorExpr, "from the day of the event the news was dated from, "+e.value()
	} else {
		c, why = p.resolveWeekday(wd, i, k)
		if !p.hasDCT {
			ph.anchor = ""
		}
	}
	part, k2, hasPart := p.partOfDay(k)
	if hasPart {
		k = k2
	}
	if !hasPart && p.is(k, "week") && (p.tok(k+1).kind == tkPunct || p.is(k+1, "and", "with", "at", "when")) {
		// British "on Tuesday week": a week after the coming Tuesday
		var base cal
		base, ph.anchor = p.dayAtHand(i)
		c = dayOf(base.weekdayFrom(wd).date().AddDate(0, 0, 7))
		why, k = "a week after the "+wd.String()+" from "+base.coarsen(gDay).value(), k+1
	}
	if p.is(k, "last") && (p.tok(k+1).kind == tkPunct || p.tok(k+1).brk) {
		// an old-fashioned "on Sunday morning last", "Thursday last": the
		// one before the day at hand
		var base cal
		base, ph.anchor = p.dayAtHand(i)
		c = base.weekdayBefore(wd)
		why, k = "the "+wd.String()+" before "+base.coarsen(gDay).value(), k+1
	}
	ph.end = k
	if hasPart {
		c.g, c.code, ph.typ = gPart, part, Time
	} else if end, hh, mm, ok := p.clockAfter(k); ok && c.g == gDay && (p.punct(k, ",") && p.stampStart(i) || p.tok(k).kind == tkNum && p.punct(k+1, ":") && p.glued(k+1)) {
		// a timeline's entry: "Monday, 9.45pm: A second leak", "- Sunday,
		// 11.40pm:"; a bulletin's "Next bulletin: Thursday 07:00"
		c.g, c.hh, c.mm, ph.end, ph.typ = gMinute, hh, mm, end, Time
	}
	ph.cal, ph.why = c, "'"+p.span(i, ph.end)+"', "+why+" -> "+c.value()
	return ph
}

// dayOfSaying is the day of a time the sentence of token i has told
// before it, with its day ("Saturday night: Forecasters upgraded a warning
// at 9:40 p.m."), or of the timeline's entry it is in, within the week
// before the DCT: a future told then is from that day.
func (p *parser) dayOfSaying(i int) (cal, bool) {
	if e := p.entryAt; p.hasDCT && p.entryEnd > 0 && e.g == gMinute && e.known() && e.coarsen(gDay).inWeekBefore(p.dct) &&
		p.within(i, p.entryEnd, 4, 120) && !strings.Contains(p.text[p.entryEnd:p.toks[i].start], "\n") {
		// or the day of the timeline's entry it is in: "Thursday, 10 a.m. —
		// ... 7 p.m. — ... Schools announce they will close on Friday"
		return e.coarsen(gDay), true
	}
	d := p.prev.cal.coarsen(gDay)
	if !p.hasDCT || p.prev.value != "" || p.prev.cal.g < gPart || !d.known() || p.prev.end == 0 || p.crossesSentence(p.prev.end-1, i) {
		return cal{}, false
	}
	if !d.inWeekBefore(p.dct) {
		return cal{}, false
	}
	for k := p.prev.end - 1; k >= 0 && k >= p.prev.end-40; k-- {
		if p.has(k, cWeekday) || p.is(k, "yesterday", "today", "tonight") {
			return d, true
		}
		if p.toks[k].brk && !p.punct(k-1, ":") { // (a label heads the sentence: "Saturday night: Forecasters")
			break
		}
	}
	return cal{}, false
}

// dayAhead is a day of long ago (more than a year before the DCT) that the
// sentence of token k goes on to tell as its time, within twelve tokens,
// written with its year, when the text has told no time before.
func (p *parser) dayAhead(k int) (cal, bool) {
	if len(p.out) > 0 || !p.hasDCT {
		return cal{}, false
	}
	for e := k + 12; k < e && k < len(p.toks) && !p.toks[k].brk; k++ {
		if !p.has(k, cMonth|cWeekday) && p.tok(k).kind != tkNum || !p.is(k-1, "on", "by", "until", "till", "since", "before", "after") && !(p.is(k-1, "of") && p.has(k-2, cPart)) {
			continue // (told as the clause's time, not a thing's: "50 years since the quake of July 26, 1963")
		}
		if d := p.longest(k, []func(*parser, int) phrase{(*parser).monthDate, (*parser).dayMonth}); d.ok() && d.anchor == "" && d.cal.g == gDay && d.cal.known() && d.cal.y < p.dct.y-1 {
			return d.cal, true
		}
	}
	return cal{}, false
}

// apposedDay is the day written after a weekday that ends at token k (and
// its part of the day, "the Monday morning, the 4th of February 1974"),
// when it falls on that weekday.
func (p *parser) apposedDay(k int, wd time.Weekday) (cal, bool) {
	if _, k2, ok := p.partOfDay(k); ok {
		k = k2
	}
	if !p.punct(k, ",") {
		return cal{}, false
	}
	d := p.monthDate(k + 1)
	for _, e := range [...]phrase{p.dayMonth(k + 1), p.numericDate(k + 1)} {
		if e.end > d.end {
			d = e
		}
	}
	c := d.cal
	return c, d.ok() && d.typ == Date && d.value == "" && c.g == gDay && c.known() && weekdayOf(c.date()) == wd
}

// weekWrittenAhead is the day of weekday wd in the six days after the day
// ahead of the DCT that the sentence of token i has just written out with
// its weekday and month.
func (p *parser) weekWrittenAhead(wd time.Weekday, i int) (cal, bool) {
	d := p.prev.cal.coarsen(gDay)
	if len(p.out) == 0 || p.prev.value != "" || d.g != gDay || !d.known() || !d.date().After(p.dct.date()) || weekdayOf(d.date()) == wd ||
		!p.tells(p.prev, cWeekday) || !p.tells(p.prev, cMonth) || p.crossesSentence(p.prev.end-1, i) {
		return cal{}, false
	}
	return d.weekdayFrom(wd), true
}

// listAhead reports whether the last day the text told, a few lines
// before token i, is ahead of the DCT.
func (p *parser) listAhead(i int) bool {
	d := p.lastDay
	return d.g >= gDay && d.known() && p.dayEnd > 0 && d.date().After(p.dct.date()) && p.within(i, p.toks[p.dayEnd-1].end, 8, 400) &&
		!p.bound(p.dayBegin) // (not a bound an entry told: "would remain closed until at least Sunday.\nWednesday: The RAIB opened its inquiry")
}

// inPastList reports whether the day at token i heads an entry of a list
// of days gone by: one a narrator has opened (see narratedBefore), or the
// next after one (see listPast).
func (p *parser) inPastList(i int) bool {
	_, ok := p.agendaHead(i)
	return ok && (p.listPast.g == gDay || p.narratedBefore(i))
}

// narratedBefore reports whether the sentence before the line of token i
// is a narrator's in the past: "Here is how the week went, more or less as
// I typed it into my phone" before a list of the week's days, or a news
// timeline's "How the search unfolded:". (A forecast's "based on our
// guidance" is no narrator's.)
func (p *parser) narratedBefore(i int) bool {
	for i > 0 && !p.lineStart(i) {
		i--
	}
	past, teller := false, false
	for k := i - 1; k >= 0; k-- {
		past = past || p.cue(k) == cuePast
		teller = teller || p.is(k, "i", "we", "how")
		if p.toks[k].brk {
			break // (the sentence's first word)
		}
	}
	return past && teller
}

// dayOfMonth reports whether token k is the day of a month written with a
// weekday, not an hour: "10 June", "June 10", "12th".
func (p *parser) dayOfMonth(k int) bool {
	t := p.tok(k)
	if t.kind == tkWord {
		return p.glued(k) && p.tok(k-1).kind == tkNum && p.is(k, "st", "nd", "rd", "th")
	}
	return t.kind == tkNum && len(t.low) <= 2 && (p.has(k+1, cMonth) || p.has(k-1, cMonth) || p.is(k+1, "st", "nd", "rd", "th") && p.glued(k+1))
}

// agendaHead reports whether the weekday at token i heads an entry of a
// list of days ("Friday: Breezy and cooler", "Wednesday and Thursday:
// Partly cloudy", "Monday" on a line of its own), and whether the entry's
// first sentence tells of its days in the past.
func (p *parser) agendaHead(i int) (past, ok bool) {
	b := i
	for b > 0 && i-b < 4 && !p.lineStart(b) {
		b--
	}
	if !p.lineStart(b) {
		return false, false
	}
	if p.is(b, "day") && p.counted(b+1) && p.tok(b+2).kind == tkPunct {
		b += 3 // a journey's count of its days: "Day 2, Sunday: Camp to Annascaul", "Day Two - Tuesday"
	}
	k := b
	for ; k < b+6 && !p.punct(k, ":") && !(k > b && p.lineStart(k)); k++ {
		if h := p.holiday(k); h.ok() && k > b {
			k = h.end - 1 // "Tuesday, St. Patrick's Day:"
			continue
		}
		if !p.has(k, cWeekday|cPart) && !p.is(k, "and") && !p.punct(k, ",") && !(p.dayRangeMark(k) && k > b) &&
			!(k > b && (p.has(k, cMonth) || p.dayOfMonth(k))) { // ("Saturday 10 June:", "Monday 12th:")
			return false, false
		}
	}
	if p.punct(k, ":") {
		k++
	} else if k == b || !p.lineStart(k) {
		return false, false // (a heading "Monday" alone on its line heads one too)
	}
	// the entry's first sentence tells its way
	for start := k; k < len(p.toks) && k < b+200 && (k == start || !p.toks[k].brk && !p.lineStart(k)); k++ {
		if p.cue(k) == cuePast && !p.hyphen(k-1) && !p.hyphen(k+1) { // (not "split-adjusted")
			return true, true
		}
	}
	return false, true
}

// datedOnly reports whether the weekday at token i is quoted as all a
// paper was dated with: 'a letter dated only "Sunday night"'.
func (p *parser) datedOnly(i int) bool {
	k := i - 1
	if !isQuote(p.tok(k).low) {
		return false
	}
	if p.is(k-1, "only", "just", "simply") {
		k--
	}
	return p.is(k-1, "dated", "headed", "marked")
}

// dayRangeMark reports whether token k joins two days of a range: "Friday to
// Sunday", "Friday–Sunday".
func (p *parser) dayRangeMark(k int) bool {
	return p.is(k, "to", "through") || p.punct(k, "-") || p.punct(k, "–")
}

// partOf: "the night of 31 August 1854", "the afternoon of Wednesday 5
// March 1924": a part of a day the text names. An overnight one takes its
// first day: "the night of 21/22 May".
func (p *parser) partOf(i int) phrase {
	t := p.tok(i + 1)
	if !p.is(i, "the") || !p.has(i+1, cPart) || t.lex.plural || t.low == "overnight" || !p.is(i+2, "of") {
		return phrase{}
	}
	k, first := i+3, 0
	if p.tok(k).kind == tkNum && p.punct(k+1, "/") && p.tok(k+2).kind == tkNum && p.glued(k+1) && p.glued(k+2) {
		first, k = p.tok(k).num, k+2
	}
	d := p.calendar(k)
	if !d.ok() || d.value != "" || d.typ != Date || d.cal.g != gDay {
		return phrase{}
	}
	c := d.cal
	if first > 0 {
		if first != c.d-1 {
			return phrase{}
		}
		c.d = first
	}
	c.g, c.code = gPart, t.lex.code
	return phrase{begin: i, end: d.end, typ: Time, cal: c, anchor: d.anchor,
		why: "'" + p.span(i, d.end) + "', the " + t.low + " of " + d.why + " -> " + c.value()}
}

// wordNotWeekday reports whether an abbreviation that is also a word
// ("Sun" the company, "Sat" the verb) stands alone at i: as a weekday it
// takes a period ("Sun.") or a date after a comma ("Sun, Oct. 22").
func (p *parser) wordNotWeekday(i int) bool {
	switch p.tok(i).low {
	case "sun", "sat", "mon", "wed":
		return !p.punct(i+1, ".") && !(p.punct(i+1, ",") && (p.has(i+2, cMonth) || p.tok(i+2).kind == tkNum))
	}
	return false
}

// partOfDay parses "morning", "night" after a day name.
func (p *parser) partOfDay(i int) (string, int, bool) {
	t := p.tok(i)
	if t.lex != nil && t.lex.class&cPart != 0 && !t.lex.plural && t.low != "overnight" {
		return t.lex.code, i + 1, true
	}
	return "", i, false
}

// resolveWeekday finds the date of a weekday near the DCT, by the tense
// of the clause of tokens [i, j).
func (p *parser) resolveWeekday(wd time.Weekday, i, j int) (cal, string) {
	if !p.hasDCT {
		return cal{g: gDay, y: unknown, n: unknown, d: unknown, wd: isoWeekday(wd)}, "no DCT"
	}
	return p.weekdayNear(p.dct, "DCT", wd, i, j)
}

// weekdayNear is weekday wd nearest day base (named what) in the direction
// of the tense of the clause at tokens [i, j).
func (p *parser) weekdayNear(base cal, what string, wd time.Weekday, i, j int) (cal, string) {
	d := base.date()
	diff := int(wd - weekdayOf(d))
	what += " is " + weekdayOf(d).String() + " " + base.coarsen(gDay).value()
	tense := p.tense(i, j)
	switch {
	case diff == 0:
		return base.coarsen(gDay), what + ": the same day"
	case tense > 0:
		if diff < 0 {
			diff += 7
		}
		return dayOf(d.AddDate(0, 0, diff)), "future tense, " + what
	}
	if diff > 0 {
		diff -= 7
	}
	if tense == 0 && diff < -4 {
		// no tense: the nearer one ("the men's semifinals Thursday
		// evening" on a Wednesday is the next day)
		return dayOf(d.AddDate(0, 0, diff+7)), "no tense: the nearest, " + what
	}
	return dayOf(d.AddDate(0, 0, diff)), "past tense, " + what
}

// attributed reports whether the weekday at token i dates a quotation
// just closed, as news does: '"... was a lake," she said on Thursday'.
// That is the day of the reporting, whatever day the story before it
// was at.
func (p *parser) attributed(i int) bool {
	k := i - 1
	if p.is(k, "on") {
		k--
	}
	if !p.hasDCT || !p.is(k, speechVerbs...) {
		return false
	}
	for j := k - 1; j >= k-3 && j >= 0; j-- {
		if isQuote(p.toks[j].low) {
			return true
		}
	}
	return false
}

// whichWas is the year that a relative clause after the time ending at
// token j gives it: "The summer I turned ten, which was 1958".
func (p *parser) whichWas(j int) (int, bool) {
	for k := j; k < j+8 && k < len(p.toks) && !p.toks[k].brk; k++ {
		if p.punct(k, ",") {
			if p.is(k+1, "which", "that") && p.is(k+2, "was") && p.tok(k+3).kind == tkNum && p.isYear(k+3) && !p.punct(k+4, "s") {
				return p.tok(k + 3).num, true
			}
			return 0, false
		}
	}
	return 0, false
}

// newsDateline reports whether the day at tokens [i, j) is news's dateline
// after its place, opening a line: "LONDON, Nov 9 - The Court of Appeal",
// "WASHINGTON, Oct. 3 (Reuters) -".
func (p *parser) newsDateline(i, j int) bool {
	k := i - 1
	if !p.punct(k, ",") || !p.capitals(k-1) {
		return false
	}
	for k--; k > 0 && !p.lineStart(k) && p.tok(k-1).kind == tkWord && p.capitals(k-1); k-- {
	}
	return p.lineStart(k) && (p.punct(j, "-") || p.punct(j, "–") || p.punct(j, "—") || p.punct(j, "--") || p.punct(j, "("))
}

// inferYear picks the year of a month, day or season at tokens [i, j)
// given without one, and says what it was anchored to and why. A story
// that has just told a date in another year than the DCT's goes on in that
// year ("In 1863 ... On July 1"; see storyYear). Otherwise it is the DCT's
// year, unless that puts the date well on the wrong side of the DCT for the
// tense of the clause (a past event three months or more after the DCT is
// last year's), or, with no tense, more than four and a half months ahead
// or seven and a half behind: news tells of the past more, and further
// back, than of the future. Without a DCT, it is the last year the text
// wrote out ("In 1990 ... On June 3").
func (p *parser) inferYear(c cal, i, j int) (int, string, string) {
	if p.is(i-1, "one") && c.g <= gMonth {
		return unknown, "", "some one of no year told" // "the notebook I carried through Chile one January"
	}
	if y, ok := p.whichWas(j); ok {
		return y, "", "no year given: the year a clause after it gives, " + strconv.Itoa(y)
	}
	if p.hasDCT && p.newsDateline(i, j) {
		y := p.yearAround(c, p.dct, i, j)
		return y, AnchorDCT, "no year given: a news dateline's, around the DCT, " + strconv.Itoa(y)
	}
	if y, anchor, ok := p.yearOwning(i); ok {
		return y, anchor, "no year given: the year it is of, " + strconv.Itoa(y)
	}
	if !p.dayLine && p.inStoryYear(i) && p.writersPresent(i) || p.habitual(i) {
		return unknown, "", "no year: what is so every year in the writer's present"
	}
	if c.g == gMonth && p.hasDCT && p.is(j, "delivery", "futures", "contract", "contracts") {
		// a commodity's month of delivery is still to come: "Crude oil for
		// January delivery rose" told in November
		y := p.dct.y + btoi(c.n < p.dct.n) // (the month of the DCT is still traded in it)
		return y, AnchorDCT, "no year given: the next such month from the DCT's, for delivery, " + strconv.Itoa(y)
	}
	if y, ok := p.storyYear(i); ok {
		if b := i - btoi(p.has(i-1, cWeekday)); p.entryDay.g >= gDay && p.entryDay.known() && c.g >= gMonth && c.n != unknown && p.lineStart(b) && (p.entryHeadAt(b) || p.datelineAt(b)) {
			d := p.entryDay
			// a diary's next entry goes on from the last, whatever year its
			// entry looked back to ("against 231 on 7 May last year. \n\n14 May.")
			y := d.y + btoi(c.n < d.coarsen(gMonth).n)
			return y, AnchorExpr, "no year given: a diary's, going on from the last entry's day, " + strconv.Itoa(y)
		}
		if p.inEntry(i) {
			// a letter's or a diary's months are around its day, as news's are
			// around the DCT ("They tell me it will not break up until April")
			y := p.yearAround(c, p.lastDay, i, j)
			return y, AnchorExpr, "no year given: the year around the day written at the head, " + strconv.Itoa(y)
		}
		// the month of the date just told (of a week told, the month it is in)
		r, rn := p.ref, unknown
		if r.g >= gMonth && r.known() {
			rn = r.coarsen(gMonth).n
		}
		months := r.y == y && rn != unknown && c.g >= gMonth && c.n != unknown
		if months && c.n > rn && p.since(i) {
			// "in March ... who had not read aloud since September"
			return y - 1, AnchorExpr, "no year given: the last one before the date just told, after 'since'"
		}
		if r.y == y && p.winterMonth(c) && p.recentRef(i) {
			// "The winter of 1971-72 was brutal ... in January"
			return y + 1, AnchorExpr, "no year given: in the winter just told, " + strconv.Itoa(y+1)
		}
		if months && rn-c.n >= 7 && p.within(i, p.out[p.refIdx].End, 12, 600) && !p.pluperfect(i) && !p.quoted(i) {
			// a story goes on into the next year: "at Christmas 1890 ... in
			// late January" is January 1891
			return y + 1, AnchorExpr, "no year given: the year after the date just told, " + strconv.Itoa(y+1)
		}
		if months && c.n-rn >= 10 && p.recentRef(i) && p.tense(i, j) < 0 && !p.quoted(i) {
			// and looks back over the new year: "By early January the
			// columns were destroyed; the assault in mid-December was
			// repulsed" is the December before
			return y - 1, AnchorExpr, "no year given: the year before the date just told, " + strconv.Itoa(y-1)
		}
		return y, AnchorExpr, "no year given: the year of the date just told, " + strconv.Itoa(y)
	}
	if !p.hasDCT {
		return p.textYear, "", "no year given: the year the text last wrote out"
	}
	if y, ok := p.sentenceYear(i); ok {
		return y, AnchorExpr, "no year given: the year the sentence is in, " + strconv.Itoa(y)
	}
	if y := p.headYear; y != 0 && p.ref.y == y && p.ref.g >= gYear {
		// the year a heading gave its section: "Spring term 2012\nSchools
		// reopen on Tuesday 3 January. The February half-term is 13-17 February"
		return y, AnchorExpr, "no year given: the year of the section's heading, " + strconv.Itoa(y)
	}
	if c.g == gMonth && p.is(i-1, "to") && p.has(i-2, cUnit) && p.tense(i, j) < 0 && !p.sentenceHas(i, "will", "next", "due") {
		// the end of a figure's period, the last such month: "4.4 per cent
		// in the year to March", "in the three months to June"
		return p.dct.y - btoi(c.n > p.dct.n), AnchorDCT, "no year given: the last one, ending the period of a figure"
	}
	if p.withinRef(c, i) && p.prev.value != "PRESENT_REF" { // (not after "the current spell")
		return p.ref.y + btoi(p.winterMonth(c)), AnchorExpr, "no year given: within the period just told, " + p.ref.value()
	}
	if p.since(i) && p.begunAfter(c, daysAround(c, p.dct)) {
		return p.dct.y - 1, AnchorDCT, "no year given: the last one before the DCT, after 'since'"
	}
	if y, ok := p.toldBefore(c); ok && (abs(y-p.dct.y) <= 1 || p.tense(i, j) < 0) {
		// (not one of years ago when the clause looks ahead: "introduced on
		// 6 April 2016 ... From 6 April, the guarantee rises")
		return y, AnchorDCT, "no year given: the year of the same day told before, " + strconv.Itoa(y)
	}
	if prev := p.lineDay; p.lineStart(i) && p.prev.end > 0 && p.prev.value == "" && p.prev.cal.g == gDay && prev.g == gDay && prev.known() && c.g == gDay &&
		p.within(i, p.toks[p.prev.end-1].end, 1, 40) && !strings.Contains(p.text[p.lineDayAt:p.toks[p.prev.begin].start], "\n") {
		// a list of days goes on from the last: "September 28 - Dublin",
		// then "September 30 - Belfast" on the next line (and "July 3-25 -
		// Tour de France" from its line's first day, then "Aug. 29")
		y := prev.y + btoi(c.n < prev.n || c.n == prev.n && c.d < prev.d)
		return y, AnchorExpr, "no year given: the list's, going on from " + prev.value()
	}
	if c.g == gDay && p.is(i-2, "it") && p.is(i-1, "was") && daysAround(c, p.dct) > 0 && p.untoldFirst() {
		// a story opening on a day told in the past that would be after the
		// DCT in its year ("It was the twenty-first of December" told on
		// the 18th) is of a year it does not tell (see untoldFrom)
		return p.dct.y + untoldMonthDay, AnchorDCT, "no year given: a story's past, of a year it does not tell"
	}
	if c.g == gDay && p.punct(i-1, ",") && !p.lineStart(i) && p.dateline(i, j) {
		// a letter's day, alone on its line after the place it was written
		// at ("Skipton, 9 January"), was before the text was published (a
		// listing's "Friday 3 May" heads a day to come)
		return p.dct.y - btoi(daysAround(c, p.dct) > 0), AnchorDCT, "no year given: a dateline's, the last such day by the DCT"
	}
	return p.yearAround(c, p.dct, i, j), AnchorDCT, "no year given: the year around the DCT"
}

// sentenceHas reports whether the sentence of token i has one of the
// words ws outside quotation marks.
func (p *parser) sentenceHas(i int, ws ...string) bool {
	b := i
	for b > 0 && !p.toks[b].brk {
		b--
	}
	for k := b; k < len(p.toks) && (k == b || !p.toks[k].brk); k++ {
		if p.is(k, ws...) && !p.quoted(k) {
			return true
		}
	}
	return false
}

// toldBefore is the year of day c (its month and day told) when the text
// has told that day before with its year: a list of a tour's dates after
// "The tour opens at Dublin's 3Arena on September 28" repeats that day.
func (p *parser) toldBefore(c cal) (int, bool) {
	if c.g != gDay || c.n == unknown || c.d == unknown {
		return 0, false
	}
	two := func(s string) int { return int(s[0]-'0')*10 + int(s[1]-'0') }
	for k := len(p.out) - 1; k >= 0 && k >= len(p.out)-64; k-- { // (the last few dozen: long text stays linear)
		if v := p.out[k].Value; p.out[k].Type == Date && len(v) == 10 && v[4] == '-' && v[7] == '-' && v[0] != 'X' && two(v[5:]) == c.n && two(v[8:]) == c.d {
			y, err := strconv.Atoi(v[:4])
			return y, err == nil
		}
	}
	return 0, false
}

// clauseOf is the clause of token i: from the sentence's start or a "; "
// or ", and" to its end.
func (p *parser) clauseOf(i int) (s, e int) {
	s, e = i, i
	for s > 0 && i-s < 40 && !p.toks[s].brk && !p.punct(s-1, ";") && !(p.punct(s-1, ",") && p.is(s, "and", "but")) {
		s--
	}
	for e+1 < len(p.toks) && e-i < 40 && !p.toks[e+1].brk && !p.punct(e+1, ";") && !(p.punct(e+1, ",") && p.is(e+2, "and", "but")) {
		e++
	}
	return s, e
}

// habitual reports whether the clause of token i tells, in the present,
// what happens every year: "The winter rains usually arrive in May", "the
// locks close each year from Jan. 15 to March 25", "The hurricane season
// runs from June 1 to Nov. 30".
func (p *parser) habitual(i int) bool {
	for k := i - 1; k >= 0 && k >= i-8 && !p.toks[k+1].brk && !p.is(k, "now", "is", "are", "but"); k-- {
		if p.is(k, "used") && p.is(k+1, "to") && p.tok(k+2).kind == tkWord && !p.is(k-1, "is", "are", "was", "were", "be", "been", "get", "got") {
			return true // a habit of the past: "Birds that used to turn up in mid-April"
		}
	}
	often := false // (the adverb is near the time: "The winter rains usually arrive")
	for k := max(i-10, 0); k < len(p.toks) && k <= i+6 && !often; k++ {
		often = (p.is(k, "usually", "typically", "normally", "generally", "traditionally", "customarily", "annually", "routinely") ||
			p.is(k, "each", "every") && p.is(k+1, "year") && !(p.is(k+2, "on", "in") && k+3 == i) || // (but "every year on 6 March" is one set)
			p.is(k, "runs", "lasts") && p.is(k-1, "season", "seasons", "shower") && p.is(k+1, "from", "between") ||
			p.is(k, "is", "are") && p.is(k+1, "kept", "celebrated", "commemorated", "observed", "marked") ||
			p.is(k, "feast") && (p.is(k+1, "is") || p.is(k+1, "day") && p.is(k+2, "is"))) && !p.crossesSentence(k, i) // ("his feast day is 11 February")
	}
	if !often {
		return false
	}
	s, e := p.clauseOf(i)
	for k := s; k <= e && often; k++ {
		often = (p.cue(k) != cuePast || p.is(k-1, "is", "are")) && !p.is(k, "will", "would", "shall", "next", "last")
	}
	return often
}

// writersPresent reports whether the sentence of token i tells, in the
// present, of the writer's time, not the story's (which a diary's present
// is, so it is not asked there): it has "now" or
// "today", or follows a sentence opened by "Today", and a present verb and
// no past one ("Today the canal carries pleasure boats. It is open from
// May to September", "23 October is now a national holiday").
func (p *parser) writersPresent(i int) bool {
	s, e := p.clauseOf(i)
	now, present := false, false
	for k := s; k <= e; k++ {
		switch {
		case p.cue(k) == cuePast && !p.is(k-1, "is", "are", "still", "be", "being"):
			return false // (not a present passive: "are still operated by hand")
		case p.is(k, "now", "nowadays") || p.is(k, "today") && !p.is(k+1, "'"):
			now = true
		case p.is(k, "is", "are", "remains", "remain"):
			present = true
		}
	}
	if !now && s > 0 && p.toks[s].brk {
		// the sentence before opens with "Today"
		b := s - 1
		for b > 0 && s-b < 40 && !p.toks[b].brk {
			b--
		}
		now = p.is(b, "today", "nowadays")
	}
	return now && present
}

// yearAround is the year of c nearest day base: base's own, unless that
// puts c well on the wrong side of it for the tense of the clause at [i, j)
// (see inferYear).
func (p *parser) yearAround(c cal, base cal, i, j int) int {
	diff := daysAround(c, base)
	// (a diary's heading has no tense: "Feb. 14\nValentine's Day, spent demolishing the kitchen")
	if diff > 14 && c.g >= gDay && p.cue(i-1) == cuePast && !p.is(i-1, "set", "scheduled", "planned", "slated", "expected", "postponed", "delayed", "rescheduled", "moved", "pushed", "extended", "since", "was", "were") && !p.datelineAt(i) {
		return base.y - 1 // a past verb's own day is behind: "the treasurer, who resigned Nov. 3" told in September
	}
	if abs(diff) <= 90 {
		return base.y // whatever the tense (most dates in news)
	}
	tense := 0
	if !p.datelineAt(i) {
		tense = p.tense(i, j)
	}
	switch {
	case tense < 0 && diff > 90, tense == 0 && diff > 135:
		return base.y - 1
	case tense > 0 && diff < -120, tense == 0 && diff < -228:
		return base.y + 1 // (a future tense may tell of a day past: "will receive a premium to the price on March 27")
	}
	return base.y
}

// daysAround is the signed number of days from day base to c in base's year.
func daysAround(c cal, base cal) int {
	switch c.g {
	case gMonth:
		return int(time.Date(base.y, time.Month(c.n), 15, 0, 0, 0, 0, time.UTC).Sub(base.date()).Hours() / 24)
	case gSeason:
		return daysFrom(base.date(), c, base.y)
	}
	return int(time.Date(base.y, time.Month(c.n), c.d, 0, 0, 0, 0, time.UTC).Sub(base.date()).Hours() / 24)
}

// since reports whether the date at token i follows "since", maybe after a
// determiner or "early", "mid": "since its December low", "since early
// March". Such a date has begun by the DCT.
func (p *parser) since(i int) bool {
	return p.is(i-1, "since") || p.is(i-2, "since") && (determiners[p.tok(i-1).low] || p.is(i-1, "early", "mid", "late"))
}

// begunAfter reports whether c, in the DCT's year, begins after the DCT;
// diff is the days from the DCT to its middle (a season's is 45 in).
func (p *parser) begunAfter(c cal, diff int) bool {
	switch c.g {
	case gMonth:
		return c.n > p.dct.n
	case gSeason:
		return diff > 45
	}
	return diff > 0
}

// yearOwning is the year just told whose thing the date at token i
// gives the day of: "this year's, on 21 October, will be the fourteenth".
func (p *parser) yearOwning(i int) (int, string, bool) {
	n := len(p.out)
	k := i - 1
	if p.is(k, "on", "in") {
		k--
	}
	if p.punct(k, ",") {
		k--
	}
	if n == 0 || !p.is(k, "s") || !p.punct(k-1, "'") || p.toks[k-1].start != p.out[n-1].End || len(p.out[n-1].Value) != 4 {
		return 0, "", false
	}
	y := atoi(p.out[n-1].Value)
	return y, p.out[n-1].Anchor, y >= 0
}

// sentenceYear is the year of a sentence that opens with it ("In 2014, the
// last hard winter, the lakes froze by early March", "In 2009 talks
// collapsed in March"), or of a clause that
// "when" hangs on it ("as it did last year, when stocks peaked in early
// April"): a date without a year in it is in that year.
func (p *parser) sentenceYear(i int) (int, bool) {
	n := len(p.out)
	if n == 0 {
		return 0, false
	}
	last := &p.out[n-1]
	if y := atoi(last.Value); len(last.Value) == 4 && y >= 0 {
		// the clause: "last year, when"
		k := i - 1
		for k > 0 && p.toks[k].start >= last.End && !p.toks[k+1].brk && !p.is(k, "when") {
			k--
		}
		if p.is(k, "when") && p.punct(k-1, ",") && p.toks[k-1].start == last.End {
			return y, true
		}
	}
	// the sentence's opening: "In 2014, ..."
	s := i
	for s > 0 && !p.toks[s].brk && i-s < 80 {
		s--
	}
	y := s + 1 // "In 2014, ..."
	if p.is(s, "it") && p.is(s+1, "is", "was") {
		y = s + 2 // "It is 1973, the twenty-third of January"
	}
	month := p.has(y, cMonth) && p.tok(y+1).kind == tkNum // "In October 2005, ..."
	if !p.toks[s].brk || !p.is(s, "in", "it") || p.tok(y).kind != tkNum && !month {
		return 0, false
	}
	for k := n - 1; k >= 0 && p.out[k].Start >= p.toks[s].start; k-- {
		if v := p.out[k].Value; p.out[k].Start == p.toks[y].start && (len(v) == 4 || month && len(v) == 7 && v[4] == '-') {
			return atoi(v[:4]), true
		}
	}
	return 0, false
}

// crossesSentence reports whether a sentence begins between tokens a and b.
func (p *parser) crossesSentence(a, b int) bool {
	for k := min(a, b) + 1; k <= max(a, b); k++ {
		if p.toks[k].brk {
			return true
		}
	}
	return false
}

// winterMonth reports whether month c is one of the new year in the winter
// the text has just told: the winter of 1971 runs into 1972. After a
// winter told as of two years, its spring and summer are of the second
// ("Throughout the winter of 1455–56 ... by early summer"), not the autumn
// ("the winter of 1880-81 the snow lay from October until April").
func (p *parser) winterMonth(c cal) bool {
	if p.ref.g != gSeason || p.ref.code != "WI" {
		return false
	}
	e := strings.TrimRight(p.out[p.refIdx].Text, "0123456789")
	twoYears := len(e) < len(p.out[p.refIdx].Text) && (strings.HasSuffix(e, "-") || strings.HasSuffix(e, "–") || strings.HasSuffix(e, "/"))
	if c.g >= gMonth && c.n != unknown && c.n <= 3 {
		// (but a winter named by its year alone is named by its January:
		// "The winter of 1947 came late ... Until the middle of January")
		return !p.winterOfYear(p.refIdx)
	}
	return twoYears && (c.g >= gMonth && c.n >= 4 && c.n <= 8 || c.g == gSeason && (c.code == "SP" || c.code == "SU"))
}

// winterOfYear reports whether the winter of expression k was written
// with one year, "the winter of 1947", or is one so written, told again
// ("that winter").
func (p *parser) winterOfYear(k int) bool {
	for n := 0; n < 4 && k >= 0; n++ {
		e := p.out[k]
		if t := strings.ToLower(strings.TrimRight(e.Text, "0123456789")); len(e.Text)-len(t) == 4 {
			return strings.HasSuffix(t, " of ") || strings.HasSuffix(t, "winter ") // ("the winter of 1947", "winter 1947")
		}
		if e.Anchor != AnchorExpr {
			return false
		}
		k = e.AnchorExpr
	}
	return false
}

// withinRef reports whether month or day c falls in the season, quarter,
// half or month of another year the text told as the time of a clause at
// most a sentence before, or near a day of it: "for 28 days in the spring
// of 2008. The device, attached on April 3, ... until officers removed it
// on May 1". A season may be told as a thing: "Everyone remembers the
// summer of 1976. It hardly rained from late June".
func (p *parser) withinRef(c cal, i int) bool {
	if p.refIdx < 0 {
		return false
	}
	r, told := p.ref, p.out[p.refIdx]
	head := p.refHeads // a timeline's "JANUARY 2019: ... a payment due Jan. 15"
	if !p.refAt && !head && r.g != gSeason || r.y == unknown || r.y == p.dct.y && !head || c.n == unknown || r.g < gHalf || p.tense(i, i+1) > 0 && !head ||
		told.Anchor != "" && (r.g < gDay || told.Anchor == AnchorDCT || !strings.ContainsAny(told.Text, "0123456789")) {
		return false // (a day derived from the period: "attached on April 3")
	}
	if !p.within(i, told.End, 1, 90) || strings.Contains(p.text[told.End:p.toks[i].start], "\n\n") {
		return false // (not past a paragraph's end)
	}
	if r.g == gSeason {
		mid := seasonMidMonth[r.code]
		return c.n >= mid-1 && c.n <= mid+1 || mid == 13 && c.n <= 2
	}
	if r.g >= gDay {
		return abs(c.n-r.n) <= 2 // a day near the day told: "on April 3 ... until May 1"
	}
	months := map[gran]int{gHalf: 6, gQuarter: 3, gMonth: 1}[r.g]
	first := months*(r.n-1) + 1 // the first month of the half, quarter or month
	return c.n >= first && c.n < first+months
}

// storyYear is the year a date told without one takes from a story rather
// than from the DCT: a text that, before telling any day against the DCT,
// set a clause on a day of an earlier year ("On Tuesday, November 22,
// 2016, I landed") or in a year a decade or more before it ("In 1905
// Einstein published", "when 1979 began"); a history (see isHistory) that
// has told no day against the DCT, in the three sentences after a date;
// any text once three dates were told so. Not a change to come ("arrives
// on May 17"): that is news again, but for a letter's or a diary's own
// future and a story's plans ("intending to strike on Saturday"). News,
// even right after naming another year ("a year earlier ... Sept. 30"),
// keeps to the DCT's.
func (p *parser) storyYear(i int) (int, bool) {
	y, ok := p.storyYearAny(i)
	if ok && !p.untold && !p.dayLine && !p.storyNow && !p.is(i-1, "by", "until", "till", "through") && !p.datelineAt(i) && !p.entryHeadAt(i) && p.tense(i, i+1) > 0 && !p.infinitiveBefore(i) && !p.pastAfter(i) && !p.scheduled(i) && !p.futureInPast(i) && !p.quoted(i) {
		// a change to come is news again ("A remastered edition arrives on
		// May 17", "effective Feb. 1"), but not what a story's people say
		// ("“We might just do Christmas here this year”")
		return 0, false
	}
	return y, ok
}

// pastAfter reports whether the sentence of token i goes on in the past:
// what was "due to open on 20 October" and "was postponed" looked ahead
// from the story's time, not the DCT's.
func (p *parser) pastAfter(i int) bool {
	for k := i + 1; k < len(p.toks) && k <= i+12 && !p.toks[k].brk; k++ {
		if p.cue(k) == cuePast {
			return true
		}
	}
	return false
}

// futureInPast reports whether the clause of token i tells a future seen
// from the story's past: "the district announced that we would switch to
// the new curriculum in January", "said I could come back next summer".
func (p *parser) futureInPast(i int) bool {
	modal := false
	for k := i - 1; k >= 0 && k >= i-12 && !p.toks[k+1].brk; k-- {
		switch {
		case p.is(k, "would"):
			return true
		case p.is(k, "could", "might"):
			modal = true
		case modal && p.cue(k) == cuePast, p.is(k, "to") && strings.HasSuffix(p.tok(k-1).low, "ed") && p.tok(k-1).kind == tkWord:
			return true // ("Organisers planned to strike after New Year's Day")
		}
	}
	// or the clause's verb after it: "On St John's Eve the bonfire on
	// Cawsand Hill would not take"
	for k := i + 1; k < len(p.toks) && k <= i+10 && !p.toks[k].brk && !p.punct(k, ","); k++ {
		if p.is(k, "would") {
			return true
		}
		if p.cue(k) != 0 {
			break
		}
	}
	return false
}

// infinitiveBefore reports whether "to" and a verb come just before token
// i after a word of no tense: a plan of the story's ("intending to strike
// on Saturday morning"), not news of a change to come ("I plan to go back
// in December").
func (p *parser) infinitiveBefore(i int) bool {
	for k := i - 1; k >= i-4 && k >= 1 && !p.toks[k+1].brk; k-- {
		if p.is(k, "to") && p.cue(k) == cueWeak {
			return p.cue(k-1) == 0
		}
	}
	return false
}

// inStoryYear reports whether token i is in a story (see storyYearAny).
func (p *parser) inStoryYear(i int) bool {
	_, ok := p.storyYearAny(i)
	return ok
}

// storyYearAny is storyYear whatever the tense of the clause, for a time
// of day: a timeline tells its hours in the present ("3:50 a.m. — A
// resident calls the sheriff").
func (p *parser) storyYearAny(i int) (int, bool) {
	if !p.hasDCT || p.refIdx < 0 {
		return 0, false
	}
	if p.untold {
		// a story that never tells its year has no news: once it has told
		// a day, its days go on from there
		return p.ref.y, p.ref.y < untoldDay
	}
	if d := p.entryDay; p.dayLine && p.newsDays == p.bylines && d.g >= gDay && d.known() && (d.date().Before(p.dct.date()) || d.y > p.dct.y) && p.lastDay.known() {
		// a diary's or a blog's entry headed by its day, however near the
		// DCT: its "this morning" and "yesterday" are the entry's; so are
		// those of a story headed by a day of a year to come ("Monday, 8
		// March 2027"), but not a live blog's of the days ahead
		return p.lastDay.y, true
	}
	if d := p.lastDay; p.storyNow && p.newsDays == 0 && d.g >= gDay && d.known() && d.y < p.dct.y-1 {
		return d.y, true // a story told in the present of its day ("What follows is a reconstruction of Wednesday, January 13, 1982")
	}
	if d := p.lastDay; (p.dayAt && p.newsDays == 0 || p.itWas) && d.known() && (d.y < p.dct.y-1 || d.y > p.dct.y+1 && p.futureStory) {
		// a story told on a day of an earlier year ("On Tuesday, November
		// 22, 2016, I landed"), unless news has told a day of its own: the
		// year it has gone on to, not one it recalls ("the inquiry
		// published in January 2012")
		if (p.out[p.refIdx].Anchor == AnchorExpr && p.refOwnAt || p.refOpens || (p.refAt || p.out[p.refIdx].Anchor == "" && p.ref.g >= gMonth) && p.ref.y > d.y && (p.out[p.refIdx].Anchor != AnchorExpr || p.ref.g == gYear)) && p.ref.y != unknown && p.ref.g >= gYear {
			// ("In January 1666 France entered the war. On 11 June", "It
			// reached Jamaica in January 1741 ... on 13 March")
			return p.ref.y, true
		}
		return d.y, true
	}
	if p.ref.g < gYear || p.ref.y == unknown || p.ref.y == p.dct.y {
		return 0, false
	}
	if p.storyDates >= 3 || p.isHistory() && p.newsDays == 0 && p.refIdx >= 0 && p.within(i, p.out[p.refIdx].End, 4, 240) {
		return p.ref.y, true
	}
	// one date of long ago that a clause happened at ("In 1905 Einstein
	// published ... In March"), not one named in passing ("the Dec. 21,
	// 1988, bombing", "a trustee since 1974"), nor in news that has told a
	// day of its own
	if p.ref.y <= p.dct.y-10 && p.newsDays == 0 && p.out[p.refIdx].Anchor != AnchorDCT && (p.refAt || p.itWasAt(i)) {
		return p.ref.y, true
	}
	if p.opensStory && p.newsDays == 0 && p.out[p.refIdx].Anchor != AnchorDCT {
		return p.ref.y, true // (see place)
	}
	if p.ref.y <= p.dct.y-50 && p.newsDays == 0 && p.years.only(p.ref.y) && p.out[p.refIdx].Mod == "" && p.out[p.refIdx].Anchor != AnchorDCT { // (not "post-1959 politics", nor "sixty years ago today")
		// the one year a text of long ago has written, however it wrote it:
		// "The smallpox epidemic of 1738 ... arrived in late April",
		// "Written up Tuesday 24 November 1931 ... on Sunday morning, 22 November"
		return p.ref.y, true
	}
	return 0, false
}

// itWasAt reports whether the sentence of token i opens on "It was" a few
// words before it, a story setting its scene: "It was the last Friday in
// January".
func (p *parser) itWasAt(i int) bool {
	for k := i - 1; k >= 1 && k >= i-6; k-- {
		if p.toks[k].kind == tkPunct {
			return false
		}
		if p.toks[k-1].brk {
			return p.is(k-1, "it") && p.is(k, "was")
		}
	}
	return false
}

// inStory reports whether a date told without a year at token i takes the story's.
func (p *parser) inStory(i int) bool {
	_, ok := p.storyYear(i)
	return ok
}

// dayAtHand is the day a story is at (see storyDay, in any tense), else
// the DCT's.
func (p *parser) dayAtHand(i int) (cal, string) {
	if day, ok := p.storyDay(i, true); ok {
		return day, AnchorExpr
	}
	if !p.hasDCT {
		return p.dct, ""
	}
	return p.dct, AnchorDCT
}

// storyDay is the day a time or a weekday told without a date takes in a
// story without a DCT or of another time (see storyYear; storyYearAny for
// a time of day, anyTense): the last day it told, not one it looked back to
// ("she had left on May 2").
func (p *parser) storyDay(i int, anyTense bool) (cal, bool) {
	if p.lastDay.g < gDay || !p.lastDay.known() {
		return cal{}, false
	}
	ok := false
	if anyTense {
		_, ok = p.storyYearAny(i)
	} else {
		_, ok = p.storyYear(i)
	}
	if !ok && p.hasDCT && !p.itWas {
		return cal{}, false
	}
	if p.is(i-1, "said", "says", "announced", "told") && !p.dayLine && !(p.storyNow && p.quoted(i)) {
		return cal{}, false // "he said Friday": news reports its own days (a diary's are its own, as a story's people's: "“You said six o'clock”")
	}
	return p.lastDay.coarsen(gDay), true
}

// daysFrom is the signed distance from the DCT to the middle of season c in year y.
func daysFrom(dct time.Time, c cal, y int) int {
	m := seasonMidMonth[c.code]
	t := time.Date(y, time.Month(m), 15, 0, 0, 0, 0, time.UTC)
	return int(t.Sub(dct).Hours() / 24)
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// span is the text of tokens [i, j).
func (p *parser) span(i, j int) string {
	if j <= i {
		return ""
	}
	return p.text[p.tok(i).start:p.tok(j-1).end]
}

// mod is the remainder of a by b, never negative (years before Christ).
func mod(a, b int) int { return (a%b + b) % b }
