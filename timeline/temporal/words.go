package temporal

import (
	"encoding/binary"
	"maps"
	"slices"
	"time"
	"unicode/utf8"
)

// class is a bit set of the roles a word can play in a time expression.
type class uint32

const (
	cMonth   class = 1 << iota // "march", "sept"
	cWeekday                   // "friday", "fri"
	cCard                      // cardinal number word: "two", "twenty"
	cOrd                       // ordinal: "third", "22nd" suffixes are handled apart
	cUnit                      // "day", "weeks", "decade"
	cSeason                    // "summer", "fall"
	cPart                      // part of day: "morning", "night"
	cZone                      // time zone: "cdt", "gmt"
	cAbbrev                    // an abbreviation that may take a period: "sept", "mon"
	cVague                     // "few", "several", "couple": an unknown amount
	cKey                       // any other word a rule may start with
	cFunc                      // a function word that starts a phrase only before another time word
	cLink                      // a word inside modifiers ("more than"), never first
	cHoliday                   // the first word of a holiday name, a trigger when capitalized

	// Membership in the rules' own tables, so that a rule asks its map
	// only about the few words in it, not about every word it is tried at.
	cLead      // durationLeads: "past", "next"
	cDecade    // decadeWords: "eighties"
	cSetAdverb // setAdverbs: "daily"
	cRefWord   // refWords: "recently"
	cDayWord   // dayWords: "today"

	// Tokens that are no dictionary words, for a rule's then.
	cNumber // "the 1990s"
	cMark   // "the '80s", "A.D. 1066"
)

// unit is a calendar unit of a duration or of a relative reference.
type unit uint8

const (
	uNone unit = iota
	uSecond
	uMinute
	uHour
	uDay
	uWeekend
	uWeek
	uFortnight
	uMonth
	uQuarter
	uHalf
	uYear
	uDecade
	uCentury
	uMillennium
)

// unitInfo says how a unit is written in ISO 8601 durations and in sets.
var unitInfo = [...]struct {
	iso   string // designator ("T" prefix for clock units)
	per   int    // how many of iso it is: a decade is P10Y, a fortnight P2W
	vague string // the designator of an unknown amount: "PXY"
	every string // the period of "every <unit>"
	name  string
}{
	uSecond:     {"TS", 1, "PTXS", "PT1S", "second"},
	uMinute:     {"TM", 1, "PTXM", "PT1M", "minute"},
	uHour:       {"TH", 1, "PTXH", "PT1H", "hour"},
	uDay:        {"D", 1, "PXD", "P1D", "day"},
	uWeekend:    {"D", 2, "PXD", "XXXX-WXX-WE", "weekend"},
	uWeek:       {"W", 1, "PXW", "P1W", "week"},
	uFortnight:  {"W", 2, "PXW", "P2W", "fortnight"},
	uMonth:      {"M", 1, "PXM", "P1M", "month"},
	uQuarter:    {"Q", 1, "PXQ", "P1Q", "quarter"},
	uHalf:       {"M", 6, "PXM", "P6M", "half"},
	uYear:       {"Y", 1, "PXY", "P1Y", "year"},
	uDecade:     {"Y", 10, "PXY", "P10Y", "decade"},    // "decades" are some years, as TimeBank writes them
	uCentury:    {"Y", 100, "PXC", "P100Y", "century"}, // "centuries" as TimeBank writes them
	uMillennium: {"Y", 1000, "PXML", "P1000Y", "millennium"},
}

// An entry is what the dictionary knows about a word.
type entry struct {
	class   class
	rules   uint64 // the wordRules that can start at the word, a bit each
	follows uint64 // the wordRules that can go on to the word from a function word (see then)
	month   time.Month
	weekday time.Weekday
	num     int    // value of a number word; for units, the plural flag is in plural
	unit    unit   // unit named by a unit word
	plural  bool   // "days", "years"
	code    string // season ("SU") or part-of-day ("MO") code
	offset  int    // time zone offset east of UTC, in seconds

	// the rows of the phrase tables that start with the word, in order,
	// so that a rule tries only those
	refs, posMods, qtyMods []int
}

// The tables below are the vocabulary, in the manner of the time package's
// format tables. Abbreviations may be followed by a period.
var months = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}

var monthAbbrevs = map[string]time.Month{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

var weekdayAbbrevs = map[string]time.Weekday{
	"sun": time.Sunday, "mon": time.Monday, "tue": time.Tuesday, "tues": time.Tuesday,
	"wed": time.Wednesday, "thu": time.Thursday, "thur": time.Thursday, "thurs": time.Thursday,
	"fri": time.Friday, "sat": time.Saturday,
}

var cardinals = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
	"forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	"hundred": 100, "thousand": 1000, "dozen": 12,
}

var ordinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
	"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
	"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
	"nineteenth": 19, "twentieth": 20, "thirtieth": 30, "last": -1,
}

// vagueAmounts are quantity words with no exact number ("a few days": PXD).
var vagueAmounts = map[string]bool{"few": true, "several": true, "some": true, "many": true, "couple": true, "number": true}

var units = map[string]unit{
	"second": uSecond, "sec": uSecond, "minute": uMinute, "min": uMinute, "hour": uHour, "hr": uHour,
	"day": uDay, "week": uWeek, "weekend": uWeekend, "fortnight": uFortnight, "month": uMonth,
	"quarter": uQuarter, "year": uYear, "yr": uYear, "decade": uDecade, "century": uCentury,
	"centuries": uCentury, "millennium": uMillennium, "millennia": uMillennium,
}

var seasons = map[string]string{"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

// partsOfDay are TIMEX3's day parts; "tonight" is handled with the deictic days.
var partsOfDay = map[string]string{
	"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
	"midday": "MI", "daytime": "DT", "dawn": "MO", "daybreak": "MO", "sunrise": "MO", "forenoon": "MO",
	"dusk": "EV", "sunset": "EV", "nightfall": "EV", "midmorning": "MO", "midafternoon": "AF",
}

// zones maps time zone abbreviations to their offset from UTC.
var zones = map[string]int{
	"utc": 0, "gmt": 0, "bst": 1, "cet": 1, "cest": 2, "eet": 2, "eest": 3, "msk": 3,
	"ist": 5*3600 + 1800, "jst": 9, "aest": 10, "aedt": 11,
	"est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6, "pst": -8, "pdt": -7,
	"et": -5, "ct": -6, "mt": -7, "pt": -8, // US zones without daylight saving said: standard time
	"akst": -9, "akdt": -8, "hst": -10, "ast": -4, "adt": -3, "nst": -3*3600 - 1800, "ndt": -2*3600 - 1800,
	"nzst": 12, "nzdt": 13, "awst": 8, "acst": 9*3600 + 1800, "sast": 2, "hkt": 8, "sgt": 8, "pht": 8, "kst": 9, "ict": 7,
}

// keywords are the other words rules start with (determiners, modifiers,
// deictic words); looking them up once in the lexer keeps the grammar from
// trying rules at every word.
var keywords = []string{
	"period", "full", "earlier", "later",
	"last", "next", "past", "coming", "previous", "following", "same", "early", "late",
	"mid", "middle", "end", "beginning", "start", "today", "tomorrow", "yesterday",
	"tonight", "now", "currently", "current", "recently", "recent", "lately", "soon", "future",
	"previously", "formerly", "once", "nowadays", "daily", "weekly", "monthly", "yearly", "annually",
	"hourly", "quarterly", "nightly", "weekday", "fiscal", "q", "h", "noon", "midnight", "eighties", "nineties",
	"seventies", "sixties", "fifties", "forties", "thirties", "twenties", "year", "latest", "prior",
	"several", "few", "many", "couple", "half", "full", "entire", "whole",

	"fy", "ad", "bc", "short", "long", "near", "term", "present",
	"first", "ytd", "overnight", "yesteryear", "one", "once", "twice", "comparable", "corresponding", "then",
	"final", "eve", "feast", "season", "time", "weekends", // "the final day of September", "the eve of Michaelmas", "the feast of", "last season", "this time last year", "on weekends"
}

// functionWords begin phrases ("the third quarter", "about a year") but
// are no time words themselves: the lexer marks them so the grammar skips
// them unless a time word, a number or an apostrophe follows.
var functionWords = []string{
	"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "at", "up", "no",
	"just", "more", "less", "over", "under", "about", "around", "some", "each", "every", "per", "only",
	"well", "close", "not", "fewer", "longer", "upwards", "barely", "almost", "nearly", "roughly",
	"approximately", "until", "right", "any", "another", "other", "all", "single", "most",
}

// wordsWhere are the dictionary words whose entries satisfy f.
func wordsWhere(f func(*entry) bool) []string {
	var ws []string
	for k, e := range dictionary.entries {
		if f(e) {
			ws = append(ws, dictionary.words[k])
		}
	}
	return ws
}

// dictionary merges the tables; it is built once.
var dictionary = newWordTable(buildDictionary())

// wordTable finds dictionary words by a hash of eight bytes at a time,
// open addressed: most words of a text land on an empty slot and cost one
// hash and one load, where a map would hash byte by byte.
type wordTable struct {
	slots   [1 << tableBits]uint16 // 1 + index in words, 0 when empty
	words   []string
	entries []*entry
}

const tableBits = 12

// wordHash hashes a word in chunks of eight bytes (most words take one).
func wordHash(w string) uint32 {
	h := uint64(len(w))
	for ; len(w) >= 8; w = w[8:] {
		h = mix(h ^ binary.LittleEndian.Uint64([]byte(w[:8])))
	}
	var tail uint64
	for i := range len(w) {
		tail |= uint64(w[i]) << (8 * i)
	}
	return uint32(mix(h^tail) >> 32)
}

// mix spreads the bits of x (a multiply and a shift, as in splitmix64).
func mix(x uint64) uint64 {
	x *= 0x9e3779b97f4a7c15
	return x ^ x>>29
}

func newWordTable(d map[string]*entry) *wordTable {
	t := &wordTable{}
	words := slices.Sorted(maps.Keys(d)) // the same table every run
	if len(words) > len(t.slots)/4 {
		panic("temporal: the dictionary outgrew its table")
	}
	for _, w := range words {
		for i := range len(w) {
			if w[i] >= utf8.RuneSelf || 'A' <= w[i] && w[i] <= 'Z' {
				panic("temporal: dictionary word " + w + " is not lowercase ASCII")
			}
		}
		k := slot(wordHash(w))
		for t.slots[k] != 0 {
			k = (k + 1) % len(t.slots)
		}
		t.words = append(t.words, w)
		t.entries = append(t.entries, d[w])
		t.slots[k] = uint16(len(t.words))
	}
	return t
}

// slot is the first slot of a hash.
func slot(h uint32) int { return int(h >> (32 - tableBits)) }

// find returns the entry of the lowercase ASCII word w of hash h, or nil.
func (t *wordTable) find(w string, h uint32) *entry {
	for k := slot(h); t.slots[k] != 0; k = (k + 1) % len(t.slots) {
		if i := t.slots[k] - 1; t.words[i] == w {
			return t.entries[i]
		}
	}
	return nil
}

func buildDictionary() map[string]*entry {
	d := map[string]*entry{}
	get := func(w string) *entry {
		e := d[w]
		if e == nil {
			e = &entry{}
			d[w] = e
		}
		return e
	}
	for w, m := range months {
		e := get(w)
		e.class |= cMonth
		e.month = m
	}
	for w, m := range monthAbbrevs {
		e := get(w)
		e.class |= cMonth | cAbbrev
		e.month = m
	}
	for w, wd := range weekdays {
		e := get(w)
		e.class |= cWeekday
		e.weekday = wd
		e = get(w + "s") // "Tuesdays" (a set)
		e.class |= cWeekday
		e.weekday = wd
		e.plural = true
	}
	for w, wd := range weekdayAbbrevs {
		e := get(w)
		e.class |= cWeekday | cAbbrev
		e.weekday = wd
	}
	for w, n := range cardinals {
		e := get(w)
		e.class |= cCard
		e.num = n
	}
	for w, n := range ordinals {
		e := get(w)
		e.class |= cOrd
		if e.class&cCard == 0 {
			e.num = n
		}
	}
	for w := range vagueAmounts {
		get(w).class |= cVague
	}
	for w, u := range units {
		e := get(w)
		e.class |= cUnit
		e.unit = u
		if w == "centuries" || w == "millennia" {
			e.plural = true
			continue
		}
		p := get(w + "s")
		p.class |= cUnit
		p.unit = u
		p.plural = true
	}
	// Seasons and parts of day, with their plurals ("winters", "mornings").
	for _, t := range []struct {
		words map[string]string
		class class
	}{{seasons, cSeason}, {partsOfDay, cPart}} {
		for w, c := range t.words {
			for _, form := range []string{w, w + "s"} {
				e := get(form)
				e.class |= t.class
				e.code = c
				if form != w {
					e.plural = true
				}
			}
		}
	}
	for w, h := range zones {
		e := get(w)
		e.class |= cZone
		if h > -24 && h < 24 {
			h *= 3600
		}
		e.offset = h
	}
	for _, w := range keywords {
		get(w).class |= cKey
	}
	// the words the rules' own tables start with
	for w := range refWords {
		get(w).class |= cKey | cRefWord
	}
	for w := range setAdverbs {
		get(w).class |= cKey | cSetAdverb
	}
	for w := range dayWords {
		get(w).class |= cKey | cDayWord
	}
	for w := range decadeWords {
		get(w).class |= cKey | cDecade
	}
	for w := range durationLeads {
		get(w).class |= cKey | cLead
	}
	for i, r := range refPhrases {
		e := get(r.words[0])
		e.class |= cKey
		e.refs = append(e.refs, i)
	}
	for i, m := range positionMods {
		e := get(m.words[0])
		e.class |= cKey
		e.posMods = append(e.posMods, i)
	}
	for i, m := range quantityMods {
		e := get(m.words[0])
		if e.class&cFunc == 0 {
			e.class |= cKey
		}
		e.qtyMods = append(e.qtyMods, i)
	}
	for _, w := range functionWords {
		get(w).class |= cKey | cFunc
	}
	for _, w := range []string{"than", "least", "to"} {
		get(w).class |= cLink
	}
	for _, h := range holidays {
		get(h.words[0]).class |= cHoliday
	}
	return d
}
