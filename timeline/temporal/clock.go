package temporal

import (
	"bytes"
	"slices"
	"strings"
)

// This file holds clock times: "3:52 PM CDT", "10:35 a.m.", "noon",
// "6 a.m. Tuesday", "4 in the morning".

// clockTime is a time of day as written.
type clockTime struct {
	hh, mm  int
	end     int // token after it
	ss      int // seconds + 1, when told ("04:17:32"), else 0
	zone    int // offset east of UTC in seconds, when hasZone
	hasZone bool
	sure    bool // has a meridiem, a zone or "o'clock": certainly a time
	half    int  // 1 a.m., 2 p.m., 0 when the text does not say
	bare    bool // an hour alone, "at six": a time only on a day a story told
	dotted  bool // "at 6.15", which may be a price: a time only in a story
	spelled bool // "half past four", "six o'clock": words, as a story tells its hours
}

// clockAt parses a time of day at token i.
func (p *parser) clockAt(i int) (clockTime, bool) {
	t := p.tok(i)
	ct := clockTime{end: i + 1}
	switch {
	case (t.low == "noon" || t.low == "midday") && !(t.upper && !t.brk):
		ct.hh, ct.sure, ct.half = 12, true, 2 // ("High Noon" is a title)
	case (t.low == "12" || t.low == "twelve") && p.is(i+1, "noon", "midday", "midnight"):
		return p.clockAt(i + 1) // "12 noon", "twelve midnight"
	case t.low == "midnight":
		if p.is(i+1, "sun", "blue", "oil", "mass", "feast") {
			return ct, false // "the midnight sun", "Midnight Mass"
		}
		ct.hh, ct.sure = 24, true
	default:
		h, ok := p.hourAt(i)
		if !ok {
			return ct, false
		}
		return p.clockRest(i, h)
	}
	if z := p.tok(i + 1); z.lex != nil && z.lex.class&cZone != 0 && z.upper {
		ct.zone, ct.hasZone, ct.end = z.lex.offset, true, i+2
	}
	return ct, true
}

// hour is the hour and minutes of a time of day before what marks it.
type hour struct {
	hh, mm   int
	ss       int // seconds + 1, when told ("04:17:32"), else 0
	end      int
	minutes  bool // written with minutes: "7:30"
	spelled  bool // an hour word: "seven", "half past seven"
	military bool // four digits: "0930", "1800"
	past     bool // "half past", "a quarter to": a time whatever follows
	before   bool // minutes to the hour: one hour less
	dotted   bool // "6.15": minutes after a point, not a colon
	zero     bool // "07:25": a 24-hour clock's hour, in the morning
}

// hourAt parses the hour of a time of day at token i: "7", "7:30",
// "0930", "seven", "half past seven", "a quarter to eight", "ten past two".
func (p *parser) hourAt(i int) (hour, bool) {
	t := p.tok(i)
	if t.kind == tkNum && (len(t.low) == 3 || len(t.low) == 4) && p.meridiemAt(i+1) {
		// a bulletin's "347 AM EST", "until 1030 PM"
		h := hour{hh: t.num / 100, mm: t.num % 100, end: i + 1, minutes: true}
		return h, h.hh >= 1 && h.hh <= 12 && h.mm < 60
	}
	if t.kind == tkNum && len(t.low) == 4 {
		h := hour{hh: t.num / 100, mm: t.num % 100, end: i + 1, military: true}
		return h, h.hh <= 24 && h.mm < 60
	}
	if t.kind == tkWord {
		if t.lex == nil || t.lex.class&cCard == 0 && t.low != "half" && t.low != "quarter" && t.low != "a" {
			return hour{}, false // most words start no time: only "seven", "half past", "a quarter to"
		}
		if h, ok := p.minutesPast(i); ok {
			return h, true
		}
		return p.hourWord(i)
	}
	if t.kind != tkNum || len(t.low) > 2 || t.num > 24 {
		return hour{}, false
	}
	h := hour{hh: t.num, end: i + 1, zero: len(t.low) == 2 && t.low[0] == '0'}
	k := i + 1
	if (p.punct(k, ":") || p.punct(k, ".")) && p.glued(k) && p.glued(k+1) && len(p.tok(k+1).low) == 2 && p.tok(k+1).kind == tkNum && p.tok(k+1).num < 60 {
		h.mm, h.end, h.minutes = p.tok(k+1).num, k+2, true
		h.dotted = p.punct(k, ".") && !p.meridiemAt(k+2) && !h.zero // "3.25" may be a number; "05.42" is not
		if s := p.tok(h.end + 1); p.punct(h.end, ":") && p.glued(h.end) && s.kind == tkNum && len(s.low) == 2 && s.num < 60 {
			h.ss, h.end = s.num+1, h.end+2 // seconds
		}
	}
	return h, true
}

// hourWord parses an hour written as a word, "seven", which is a time
// only with a mark after it ("seven o'clock", "seven in the evening").
func (p *parser) hourWord(i int) (hour, bool) {
	t := p.tok(i)
	if t.kind != tkWord || t.lex == nil || t.lex.class&cCard == 0 || t.lex.num < 1 || t.lex.num > 12 || t.low == "dozen" {
		return hour{}, false
	}
	h := hour{hh: t.lex.num, end: i + 1, spelled: true}
	if m, ok := p.amount(i + 2); ok && p.hyphen(i+1) && m.word && !m.vague && m.n >= 10 && m.n < 60 && p.tok(i+2).lex.num >= 10 {
		h.mm, h.end, h.minutes = m.n, m.end, true // "eleven-fifteen", "six-forty-five"
	}
	return h, true
}

// minutesPast parses "half past seven", "a quarter to eight", "ten
// (minutes) past two", "twenty-five to six"; "ten to eight" alone may be a
// count, so "to" needs "quarter" or "minutes".
func (p *parser) minutesPast(i int) (hour, bool) {
	k, mm, sure := i, 0, false
	switch {
	case p.is(k, "half") && !p.is(k+1, "past"):
		// "at half four": British, half past four; a time only where a bare hour is
		h, ok := p.hourWord(k + 1)
		if t := p.tok(k + 1); !ok && t.kind == tkNum && len(t.low) <= 2 && t.num >= 1 && t.num <= 12 {
			h, ok = hour{hh: t.num, end: k + 2, spelled: true}, true
		}
		h.mm = 30
		h.past = p.is(k-1, timePreps...) // ("at half six", "about half eleven": a time whatever follows)
		return h, ok
	case p.is(k, "half"):
		mm, k = 30, k+1
	case p.is(k, "quarter"), p.is(k, "a") && p.is(k+1, "quarter"):
		if p.is(k, "a") {
			k++
		}
		mm, k, sure = 15, k+1, true
	default:
		a, ok := p.amount(k)
		if !ok || !a.word || a.vague || a.half || a.n < 1 || a.n > 29 || p.is(k, "a", "an") {
			return hour{}, false
		}
		mm, k = a.n, a.end
		if p.is(k, "minutes", "minute") {
			k, sure = k+1, true
		}
	}
	dir := 1
	switch {
	case p.is(k, "past", "after") && (mm == 30 || sure || !p.is(k, "after")):
	case p.is(k, "to") && mm != 30 && (sure || p.hourMarked(k+1) || p.is(k+1, "midnight", "noon") || p.is(i-1, "at", "by", "until", "till", "before", "around", "about") && p.hourAt1(k+1)):
		dir = -1 // ("ten to two in the morning")
	default:
		return hour{}, false
	}
	k++
	h, ok := p.hourWord(k)
	if t := p.tok(k); !ok && t.kind == tkNum && len(t.low) <= 2 && t.num >= 1 && t.num <= 12 {
		h, ok = hour{hh: t.num, end: k + 1}, true
	} else if !ok && p.is(k, "noon", "midnight") {
		// "half past noon"; "a quarter to midnight" is 23:45, past it 0:15
		h, ok = hour{hh: 12, end: k + 1}, true
		if p.is(k, "midnight") {
			h.hh = 24 * btoi(dir < 0)
		}
	}
	if n := p.tok(h.end); !ok || p.hyphen(h.end) || p.is(h.end, "of", "percent") || p.punct(h.end, "%") || n.lex != nil && n.lex.class&cUnit != 0 {
		return hour{}, false // "a quarter to one-third", "ten past two years"
	}
	h.spelled, h.past, h.mm, h.before = true, true, mm, dir < 0
	if dir < 0 {
		h.mm = 60 - mm
	}
	return h, true
}

// hourAt1 reports whether an hour word ends the time at token k: "at
// twenty to seven", not "at ten to twenty" nor "to seven months".
func (p *parser) hourAt1(k int) bool {
	h, ok := p.hourWord(k)
	n := p.tok(h.end)
	return ok && !h.minutes && (n.kind == tkPunct || n.brk || n.lex == nil && n.kind == tkWord && !n.upper && !p.hyphen(h.end) || p.is(h.end, "the", "and"))
}

// hourMarked reports whether an hour word at token k is marked as a time
// of day after it: "two in the morning", "two o'clock", "two a.m.", "two
// this afternoon".
func (p *parser) hourMarked(k int) bool {
	if _, ok := p.hourWord(k); !ok {
		return false
	}
	_, _, part := p.partAfter(k + 1)
	_, _, mer := p.meridiem(k + 1)
	day := p.has(k+1, cDayWord) || p.is(k+1, "this", "that") && p.has(k+2, cPart) // "ten to six this evening", "tomorrow"
	return part || mer || day || p.is(k+1, "o") && p.punct(k+2, "'") && p.is(k+3, "clock")
}

// clockRest reads what marks an hour at token i as a time of day: a
// meridiem, "o'clock", a part of the day, a zone, or, for a time with
// minutes, a preposition before it.
func (p *parser) clockRest(i int, h hour) (clockTime, bool) {
	ct := clockTime{hh: h.hh, mm: h.mm, ss: h.ss, sure: h.past, spelled: h.spelled}
	if h.minutes && !h.dotted && (h.zero || p.clock24) {
		// "At 07:25 Ajax lost her turrets": no evening before it makes it
		// 19:25; nor in a text that keeps the 24-hour clock ("19:40 ...
		// 11:15")
		ct.half = 1 + btoi(ct.hh >= 12)
	}
	k := h.end
	if p.is(k, "percent", "per", "points") || p.punct(k, "%") {
		return ct, false // "rose to 05.42 percent"
	}
	if p.zulu(k) && !h.minutes && (h.military || len(p.tok(i).low) == 2) && h.hh < 24 {
		// a forecaster's "12Z Wednesday", "0600Z": UTC
		ct.hasZone, ct.end, ct.sure = true, k+1, true
		return ct, true
	}
	if h.military {
		// "0930 GMT", "by 1800 hours": wire and military times
		if z := p.tok(k); z.lex != nil && z.lex.class&cZone != 0 && z.upper {
			ct.zone, ct.hasZone, ct.end, ct.sure = z.lex.offset, true, k+1, true
			return ct, true
		}
		if p.is(k, "hours", "hrs") && p.is(i-1, "at", "by", "until", "till", "from", "to", "before") && !p.is(k+1, "of") {
			// ("before 1000 hours of testing" is an amount)
			ct.end, ct.sure = k+1, true
			return ct, true
		}
		ct.end = k
		if h.hh < 24 && (p.has(k, cWeekday) && p.tok(k).upper || p.is(k, "today", "tonight", "tomorrow", "yesterday")) && p.is(p.prepOf(i), "from", "until", "till", "to", "at", "after", "before", "by") {
			ct.sure = true // a bulletin's "valid from 1800 Saturday until 1200 Sunday", "at 2130 tonight"
			return ct, true
		}
		return ct, p.logTime(i)
	}
	if e, pm, ok := p.meridiem(k); ok {
		if ct.hh > 12 || ct.hh == 0 {
			return ct, false
		}
		ct.hh, ct.half = halfDay(ct.hh, pm), 1+btoi(pm)
		k, ct.sure = e, true
	} else {
		if p.is(k, "o") && p.punct(k+1, "'") && p.is(k+2, "clock") {
			k, ct.sure = k+3, true
		}
		if code, e, ok := p.partAfter(k); ok && ct.hh <= 12 && (ct.sure || !h.spelled || p.is(i-1, timePreps...) || p.is(i-1, "between", "nearly", "almost", "past") || p.is(i-1, "was", "is") && p.is(i-2, "it") || p.is(i-1, "and") && p.timeJustBefore(i-1)) {
			// ("the one in the morning session" is no time)
			ct.hh = partHour(ct.hh, code)
			ct.half = 1 + btoi(ct.hh >= 12)
			k, ct.sure = e, true
		}
	}
	if ct.half == 0 && ct.hh <= 12 && p.is(i-1, "between", "from") {
		// "between 1 and 2 a.m.", "from 9:30 to 11 p.m.": the first
		// hour is of the half of the day of the second
		if to, ok := p.rangeTo(k); ok {
			if ct.hh%12 > to.hh%12 && to.half == 1 {
				return ct, false // "between 11 and 1 a.m." spans midnight
			}
			if ct.hh%12 <= to.hh%12 {
				ct.hh = halfDay(ct.hh, to.half == 2)
			}
			ct.half, ct.sure = to.half, true
		}
	}
	if !ct.sure && (p.is(k, "this", "that", "tomorrow", "yesterday") && p.has(k+1, cPart) || p.is(k, "the") && p.is(k+1, "next", "following") && p.has(k+2, cPart) ||
		p.is(k, "last") && p.is(k+1, "night") || p.is(k, "tonight")) {
		// "at six this morning", "ten that night", "at five tomorrow
		// morning", "at nine last night": the part of the day places the hour
		ct.sure = true
	}
	if !ct.sure && h.dotted && h.hh < 24 && (p.punct(k, ":") && p.clockEntry(i, k) || p.lineStart(i) && p.lineStart(k) || p.departure(i, k)) {
		// a timeline's "16.30: Roads close", a live blog's entry headed
		// "21.40" on a line of its own, a timetable's "will leave at 23.15"
		ct.sure = true
	}
	if !ct.sure && (!h.minutes || h.dotted) && !h.military && p.bareHour(i, k, h) {
		ct.bare, ct.dotted, ct.end = true, h.dotted, k
		return ct, true
	}
	if !ct.sure && (!h.minutes || h.dotted) {
		return ct, false // (but "at eleven-fifteen", as "at 11:15")
	}
	if h.before {
		ct.hh = (ct.hh + 23) % 24 // "a quarter to eight" is 7:45
		if ct.hh == 0 && ct.half == 0 {
			ct.hh = 12 // "ten to one", with nothing to say which, is midday's
		}
	}
	ct.end = k
	if z := p.tok(k); z.lex != nil && z.lex.class&cZone != 0 && z.upper {
		ct.zone, ct.hasZone, ct.end, ct.sure = z.lex.offset, true, k+1, true
	} else if off, e, ok := p.spelledZone(k); ok && ct.half != 0 {
		ct.zone, ct.hasZone, ct.end = off, true, e
	}
	if !ct.sure && !p.is(i-1, timePreps...) && !(h.minutes && !h.dotted && !(p.punct(i-1, ":") && p.tok(i-2).kind != tkWord) &&
		(p.clockEntry(i, ct.end) || h.hh >= 13 || h.zero || p.is(ct.end, "local") && p.is(ct.end+1, "time") || p.has(ct.end, cWeekday) || p.is(ct.end, "today", "tomorrow", "tonight"))) {
		// (but a timeline's "15:00 - Meteo-France places ...", a 24-hour
		// clock's "a deadline of 15:00", "12:57 local time", a bulletin's
		// "Issued: 05:30 Monday", "Next update: 11:00 today")
		return ct, false
	}
	return ct, true
}

// departure reports whether the time at tokens [i, k) is a timetable's:
// what leaves or arrives at it ("the last train will leave at 23.15",
// "trains leave Heuston for Cork at 17.45") or what is named by it ("the
// 17.32 express").
func (p *parser) departure(i, k int) bool {
	if p.is(k, "train", "trains", "bus", "buses", "service", "services", "departure", "departures", "express", "ferry", "flight", "sailing") {
		return true
	}
	if !p.is(i-1, "at") {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-12 && !p.toks[j+1].brk; j-- {
		if p.is(j, "leave", "leaves", "left", "depart", "departs", "departed", "arrive", "arrives", "arrived", "sail", "sails", "sailed", "calls") {
			return true
		}
	}
	return false
}

// zulu reports whether token k is the "Z" of UTC glued to a time: "12Z".
func (p *parser) zulu(k int) bool {
	return p.is(k, "z") && p.tok(k).upper && p.glued(k)
}

// bareHour reports whether hour h at token i, with nothing after it at
// token k to mark it, reads as a time of day all the same: "at six",
// "until two", "by four", "up since four", "from ten until two", "at 6.15", with the clause
// ending or going on after it ("At eleven the bell rang"); not "at ten
// paces", "tied at six", "won by three", "at one with", "at 1,015
// francs". clock keeps it only on a day a story has told.
func (p *parser) bareHour(i, k int, h hour) bool {
	j := p.prepOf(i)
	if p.is(j, "the") && (h.dotted || h.minutes) && h.hh <= 23 && p.is(k, "from", "to", "train", "bus", "coach", "ferry", "express", "service", "departure") {
		return true // a timetable's departure: "I will get the 4.40 from Andover"
	}
	if p.is(j, "and") && p.is(j-2, "between") && p.has(j-1, cCard) {
		j -= 2 // the second of "between eleven and one"
	}
	if h.hh < 1 || h.hh > 12 && !h.dotted || h.hh > 23 || !p.is(j, "at", "until", "till", "by", "after", "from", "since", "before", "between") || amountVerbs[p.tok(j-1).low] && p.is(j, "at", "by") {
		return false
	}
	if p.is(j, "between") && j == i-1 {
		return p.is(k, "and") // "between eleven and one"
	}
	if p.is(i, "one") && (!(p.tok(k).kind == tkPunct && strings.Contains(",.;", p.tok(k).low)) || p.is(i-2, "one")) {
		return false // "at one with", "at one point", "one by one"; but "in bed by one."
	}
	if p.glued(k) && p.tok(k+1).kind == tkNum && p.glued(k+1) {
		return false // a number goes on: "1,015"
	}
	switch n := p.tok(k); {
	case p.is(j, "from"):
		return p.is(k, "until", "till", "to") // "from ten until two"
	case n.brk || n.kind == tkPunct && strings.Contains(",.;:!?)—", n.low) || k >= len(p.toks):
		return true
	case p.is(k, "and", "or", "but", "when", "until", "till", "sharp", "precisely", "exactly"):
		return true
	case p.is(k, "with", "for", "in", "to") && p.tok(k+1).kind == tkWord && !p.has(k+1, cCard) && !p.is(i, "one") && p.is(j, "at") && p.is(j-1, "starts", "started", "start", "begins", "began", "begin", "left", "leave", "leaves", "arrived", "arrives", "came", "comes", "met", "meet", "meets", "opened", "opens", "closed", "closes", "finished", "finishes", "ended", "ends", "woke", "wakes", "rose", "got", "gets"):
		return true // "My day starts at six with dressings", "woke at five to the gulls" (not "ten to three", "at ten to,")
	case p.is(j, "at") && (p.is(k, "because", "as") || p.is(k, "with") && p.tok(k+1).upper && p.tok(k+1).lex == nil ||
		p.is(k, "to") && p.tok(k+1).kind == tkWord && !p.tok(k+1).upper && p.tok(k+1).lex == nil && !determiners[p.tok(k+1).low] && !p.is(k+1, "one", "a")):
		// what goes on after the hour: "came in at five as usual", "Out at
		// six with Hartley", "Mum rang at nine to check" (not "ten to
		// three", "at six to one")
		return true
	}
	// "At eleven the bell rang", "and by four the cargo was out", "At
	// 9.40 Moran's car pulled in": a clause's subject follows
	opens := p.toks[j].brk || p.is(j-1, "and", "but", "then") || p.punct(j-1, ",")
	n := p.tok(k)
	return opens && (p.is(k, "the", "a", "he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "our", "my", "nothing", "everyone", "everybody", "there") || n.kind == tkWord && n.upper && n.lex == nil)
}

// prepOf is the token of the preposition before the time at token i, past
// a word of about: "at about eight", "at around 2130 tonight".
func (p *parser) prepOf(i int) int {
	if p.is(i-1, "about", "around", "approximately", "nearly", "almost") {
		return i - 2
	}
	return i - 1
}

// amountVerbs take "at" or "by" and a number that is no hour: "tied at
// six", "won by three".
var amountVerbs = map[string]bool{
	"tied": true, "level": true, "stood": true, "stands": true, "remained": true, "capped": true,
	"set": true, "fixed": true, "priced": true, "valued": true, "estimated": true, "put": true,
	"numbered": true, "ranked": true, "rated": true, "aged": true, "age": true, "won": true,
	"lost": true, "beat": true, "led": true, "trailed": true, "rose": true, "fell": true,
	"increased": true, "decreased": true, "grew": true, "dropped": true, "cut": true, "outnumbered": true,
	"up": true, "down": true, "only": true,
}

// spelledZone parses a US zone spelled out after a time of day: "7:05
// p.m. Eastern", "9 a.m. Pacific time"; not "Eastern Parkway".
func (p *parser) spelledZone(k int) (int, int, bool) {
	off := slices.Index([]string{"eastern", "central", "mountain", "pacific"}, p.tok(k).low) - 5
	if off < -5 || !p.tok(k).upper {
		return 0, k, false
	}
	e := k + 1
	if p.is(e, "time") || p.is(e, "standard", "daylight") && p.is(e+1, "time") {
		e += 1 + btoi(!p.is(e, "time"))
	} else if n := p.tok(e); n.kind == tkWord && n.upper && !n.brk {
		return 0, k, false
	}
	return off * 3600, e, true
}

// logTime reports whether the four digits at token i are a log's time of
// day: "0400" after a preposition or heading an entry (no year is written
// so), or "1600. Anvil Point abeam" heading an entry in a log whose days
// are of another year.
func (p *parser) logTime(i int) bool {
	t := p.tok(i)
	if t.kind != tkNum || len(t.low) != 4 || t.num/100 > 23 || t.num%100 > 59 {
		return false
	}
	// "0400. Handed over", a log's "0400 Wind backed W 5"
	heads := (t.brk || p.lineStart(i)) && (p.punct(i+1, ".") || p.punct(i+1, ":")) || p.lineStart(i) && p.tok(i+1).kind == tkWord && p.tok(i+1).upper && !p.glued(i+1) && !p.tok(i+1).brk
	if t.low[0] == '0' {
		// (a dated entry's "Launched off the slip 0600.", "0214 maroons fired", "Lifeboat launched 0227")
		// (not a telephone number's: "on 0800 555 111", "705-555-0142")
		return heads || p.is(i-1, timePreps...) || p.entryDay.g >= gDay && (p.punct(i+1, ".") || !p.has(i+1, cUnit) && p.tok(i+1).kind != tkNum && !p.glued(i))
	}
	if p.milTimes && p.entryDay.g >= gDay && abs(t.num-p.entryDay.y) > 5 && !p.has(i+1, cUnit) && p.tok(i-1).kind == tkWord && !p.is(i-1, "in", "of", "since", "the") &&
		!readings[p.tok(i-1).low] && !readings[p.tok(i+1).low] {
		return true // and, once it has written "0930", its "launch 1100 ... returned 1245" (not "barometer 1021")
	}
	if n := p.tok(i + 2); (p.is(i+1, "to", "until", "till") || p.punct(i+1, "-") || p.punct(i+1, "–")) && n.kind == tkNum && len(n.low) == 4 && n.low[0] == '0' {
		return true // "on nights, 1900 to 0700"
	}
	// (not "not repealed until 1946" in a story of 1926)
	return p.entryDay.g >= gDay && (heads && p.lineStart(i) && abs(t.num-p.entryDay.y) > 5 || p.is(i-1, "at", "by", "until", "till") && abs(t.num-p.entryDay.y) > 100)
}

// readings name a figure read off an instrument or a list, no hour.
var readings = map[string]bool{"barometer": true, "pressure": true, "glass": true, "mb": true, "hpa": true, "millibars": true,
	"course": true, "heading": true, "bearing": true, "depth": true, "fathoms": true, "feet": true, "ft": true, "metres": true,
	"meters": true, "miles": true, "knots": true, "tonnes": true, "tons": true, "rpm": true, "no": true, "number": true, "room": true, "flight": true}

// timeJustBefore reports whether the text's last time ends at token k:
// "between ten in the morning and five in the afternoon".
func (p *parser) timeJustBefore(k int) bool {
	n := len(p.out)
	return n > 0 && k > 0 && p.out[n-1].Type == Time && p.out[n-1].End == p.toks[k-1].end
}

// timePreps are the prepositions that make "at 7:30" a time.
var timePreps = []string{"at", "by", "around", "about", "until", "till", "from", "before", "after", "since", "to", "gone"} // (British "gone nine at night")

// rangeTo parses the end of a range of hours after token k-1 ("and 2
// a.m.", "to 11 p.m.", "-10pm") when it says its half of the day.
func (p *parser) rangeTo(k int) (clockTime, bool) {
	if !p.is(k, "and", "to") && !p.punct(k, "-") && !p.punct(k, "–") {
		return clockTime{}, false
	}
	to, ok := p.clockAt(k + 1)
	return to, ok && to.half != 0
}

// halfDay is hour hh (1-12) of the morning or, when pm, of the afternoon.
func halfDay(hh int, pm bool) int {
	switch {
	case pm && hh < 12:
		return hh + 12
	case !pm && hh == 12:
		return 0
	}
	return hh
}

// partAfter parses a part of the day that places an hour: "in the
// morning", "in the evening", "at night".
func (p *parser) partAfter(k int) (string, int, bool) {
	switch {
	case p.is(k, "in") && p.is(k+1, "the") && p.is(k+2, "morning", "forenoon", "afternoon", "evening"):
		return p.tok(k + 2).lex.code, k + 3, true
	case p.is(k, "at") && p.is(k+1, "night"):
		return "NI", k + 2, true
	}
	return "", k, false
}

// partHour is hour hh (1-12) in a part of the day: seven in the
// evening is 19:00, eleven at night 23:00, but two at night 2:00.
func partHour(hh int, code string) int {
	switch {
	case code == "MO":
		return hh % 12 // twelve in the morning is midnight
	case code == "NI" && hh == 12:
		return 24
	case hh == 12 || code == "NI" && hh < 5:
		return hh
	}
	return hh + 12
}

// meridiem parses "am", "PM", "a.m.", "p.m" at token i.
func (p *parser) meridiem(i int) (end int, pm bool, ok bool) {
	t := p.tok(i)
	switch t.low {
	case "am", "pm":
		if t.low == "am" && !t.upper && p.tok(i+1).kind == tkWord && !p.tok(i+1).brk && p.tok(i-1).kind != tkNum {
			return i, false, false // "I am going"; but "by 6 am and"
		}
		return i + 1, t.low == "pm", true // (a stop after "am" ends the sentence)
	case "a", "p":
		if p.punct(i+1, ".") && p.glued(i+1) && p.is(i+2, "m") && p.glued(i+2) {
			return p.optPeriod(i + 3), t.low == "p", true
		}
	}
	return i, false, false
}

func (p *parser) meridiemAt(i int) bool {
	_, _, ok := p.meridiem(i)
	return ok
}

// clock: a time of day, on the DCT's day or on a day named after it
// ("9 a.m. Tuesday", "noon Thursday", "10 p.m. yesterday").
func (p *parser) clock(i int) phrase {
	ct, ok := p.clockAt(i)
	if !ok {
		return phrase{}
	}
	habit := !p.clockEntry(i, ct.end) && p.habitClock(i)
	if ct.bare {
		if ct.hh <= 12 {
			ct.hh = p.bareHalf(i, ct.hh, habit)
		}
		ct.half = 1 + btoi(ct.hh >= 12)
	} else if hh, ok := p.cuedHalf(i, ct.hh); ok && ct.spelled && ct.half == 0 && ct.hh <= 12 && !p.has(ct.end, cPart) && !p.has(ct.end+1, cPart) && !p.has(ct.end+2, cPart) {
		ct.hh, ct.half = hh, 1+btoi(hh >= 12) // "home by a quarter to seven"; but "until eleven the next morning" tells its own
	}
	conv := p.tok(i).kind == tkNum && len(p.tok(i).low) == 4 && p.conversion(i)
	ph := phrase{begin: i, end: ct.end, typ: Time, anchor: AnchorDCT}
	day := p.dct.coarsen(gDay)
	why := "on the DCT's day"
	k := ct.end
	next := p.tok(k).brk || p.newSentence(k) || k < len(p.toks) && p.lineStart(k) // (a fixture list's next line: "Hove, 2pm\nSunday 25 August: ...")
	if p.is(k, "on") || p.punct(k, ",") {
		k++
	}
	var d phrase
	named := false // the time names its day
	if !next && !p.tok(k).brk {
		d = p.dayNamed(k)
	}
	if !d.ok() && !next && !p.tok(k).brk && p.is(k, "that", "the", "next", "last", "this") {
		d = p.longest(k, []func(*parser, int) phrase{(*parser).relUnit, (*parser).nthWeekdayOf}) // "11 o'clock that night", "at six the next morning", "9 a.m. next Tuesday", "nine on the last Saturday of November, 2003"
		if !d.ok() && p.is(k-1, "on") {
			d = p.partOf(k) // "at seven o'clock on the morning of Friday 14 June"
		}
	}
	switch {
	case conv && !(d.ok() && d.cal.g == gDay):
		return phrase{} // "(0735 GMT)"; but "(0141 GMT Thursday)" names its day
	case p.conversion(i) && p.prev.cal.g == gMinute && p.prev.cal.known() && !d.ok():
		// the time just told, in another zone: "18:12 (09:12 UTC)" is of
		// its day, as written
		day, ph.anchor, why = p.prev.cal.coarsen(gDay), AnchorExpr, "the time just told restated, on its day"
	case d.ok() && d.value == "" && (d.typ == Date && d.cal.g == gDay || d.cal.g == gPart):
		// a day, or a part of one that places the hour: "ten that night"
		named = true
		day, ph.end, ph.anchor, why = d.cal, d.end, d.anchor, d.why
		if d.cal.g == gPart && ct.half == 0 && ct.hh <= 12 {
			ct.hh = partHour(ct.hh, d.cal.code)
		} else if d.cal.g == gDay && ct.spelled && ct.half == 0 && ct.hh >= 1 && ct.hh <= 5 && d.anchor == "" && p.daytime(i, ct.hh, habit) {
			ct.hh += 12 // a waking day's afternoon: "at twenty past five on Tuesday, 12 January 1982"
		}
		day.g, day.code = gDay, ""
	default:
		if ct.half == 0 && ct.hh >= 1 && ct.hh < 12 && !(p.tok(i).kind == tkNum && len(p.tok(i).low) == 4) && !habit && p.afternoon(i, ct.hh) { // (not "0700 GMT")
			ct.hh += 12 // "That afternoon ... at 5:30 Prentiss surrendered"
			why = "in the afternoon just told, " + why
		} else if ct.spelled && ct.half == 0 && ct.hh >= 1 && ct.hh <= 5 && p.daytime(i, ct.hh, habit) {
			ct.hh += 12 // "she left at half past four": a waking day's afternoon
			why = "in a waking day's afternoon, " + why
		}
		// a day named elsewhere in the sentence: "at 10:35 a.m. (0735 GMT) Friday"
		c, anchor, ok := p.sentenceDay(i, ct.end)
		if last, ranged := p.rangeStartTime(i); ranged && last.known() && !p.dayJustAfter(ct.end) {
			// the end of a range of hours is of its start's day ("from 9.15am
			// to 10am"), unless the range's day follows ("from 8 a.m. to 8
			// p.m. Eastern time starting Monday")
			day, ph.anchor, why = last.coarsen(gDay), AnchorExpr, "the end of a range from the time just told"
		} else if ok && (!ct.bare || p.is(i-1, "at") && !ct.dotted) && !(c.g == gMinute && ct.hh < c.hh) {
			// (a day just before it first: "go on sale Friday at 10 a.m. ... until April 30")
			if c.g == gPart && ct.half == 0 && ct.hh <= 12 {
				ct.hh = partHour(ct.hh, c.code)
			}
			// the morning ending a night named: "ran through the night until nearly 6 a.m."
			pc := p.prev.cal
			night := (c.g == gPart && c.code == "NI" || pc.g == gPart && pc.code == "NI" && pc.coarsen(gDay) == c.coarsen(gDay) && p.nearPrev(i, 0, 12)) && ct.half == 1 && ct.hh < 10
			c = c.coarsen(gDay)
			if night {
				c = c.nextDay()
			}
			day, ph.anchor, why = c, anchor, "on the day named in the sentence, "+c.value()
		} else if d := p.ref.coarsen(gDay); p.inEntry(i) && p.ref.g >= gDay && p.ref.known() && p.recentRef(i) && d != p.lastDay.coarsen(gDay) && !p.lineStart(i) {
			// a letter's hours follow the day it has just told of ("On
			// Sunday morning last the Russians came up. We stood to arms at five"),
			// but not a log's hour heading its line ("last night I slept
			// badly.\n\n6.15am. I unlock the hall.")
			day, ph.anchor, why = d, AnchorExpr, "on the day just told, "+d.value()
			if p.smallHoursOfNight(d, ct) || p.ref.g == gMinute && p.ref.hh >= 21 && ct.hh < 6 {
				// ("Came on at nine last night ... pulled her drip out at 2.40")
				day, why = d.nextDay(), "in the small hours after the night just told"
			}
		} else if last := p.entryAt; last.g == gMinute && last.known() && last.y < untoldMonthDay && p.clockEntry(i, ct.end) && minutesAfter(last, ct) > 0 {
			// a timeline's hours heading their lines go on from the last,
			// whatever day its entry told of ("10:00 a.m.\nA transfer paid
			// on 30 June 2003 ...\n\n11:00 a.m."); in one running newest
			// first, a later hour is of the day before ("12:40am — ...
			// \n\nMidnight — ...\n\n11:20pm")
			day, ph.anchor, why = last.coarsen(gDay), AnchorExpr, "a timeline's entry after the last one"
			if p.entriesBack >= 2 {
				day, why = day.prevDay(), "a newest-first timeline's entry before midnight"
			}
		} else if d, ok := p.storyDay(i, true); ok {
			// a story tells its times on the day it is at, and moves on (a
			// habit's hour is of every day: see below)
			day, why = d, ""
			if !habit {
				day, why = p.storyHour(d, &ct, i)
			}
			ph.anchor = AnchorExpr
		} else if last := p.entryAt; last.g == gMinute && last.known() && p.inClockEntry(i) {
			// an hour told in a timeline's entry is of the entry's day ("7.12pm
			// — First shout ... Back at station by quarter to eight")
			day, ph.anchor, why = last.coarsen(gDay), AnchorExpr, "in the timeline's entry of "+last.value()
			if last.hh >= 18 && ct.hh < 12 && ct.half != 0 && p.tense(i, ct.end) >= 0 { // (not "8:00pm — Polls are now closed. Stations opened at 8am")
				day, why = day.nextDay(), why+", past midnight"
			}
		} else if ct.bare && p.unplacedHour() {
			// a history's or a memoir's hour of no day it told ("the shift
			// began at seven"): an hour of some day
			day, ph.anchor, why = someDay, "", "an hour of a day the text does not tell"
		} else if ct.bare && !p.untold {
			return phrase{} // "the vote passed by ten": an hour alone is a story's (and any is, of a story that never tells its year)
		} else if p.hasDCT && p.clockEntry(i, ct.end) {
			// a news timeline's entries ("11:22 p.m. — ...") follow each
			// other from the DCT's day, whatever days the entries name
			day, why = p.dct.coarsen(gDay), "a timeline's entry on the DCT's day"
			if p.refIdx >= 0 && p.ref.g >= gDay && p.ref.known() && p.within(i, p.out[p.refIdx].End, 5, 300) &&
				!(p.out[p.refIdx].Anchor == AnchorDCT && p.ref.date().After(p.dct.date()) && !strings.ContainsAny(p.out[p.refIdx].Text, "0123456789")) {
				// the day the story has told ("A timeline shows how the day
				// unfolded:"), but not a day ahead told by name alone
				// ("schools will stay closed tomorrow\n\n19:40"; "Friday 3
				// May\n12.26am" is written out)
				day, ph.anchor, why = p.ref.coarsen(gDay), AnchorExpr, "a timeline's entry on the day just told"
			}
			if p.nightBefore && ct.hh >= 12 && ct.hh < 24 && day == p.dct.coarsen(gDay) {
				// the evening of a night the text has told ("followed the
				// count through Tuesday night ... 6:40 p.m. Lines are still
				// 40 deep"): the news of the morning after tells it
				day, ph.anchor, why = p.dct.prevDay(), AnchorDCT, "a timeline's entry in the evening before the DCT, whose night the text told"
			}
			if last := p.entryAt; last.g == gMinute {
				day, ph.anchor, why = last.coarsen(gDay), AnchorExpr, "a timeline's entry after the last one"
				if last.hh >= 18 && ct.hh < 12 {
					day, why = day.nextDay(), "a timeline's entry past midnight"
				}
			}
		} else if d, ok := p.toldDay(i, ct.end); ok {
			// news tells the times of the day it has just named ("struck
			// Sunday ... A second tremor hit at 11:15 p.m."), past its
			// midnight the next ("9:15 p.m. Friday ... shortly before
			// midnight. At 12:40 a.m., a camera recorded him")
			day, ph.anchor, why = d, AnchorExpr, "on the day just told, "+d.value()
			if p.prev.anchor == AnchorExpr && p.pastMidnight(day, ct, i) || p.smallHoursOfNight(day, ct) || p.smallHoursAfterEvening(day, ct, i) {
				day, why = day.nextDay(), "on the day after the evening just told"
			} else if r := p.ref; ct.hh == 24 && r.g == gMinute && r.hh < 12 && r.coarsen(gDay) == day && p.tense(i, ct.end) < 0 {
				// a midnight gone by, told after the morning it began: "By
				// 6:45 a.m. ... a machine jammed shortly before midnight"
				day, why = day.prevDay(), "the midnight that began the morning just told"
			}
		} else if l, m := p.lastClock, minutesAfter(p.lastClock, ct); p.hasDCT && l.g == gMinute && l.date().Before(p.dct.date()) && m > 0 && m <= 180 && p.tense(i, ct.end) <= 0 {
			// news goes on from the last time it told, on a day gone by, to
			// one a little later: "last seen at about 9.30pm on Saturday ...
			// CCTV footage shows her walking south at 9.41pm"
			day, ph.anchor, why = l.coarsen(gDay), AnchorExpr, "a little after the last time told, "+l.value()
		} else if (ct.spelled || p.is(i, "midnight", "noon", "midday")) && p.unplacedHour() {
			// (also "half past five" and "midnight", which news places on its days)
			day, ph.anchor, why = someDay, "", "an hour of a day the text does not tell"
		} else if !p.hasDCT {
			ph.anchor = ""
		} else if ct.hh >= 18 && ct.hh < 24 && p.nightBefore && p.tense(i, ct.end) < 0 {
			// news that has told the night before its day tells its evening
			// hours gone by of that night: "tornadoes overnight ... a tornado
			// touched down at 11:38 p.m."
			day, why = p.dct.prevDay(), "in the night before the DCT, told before"
		}
	}
	if last, ranged := p.rangeStartTime(i); ranged && !named && last.hh >= 18 && ct.hh < 12 && day.known() && last.coarsen(gDay) == day.coarsen(gDay) {
		day, why = day.nextDay(), why+", past the midnight of a night's range" // "from 10.30 pm until 2 am"
	}
	if ct.hh == 24 && p.is(i-1, "since") {
		ct.hh, why = 0, why+", the midnight that began it" // "500 quakes since midnight"
	}
	if ct.hh == 24 && ct.mm > 0 {
		// "12.30 at night" is past the midnight that ends the day
		ct.hh = 0
		if day.known() {
			day, why = day.nextDay(), why+", past its midnight"
		}
	}
	if !named && habit {
		day, ph.anchor, why = someDay, "", "an hour of every such day" // "open from 10am to 5pm daily"
	}
	c := day
	c.g, c.hh, c.mm, c.ss = gMinute, ct.hh, ct.mm, ct.ss
	ph.cal = c
	ph.why = "'" + p.span(i, ph.end) + "', " + why + " -> " + c.value()
	if ct.hasZone {
		ph.why += " (zone UTC" + zoneString(ct.zone) + ")"
	}
	return ph
}

// unplacedHour reports whether a time of day with no day to place it on is
// an hour of some day of a history's or a memoir's, not of the DCT's: the
// text tells of an earlier year and no day of news.
func (p *parser) unplacedHour() bool {
	return p.hasDCT && !p.untold && p.newsDays == 0 && (p.isHistory() || p.refIdx >= 0 && p.ref.known() && p.ref.y < p.dct.y-1)
}

// storyHour places hour ct of a story on its day d, after the last time
// the story told: in the same evening ("that night ... a quarter to
// twelve", "by midnight ... at half past eleven"), past its midnight
// ("Thursday night ... at 12:40", "at eight minutes to midnight ... By one
// o'clock"), or on d itself. It says why.
func (p *parser) storyHour(d cal, ct *clockTime, i int) (cal, string) {
	last := p.lastDay
	night := last.g == gPart && last.code == "NI" || last.g == gMinute && last.hh >= 21
	twelve := ct.half == 0 && ct.hh == 12 && !p.is(i, "noon", "midday")
	next := d.nextDay()
	pc := p.prev.cal
	switch {
	case (last.g == gMinute && last.hh >= 18 && ct.hh+12 >= min(last.hh, 21) || p.pastNoon(ct.hh) || last.g == gPart && (last.code == "EV" || last.code == "NI") && ct.hh >= 6) && ct.half == 0 && ct.hh < 12:
		ct.hh += 12
	case twelve && night:
		ct.hh = 0
		return next, "past the midnight of the night just told"
	case last.g == gPart && last.code == "NI" && ct.hh >= 1 && ct.hh < 6:
		return next, "in the small hours after the night just told"
	case twelve && last.g == gMinute && last.hh < 5:
		ct.hh = 0 // still past midnight: "at 12:40, and again at 12:55"
	case pc.g == gMinute && pc.coarsen(gDay) == d.coarsen(gDay) && pc.hh < 3 && ct.hh >= 21 && ct.hh < 24 && (ct.hh-pc.hh-24)*60+ct.mm-pc.mm > -180 && p.nearPrev(i, 1, 40):
		// the evening just gone, told in the small hours: "00:15 - CCTV
		// reviewed: Whitlow boards the 23:55"
		return d.prevDay(), "in the evening before the small hours just told"
	case last.g == gMinute && last.hh >= 18 && ct.hh < 12 || p.pastMidnight(d, *ct, i):
		return next, "on the day after the last time of the text"
	case ct.half == 1 && ct.hh < 5 && !ct.bare && !(last.g == gMinute && last.hh < 6) && p.until(i) && p.saysMorning(i, ct.end):
		// the small hours a day's doings went on until: "sat up in the
		// kitchen until their father came in at four in the morning"
		return next, "in the small hours the day went on until"
	case p.clockNow.g == gMinute && p.clockNow.hh >= 12 && p.clockNow.coarsen(gDay) == d.coarsen(gDay) && ct.half == 1 && !ct.bare && ct.hh < 6 && !p.pluperfect(i) && p.nearPrev(i, 2, 90):
		// the story, its afternoon reached, goes on into the night: "by half
		// past four we could smell it ... did not come back until half past
		// one in the morning"
		return next, "in the small hours after the afternoon just told"
	case p.prev.cal.g == gMinute && p.prev.cal.coarsen(gDay) == d.coarsen(gDay) && ct.hh < min(p.prev.cal.hh, 6) && p.nearPrev(i, 0, 40) && p.hourCue(i) == cueNight:
		return next, "in the small hours after the last time of the text" // "up since six, and in bed by one"
	}
	return d, "on the last day of the text"
}

// eveningAhead is the hour of the first time of day after token i in its
// sentence when it is told as an afternoon's or an evening's ("8pm",
// "8 p.m."), which a bare hour before it is also.
func (p *parser) eveningAhead(i int) (int, bool) {
	for k := i + 1; k < len(p.toks) && k < i+20 && !p.toks[k].brk; k++ {
		if p.toks[k].kind != tkNum || p.toks[k].num < 1 || p.toks[k].num > 12 {
			continue
		}
		if e, pm, ok := p.meridiem(k + 1); ok && e > k {
			return p.toks[k].num%12 + 12*btoi(pm), pm
		}
	}
	return 0, false
}

// bareHalf is the hour of the day of a bare hour hh (1-12) at token i:
// in the half of the day the words around it tell (hourCue), in the part
// of the day the text has just told ("until morning. At six"), after the
// hour it has just told, in the same half of the day or past midnight
// ("at midnight ... by four"), and otherwise in a waking day:
// six to eleven in the morning, one to five in the afternoon. A habit's
// hour is of no day the story told, so only its waking day counts.
func (p *parser) bareHalf(i, hh int, habit bool) int {
	if h, ok := p.cuedHalf(i, hh); ok {
		return h
	}
	last := p.prev.cal
	if p.prev.typ == Duration && p.clockNow.g == gMinute && p.clockNow == p.lastDay && p.refIdx == len(p.out)-2 {
		last = p.clockNow // past a stretch of time: "By half past eleven he is in bed. He reads for twenty minutes. ... At 12.50"
	}
	if (!habit || last.g == gPart || p.nearPrev(i, 0, 40)) && p.nearPrev(i, 2, 120) { // (a habit's hours go on from its own: "set out at five o'clock would be gray by six")
		switch {
		case last.g == gPart && last.code == "NI":
			if hh >= 7 && hh < 12 {
				return hh + 12 // "Monday night ... on watch from ten"
			}
			return hh % 12 // (two at night; twelve is the midnight just begun)
		case last.g == gPart && last.code == "MO" && hh >= 1 && hh <= 4:
			return hh + 12 // past the morning: "spent the morning on the quay. At two she drove out"
		case last.g == gPart:
			return partHour(hh, last.code)
		case last.g == gMinute && last.hh >= 12:
			if hh < 12 && hh+12 >= last.hh {
				return hh + 12
			}
			return hh % 12
		case last.g == gMinute:
			if hh < last.hh && hh < 12 {
				return hh + 12 // "at 9 a.m. ... at three"
			}
			return hh
		}
	}
	if !habit && p.pastNoon(hh) {
		return hh + 12 // "came home on the four o'clock bus ... laid the table at six"
	}
	if pm, ok := p.eveningAhead(i); ok && hh >= 1 && hh+12 < pm {
		return hh + 12 // "at six and stayed until visiting ended at 8pm"
	}
	if hh <= 5 && p.daytime(i, hh, habit) {
		return hh + 12
	}
	return hh
}

// cuedHalf is the hour of the day of an hour hh (1-12) at token i told
// without its half of the day, when the words around it tell the half
// (hourCue).
func (p *parser) cuedHalf(i, hh int) (int, bool) {
	switch cue := p.hourCue(i); {
	case hh == 12 || cue == cueNone:
	case cue == cueMorning || cue == cueNight && hh < 6:
		return hh, true
	case cue == cueEvening || hh >= 6 && !(cue == cueLate && p.nearPrev(i, 0, 40) && p.prev.cal.g >= gPart):
		// (a closing hour or a homecoming's follows a time of its
		// sentence: "handed over at 7.30 this morning, home by eight")
		return hh + 12, true
	}
	return hh, false
}

// The half of the day the words around a bare hour tell (see hourCue).
const (
	cueNone    = iota
	cueNight   // from six an evening's, before it the small hours': "in bed by ten", "sat up till three"
	cueEvening // "supper at eight", "every evening at a quarter to nine"
	cueLate    // from six an evening's: "the pubs empty at eleven", "closed at ten", "home by seven", "at nine, and by midnight" (but "in the pub by four")
	cueMorning // "awake since five", "woke before four", "the alarm goes at five"
)

// alarmClock reports whether token k is the alarm that wakes one ("the
// alarm goes at six", "set the alarm for seven"), not one raised ("The alarm was raised
// at about twenty to ten").
func (p *parser) alarmClock(k int) bool {
	return p.is(k, "alarm") && (p.is(k+1, "clock", "goes", "went", "rang", "rings", "for") || p.is(k-1, "my", "his", "her", "our", "their", "your") || p.is(k-2, "set", "sets"))
}

// hourCue is the half of the day a bare hour at token i is told in by
// the words just before it in its clause, or just after it: a night's
// ("in bed by ten", "sat up till three", "the night shift began at ten",
// "the pubs empty at eleven"), an evening's ("supper at eight", "every
// evening until nine", "at six tonight") or a morning's ("awake since
// five", "up since three", "woke before four").
func (p *parser) hourCue(i int) int {
	j := p.prepOf(i)
	since := p.is(j, "since")
	for k := j; k >= 0 && k > j-5 && !p.toks[k+1].brk; k-- {
		switch {
		case p.is(k, "awake", "woke", "wake", "wakes", "waking") || p.alarmClock(k) || since && p.is(k, "up", "asleep"):
			return cueMorning
		case p.is(k, "bed", "bedtime", "nights", "tonight") || p.is(k, "night") && p.is(k+1, "shift", "shifts") || p.is(k, "up") && p.is(j, "until", "till") || p.is(k, "asleep") && p.is(j, "by", "before"):
			return cueNight
		case p.is(k, "pub", "pubs", "close", "closes", "closed", "closing", "shut", "shuts") || p.is(k, "home", "back") && p.is(j, "by", "until", "till"):
			return cueLate
		case p.is(k, "evening", "evenings", "supper", "dinner") || p.eveningEvent(k):
			return cueEvening
		case p.tok(k).kind == tkPunct && k < j:
			return cueNone // the clause begins
		}
	}
	for k := i + 1; k < len(p.toks) && k < i+8 && !p.toks[k].brk && p.tok(k).kind != tkNum; k++ {
		if p.is(k, "and", "but") {
			if p.is(k+1, "fully", "already", "quite") && p.is(k+2, "dark") {
				return cueEvening // dusk gone by: "a quarter past eight and fully dark"
			}
			break
		}
		switch {
		case p.is(k, "tonight", "evening", "evenings", "bed") || p.eveningEvent(k):
			return cueEvening
		case p.is(k, "close", "closes", "closed", "shut", "shuts"):
			return cueLate
		}
	}
	for k := i + 1; k < len(p.toks) && k < i+16 && !p.toks[k].brk; k++ {
		if p.is(k, "midnight") && p.is(k-1, "by", "until", "till", "past", "after", "to") {
			return cueLate // the evening goes on to its midnight: "building at around nine, and by midnight"
		}
	}
	return cueNone
}

// eveningEvent reports whether token k names what an evening holds, so
// that a bare hour told with it is after noon: a night out ("the
// fireworks", "the quiz", "a party"), the last bus home, or dusk ("the
// sun went down", "the light goes").
func (p *parser) eveningEvent(k int) bool {
	return p.is(k, "fireworks", "quiz", "disco", "gig", "concert", "sunset", "dusk", "nightfall") ||
		p.is(k, "party") && !p.tok(k).upper || // (not "a man from the Party")
		p.is(k, "last") && p.is(k+1, "bus", "buses", "train", "trains", "tram", "orders") ||
		p.is(k, "sun") && p.is(k+1, "went", "goes", "set", "sets", "sank", "sinks") ||
		p.is(k, "light") && p.is(k+1, "went", "goes", "going", "gone", "faded", "fading", "failing")
}

// pastNoon reports whether the story's day has reached an hour past noon
// no later than hour hh (1-11) of the evening: the day goes on, and "at
// six" after "the four o'clock bus" is 18:00.
func (p *parser) pastNoon(hh int) bool {
	now := p.clockNow
	return now.g == gMinute && now.hh >= 12 && hh < 12 && hh+12 >= now.hh && now.coarsen(gDay) == p.lastDay.coarsen(gDay)
}

// stillAhead reports whether the time at tokens [i, j) is told as to come
// in the story's day, not as reached: "The service is at two", "the match
// is not until three o'clock", "will be home at half past one".
func (p *parser) stillAhead(i, j int) bool {
	k := i - 1
	// (a story told in the present is at its present: "at 6:45 that morning
	// I am standing")
	ahead := p.tense(i, j) > 0 && !p.storyNow
	if !p.is(k, "at", "until", "till") {
		return ahead
	}
	if p.is(k-1, "not", "due") {
		k--
	}
	return p.is(k-1, "is", "are", "was", "were", "be") || ahead
}

// daytime reports whether hour hh at token i, told without its half of
// the day, is of a waking day: not after a night, a morning or a later
// hour of the small hours the story has just told ("awake since four ...
// the ceremony is at half past two" is in the afternoon), nor when
// someone "woke at" it or has been "awake since" it. A habit's hour
// (habit) is of no day the story told, only of the words around it.
func (p *parser) daytime(i, hh int, habit bool) bool {
	day := func(c cal) bool {
		switch c.g {
		case gPart:
			return c.code == "AF"
		case gMinute:
			return c.hh >= 7 && c.hh < 21 || hh < c.hh && c.hh < 7
		}
		return true
	}
	if !habit && (!day(p.lastDay) || p.nearPrev(i, 2, 120) && !day(p.prev.cal)) {
		return false
	}
	if p.is(i-1, "at", "since") && p.is(i-2, "wake", "wakes", "woke", "awoke", "waking", "rose", "up", "awake") {
		return false
	}
	// nor in a sentence told in the dark or woken from: "formed up in
	// darkness ... the assault began at three o'clock", "Left at twenty
	// past five, in starlight", "At five the alarm goes"
	dark := func(k int) bool { // (but "as soon as it got dark" is dusk)
		return p.is(k, darkWords...) && !p.is(k-1, "got", "gets", "getting", "grew", "grows", "growing") || p.alarmClock(k)
	}
	for k := i; k > 0 && i-k < 40 && !p.toks[k].brk; k-- {
		if dark(k - 1) {
			return false
		}
	}
	for k := i + 1; k < len(p.toks) && k-i < 12 && !p.toks[k].brk; k++ {
		if dark(k) {
			return false
		}
	}
	return true
}

var darkWords = []string{"dark", "darkness", "starlight", "moonlight", "dawn", "daybreak", "sunrise", "predawn"}

// afternoon reports whether an hour written without a.m. or p.m. at token
// i comes, in the same or the next sentence, after an afternoon, an
// evening, a night (from six) or an hour after noon that it follows: "by
// early afternoon ... about 2:30, and by 5 o'clock", "that night ... at a
// quarter to twelve".
func (p *parser) afternoon(i, hh int) bool {
	last := p.prev.cal
	switch {
	case last.g == gPart && (last.code == "AF" || last.code == "EV" || last.code == "NI" && hh >= 6):
	case last.g == gMinute && last.hh >= 12 && last.hh < 24 && hh+12 >= last.hh:
		// (after an evening's, as far as pastMidnight looks: "at 8:15. They
		// gave ... By 10 o'clock")
		return p.nearPrev(i, 1+btoi(last.hh >= 18), 90)
	case p.partNow.code == "AF" && hh >= 6 && p.within(i, p.partEnd, 8, 400) && p.lastDay.known() && p.partNow.coarsen(gDay) == p.lastDay.coarsen(gDay):
		// a story's day gone on past its afternoon: "It started raining
		// that afternoon ... Around ten o'clock Dad was listening"
		return p.clockNow.g != gMinute || p.clockNow.hh >= 12
	default:
		return false
	}
	return p.nearPrev(i, 1, 90)
}

// numberIn reports whether tokens [b, e) hold a number.
func (p *parser) numberIn(b, e int) bool {
	for k := b; k < e; k++ {
		if p.toks[k].kind == tkNum {
			return true
		}
	}
	return false
}

// clockEntry reports whether the time at tokens [i, e) heads an entry of
// a timeline or a live blog: "9:14 p.m. — ...", "11:22 p.m. The AP calls",
// "- 4:52 a.m.: The brakes engage".
func (p *parser) clockEntry(i, e int) bool {
	b := i
	for p.is(b-1, "about", "around", "approximately", "roughly", "nearly", "almost", "shortly", "just", "after", "before") && b > i-2 {
		b-- // "About 7:15 a.m. -- Police begin", "Shortly after 9 p.m."
	}
	if p.punct(b-1, "-") || p.punct(b-1, "•") || p.punct(b-1, "*") {
		b-- // a list's bullet
	}
	return p.lineStart(b) && (p.punct(e, ":") || p.punct(e, ".") || p.punct(e, "—") || p.punct(e, "–") || p.punct(e, "-") || p.punct(e, "--") || p.tok(e).kind == tkWord && p.tok(e).upper)
}

// habitClock reports whether the sentence of the time of day at token i
// tells a habit or a timetable: "open from 8 a.m. to 8 p.m. daily", "meets
// every morning at eight", "We went on at two as a rule", "the earliest
// train on Sundays leaves at 11.10am".
func (p *parser) habitClock(i int) bool {
	s, e := p.clauseOf(i)
	for k := s; k <= e; k++ {
		t, n := p.tok(k), p.tok(k+1)
		if k > i && p.is(k, "who", "which", "whose") {
			break // a habit of someone named after it: "At nine the band starts, a covers band who play most weekends"
		}
		switch {
		case p.is(k-1, "as") || p.is(k-2, "as") || p.is(k-3, "as") || p.is(k-4, "as"):
			// a day's time likened to the habit: "rang at eight, as she had
			// every year", "wakes at 6.10, as she has done every morning"
		// "sometimes at nine", "often rising at four", "For weeks after that
		// he still woke at a quarter past five", "five nights a week"
		case p.is(k, "daily", "nightly", "hourly", "weekdays"),
			k < i && i-k <= 5 && p.is(k, "usually", "always", "normally", "generally", "typically", "invariably", "sometimes", "often", "regularly"),
			k < i && p.is(k, "for") && p.is(k+1, "weeks", "months", "years") && p.is(k+2, "after", "afterwards", "afterward"),
			(t.kind == tkNum || t.lex != nil && t.lex.class&cCard != 0 || p.is(k, "twice")) && k != i && p.set(k).end > k,
			p.is(k, "every", "each") && n.lex != nil && (n.lex.class&(cPart|cWeekday) != 0 || n.lex.class&cUnit != 0 && n.lex.unit >= uDay) &&
				!p.is(k+2, "of", "i", "we", "he", "she", "they", "you"),
			p.is(k, "as") && p.is(k+1, "a") && p.is(k+2, "rule"),
			p.is(k-1, "on") && t.lex != nil && t.lex.class&cWeekday != 0 && t.lex.plural,
			// "I still wake at half past four most mornings", "we'd come in
			// at eight", "it used to close at ten", "at weekends"
			p.is(k, "most", "some") && n.lex != nil && n.lex.plural && n.lex.class&(cPart|cUnit|cWeekday) != 0,
			k < i && (p.stillDoes(k) || p.wouldDo(k) || p.is(k, "used") && p.is(k+1, "to")),
			p.is(k, "at", "on") && p.is(k+1, "weekends", "weekdays"):
			return true
		}
	}
	return false
}

// stillDoes reports whether "still" at token k tells what someone goes on
// doing: "I still wake", not "were still singing" nor "is still open".
func (p *parser) stillDoes(k int) bool {
	v := p.tok(k + 1)
	return p.is(k, "still") && p.is(k-1, "i", "we", "he", "she", "they", "you") && v.kind == tkWord && p.cue(k+1) != cuePast &&
		!strings.HasSuffix(v.low, "ing") && !p.is(k+1, "be", "is", "are", "was", "were", "had", "has", "have")
}

// wouldDo reports whether "'d" at token k is a habit's "would": "he'd
// light it", not "I'd started" (had).
func (p *parser) wouldDo(k int) bool {
	return p.is(k, "d") && p.punct(k-1, "'") && p.is(k-2, "we", "you", "they", "he", "she", "i") && p.cue(k+1) != cuePast &&
		!strings.HasSuffix(p.tok(k+1).low, "ed") && !p.is(k+1, "be", "been", "have", "got", "gone", "done", "had")
}

// nearPrev reports whether token i comes at most n sentence breaks and
// span tokens after the last phrase emitted (see within).
func (p *parser) nearPrev(i, n, span int) bool {
	return p.prev.end > 0 && p.within(i, p.toks[p.prev.end-1].end, n, span)
}

// inClockEntry reports whether token i is in the paragraph of the entry a
// timeline's last time heads, that time being the last date told.
func (p *parser) inClockEntry(i int) bool {
	if p.refIdx < 0 || p.ref != p.entryAt {
		return false
	}
	end := p.out[p.refIdx].End
	return p.within(i, end, 3, 80) && !strings.Contains(p.text[end:p.toks[i].start], "\n\n")
}

// within reports whether token i comes at most n sentence breaks and span
// tokens after byte offset end (the bound keeps unbroken text linear).
func (p *parser) within(i, end, n, span int) bool {
	breaks := 0
	for k := i; k > 0 && p.toks[k-1].end > end; k-- {
		if i-k >= span {
			return false
		}
		if p.toks[k].brk {
			if breaks++; breaks > n {
				return false
			}
		}
	}
	return true
}

// yetToCome reports whether a story told in the present tells the time of
// ph as one it has yet to reach: "The lease runs out at midnight tonight".
func (p *parser) yetToCome(ph phrase) bool {
	return p.storyNow && (p.is(ph.end-1, "tonight") || p.is(ph.end, "tonight"))
}

// pastMidnight reports whether a morning hour at token i follows, in the
// same or the next sentence, an evening hour of day d: it is the next morning.
func (p *parser) pastMidnight(d cal, ct clockTime, i int) bool {
	last := p.prev.cal
	if last.g != gMinute || last.y != d.y || last.n != d.n || last.d != d.d || last.hh < 18 || ct.hh >= 12 {
		return false
	}
	return p.nearPrev(i, 2, 90) && !p.yetToCome(p.prev)
}

// smallHoursOfNight reports whether hour ct is in the small hours after
// the night of day d the text has just told: "a fire overnight ... at
// about 2:15 a.m.".
func (p *parser) smallHoursOfNight(d cal, ct clockTime) bool {
	return p.ref.g == gPart && p.ref.code == "NI" && p.ref.coarsen(gDay) == d && (ct.hh < 6 || ct.half == 1 && ct.hh < 10) // (or the morning that ended it: "through the night ... until nearly 6 a.m.")
}

// minutesAfter is how many minutes hour ct is after time of day l.
func minutesAfter(l cal, ct clockTime) int {
	return ct.hh*60 + ct.mm - l.hh*60 - l.mm
}

// until reports whether "until" or "till" leads the clause of token i to
// it: "rota at the college until 2 a.m.", "until he came in at four".
func (p *parser) until(i int) bool {
	for k := i - 1; k >= 0 && k >= i-8 && !p.toks[k+1].brk && !p.punct(k, ","); k-- {
		if p.is(k, "until", "till", "til") {
			return true
		}
	}
	return false
}

// saysMorning reports whether the time at tokens [i, j) says it is of the
// morning: "2 a.m.", "four in the morning".
func (p *parser) saysMorning(i, j int) bool {
	s := p.low[p.toks[i].start:p.toks[j-1].end]
	return bytes.Contains(s, []byte("a.m")) || bytes.HasSuffix(s, []byte("am")) || bytes.HasSuffix(s, []byte("morning"))
}

// smallHoursAfterEvening reports whether the a.m. hour ct at token i, told
// in the past, is in the small hours after an evening hour the text told
// last on day d: "broke out at about 8:40 p.m. on Saturday ... fought the
// blaze until 3 a.m.".
func (p *parser) smallHoursAfterEvening(d cal, ct clockTime, i int) bool {
	last := p.lastDay
	return last.g == gMinute && last.hh >= 18 && last.coarsen(gDay) == d && ct.hh < 6 && ct.half == 1 && p.tense(i, ct.end) < 0
}

// toldDay is the day the text has just told (in this sentence or the two
// before), when a time of day at tokens [i, j) is on it: a story
// goes on about its day, unless the tense of the clause goes the other
// way ("Talks ended Monday. They will resume at 9 a.m.", "... tomorrow
// night. The party lasted until 3 in the morning").
func (p *parser) toldDay(i, j int) (cal, bool) {
	d := p.ref
	if p.refIdx < 0 || d.g < gDay || !d.known() || !p.recentRef(i) {
		// a coarser date since ("voted Friday, setting up a walkout as soon
		// as next week. Ballots were cast from 6 a.m. to 8 p.m.")
		if d = p.lastDay; d.g < gDay || !d.known() || p.dayEnd == 0 {
			return cal{}, false
		}
		if !p.within(i, p.toks[p.dayEnd-1].end, 3, 150) && !(d.date().Before(p.dct.date()) && p.tense(i, j) < 0 && p.within(i, p.toks[p.dayEnd-1].end, 8, 400)) ||
			p.hasDCT && abs(int(d.date().Sub(p.dct.date()).Hours()/24)) > 7 {
			if !p.pastDayGoesOn(i, j) {
				return cal{}, false // (news's own days are of its week)
			}
		}
	}
	if d == p.ref && p.refIdx == len(p.out)-1 && p.quoted(p.prev.begin) && !p.quoted(i) {
		return cal{}, false // a day someone said is not the report's: "“... tomorrow, I don't want anybody on those roads.” ... takes effect at 6 p.m."
	}
	d = d.coarsen(gDay)
	if d.date().After(p.dct.date()) {
		return d, p.tense(i, j) >= 0
	}
	return d, p.tense(i, j) <= 0 || p.dueThen(i)
}

// pastDayGoesOn reports whether the hour at tokens [i, j) goes on telling
// the day of a year gone by that the text wrote out in full and told at,
// with nothing told against the DCT since: an anniversary's "The fire
// broke out at 8:40 p.m. on Saturday, March 11, 1978 ... Firefighters
// fought the blaze until 3 a.m."
func (p *parser) pastDayGoesOn(i, j int) bool {
	if !p.hasDCT || !p.dayAt || p.lastDay.y >= p.dct.y-1 || p.tense(i, j) >= 0 || !p.within(i, p.toks[p.dayEnd-1].end, 8, 1000) {
		return false
	}
	dayEnd := p.toks[p.dayEnd-1].end
	for k := len(p.out) - 1; k >= 0 && p.out[k].End > dayEnd; k-- {
		if p.out[k].Anchor == AnchorDCT {
			return false
		}
	}
	return true
}

// rangeStartTime is the time of day just told when the time at token i
// ends a range from it: "from 9.15am to 10am", "from 10.30 pm until 2 am".
func (p *parser) rangeStartTime(i int) (cal, bool) {
	last := p.prev.cal
	return last, p.is(i-1, "to", "until", "till") && p.prev.end == i-1 && last.g == gMinute
}

// dayJustAfter reports whether a weekday or a month comes within four
// tokens of token k, in its clause.
func (p *parser) dayJustAfter(k int) bool {
	for e := k + 4; k < e && k < len(p.toks) && !p.toks[k].brk && !p.punct(k, ","); k++ {
		if p.has(k, cWeekday|cMonth) {
			return true
		}
	}
	return false
}

// dueThen reports whether the clause of the time at token i told it as to
// come on a day gone by: "The tide was due to turn at about 10.40am".
func (p *parser) dueThen(i int) bool {
	for k := i - 1; k >= 0 && k >= i-12 && !p.toks[k+1].brk; k-- {
		if p.is(k, "was", "were") && p.cue(k+1) == cueStrong {
			return true
		}
	}
	return false
}

// conversion reports whether a time at token i restates in parentheses
// the time just told in another zone ("10:35 a.m. (0735 GMT)", "3:42
// a.m. local time (1042 GMT)"): TimeBank tags only the first, unless the
// second names its day ("9:41 p.m. EDT Wednesday (0141 GMT Thursday)").
// Either way it tells no new time: the story's day stays.
func (p *parser) conversion(i int) bool {
	n := len(p.out)
	if !p.punct(i-1, "(") || n == 0 || p.out[n-1].Type != Time {
		return false
	}
	for k := i - 2; k >= i-4 && k >= 0; k-- {
		if p.toks[k].end <= p.out[n-1].End {
			return true
		}
	}
	return false
}

// newSentence reports whether token k, after "p.m." (a period the lexer
// does not take for a sentence's end), starts one: "just after 4 p.m. That
// night I camped", "until 7 p.m. On Saturday the first train".
func (p *parser) newSentence(k int) bool {
	return p.punct(k-1, ".") && p.tok(k).upper && p.is(k, "that", "the", "on", "by", "in", "at")
}

// sentenceDay finds the day a clock time at tokens [i, j) belongs to: a
// weekday or date a few tokens on in the same sentence, or the day just
// before it in the same sentence.
func (p *parser) sentenceDay(i, j int) (cal, string, bool) {
	if d := p.prev; len(p.out) > 0 && d.end == i-1 && p.is(i-1, "at") && d.cal.g == gDay && d.cal.known() && d.value == "" {
		return d.cal, AnchorExpr, true
	}
	for k := j; k < j+8 && k < len(p.toks) && !p.toks[k].brk && !p.newSentence(k) && !p.lineStart(k); k++ {
		if p.is(k, "and", "but") && p.is(k+1, "i", "we", "he", "she", "they", "you", "it") {
			break // another clause: "Communion at half past six and I came off nights on Thursday"
		}
		if (p.toks[k].kind != tkWord || p.toks[k].lex == nil) && !(p.toks[k].kind == tkNum && p.is(k-1, "on") && !p.numberIn(j, k)) {
			continue // (a day written day first after "on": "02:14 ship's time on 9 October 2189"; not another hour's, "00:55 (22:55 UTC on 27 September)")
		}
		if d := p.dayNamed(k); d.ok() && d.cal.g == gDay {
			if n := p.tok(d.end); p.is(k-1, "the", "a") && n.kind == tkWord && !n.upper && n.lex == nil {
				continue // a thing's day, not the hour's: "until 9 p.m. to register for the May 6 primary"
			}
			if p.is(k-1, "of") && p.has(k-2, cPart) && p.is(k-3, "the") {
				// "at twenty past eleven on the night of Friday 7 March"
				d.cal.g, d.cal.code = gPart, p.tok(k-2).lex.code
			}
			return d.cal, d.anchor, true
		}
	}
	if d := p.prev; len(p.out) > 0 && d.end > 0 && d.end <= i && (d.cal.g == gDay || d.cal.g == gPart) && d.cal.known() && !p.crossesSentence(d.end-1, i) &&
		(p.is(d.begin, "yesterday", "tomorrow", "today", "tonight") && !p.is(d.end, "and") || d.value == "" && p.punct(d.end, ",") && p.is(d.end+1, "when")) {
		// the day the sentence tells of: "Yesterday I carried from five in
		// the morning till nine at night", "held since Tuesday, when gunmen
		// ambushed the convoy at 7:40 a.m." (not one in a clause of its own:
		// "Loaded the boat yesterday and pushed off at six")
		return d.cal.coarsen(gDay), AnchorExpr, true
	}
	if d := p.prev; len(p.out) > 0 && d.end > 0 && d.end >= i-3 && (d.cal.g == gDay || d.cal.g == gPart) && d.cal.known() && d.value == "" && p.is(i-1, "at", "by", "around", "about", "after", "before", "between") {
		for k := d.end; k < i; k++ {
			if p.toks[k].brk {
				return cal{}, "", false
			}
		}
		return d.cal.coarsen(gDay), AnchorExpr, true // "began yesterday at half past five", "died on the night of the third, somewhere between eleven and one"
	}
	if n := len(p.out); n > 0 && p.refIdx == n-1 && (p.ref.g == gDay || p.ref.g == gPart || p.ref.g == gMinute && !p.inStoryYear(i)) && p.ref.known() {
		for k := i; k >= 0 && p.toks[k].start >= p.out[n-1].End; k-- {
			if p.toks[k].brk {
				return cal{}, "", false
			}
		}
		r := p.ref
		if r.g != gMinute {
			r = r.coarsen(gDay) // (a time keeps its hour, for the caller to compare)
		}
		return r, AnchorExpr, true // ("on Saturday morning at ten o'clock", "opens at 6pm on Friday, followed at 9.30pm by")
	}
	return cal{}, "", false
}

// clockAfter parses a time of day following a date: "Mar 24, 2024 3:52 PM", "March 5 at 9 a.m.".
func (p *parser) clockAfter(k int) (end, hh, mm int, ok bool) {
	if k > 0 && k < len(p.toks) && strings.Contains(p.text[p.toks[k-1].end:p.toks[k].start], "\n") {
		return 0, 0, 0, false // a dateline, then a time on the next line
	}
	if p.punct(k, ",") || p.is(k, "at") {
		k++
	}
	if h, m := p.tok(k), p.tok(k+2); h.kind == tkNum && len(h.low) <= 2 && h.num < 24 && p.punct(k+1, ":") && p.glued(k+1) && p.glued(k+2) &&
		m.kind == tkNum && len(m.low) == 2 && m.num < 60 && !p.meridiemAt(k+3) {
		// a 24-hour time after a date: "15 July 1975, 12:20", a stamp's
		// "Issued: 19/06/2015 11:40[:00]"
		end := k + 3
		if p.punct(end, ":") && p.glued(end) && p.tok(end+1).kind == tkNum {
			end += 2
		}
		return end, h.num, m.num, true
	}
	if h := p.tok(k); p.punct(k-1, ",") && h.kind == tkNum && len(h.low) == 4 && (h.low[0] == '0' && h.num/100 < 24 && h.num%100 < 60 && p.logHeadEnd(k+1) || p.logTimeAfterDay(k)) {
		return k + 1, h.num / 100, h.num % 100, true // a log's heading: "Monday 11 November 2346, 0610 ship time."
	}
	ct, ok := p.clockAt(k)
	if !ok || !ct.sure {
		return 0, 0, 0, false
	}
	return ct.end, ct.hh, ct.mm, true
}

// logHeadEnd reports whether token k ends a log's heading line, maybe
// after the clock it keeps: "0610 ship time.", "0800 hrs".
func (p *parser) logHeadEnd(k int) bool {
	for n := 0; n < 3 && p.is(k, "ship", "station", "local", "time", "hrs", "hours", "gmt", "utc"); n++ {
		k++
	}
	if p.punct(k, ".") {
		k++
	}
	return p.lineStart(k)
}

// entryStart reports whether token i opens a line, maybe after a bullet:
// a timeline's entry ("- Sunday, 11.40pm: ...").
func (p *parser) entryStart(i int) bool {
	return p.lineStart(i) || p.tok(i-1).kind == tkPunct && p.lineStart(i-1)
}

// stampStart reports whether token i opens a timeline's entry or follows
// a line's label: an e-mail's "Date: Tuesday 12 April 2016, 21:14". A date
// and time there are one.
func (p *parser) stampStart(i int) bool {
	return p.entryStart(i) || p.punct(i-1, ":") && p.lineStart(i-2) && p.tok(i-2).kind == tkWord
}

// hourHead reports whether the day at tokens [i, k) heads a timeline's
// entry with its hour: "Monday, 9:40 p.m. A section of roof collapses".
func (p *parser) hourHead(i, k int) bool {
	if !p.stampStart(i) || !p.punct(k, ",") {
		return false
	}
	ct, ok := p.clockAt(k + 1)
	return ok && ct.sure // (not "9")
}

// dayHead reports whether the day at tokens [i, k) heads a timeline's
// entry, with its hour or its part of the day or alone before a dash:
// "Monday, 9:40 p.m. A section of roof collapses", "Sunday afternoon - A
// car is found", "SUNDAY - The hijackers order the pilot".
func (p *parser) dayHead(i, k int) bool {
	return p.hourHead(i, k) || p.stampStart(i) && (p.has(k, cPart) || p.punct(k, "-") || p.punct(k, "—") || p.punct(k, "–"))
}

// zoneString formats an offset as "+05:30" or "-05:00".
func zoneString(off int) string {
	sign := "+"
	if off < 0 {
		sign, off = "-", -off
	}
	return sign + pad(off/3600, 2) + ":" + pad(off%3600/60, 2)
}
