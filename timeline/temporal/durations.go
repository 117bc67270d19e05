package temporal

import (
	"strings"
	"time"
)

// This file holds durations ("three days", "the past two months", "a
// ten-year"), sets ("daily", "every Monday", "$5 a year") and event
// relations ("two days after the bombing").

// durationLeads may precede an amount in a duration: "the past two months".
var durationLeads = map[string]bool{
	"past": true, "last": true, "next": true, "coming": true, "first": true, "previous": true,
	"following": true, "latest": true, "final": true, "remaining": true, "ensuing": true,
	"preceding": true, "initial": true, "same": true, "entire": true, "full": true, "whole": true,
	"recent": true, "additional": true, "further": true, "other": true, "prior": true, "another": true,
	"intervening": true,
}

// durationDets may open a duration: "the past two months", "their first
// three years".
var durationDets = []string{"the", "its", "their", "his", "her", "these", "those", "each", "all"}

// duration: "three days", "the past two months", "a couple of years", "two
// and a half years", "a minute and a half", "the next few days", "ten-year",
// "decades-long", "recent years", "for years".
func (p *parser) duration(i int) phrase {
	if !p.unitNear(i) {
		return phrase{} // (most calls: every duration has a unit within a few words)
	}
	if p.is(i, "a") && p.is(i-1, "what", "such", "quite") {
		return phrase{} // no length: "What a day", "such a year"
	}
	if ph, ok := p.reportingYear(i); ok {
		return ph
	}
	k := i
	the := p.is(k, durationDets...)
	if the {
		k++
	}
	lead := ""
	if p.has(k, cLead) {
		lead = p.tok(k).low
		k++
	}
	if t := p.tok(k); p.is(i, "the") && k == i+1 && p.is(k, "decade", "century") && p.is(i-1, "of", "in", "during", "throughout") &&
		!p.is(k+1, "ahead", "before", "after", "since", "that", "to", "of") && p.refIdx >= 0 && p.ref.g == unitGran[t.lex.unit] && p.recentRef(i) {
		// "the best-selling artists of the decade" after "the late 1990s"
		return phrase{begin: i, end: k + 1, typ: Date, cal: p.ref, anchor: AnchorExpr,
			why: "'" + p.span(i, k+1) + "', the " + t.low + " just told -> " + p.ref.value()}
	}
	if lead == "last" && !the && p.is(i-1, modals...) || lead == "last" && p.is(i-1, "to") {
		return phrase{} // the verb: "the rebuilding will last years"
	}
	if prev := p.tok(i - 1); p.is(i, "a", "an", "per") && prev.kind == tkWord && !prev.upper && prev.lex == nil && strings.HasSuffix(prev.low, "s") && !currencies[prev.low] &&
		(p.tok(i-2).kind == tkNum || p.has(i-2, cCard)) && p.has(i+1, cUnit) && p.tok(i+1).lex.unit <= uHour {
		return phrase{} // a speed: "60 miles an hour", "12 knots per hour"
	}
	if p.is(i-1, "aged", "ages") || p.is(i-1, "to") && (p.is(i-3, "aged", "ages") || p.is(i-4, "aged", "ages")) {
		return phrase{} // an age, or the end of a range of them: "children aged nine months to 10 years"
	}
	var a amount
	var u unit
	end := 0
	if am, ok := p.amount(k); ok {
		if p.is(am.end, "and") && p.is(am.end+1, "a") && p.is(am.end+2, "half") && p.has(am.end+3, cUnit) && !am.vague {
			// "two and a half years"
			am.half, am.end = true, am.end+3
		}
		if uu, e, ok := p.unitAfter(am); ok && !p.hyphen(e) {
			if uu == uSecond && am.word && am.n == 1 && p.ordinalSecond(k, e) {
				return phrase{} // "a second betrayal", "for a second time"
			}
			if _, ok := p.clockAt(k); ok && uu == uHour && !am.word {
				return phrase{} // "by 1800 hours" is a time of day
			}
			if uu == uQuarter && am.word && am.n == 1 && lead == "" && !p.is(k-1, "for", "over", "within", "during") && !p.is(e, "later", "earlier", "ago") &&
				!(p.is(e, "of") && p.is(e+1, "a", "an") && p.has(e+2, cUnit)) {
				return phrase{} // a fraction: "declined by about a quarter", "more than a quarter of"
			}
			a, u, end = am, uu, e
		} else if p.is(am.end, "to") && !am.vague && lead == "" && !the {
			if bm, ok := p.amount(am.end + 1); ok && !bm.vague && bm.n > am.n {
				if uu, e, ok := p.unitAfter(bm); ok && !p.hyphen(e) {
					a, u, end = am, uu, e // "two to three weeks": at least the first (TimeBank's P2W)
				}
			}
		} else if p.is(am.end, "nights") && (am.vague && !p.is(am.end-1, "some", "most", "many") || am.n >= 2) && !p.hyphen(am.end+1) {
			a, u, end = am, uDay, am.end+1 // "for two nights", "several nights": so many days
		} else if p.hyphen(am.end) && p.has(am.end+1, cUnit) && !am.vague && !p.is(am.end+1, "quarter", "quarters") {
			// "ten-year", "two-day" (but "three-quarters" is a fraction)
			a, u, end = am, p.tok(am.end+1).lex.unit, am.end+2
			if p.hyphen(end) && p.is(end+1, "old", "olds") {
				return phrase{} // an age: "44-year-old", "16-year-olds"
			}
			if p.tok(end-1).upper && p.nameWord(end) && (p.tok(end+1).kind != tkWord || !p.tok(end+1).upper) {
				return phrase{} // a name: "the Six-Day War began"; not a headline's "Two-Year Notes Rise"
			}
			if u == uSecond && am.word && am.n >= 20 && am.n%10 == 0 && !p.is(k-1, "a", "an") {
				return phrase{} // an ordinal: "my twenty-second birthday"; but "a twenty-second pause"
			}
		}
	}
	if t := p.tok(k); end == 0 && t.lex != nil && t.lex.class&cUnit != 0 && !p.hyphen(k-1) && p.hyphen(k+1) &&
		(p.is(k+2, "long") || t.lex.plural && p.is(k+2, "old")) {
		// "decades-long", "day-long", "years-old"
		a, u, end = amount{n: 1, vague: t.lex.plural}, t.lex.unit, k+3
	}
	if end == 0 {
		if am, ok := p.amount(k); ok && am.vague && p.hyphen(am.end) && p.has(am.end+1, cUnit) {
			a, u, end = am, p.tok(am.end+1).lex.unit, am.end+2 // "several-year"
		}
	}
	if t := p.tok(k); end == 0 && lead == "another" && !the && t.lex != nil && t.lex.class&cUnit != 0 && !t.lex.plural && !p.hyphen(k+1) {
		a, u, end = amount{n: 1}, t.lex.unit, k+1 // "another hour"
	}
	if t := p.tok(k); end == 0 && (lead == "first" || lead == "final" || lead == "initial") && p.is(i, "the") && p.is(i-1, "for", "during", "within", "over", "in") &&
		t.lex != nil && t.lex.class&cUnit != 0 && !t.lex.plural && !p.hyphen(k+1) && !p.is(k+1, "of") {
		a, u, end = amount{n: 1}, t.lex.unit, k+1 // "for the first fortnight", "in the final hour"
	}
	if t := p.tok(k); end == 0 && (lead == "whole" || lead == "entire") && p.is(i, "the") && t.lex != nil && t.lex.class&cUnit != 0 && !t.lex.plural &&
		t.lex.unit >= uHour && t.lex.unit <= uWeek && !p.hyphen(k+1) && !p.is(k+1, "of") {
		a, u, end = amount{n: 1}, t.lex.unit, k+1 // "the whole day", "the entire week"
	}
	if t := p.tok(k); end == 0 && k == i+1 && p.is(i, "all") && p.is(k, "day", "week", "month", "year") && !p.hyphen(k+1) && !p.is(k+1, "of", "long") && !p.is(i-1, "of") {
		a, u, end = amount{n: 1}, t.lex.unit, k+1 // "It rained all day", "a reduced timetable all week" (not "all day long", nor "of all year")
	}
	if end == 0 && p.is(k, "quarter") && p.is(k+1, "of") {
		// with no article: "after quarter of an hour", "in the last
		// quarter of an hour" (no quarter of a year)
		if ph, _ := p.quarterOf(i, amount{n: 1}, k+2); ph.ok() {
			return ph
		}
	}
	if end == 0 {
		// a plural unit alone: "recent years", "the coming months", "for years"
		t := p.tok(k)
		if t.lex == nil || t.lex.class&cUnit == 0 || !t.lex.plural || p.hyphen(k+1) {
			return phrase{}
		}
		if lead == "" && !the && !p.is(i-1, "for", "within", "in", "over", "after", "took", "take", "takes", "taking", "lasted", "last", "lasts", "spent", "than") && !p.is(k+1, "later", "before", "after", "earlier") &&
			!(p.is(k+1, "of") && p.tok(k-1).kind == tkWord && !p.hyphen(k-1) && p.tok(k-1).lex == nil && !p.is(k-1, "or", "and") && !p.is(k-2, "the", "a", "an")) {
			// ("by years of dispute", "followed months of talks" measure; not
			// "three-quarters of", "in the early hours of", "weeks or months of")
			return phrase{}
		}
		if p.is(k+1, "are", "were") && p.is(k+2, "drawing", "getting", "growing", "lengthening", "shortening", "longer", "shorter") {
			return phrase{} // the light of the days: "The days are drawing in"
		}
		if lead == "" && the && !p.is(k+1, "ahead") && !p.is(i, "the") || the && p.is(i-1, "than") ||
			lead == "" && the && t.lex.unit == uMinute && !p.is(k+1, "before", "after", "that") {
			return phrase{} // ("longer than the days" compares; "The minutes, released at 2 p.m." are a meeting's record)
		}
		if lead == "" && the && (p.is(k+1, "before", "after") || p.is(k+1, "that") && p.is(k+2, "followed", "ensued")) {
			i = k // "in the weeks before the shooting", "the weeks that followed": TimeBank marks "weeks"
		} else if lead == "" && the && p.is(k+1, "of", "when", "that", "since") {
			return phrase{}
		}
		if lead == "" && p.is(i-1, "in", "over") && !the && p.tok(k).low != "years" && p.tok(k).low != "decades" && p.tok(k).low != "months" && p.tok(k).low != "weeks" {
			return phrase{}
		}
		if (lead == "recent" || lead == "past") && !the && t.lex.unit >= uYear && !p.is(k+1, "ahead") && !(p.is(k+1, "and", "or") && p.has(k+2, cUnit)) {
			// "in recent years", "in past years" place a clause in the past
			// (TimeML's PAST_REF); "the past years" and "recent weeks" measure
			return phrase{begin: i, end: k + 1, typ: Date, value: "PAST_REF", why: "'" + p.span(i, k+1) + "', the years before now -> PAST_REF"}
		}
		a, u, end = amount{vague: true}, t.lex.unit, k+1
		if p.is(end, "ahead") {
			end++
		}
	}
	if u == uWeekend || u == uHalf || u == uDay && a.n == 1 && p.is(end, "of") && p.is(end+1, namedDays...) {
		return phrase{} // a day named for what is done on it: "a day of thanksgiving"
	}
	if u == uQuarter && p.is(end, "of") && !a.vague {
		if ph, done := p.quarterOf(i, a, end+1); done {
			return ph
		}
	}
	if ph, ok := p.monthsOfYear(i, lead, a, u, end); ok {
		return ph
	}
	if ph, ok := p.edgeOf(i, lead, a, u, end); ok {
		return ph
	}

	if p.is(end, "and") && p.is(end+1, "a", "one") && p.is(end+2, "half") { // "a year and a half"
		a.half, end = true, end+3
	}
	ph := phrase{begin: i, end: end, typ: Duration}
	if p.hyphen(a.end) || !a.vague && a.n > 1 && end == a.end+1 && !p.tok(a.end).lex.plural {
		ph.begin = max(i, k) // "the 14-day period", "the two day rally": the adjective alone
	}
	if a.approx {
		ph.mod = "APPROX"
	}
	switch {
	case p.is(end, "or") && p.is(end+1, "so"):
		ph.end, ph.mod = end+2, "APPROX"
	case p.is(end, "or") && p.is(end+1, "more"):
		ph.end, ph.mod = end+2, "EQUAL_OR_MORE"
	case p.is(end, "or") && p.is(end+1, "less"):
		ph.end, ph.mod = end+2, "EQUAL_OR_LESS"
	}
	if lead == "recent" && !a.vague {
		return phrase{}
	}
	if y, e, ok := p.year(end + 1); ok && (lead == "first" || lead == "last") && p.is(end, "of") && p.tok(end+1).kind == tkNum &&
		!a.vague && (u == uQuarter && a.n == 2 || u == uMonth && a.n == 6) {
		// "the first two quarters of 1990" is a half of that year
		c := cal{g: gHalf, y: y, n: 1 + btoi(lead == "last"), d: unknown}
		return phrase{begin: i, end: e, typ: Date, cal: c, mod: ph.mod,
			why: "'" + p.span(i, e) + "', a half of its year -> " + c.value()}
	}
	ph.value = durationValue(a, u)
	if v, e := p.andSmaller(a, u, ph.end); e > ph.end && ph.end == end {
		ph.value, ph.end = v, e // "two hours and 41 minutes", "22 years and six months"
	}
	if lead == "next" || lead == "coming" || lead == "following" || lead == "ensuing" {
		if p.is(ph.end, "to") { // "the next 12 to 18 months"
			return phrase{}
		}
	}
	if lead == "last" && !the && p.is(ph.end, "ago") {
		return phrase{} // "finished last two years ago": "two years ago" is the time
	}
	ph.why = "'" + p.span(i, ph.end) + "', a duration -> " + ph.value
	p.relate(&ph, a, u)
	if ph.rel == "" && !the && lead == "" && p.is(i-1, "in") && p.hasDCT && u >= uDay && !p.sinceLast(i-1) && !p.is(a.end, "single") && !p.superlativeBefore(i-1) && p.tense(i, ph.end) > 0 && !p.inStoryYear(i) {
		// "would be redeemed in five years": the time that far after the
		// DCT (a story's "we shall be there in ten days" measures)
		if a.vague || a.half || ph.mod != "" || p.is(ph.end, "or") {
			return phrase{begin: i, end: ph.end, typ: Date, value: "FUTURE_REF", why: "'" + p.span(i-1, ph.end) + "' in a future clause, vague -> FUTURE_REF"}
		}
		g := unitGran[u]
		c := p.dct.coarsen(g).shift(u, a.n)
		return phrase{begin: i, end: ph.end, typ: Date, cal: c, anchor: AnchorDCT,
			why: "'" + p.span(i-1, ph.end) + "' in a future clause: " + offsetWords(a.n, unitInfo[u].name) + " the DCT -> " + c.value()}
	}
	return ph
}

// reportingYear reads a company's "half-year" or "full-year" before what
// it reports ("half-year profits", "full-year results"): the half or the
// year reported, not a length of time. A half is the last one ended by
// the DCT; a year the DCT's, or in its first quarter the one just ended.
func (p *parser) reportingYear(i int) (phrase, bool) {
	k := i
	if !p.hyphen(k + 1) {
		k++ // "its half-year dividend"
	}
	if !p.hyphen(k+1) || !p.is(k, "half", "full") || k > i && !determiners[p.tok(i).low] || !p.is(k+2, "year") || !moneyWords[p.tok(k+3).low] && !reportedWords[p.tok(k+3).low] || !p.hasDCT {
		return phrase{}, false
	}
	c := cal{g: gYear, y: p.dct.y}
	switch {
	case p.is(k, "half") && p.dct.n <= 6:
		c = cal{g: gHalf, y: p.dct.y - 1, n: 2}
	case p.is(k, "half"):
		c = cal{g: gHalf, y: p.dct.y, n: 1}
	case p.dct.n <= 3:
		c.y--
	}
	return phrase{begin: k, end: k + 3, typ: Date, cal: c, anchor: AnchorDCT,
		why: "'" + p.span(k, k+3) + "' before what is reported, the period reported -> " + c.value()}, true
}

// reportedWords are what a company reports for a period, besides the
// moneyWords: "full-year forecast", "half-year figures".
var reportedWords = map[string]bool{
	"figures": true, "forecast": true, "forecasts": true, "turnover": true, "outlook": true, "guidance": true, "target": true,
}

// raceTime: the time a race or a run took, written as a clock reads,
// "in 2:18:11", "a record of 2:02:57", "in 1:52.8" (minutes, seconds and
// tenths): a duration.
func (p *parser) raceTime(i int) phrase {
	if !p.is(i-1, "in", "of", "ran", "clocked", "timed") || len(p.tok(i).low) > 2 {
		return phrase{}
	}
	parts := []int{p.tok(i).num}
	k := i + 1
	for p.punct(k, ":") && p.glued(k) && p.glued(k+1) && p.tok(k+1).kind == tkNum && len(p.tok(k+1).low) == 2 && p.tok(k+1).num < 60 && len(parts) < 3 {
		parts, k = append(parts, p.tok(k+1).num), k+2
	}
	frac := ""
	if p.punct(k, ".") && p.glued(k) && p.glued(k+1) && p.tok(k+1).kind == tkNum {
		frac, k = "."+p.tok(k+1).low, k+2
	}
	if len(parts) < 2 || len(parts) == 2 && frac == "" || p.glued(k) && p.tok(k).kind != tkPunct {
		return phrase{} // ("in 7:30" is a time of day)
	}
	if len(parts) == 2 {
		parts = append([]int{0}, parts...) // minutes and seconds
	}
	v := "PT"
	for j, u := range []string{"H", "M", "S"} {
		if parts[j] > 0 || j == 2 && (frac != "" || v == "PT") {
			v += itoa(parts[j])
			if j == 2 {
				v += frac
			}
			v += u
		}
	}
	return phrase{begin: i, end: k, typ: Duration, value: v, why: "'" + p.span(i, k) + "', a time taken -> " + v}
}

// lengths are what a speed or a flow is measured in: "60 miles an hour",
// "10cm an hour".
var lengths = map[string]bool{
	"miles": true, "mile": true, "kilometres": true, "kilometers": true, "km": true, "metres": true, "meters": true,
	"m": true, "feet": true, "ft": true, "yards": true, "inches": true, "cm": true, "mm": true, "centimetres": true,
	"centimeters": true, "millimetres": true, "millimeters": true, "knots": true, "litres": true, "liters": true,
	"gallons": true, "words": true, "beats": true, "revolutions": true, "degrees": true,
}

// currencies are what "$5 a day", "twenty-five cents an hour" are paid in: wages, not speeds.
var currencies = map[string]bool{"cents": true, "dollars": true, "euros": true, "pounds": true, "yen": true, "francs": true, "yuan": true, "rupees": true, "pence": true, "shillings": true}

// andSmaller reads ["and"] an amount of a smaller unit after a duration of
// a units u ending at k, and so on, and gives their sum as one value: "two
// hours and 41 minutes", "3 hours 52 minutes" is PT3H52M, "2 hours and a
// quarter" PT2H15M; k when there is none.
func (p *parser) andSmaller(a amount, u unit, k int) (string, int) {
	// ("1 hour, 47 minutes", "ten years, five months", "one hour fifty-two minutes")
	comma := p.punct(k, ",") && (p.tok(k+1).kind == tkNum || p.has(k+1, cCard))
	if a.vague || a.half || a.fourth || !p.is(k, "and") && p.tok(k).kind != tkNum && !p.has(k, cCard) && !comma {
		return "", k
	}
	if u == uHour && p.is(k, "and") && (p.is(k+1, "a") || p.is(k+1, "three") && p.is(k+2, "quarters")) && p.is(k+2, "quarter", "quarters") && !p.is(k+3, "of") {
		// "2 hours and a quarter", "an hour and three quarters"
		return "PT" + itoa(a.n) + "H" + itoa(15+30*btoi(p.is(k+1, "three"))) + "M", k + 3
	}
	b, ok := p.amount(k + btoi(p.is(k, "and") || comma))
	if !ok || b.vague || b.half || b.fourth || b.n == 0 {
		return "", k
	}
	u2, e, ok := p.unitAfter(b)
	if !ok || u2 >= u || unitInfo[u2].per != 1 || unitInfo[u].per != 1 {
		return "", k
	}
	first, second := durationValue(a, u)[1:], durationValue(b, u2)[1:]
	if rest, e2 := p.andSmaller(b, u2, e); rest != "" {
		second, e = rest[1:], e2 // "3 hours 4 minutes 56 seconds"
	} else if u2 == uDay && u == uWeek {
		return "P" + itoa(7*a.n+b.n) + "D", e // ISO 8601 writes no weeks beside other units: "six weeks and two days" is P44D
	}
	if u == uWeek {
		first = itoa(7*a.n) + "D" // "three weeks and five hours": P21DT5H
	}
	if u2 == uWeek {
		second = itoa(7*b.n) + "D" // "two years and six weeks": P2Y42D
	}
	if strings.HasPrefix(first, "T") {
		second = second[1:] // both of the clock: PT2H41M, not PT2HT41M
	}
	return "P" + first + second, e // ("a day and six hours": P1DT6H)
}

// quarterOf reads "quarters of" at k: a fraction of a unit ("a quarter
// of a century", P25Y), of a thing ("a quarter of the globe", no time),
// or quarters of a time ("three quarters of losses", "the last two
// quarters of 1990"), which it leaves to duration (done is false).
func (p *parser) quarterOf(i int, a amount, k int) (ph phrase, done bool) {
	if t := p.tok(k + 1); p.is(k, "a", "an") && t.lex != nil && t.lex.class&cUnit != 0 && !t.lex.plural {
		if f := quarterUnits[t.lex.unit]; f.n > 0 {
			n := max(a.n, 1) * f.n
			v := "P" + itoa(n) + f.iso
			if f.iso[0] == 'T' {
				v = "PT" + itoa(n) + f.iso[1:]
			}
			return phrase{begin: i, end: k + 2, typ: Duration, value: v, why: "'" + p.span(i, k+2) + "', a fraction of a " + unitInfo[t.lex.unit].name + " -> " + v}, true
		}
	}
	if determiners[p.tok(k).low] || p.is(k, "all", "this", "these", "those", "that") {
		if n := p.tok(k + 1); n.lex == nil || n.lex.class&(cUnit|cMonth|cSeason) == 0 && !p.is(k+1, "fiscal") {
			return phrase{}, true // "a quarter of the globe", "three quarters of its staff"
		}
	}
	return phrase{}, false
}

// quarterUnits are the quarters of units: a quarter of a century is 25 years.
var quarterUnits = [...]struct {
	n   int
	iso string
}{
	uHour: {15, "TM"}, uDay: {6, "TH"}, uYear: {3, "M"}, uCentury: {25, "Y"}, uMillennium: {250, "Y"},
}

// sinceLast reports whether "in" at i closes a comparison with the past
// ("its first profit in five years", "the highest level in a decade"),
// where "in N years" measures back from now, whatever the tense.
func (p *parser) sinceLast(i int) bool {
	for k := i - 1; k >= 0 && k >= i-6 && !p.toks[k+1].brk; k-- {
		if w := p.tok(k).low; w == "first" || w == "time" || len(w) > 4 && strings.HasSuffix(w, "est") {
			return true
		}
	}
	return false
}

// apposition dates "the day before" an event set off by a comma right
// after a date: "Oct. 12, the day before the plunge" names that date (at
// most as fine as the phrase's unit). An amount stays a duration, as
// TimeBank has it: "Friday, nearly two months after his team left", "in
// 1646, three centuries after the siege".
func (p *parser) apposition(ph phrase, g gran, code string) (phrase, bool) {
	n, i := len(p.out), ph.begin
	if ph.rel == "" || n == 0 || p.refIdx != n-1 || i < 2 || !p.punct(i-1, ",") || p.out[n-1].End != p.tok(i-2).end {
		return phrase{}, false
	}
	c, typ := p.ref, Date
	if g == gPart {
		// "9:15 p.m. Friday, the night before the shooting": that day's night
		if c.g < gDay || !c.known() {
			return phrase{}, false
		}
		c, typ = c.coarsen(gDay), Time
		c.g, c.code = gPart, code
	} else if c.g > g {
		c = c.coarsen(g)
	}
	return phrase{begin: i, end: ph.end, typ: typ, cal: c, anchor: AnchorExpr,
		why: "'" + p.span(i, ph.end) + "', in apposition to " + p.ref.value() + " -> " + c.value()}, true
}

// afterSecond are the words that may follow the duration "a second"
// ("a second later", "for a second or two", "wait a second while I look").
var afterSecond = map[string]bool{
	"ago": true, "or": true, "and": true, "to": true, "in": true, "on": true, "for": true, "of": true,
	"by": true, "as": true, "than": true, "when": true, "while": true, "before": true, "after": true,
	"so": true, "too": true, "long": true, "but": true, "then": true, "there": true, "he": true,
	"she": true, "it": true, "they": true, "we": true, "i": true, "you": true, "is": true, "was": true,
	"later": true, "earlier": true, "longer": true, "more": true, "now": true, "each": true, "every": true,
}

// ordinalSecond reports whether "a second" at tokens [b, e) is the
// ordinal: a noun follows ("a second group"), which no duration takes, a
// time word too ("a second term", "for a second day", "a second quarter");
// or it is a subject, where a duration would need a verb or a preposition
// before it ("A second, larger hole", "and a second is due").
func (p *parser) ordinalSecond(b, e int) bool {
	if t := p.tok(e); t.kind == tkWord && !afterSecond[t.low] {
		return true
	}
	return !p.is(e, "later", "earlier", "ago", "or", "longer") && (p.tok(b).brk || p.is(b-1, "and", "but") || p.punct(b-1, ",") || p.punct(b-1, ";"))
}

// relate marks a duration or "the day" followed by before/after and an
// event ("two days after the bombing") with the relation and its offset;
// "three days later" is after the last date of the text, "six hours
// earlier" before it (TimeBank leaves "later" out of the span and values
// the duration).
func (p *parser) relate(ph *phrase, a amount, u unit) {
	k := ph.end
	rel := ""
	if p.is(k, "later") {
		base, anchor := p.anaphor()
		ph.rel, ph.off, ph.anchor = "after", durationValue(a, u), anchor
		ph.why += ", after " + ph.anchorName()
		if g := max(unitGran[u], min(base.g, gDay)); !a.vague && u >= uDay && base.known() && (base.g >= gDay || base.g == g) {
			c := base // a week after a week, or days after a day
			if base.g >= gDay {
				c = base.coarsen(max(g, gDay))
			}
			ph.cal = c.shift(u, max(a.n, 1)).coarsen(g)
			ph.why += " (" + base.coarsen(g).value() + "): " + ph.cal.value()
		}
		return
	}
	if p.is(k, "earlier") {
		// "six hours earlier": before the last date, as "later" is after it
		_, anchor := p.anaphor()
		ph.rel, ph.off, ph.anchor = "before", "-"+durationValue(a, u), anchor
		ph.why += ", before " + ph.anchorName()
		return
	}
	switch {
	case p.is(k, "before") || p.is(k, "prior") && p.is(k+1, "to") || p.is(k, "ahead") && p.is(k+1, "of"):
		rel = "before"
	case p.is(k, "after") || p.is(k, "following"):
		rel = "after"
	default:
		return
	}
	n := k + 1
	if p.is(k, "prior", "ahead") {
		n++
	}
	// an event is a noun phrase, not a time ("two days after Christmas") nor a clause end
	nt := p.tok(n)
	if nt.kind == tkPunct || nt.kind == tkNum || nt.brk || nt.lex != nil && nt.lex.class&(cMonth|cWeekday|cUnit|cSeason) != 0 {
		return
	}
	if p.is(n, "and", "or", "but") || p.thatEnds(n) {
		return // no event: "the week before and the week before that"
	}
	if w := nt.low; w == "the" || w == "a" || w == "an" || w == "this" || w == "that" {
		if nn := p.tok(n + 1); nn.lex != nil && nn.lex.class&(cUnit|cMonth|cWeekday|cSeason|cOrd) != 0 {
			return
		}
	}
	if dayWords[nt.low] != 0 || nt.low == "today" || nt.low == "now" || nt.low == "then" {
		return
	}
	ph.rel = rel
	if a.vague && !a.half && a.n == 0 && ph.value == "" {
		return
	}
	off := durationValue(a, u)
	if rel == "before" {
		off = "-" + off
	}
	ph.off = off
	ph.why += ", " + rel + " an event: offset " + off
}

// thatEnds reports whether "that" or "this" at token n stands for a time
// told before, ending its phrase: "the week before that.", "The year after
// that we went again" (not "the day after that meeting").
func (p *parser) thatEnds(n int) bool {
	return p.is(n, "that", "this") && (p.tok(n+1).kind == tkPunct || p.tok(n+1).brk || p.is(n+1, "and", "or", "but", "we", "he", "she", "they", "i", "it", "you", "there"))
}

// theUnitBefore: "the day before the attack", "the night after the vote":
// a date fixed by an event the text names, not by a time.
func (p *parser) theUnitBefore(i int) phrase {
	if p.is(i, "the") && p.is(i+1, "fiscal") && p.is(i+2, "year") && !p.hyphen(i+3) {
		return p.theYear(i, i+3)
	}
	if p.is(i, "the") && p.is(i+1, "new") && p.is(i+2, "year") && !p.tok(i+1).upper && p.hasDCT {
		// "talks resume in the new year": the year after the DCT's, or the story's
		y, anchor := p.dct.y, AnchorDCT
		if sy, ok := p.storyYear(i); ok {
			y, anchor = sy, AnchorExpr
		} else if p.dct.n == 1 && p.tense(i, i+3) < 0 {
			y-- // in January, past: "wanted a deal before the new year" is the one just begun
		}
		c := cal{g: gYear, y: y + 1}
		return phrase{begin: i, end: i + 3, typ: Date, cal: c, anchor: anchor, why: "'" + p.span(i, i+3) + "', the year after -> " + c.value()}
	}
	if !p.is(i, "the") || !p.has(i+1, cUnit|cPart) || p.tok(i+1).lex.plural {
		return phrase{}
	}
	t := p.tok(i + 1)
	if p.hyphen(i + 2) {
		return phrase{} // "the year-ago quarter"
	}
	u, g := t.lex.unitOr(t.low)
	if u < uDay || u == uWeekend || u == uHalf || u == uQuarter || p.is(i-1, "to") && u == uDay && p.has(i-2, cUnit) {
		return phrase{} // ("thirty-one years to the day after his death" is exact)
	}
	if (p.is(i+2, "after") && p.is(i+3, "next") || p.is(i+2, "before") && p.is(i+3, "last")) && u >= uWeek && u <= uYear {
		// "the week after next", "the year before last": two from the day at hand
		base, anchor := p.dayAtHand(i)
		dir := 2
		if p.is(i+2, "before") {
			dir = -2
		}
		c := base.coarsen(g).shift(u, dir)
		return phrase{begin: i, end: i + 4, typ: Date, cal: c, anchor: anchor, why: "'" + p.span(i, i+4) + "', " + offsetWords(dir, unitInfo[u].name) + " " + base.value() + " -> " + c.value()}
	}
	if p.is(i+2, "before", "after") {
		// "the day before last Tuesday's hearing", "the day after Christmas":
		// a date the text gives
		d := p.calendar(i + 3)
		if r := p.deictic(i + 3); r.end > d.end {
			d = r
		}
		if d.ok() && d.value == "" && (d.typ == Date || d.typ == Time) && d.cal.known() && d.cal.g >= min(g, gDay) {
			dir := 1
			if p.is(i+2, "before") {
				dir = -1
			}
			c := d.cal.coarsen(max(g, gDay)).shift(u, dir).coarsen(g)
			typ := Date
			if g == gPart {
				c.code, typ = t.lex.code, Time
			}
			return phrase{begin: i, end: d.end, typ: typ, cal: c, anchor: d.anchor,
				why: "'" + p.span(i, d.end) + "', " + offsetWords(dir, unitInfo[u].name) + " " + d.cal.value() + " -> " + c.value()}
		}
	}
	if u == uDay && p.is(i-1, "in") && p.is(i-2, "later", "earlier", "late", "early") {
		// "later in the day before returning": the day the text is at, not
		// a day before an event
		base, anchor := p.anaphor()
		if base.g >= gDay {
			c, typ := base.coarsen(gDay), Date
			if g == gPart { // "early in the morning": that day's morning
				c.g, c.code, typ = gPart, t.lex.code, Time
			}
			return phrase{begin: i, end: i + 2, typ: typ, cal: c, anchor: anchor,
				why: "'" + p.span(i-2, i+2) + "', the " + t.low + " of the last date -> " + c.value()}
		}
	}
	if g == gPart && (p.is(i-1, "in", "by", "during", "through", "throughout") || (p.is(i-1, "into", "until", "till", "spent", "spend", "spends", "spending") || p.partOfPart(i)) && !p.inStory(i)) &&
		!(p.tok(i-2).kind == tkNum && p.tok(i-2).num <= 12) && !p.is(i+2, "of", "after", "before") && p.ref.g >= gDay && p.ref.known() && (p.recentRef(i) || p.inStory(i)) {
		// "Shares fell Friday. Dealers bought in the morning", "Rescuers
		// worked through the night", news's "grounded for most of the
		// afternoon": that day's; a story's "by the evening", "during the
		// night" (a story's "spent the afternoon" is its day's: see
		// thePart). But an hour's part is the hour's: "at 9 in the
		// morning"; "peak near 20 in the morning" is no hour.
		c := p.ref.coarsen(gDay)
		why := "part of the day just told"
		if t.lex.code == "MO" && p.ref.evening() && p.inStory(i) {
			// a story's morning after its evening or night is the next
			// day's: "went down to look at about nine o'clock and said it
			// would go down by the morning"
			c, why = c.nextDay(), "the morning after the evening just told"
		} else if t.lex.code == "NI" && p.is(i-1, "through", "throughout", "during") && p.morningTold() && p.tense(i, i+2) < 0 && !p.inStory(i) && !p.dayLine {
			// the night that ended a morning just told: "found alive early
			// yesterday after rescuers searched through the night"
			c, why = c.prevDay(), "the night before the morning just told"
		}
		c.g, c.code = gPart, t.lex.code
		return phrase{begin: i, end: i + 2, typ: Time, cal: c, anchor: AnchorExpr,
			why: "'" + p.span(i, i+2) + "', " + why + " -> " + c.value()}
	}
	ph := phrase{begin: i, end: i + 2, typ: Date}
	p.relate(&ph, amount{n: 1}, u)
	if n := len(p.out); ph.rel == "" && g != gPart && n > 0 && p.punct(i-1, ",") && p.out[n-1].End == p.tok(i-2).end && p.prev.value == "" &&
		p.prev.cal.g >= g && p.prev.cal.known() && p.tok(i+2).kind == tkWord && !p.is(i+2, "before", "after", "of", "to", "and", "or") {
		// "in 1919, the year their third child was born", "44 BC, the
		// year Caesar was murdered": the date just told
		c := p.prev.cal.coarsen(g)
		return phrase{begin: i, end: i + 2, typ: Date, cal: c, anchor: AnchorExpr,
			why: "'" + p.span(i, i+2) + "', in apposition to " + p.prev.cal.value() + " -> " + c.value()}
	}
	if y := p.theYear(i, i+2); ph.rel == "" && u == uYear && y.ok() {
		return y
	}
	if ph.rel == "" && u == uWeek && p.is(i+2, "ahead") && p.hasDCT {
		// "the week ahead": the DCT's, or from its weekend the next
		c := p.dct.coarsen(gWeek)
		if wd := p.dct.date().Weekday(); wd == time.Friday || wd == time.Saturday || wd == time.Sunday {
			c = c.shift(uWeek, 1)
		}
		return phrase{begin: i, end: i + 3, typ: Date, cal: c, anchor: AnchorDCT, why: "'" + p.span(i, i+3) + "', the week ahead of the DCT -> " + c.value()}
	}
	if ph.rel == "" && u == uWeek && !p.is(i+2, "before", "after", "of", "when", "that", "since", "in", "ended", "ending", "to") {
		// "For the week, the index fell", "the week's most active session":
		// the week of a date just told, or of the day a story is at, else
		// the DCT's
		base, anchor := p.dct, AnchorDCT
		if p.recentRef(i) && p.ref.g >= gDay {
			base, anchor = p.anaphor()
		} else if day, ok := p.storyDay(i, false); ok {
			base, anchor = day, AnchorExpr
		}
		if !base.known() {
			anchor = ""
		}
		ph := phrase{begin: i, end: i + 2, typ: Date, cal: base.coarsen(gWeek), anchor: anchor}
		ph.why = "'" + p.span(i, i+2) + "', the week of " + ph.anchorName() + " -> " + ph.cal.value()
		return ph
	}
	if ph.rel == "" {
		// "the day before." / "the year after": the last date of the text, moved
		if !p.is(i+2, "before", "after") {
			return phrase{}
		}
		dir := 1
		if p.is(i+2, "before") {
			dir = -1
		}
		base, anchor := p.anaphor()
		c := base.coarsen(max(g, gDay))
		if base.g < gDay && base.g >= g {
			c = base.coarsen(g) // "the month before" March, "the week before" a week
		}
		c = c.shift(u, dir).coarsen(g)
		typ := Date
		if g == gPart {
			c.code, typ = t.lex.code, Time // "the night before": a part of a day is a TIME
		}
		end := i + 3
		if p.thatEnds(end) {
			end++ // "the week before that": before the last date
		}
		return phrase{begin: i, end: end, typ: typ, cal: c, anchor: anchor,
			why: "'" + p.span(i, end) + "', " + offsetWords(dir, unitInfo[u].name) + " the last date -> " + c.value()}
	}
	if ap, ok := p.apposition(ph, g, t.lex.code); ok {
		return ap
	}
	c := cal{g: g, y: unknown, n: unknown, d: unknown, code: t.lex.code}
	ph.cal = c
	ph.why = "'" + p.span(i, i+2) + "', " + ph.rel + " an event: offset " + ph.off + " from its date"
	return ph
}

// barePart: a part of the day without an article, as a clause's time:
// "at dawn", "by dusk", "until morning", "all morning", "Overnight the rain
// fell", "at dawn Saturday": of the day named after it, a story's day, the
// day news has just told, or the DCT's ("overnight" the night before it).
func (p *parser) barePart(i int) phrase {
	b := i
	if p.is(i, "all") {
		i++ // "all morning", "all night"
	}
	t := p.tok(i)
	if t.lex == nil || t.lex.class&cPart == 0 || t.lex.plural || t.upper && !t.brk && !p.lineStart(i) || t.low == "midday" || t.low == "daytime" || p.hyphen(i+1) {
		return phrase{} // (a compound's word: "at night-time")
	}
	over := t.low == "overnight"
	if over && p.is(i-1, "almost", "virtually", "practically", "seemingly", "nearly") {
		return phrase{} // "suddenly": "nine hundred almost overnight"
	}
	if !over && b == i && !p.is(i-1, "at", "by", "until", "till", "before", "after", "toward", "towards", "from", "through", "throughout", "since") && !p.headsEntry(i, i+1) {
		return phrase{} // (but a timeline's "Evening – The wind rises")
	}
	if n := p.tok(i + 1); n.kind == tkWord && !n.upper && n.lex == nil && !p.is(i+1, "the", "a", "an", "and", "or", "but", "when", "as", "he", "she", "it", "they", "we", "i", "his", "her", "its", "their") &&
		(p.cue(i+1) != cuePast || p.is(i+1, "had", "was", "were")) && !(over && p.is(i+1, "in", "on", "because", "across", "near", "into", "off", "amid", "despite", "without", "while", "so")) {
		// a modifier: "morning trading", "overnight losses" are told with the
		// noun (but "cloud overnight forced them off", "searched overnight in
		// poor visibility", "pulled out overnight because of bad weather")
		return phrase{}
	}
	ph := phrase{begin: b, end: i + 1, typ: Time, anchor: AnchorDCT}
	day, why := p.dct.coarsen(gDay), "the DCT's day"
	if d := p.weekdayDate(i + 1); d.ok() && d.cal.g == gDay {
		day, ph.end, ph.anchor, why = d.cal, d.end, d.anchor, d.why // "at dawn Saturday"
	} else if d := p.lastDay; b == i && p.headsEntry(i, i+1) && d.g >= gDay && d.known() {
		day, ph.anchor, why = d.coarsen(gDay), AnchorExpr, "the day heading the timeline, "+d.value()
	} else if d, ok := p.storyDay(i, true); ok {
		day, ph.anchor, why = d, AnchorExpr, "the story's day, "+d.value()
	} else if d, ok := p.toldDay(i, i+1); ok && !(over && d == p.dct.coarsen(gDay)) {
		day, ph.anchor, why = d, AnchorExpr, "the day just told, "+d.value()
	} else if over && p.tense(i, i+1) <= 0 {
		// (also after the DCT's own day: "rose to 31 on Tuesday after
		// four more died overnight"; but "will stay overnight" is tonight)
		day, why = p.dct.prevDay(), "the night before the DCT"
	}
	if !p.hasDCT && ph.anchor == AnchorDCT {
		return phrase{}
	}
	c := day
	c.g, c.code = gPart, t.lex.code
	ph.cal, ph.why = c, "'"+p.span(b, ph.end)+"', a part of "+why+" -> "+c.value()
	return ph
}

// morningTold reports whether the date just told is a day's early part:
// "early yesterday", "yesterday morning", "at 5:40 a.m.".
func (p *parser) morningTold() bool {
	e := p.out[p.refIdx]
	return e.Mod == "START" && p.ref.g == gDay || p.ref.g == gPart && p.ref.code == "MO" || p.ref.g == gMinute && p.ref.hh < 9
}

// monthsOfYear: "the first three months of the year", "the last six
// months of 2012": the quarter or half they make up. The duration at
// tokens [i, end) has lead word lead, amount a and unit u.
func (p *parser) monthsOfYear(i int, lead string, a amount, u unit, end int) (phrase, bool) {
	if u != uMonth || a.vague || a.n != 3 && a.n != 6 || lead != "first" && lead != "last" || !p.is(i, "the") || !p.is(end, "of") {
		return phrase{}, false
	}
	y, e, anchor, ok := p.theYearOf(end + 1)
	if !ok {
		var yok bool
		if y, e, yok = p.year(end + 1); !yok || p.tok(end+1).kind != tkNum {
			return phrase{}, false
		}
	}
	c := cal{g: gQuarter, y: y, n: 1, d: unknown}
	if a.n == 6 {
		c.g = gHalf
	}
	if lead == "last" {
		c.n = 4 - 2*btoi(a.n == 6) // Q4, H2
	}
	return phrase{begin: i, end: e, typ: Date, cal: c, anchor: anchor,
		why: "'" + p.span(i, e) + "', the months of " + c.value()}, true
}

// namedDays name a day for what is done on it: "a day of mourning".
var namedDays = []string{"thanksgiving", "mourning", "prayer", "fasting", "rest", "celebration", "remembrance",
	"action", "protest", "reckoning", "judgment", "judgement", "atonement", "rage", "solidarity"}

// edgeOf: "the first days of July", "the last weeks of 1943": the start
// or end of that month or year. The duration at tokens [i, end) has lead
// word lead, amount a and unit u.
func (p *parser) edgeOf(i int, lead string, a amount, u unit, end int) (phrase, bool) {
	if !a.vague || u != uDay && u != uWeek || lead != "first" && lead != "last" && lead != "final" || !p.is(i, "the") || !p.is(end, "of") {
		return phrase{}, false
	}
	d := p.calendar(end + 1)
	if !d.ok() || d.value != "" || d.cal.g != gMonth && d.cal.g != gYear {
		return phrase{}, false
	}
	d.begin, d.mod = i, "START"
	if lead != "first" {
		d.mod = "END"
	}
	d.why = "'" + p.span(i, d.end) + "', " + d.mod + " of " + d.why
	return d, true
}

// theYear: "the [fiscal] year" at tokens [i, k), with no event after it.
func (p *parser) theYear(i, k int) phrase {
	if p.is(k, "before", "after", "of", "when", "in", "that", "since") {
		return phrase{}
	}
	if p.is(k, "i", "we", "he", "she", "they", "you", "my", "our", "his", "her", "their") {
		// a year a clause tells of: "That was the year we stayed six
		// weeks" is the year just told; "the year I taught in a trailer"
		// names none
		if !p.is(i-1, "was", "is") || p.refIdx < 0 || p.ref.y == unknown || p.ref.g < gYear {
			return phrase{}
		}
		c := p.ref.coarsen(gYear)
		return phrase{begin: i, end: k, typ: Date, cal: c, anchor: AnchorExpr, why: "'" + p.span(i, k) + "', the year just told -> " + c.value()}
	}
	if p.is(i-1, "of", "in") && !p.is(k, "ended", "ending", "through", "to") || p.is(i-1, "for") && (p.punct(k, ",") || p.punct(k, ".")) {
		// "nine months of the year", "earlier in the year", "For the
		// year, volume was flat": the year the text is about
		c := p.dct.coarsen(gYear)
		anchor := AnchorDCT
		if !p.hasDCT {
			anchor = ""
		}
		if p.refIdx >= 0 && p.ref.g >= gDay && p.ref.known() && p.ref.y == c.y-1 && p.dct.date().Sub(p.ref.date()) < 90*24*time.Hour && p.within(i, p.out[p.refIdx].End, 0, 40) {
			// the year of a day its sentence has told, just gone: "Super
			// Saturday, December 19, was the busiest day of the year" told
			// in January
			return phrase{begin: i, end: k, typ: Date, cal: p.ref.coarsen(gYear), anchor: AnchorExpr, why: "'" + p.span(i, k) + "', the year of the date just told -> " + p.ref.coarsen(gYear).value()}
		}
		return phrase{begin: i, end: k, typ: Date, cal: c, anchor: anchor, why: "'" + p.span(i, k) + "', the year of the DCT -> " + c.value()}
	}
	// "for the year ended Sept. 30", "throughout the fiscal year": a year-long period
	return phrase{begin: i, end: k, typ: Duration, value: "P1Y", why: "'" + p.span(i, k) + "', a duration -> P1Y"}
}

// setAdverbs are frequency words with their TIMEX3 period.
var setAdverbs = map[string]string{
	"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
	"hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W", "fortnightly": "P2W", "semiannually": "P6M",
	"weekdays": "XXXX-WXX-WD", // ("open 9am to 5pm weekdays", "on weekdays")
}

// set: "daily", "every Monday", "each year", "Tuesdays", "Tuesday nights",
// "twice a week", "$5 a year", "half-hourly".
func (p *parser) set(i int) phrase {
	if p.is(i, "the", "most") {
		// "in the afternoons", "most summers": each of them (but "the
		// nights are what worry us" weighs nights against days)
		n := p.tok(i + 1)
		if !p.has(i+1, cPart|cSeason) || !n.lex.plural || p.is(i+2, "of", "before", "after", "when", "that") || p.is(i, "the") && p.is(i+1, "nights") {
			return phrase{}
		}
		v := "XXXX-" + n.lex.code
		if n.lex.class&cPart != 0 {
			v = "XXXX-XX-XXT" + n.lex.code
		}
		return phrase{begin: i, end: i + 2, typ: Set, value: v, why: "'" + p.span(i, i+2) + "', each of them -> " + v}
	}
	t := p.tok(i)
	if p.has(i, cSetAdverb) {
		if t.upper && !t.brk && (p.is(i-1, "the") || p.tok(i+1).upper) {
			return phrase{} // a name: "The Daily Mail", "the Weekly Standard"
		}
		v := setAdverbs[t.low]
		return phrase{begin: i, end: i + 1, typ: Set, value: v, why: "'" + t.low + "', a frequency -> " + v}
	}
	if p.is(i, "quarterly") && p.adverbAfterVerb(i) {
		// the adverb ("published quarterly", "payable quarterly; the
		// first"), not the adjective ("its quarterly dividend", "the
		// quarterly and annual reports"), which TimeBank leaves out
		return phrase{begin: i, end: i + 1, typ: Set, value: "P3M", why: "'quarterly', a frequency -> P3M"}
	}
	k := i
	switch {
	case p.is(k, "half") && p.hyphen(k+1) && p.is(k+2, "hourly"):
		return phrase{begin: i, end: k + 3, typ: Set, value: "PT30M", why: "'" + p.span(i, k+3) + "', a frequency -> PT30M"}
	case p.is(k, "every", "each"):
		k++
		if p.is(k, "other", "single") {
			k++ // ("every single January")
		}
		return p.setOf(i, k)
	case p.is(k, "once", "twice") || p.tok(k).kind == tkNum || p.has(k, cCard):
		// "twice a week", "three times a year", "six days a week", "two or
		// three times a week", "twice daily", "twice-yearly"
		if !p.is(k, "once", "twice") {
			if p.is(k+1, "or", "to") && (p.tok(k+2).kind == tkNum || p.has(k+2, cCard)) {
				k += 2
			}
			k++
			if !p.is(k, "times", "nights") && !(p.has(k, cUnit) && (p.tok(k).lex.plural || p.is(k-1, "one")) && p.tok(k).lex.unit < uWeek) {
				return phrase{}
			}
		}
		k++
		if p.hyphen(k) && p.has(k+1, cSetAdverb) {
			k++
		}
		if v, ok := setAdverbs[p.tok(k).low]; ok && (p.is(i, "once", "twice") || p.is(k-1, "times")) {
			// (not "four hours daily": a duration, every day)
			return phrase{begin: i, end: k + 1, typ: Set, value: v, why: "'" + p.span(i, k+1) + "', a frequency -> " + v}
		}
		if p.is(k, "a", "an", "per", "every", "each") && p.has(k+1, cUnit) && !p.tok(k+1).lex.plural {
			u := p.tok(k + 1).lex.unit
			v := unitInfo[u].every
			return phrase{begin: i, end: k + 2, typ: Set, value: v, why: "'" + p.span(i, k+2) + "', a frequency -> " + v}
		}
		return phrase{}
	case p.is(k, "a", "an", "per") && p.has(k+1, cUnit) && !p.tok(k+1).lex.plural:
		// "$5 a year", "24 hours a day": a rate after an amount
		prev := p.tok(k - 1)
		measure := prev.kind == tkWord && !prev.upper && prev.lex == nil && !currencies[prev.low] && (p.tok(k-2).kind == tkNum || p.has(k-2, cCard) || p.is(k-2, "a", "an", "million", "billion", "thousand", "hundred")) ||
			prev.kind == tkWord && p.glued(k-1) && p.tok(k-2).kind == tkNum // "rose by 0.04C per year", "5km a day"
		counted := prev.kind == tkWord && strings.HasSuffix(prev.low, "s") && (p.tok(k-3).kind == tkNum || p.is(k-3, "hundreds", "thousands", "dozens", "millions") || p.is(k-4, "hundreds", "thousands", "dozens", "millions"))
		if prev.kind != tkNum && !measure && !counted && !p.is(k-1, "million", "billion", "cents", "dollars", "euros", "pounds", "yen", "francs", "yuan", "percent", "cent", "points", "hours", "days", "times", "barrels", "tons") && !p.punct(k-1, "%") {
			return phrase{} // ("30 kilometres a day", "a mile a day": a measure's rate)
		}
		u := p.tok(k + 1).lex.unit
		if u == uWeekend || u == uHalf || measure && u <= uHour && (u < uHour || lengths[prev.low] || !strings.HasSuffix(prev.low, "s")) {
			return phrase{} // (a speed is no time: "20 km per hour"; "four trains an hour" are a frequency)
		}
		v := unitInfo[u].every
		return phrase{begin: k, end: k + 2, typ: Set, value: v, why: "'" + p.span(k, k+2) + "', a rate -> " + v}
	case p.is(k, "weekends") && p.is(k-1, "on", "at", "over", "during", "works", "work", "worked", "working", "and"):
		// "on weekends", "works weekends": every one of them (TIMEX3
		// has no value for weekdays)
		return phrase{begin: i, end: k + 1, typ: Set, value: "XXXX-WXX-WE", why: "'" + p.span(i, k+1) + "', every weekend -> XXXX-WXX-WE"}
	case t.lex != nil && t.lex.class&cWeekday != 0 && t.upper:
		// "Tuesdays", "Tuesday nights"
		wd := isoWeekday(t.lex.weekday)
		if t.lex.plural {
			k = i + 1
			v := "XXXX-WXX-" + itoa(wd)
			if n := p.tok(k); n.lex != nil && n.lex.class&cPart != 0 && !n.lex.plural {
				v, k = v+"T"+n.lex.code, k+1
			}
			return phrase{begin: i, end: k, typ: Set, value: v, why: "'" + p.span(i, k) + "', every " + t.lex.weekday.String() + " -> " + v}
		}
		if n := p.tok(i + 1); n.lex != nil && n.lex.class&cPart != 0 && n.lex.plural {
			v := "XXXX-WXX-" + itoa(wd) + "T" + n.lex.code
			return phrase{begin: i, end: i + 2, typ: Set, value: v, why: "'" + p.span(i, i+2) + "', every " + t.lex.weekday.String() + " -> " + v}
		}
	}
	return phrase{}
}

// setOf is the rest of "every ...": a unit, an amount of units, a weekday,
// a month, a season or a part of the day.
func (p *parser) setOf(i, k int) phrase {
	t := p.tok(k)
	other := p.is(k-1, "other")
	v := ""
	end := k + 1
	if n, e, ok := p.ordinalNum(k, 10); ok && n >= 2 && (p.has(e, cUnit) || p.has(e, cWeekday) && p.tok(e).upper) && !p.tok(e).lex.plural {
		// "every second day", "every third month": one in so many; but
		// "every second weekend", "every third Sunday" are of weekends and
		// Sundays (TIMEX3 has no period of them)
		if e := p.tok(e).lex; e.class&cWeekday != 0 {
			v = "XXXX-WXX-" + itoa(isoWeekday(e.weekday))
		} else if e.unit == uWeekend {
			v = "XXXX-WXX-WE"
		} else {
			v = durationValue(amount{n: n}, e.unit)
		}
		return phrase{begin: i, end: e + 1, typ: Set, value: v, why: "'" + p.span(i, e+1) + "', a set -> " + v}
	}
	if a, ok := p.amount(k); ok && (t.kind == tkNum || t.lex != nil) {
		// "every three years", "every 10 minutes", "every few years",
		// "every nine hours and sixteen minutes"
		if u, e, ok := p.unitAfter(a); ok {
			v = durationValue(a, u)
			if sum, e2 := p.andSmaller(a, u, e); sum != "" {
				v, e = sum, e2
			}
			return phrase{begin: i, end: e, typ: Set, value: v, why: "'" + p.span(i, e) + "', a set -> " + v}
		}
	}
	if p.is(k, "half") && (p.is(k+1, "hour") || p.hyphen(k+1) && p.is(k+2, "hour")) {
		e := k + 2 + btoi(p.hyphen(k+1))
		return phrase{begin: i, end: e, typ: Set, value: "PT30M", why: "'" + p.span(i, e) + "', a set -> PT30M"} // "every half hour"
	}
	if p.is(k, "year") && p.is(k+1, "on") {
		// "every year on 6 March": that day of every year
		if d := p.setOf(i, k+2); d.ok() && strings.HasPrefix(d.value, "XXXX-") && len(d.value) == 10 {
			d.why = "'" + p.span(i, d.end) + "', a day of every year -> " + d.value
			return d
		}
	}
	for _, f := range []func(*parser, int) phrase{(*parser).monthDate, (*parser).dayMonth, (*parser).holiday} {
		// "every 30 April", "every March 5", "every Christmas": a day of
		// every year (not one with its year written)
		if d := f(p, k); d.ok() && d.value == "" && d.cal.g == gDay && d.anchor != "" && d.cal.n != unknown && d.cal.d != unknown && !p.movableFeast(k) {
			v = "XXXX-" + pad(d.cal.n, 2) + "-" + pad(d.cal.d, 2)
			return phrase{begin: i, end: d.end, typ: Set, value: v, why: "'" + p.span(i, d.end) + "', a day of every year -> " + v}
		}
	}
	switch {
	case t.low == "weekday":
		v = "XXXX-WXX-WD" // "every weekday"
	case t.lex == nil:
	case t.lex.class&cUnit != 0 && !t.lex.plural:
		v = unitInfo[t.lex.unit].every
		if other && t.lex.unit != uWeekend {
			v = durationValue(amount{n: 2}, t.lex.unit)
		}
	case t.lex.class&cWeekday != 0 && t.upper:
		v = "XXXX-WXX-" + itoa(isoWeekday(t.lex.weekday))
		if pd, k2, ok := p.partOfDay(end); ok {
			v, end = v+"T"+pd, k2
		}
	case t.lex.class&cMonth != 0 && t.upper:
		v = "XXXX-" + pad(int(t.lex.month), 2)
	case t.lex.class&cSeason != 0:
		v = "XXXX-" + t.lex.code
	case t.lex.class&cPart != 0:
		v = "XXXX-XX-XXT" + t.lex.code
	}
	if v == "" {
		return phrase{}
	}
	return phrase{begin: i, end: end, typ: Set, value: v, why: "'" + p.span(i, end) + "', a set -> " + v}
}

// Tense. Weekdays, months and quarters without a year resolve by the
// tense of their clause.
var futureCues = map[string]bool{
	"will": true, "shall": true, "ll": true, "going": true, "would": true, "expected": true,
	"expects": true, "expect": true, "scheduled": true, "due": true, "upcoming": true, "next": true,
	"tomorrow": true, "intends": true, "payable": true, "soon": true, "plans": true, "should": true,
	"planned": true, "planning": true, "plan": true, "set": true,
	"must": true, "slated": true, "poised": true, "forecasts": true, "predicts": true,
}

// modalCues are modals of what may yet happen: "temperatures could reach
// 100 by Saturday"; before "have" they tell of the past.
var modalCues = map[string]bool{
	"could": true, "can": true, "might": true, "may": true, "would": true, "should": true, "must": true,
}

// presentVerbs are verbs whose bare present tense tells, in news, of a
// scheduled event: "Arafat meets Albright Monday" is next Monday's meeting.
var presentVerbs = map[string]bool{
	"meet": true, "meets": true, "begin": true, "begins": true, "start": true, "starts": true,
	"open": true, "opens": true, "visit": true, "visits": true, "arrive": true, "arrives": true,
	"leave": true, "leaves": true, "travel": true, "travels": true, "resume": true, "resumes": true,
	"return": true, "returns": true, "vote": true, "votes": true, "testify": true, "testifies": true,
	"attend": true, "attends": true, "fly": true, "flies": true, "host": true, "hosts": true,
	"convene": true, "convenes": true, "expire": true, "expires": true, "ends": true,
	"reopen": true, "reopens": true, "reconvene": true, "reconvenes": true, "face": true, "faces": true,
	"play": true, "goes": true, "takes": true, "closes": true, "concludes": true,
	"airs": true, "launches": true, "debuts": true, "premieres": true, "kicks": true, "wraps": true,
	"continues": true, "holds": true, "sails": true, "departs": true,
	"go": true, "sits": true, "hears": true, "heads": true, "happens": true, "runs": true,
}

// refusals are what one "would not" do when refusing: "would not comment
// Friday", "would not let anyone off for Easter".
var refusals = map[string]bool{
	"comment": true, "say": true, "discuss": true, "confirm": true, "disclose": true, "elaborate": true,
	"speculate": true, "reveal": true, "identify": true, "release": true, "name": true, "give": true,
	"answer": true, "respond": true, "specify": true, "let": true, "allow": true, "permit": true,
}

// delayVerbs move an event to a later time: "postponed until Tuesday".
// scheduled reports whether the time at token i is one a verb set
// something for: "set sentencing for Aug. 27", "the date was fixed for
// Easter Sunday".
func (p *parser) scheduled(i int) bool {
	for p.is(i-1, "early", "late", "mid") || p.hyphen(i-1) && p.is(i-2, "mid") {
		i -= 1 + btoi(p.hyphen(i-1)) // "pencilled in for late June"
	}
	if p.is(i-1, "of") && p.has(i-2, cPart) && p.is(i-3, "the") {
		i -= 3 // "rebooked for the morning of 3 January"
	}
	if !p.is(i-1, "for") {
		return false
	}
	clause := true // no mark between
	for k := i - 2; k >= 0 && k >= i-12 && !p.toks[k+1].brk; k-- {
		w := p.toks[k].low
		if scheduleVerbs[w] || delayVerbs[w] || cancelVerbs[w] || clause && forecastVerbs[w] { // ("cancelled its flights for Monday")
			return true
		}
		clause = clause && p.toks[k].kind != tkPunct
	}
	return false
}

// scheduleVerbs put what they name at the time after "for": "set
// sentencing for Aug. 27", "called an election for May 5".
var scheduleVerbs = map[string]bool{
	"set": true, "scheduled": true, "slated": true, "booked": true, "rebooked": true, "reserved": true, "fixed": true, "called": true,
	"planned": true, "penciled": true, "pencilled": true, "timed": true, "listed": true,
}

// forecastVerbs look ahead to the time after "for" in their own clause:
// "has forecast showers for Saturday" (not "had forecast, and revised
// its figures for December").
var forecastVerbs = map[string]bool{
	"forecast": true, "forecasts": true, "predicted": true, "predicts": true, "expected": true, "expects": true,
}

// cancelVerbs call off what was planned for a day, which may be past or to
// come: the nearer day of its name is meant.
var cancelVerbs = map[string]bool{
	"postponed": true, "canceled": true, "cancelled": true, "scrapped": true, "delayed": true, "suspended": true,
}

var delayVerbs = map[string]bool{
	"postponed": true, "delayed": true, "deferred": true, "extended": true, "adjourned": true,
	"rescheduled": true, "recessed": true, "suspended": true, "moved": true, "pushed": true,
}

// delaying are the other forms of delayVerbs that move a thing to a
// time told with "to" or "until", which is ahead: "considered moving the
// races to Monday", "voted to postpone the hearing until Tuesday".
var delaying = map[string]bool{
	"postpone": true, "postponing": true, "delay": true, "delaying": true, "defer": true, "deferring": true,
	"extend": true, "extending": true, "adjourn": true, "adjourning": true, "reschedule": true, "rescheduling": true,
	"move": true, "moving": true, "push": true, "pushing": true,
}

var pastCues = map[string]bool{
	"said": true, "was": true, "were": true, "had": true, "did": true, "told": true, "ago": true,
	"last": true, "yesterday": true, "earlier": true, "came": true, "went": true, "met": true,
	"began": true, "made": true, "took": true, "gave": true, "won": true, "lost": true, "left": true,
	"fell": true, "rose": true, "saw": true, "found": true, "became": true, "got": true, "held": true,
	"paid": true, "sold": true, "bought": true, "hit": true, "killed": true, "led": true, "ran": true,
	"since": true, "been": true, "wrote": true, "spoke": true, "struck": true, "announced": true,
	"sent": true, "fled": true, "flew": true, "built": true, "brought": true, "felt": true,
	"kept": true, "heard": true, "meant": true, "stood": true, "spent": true, "broke": true, "died": true,
	"thought": true, "knew": true, "grew": true, "drew": true, "threw": true, "wore": true, "chose": true,
	"drove": true, "rode": true, "ate": true, "sat": true, "understood": true, "caught": true, "taught": true,
	"fought": true, "sought": true, "lay": true, "laid": true, "shot": true, "slept": true, "forgot": true,
	"froze": true, "swore": true, "woke": true, "withdrew": true, "overtook": true, "arose": true,
	"tore": true, "swept": true, "stole": true, "shook": true, "sank": true, "blew": true, "bore": true,
	"sang": true, "rang": true, "swam": true, "swung": true, "hung": true, "hid": true, "dug": true,
	"bled": true, "crept": true, "dealt": true, "drank": true, "knelt": true, "leapt": true,
	"lent": true, "shone": true, "shrank": true, "slid": true, "spun": true, "sprang": true,
	"strode": true, "stung": true, "wept": true, "wove": true, "awoke": true,
	"forgave": true, "forbade": true, "overcame": true, "undertook": true, "befell": true, "clung": true,
	"flung": true, "mistook": true, "foresaw": true, "upheld": true, "withheld": true, "underwent": true, "undid": true,
	// verbs in "un-" (which "-ed" alone does not tell: "unnamed" is no verb)
	"unfolded": true, "unveiled": true, "uncovered": true, "unearthed": true, "unleashed": true, "unpacked": true,
	"unloaded": true, "unlocked": true, "unravelled": true, "unraveled": true,
}

// Cue strengths: a past verb, a weak future ("to" + verb, "by" a
// deadline), a strong future ("will", "expected").
const (
	cuePast   = -1
	cueWeak   = 1
	cueStrong = 2
)

// tense guesses the tense of the clause of tokens [i, j): -1 past, 1
// future, 0 unknown. The verb governing a time adverbial comes before it
// ("said Friday", "will meet Monday", "staged celebrations to mark the
// entry on Friday"), so the nearest verb or modal to the left decides, a
// weak "to" + verb only when no other is found; an adverbial opening its
// sentence ("On Tuesday, the league plans to ...") takes the verb after
// it; "Wednesday's ruling" has happened.
func (p *parser) tense(i, j int) int {
	day := i // the time's own first word
	if t := p.tok(i - 1); t.kind != tkWord || t.lex != nil && t.lex.class&cZone != 0 || p.is(i-1, "noon", "midnight") {
		for k := i - 1; k >= 0 && k >= i-10; k-- { // ("10:30:15 a.m. EST" is ten tokens)
			if ct, ok := p.clockAt(k); ok && ct.end == i {
				i = k // the day of a time is told as the time is: "through 8 p.m. PDT Tuesday"
				break
			}
		}
	}
	if p.has(i, cWeekday) && p.punct(j, ",") && p.is(j+1, "when") {
		// a clause in the past set beside the day tells of it: "are
		// looking at Thursday, when the body was found" (but "comes on
		// Friday, when people have voted" is ahead)
		for k := j + 2; k < j+10 && k < len(p.toks) && !p.toks[k].brk && !p.punct(k, ","); k++ {
			if c := p.cue(k); c != 0 && c != cueWeak {
				if c == cuePast && !p.is(k-1, "have", "has") {
					return -1
				}
				break
			}
		}
	}
	weak := p.is(i-1, "by", "until", "till", "through")
	if p.is(i-1, "effective") {
		return 1 // "a pact effective June 1": a change announced ahead
	}
	if p.is(i-1, "on") && p.is(i-2, "price", "prices", "level", "value") && p.is(i-3, "closing") {
		return -1 // a market's close is gone by: "will pay a 31% premium to the closing price on Friday"
	}
	if k := j + btoi(p.has(j, cPart)); p.is(i-1, "said", "says", "predicted", "warned") && p.is(k, "was", "is", "would", "will") && p.is(k+1, "likely", "expected", "due", "set", "going", "forecast") {
		return 1 // the day is what the saying is about: "The RAC said Friday evening was likely to see the heaviest traffic"
	}
	if k := i - 1; p.is(k, "the") && p.is(k-1, "of") && p.is(k-2, "ahead", "advance") || p.is(k, "of") && p.is(k-1, "ahead", "advance") {
		return 1 // "stocks rose ahead of the Good Friday holiday"
	}
	deadline := p.is(i-1, "until", "till", "through", "to")
	for k := i - 1; k >= 0 && k >= i-4 && p.tok(k).kind != tkPunct; k-- {
		if p.is(k, "until", "till") {
			if p.is(k-1, "have", "has", "had") {
				return 1 // a deadline given: "departments have until noon on Monday to submit", "told I had until the weekend"
			}
			break
		}
	}
	near, far := 0, 0
	infinitive, comma := false, false
	for k, words := i-1, 0; k >= 0 && words < 20 && !p.toks[k+1].brk; k-- {
		if k == i-1 && (p.is(k, "that") && p.is(j, "is", "are", "was", "were", "will", "would", "has", "had") || p.is(k, "how") && p.cue(j) != 0 && p.cue(j) != cueWeak) {
			break // a clause of its own: "reminded us that Easter is five weeks off", "Here is how Wednesday unfolded"
		}
		if p.toks[k].kind == tkWord {
			words++ // numbers and marks do not count: "$42.875 a share"
		}
		if deadline && (delayVerbs[p.toks[k].low] || delaying[p.toks[k].low] || p.is(k-1, "has", "have") && p.cue(k) == cuePast) {
			return 1 // "postponed until Tuesday", "extended loans through January", "have cancelled leave until Friday"
		}
		if weak && p.punct(k, ",") {
			break // "The sale, which had been expected, is to pay it by February"
		}
		if p.punct(k, ",") && k >= i-2 {
			k = p.skipRelative(k) // "approved the budget, which would balance the books, on Thursday"
		}
		c := p.cue(k)
		if p.hyphen(k-1) || p.hyphen(k+1) {
			c = 0 // a compound's word: "a better-than-expected rise"
		}
		if (c == cuePast || c == 0) && infinitive && intentVerbs[p.toks[k].low] && (p.has(day, cWeekday|cMonth|cHoliday|cSeason) || p.is(day, "the") && p.has(day+1, cSeason|cHoliday)) {
			// "voted to strike from Friday", "agreed to meet Monday"; but an
			// hour of the day told is that day's ("ordered them to leave at
			// 5:33 p.m.")
			c = cueStrong
		}
		// (the infinitive's clause holds the day: not "voted to protect
		// Saudi Arabia, with troops arriving Tuesday")
		infinitive = infinitive || c == cueWeak && p.is(k, "to") && !comma
		comma = comma || p.punct(k, ",")
		switch {
		case c == 0 && (i-k <= 3 || i-k <= 5 && p.has(day, cWeekday)) && p.is(k, "is", "are"):
			near = 1 // a present copula schedules: "the game is Saturday", "the deadline is noon Monday", "there is a quiz on Wednesday"
		case c == cueWeak:
			weak = true
		case c != 0 && i-k <= 3:
			near = max(-1, min(c, 1))
		case c != 0:
			far = max(-1, min(c, 1))
		}
		if near != 0 || far != 0 {
			break
		}
	}
	if p.possessed(j) {
		// the verb of the day's thing beats one before it: "Friday's game
		// was postponed, and Saturday's doubleheader will start"
		if c := p.ownedTense(j + 2); c != 0 {
			return c
		}
	}
	sched := p.scheduled(i)
	if near != 0 && !sched {
		return near
	}
	// a verb right after, in the same clause: "a service planned for
	// Saturday was canceled"; one calling off the day's thing leaves the
	// nearer day ("Parliament's Friday sitting has been postponed")
	// (a line's last words, after its first, are its own: a fixture list's
	// "Oxford United (a), 7.45pm\nSat 16 Aug"; a heading's clause is on the
	// next line, "Monday\nCrews began spraying foam")
	endsLine := j < len(p.toks) && p.lineStart(j) && !p.lineStart(i) ||
		p.punct(j-1, ".") && p.tok(j).upper && !p.has(j, cWeekday|cMonth|cHoliday) // (or its sentence: "tipoff is set for 12:15 p.m. Earlier, at 10 a.m.")
	for k := j; k < j+4 && k < len(p.toks) && !p.toks[k].brk && !endsLine && !p.punct(k, ","); k++ {
		if cancelVerbs[p.toks[k].low] {
			return 0
		}
	}
	for k := j; k < j+2 && k < len(p.toks) && !p.toks[k].brk && !endsLine && !p.punct(k, ",") && !p.is(k, "and", "but", "or"); k++ {
		if p.is(k+1, "by") {
			continue // a participle of a noun before: "a Monday deadline set by the bank"
		}
		if c := p.cue(k); c != 0 && c != cueWeak {
			return max(-1, min(c, 1))
		}
		if k == j && p.is(k, "is", "are") {
			if p.is(k+1, "over", "past", "gone", "behind") {
				return -1 // "Christmas is over"
			}
			return 1 // a present copula after: "Election Day is Nov. 5", "Monday is the deadline"
		}
	}
	if sched {
		return 1 // (unless a verb after says otherwise, above)
	}
	if p.possessed(j) {
		return p.possessiveTense(i, far)
	}
	if far != 0 {
		return far
	}
	// no verb before: the clause's verb after, when the expression opens
	// the sentence ("Late Friday, rebels attacked"), else within its clause
	opens := true
	for k := i - 1; k >= 0 && !p.toks[k+1].brk; k-- {
		if p.punct(k, "-") || p.punct(k, "—") || p.punct(k, "–") || p.punct(k, ":") {
			break // after a dateline: "ABERFAN, Wales - On Friday, at 9.15am, the village will"
		}
		if i-k > 2 {
			opens = false
			break
		}
	}
	if !opens {
		// or it ends the adverbial phrase the sentence opens with: "At a
		// packed meeting in the village hall on Tuesday evening, the
		// manager, Philip Dunmore, told residents"
		s := i - 1
		for s > 0 && !p.toks[s].brk && i-s < 16 {
			s--
		}
		e := j + btoi(p.has(j, cPart))
		opens = p.toks[s].brk && p.is(s, "at", "in", "on", "during") && p.punct(e, ",") // (not "After mild conditions over the weekend, temperatures will drop")
		for k := s + 1; k < i && opens; k++ {
			opens = p.tok(k).kind != tkPunct && p.cue(k) == 0
		}
	}
	aside := p.punct(i-1, ",") || p.punct(i-2, ",") && p.is(i-1, "on", "in", "at")
	// an opening adverbial may hold an apposition before the main verb ("In
	// January, a week after the anniversary of the decision, a bombing killed")
	for k := j; k < len(p.toks) && k < j+32 && !p.toks[k].brk && !endsLine; k++ {
		if k == j && aside && p.punct(k, ",") {
			continue // a day set off by commas before the verb: "this year's procession, on Saturday, is expected to draw"
		}
		if !opens && (k > j+8 || p.punct(k, ",") || p.is(k, "and", "but", "or", "while", "when", "as", "because", "which", "who")) {
			break
		}
		if c := p.cue(k); c == cueWeak {
			// (not "to" before an amount: "cut its rate to minus 0.1 percent")
			weak = weak || !p.is(k, "to") || p.tok(k+1).kind == tkWord && !p.is(k+1, "minus", "plus", "the", "a", "an", "its", "their", "his", "her", "about", "around", "nearly", "almost", "just")
		} else if c == 0 && p.is(k, "is", "are", "am") && p.cue(k+1) == 0 && (!weak || opens) && p.tok(k-1).kind != tkNum { // (not "9.15am"; "By 10am, pumps are working" is told in the present)
			if opens && p.has(day, cWeekday) {
				return 1 // a day of the week is to come: "On Tuesday there is a bat walk"
			}
			return 0 // the clause's verb is in the present: "Today the stern is displayed in Amsterdam, where it has been"
		} else if c != 0 {
			if opens && c == cueStrong && strings.HasSuffix(p.tok(k).low, "ed") && !p.is(k-1, "is", "are", "am", "be", "s") {
				return -1 // "On Friday, the government planned to pay": the planning was Friday
			}
			return max(-1, min(c, 1))
		}
	}
	if weak {
		return 1
	}
	return 0
}

// superlativeBefore reports whether the "in" at token k measures how long
// since something was so: "the worst in years", "the highest in a
// decade", "the first time in months".
func (p *parser) superlativeBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if w := p.tok(j).low; p.tok(j).kind == tkWord && (p.is(j, "worst", "best", "first", "last", "most", "least", "time") || len(w) > 4 && strings.HasSuffix(w, "est") && !p.is(j, "interest", "forest", "protest", "harvest", "request", "contest", "honest", "modest", "manifest", "suggest", "arrest")) {
			return true
		}
	}
	return false
}

// skipRelative returns the comma opening a relative clause that the comma
// at k, right before a date, closes (", which would balance the books, on
// Thursday"), or k: its verbs are not those of the date's clause.
func (p *parser) skipRelative(k int) int {
	for c := k - 1; c > 0 && c > k-25 && !p.toks[c+1].brk; c-- {
		if p.punct(c, ",") {
			if p.is(c+1, "which", "who", "whose") {
				return c
			}
			return k
		}
	}
	return k
}

// possessed reports whether the expression ending at j owns a thing of its
// day: "Monday's game".
func (p *parser) possessed(j int) bool {
	return p.punct(j, "'") && p.is(j+1, "s")
}

// ownedTense is the tense of the verb whose subject is the day's thing at
// k ("Saturday's doubleheader will start", "Tuesday's vote was"), or the
// future of a forecast; 0 when no verb follows in the clause.
func (p *parser) ownedTense(k int) int {
	if p.is(k, "forecast", "forecasts", "outlook") {
		return 1
	}
	// the word after "'s" is its noun ("Tuesday's vote was"), no verb
	// (nor a clause of its own: "officers told Tuesday's meeting that it
	// would be delayed")
	for n := k + 1; n < k+8 && n < len(p.toks) && !p.toks[n].brk && !p.punct(n, ",") && !p.is(n, "and", "but", "or", "that"); n++ {
		if cancelVerbs[p.toks[n].low] {
			return 0 // called off before or after its day: the nearer ("Friday's sitting has been postponed")
		}
		if c := p.cue(n); c != 0 && c != cueWeak {
			return max(-1, min(c, 1))
		}
	}
	return 0
}

// possessiveTense is the tense of a day's thing at token i ("Monday's
// game") that is no subject: after a preposition, that of the clause far
// before ("will face Washington in Monday's game"); otherwise the thing
// has happened ("a review of Wednesday's ruling").
func (p *parser) possessiveTense(i, far int) int {
	if p.is(i-1, "ahead", "into", "toward", "towards") || p.is(i-1, "of") && p.is(i-2, "ahead") {
		return 1 // "ahead of Monday's vote", "sending the Danes into Thursday's semifinals"
	}
	if far != 0 && p.is(i-1, "in", "at", "during", "for") {
		return far
	}
	return -1
}

// cue is the tense a word signals.
func (p *parser) cue(i int) int {
	if i < 0 || i >= len(p.toks) {
		return 0
	}
	t := &p.toks[i]
	if t.kind != tkWord {
		return 0
	}
	c := p.wordCue(i, t.low)
	if c != 0 && c != cueWeak && adjectival(p, i) || c == cuePast && p.epithet(i) {
		return 0 // "the hastily planned trip", "a return", "for all but isolated outages"
	}
	if c == cuePast && sameInPast[t.low] && p.is(i-1, "to") {
		return 0 // an infinitive: "forecast to hit the coast on Friday"
	}
	if c == cuePast && p.is(i-1, "have") && p.is(i-2, "will", "shall", "ll") {
		return cueStrong // the future perfect: "will have had a booster before Christmas"
	}
	if c == cuePast && (p.is(i-1, "stay", "stays", "remain", "remains", "keep", "keeps", "get", "gets") ||
		p.is(i, "closed", "shut") && (p.toks[i].brk || p.punct(i-1, ":") || p.punct(i-1, "(") || p.punct(i-1, ";") || p.is(i-1, "is", "are", "be"))) {
		return 0 // a state the verb before tells the time of: "will stay closed Friday"; a listing's "Libraries: closed Sunday", "(closed on Christmas Day)"
	}
	return c
}

// participle reports whether token k, maybe after an adverb, is a past
// participle, so that a "have" before it is the perfect's ("could have
// already left"), not a verb of its own ("might have power restored").
func (p *parser) participle(k int) bool {
	if p.is(k, "already", "never", "just", "not", "easily", "probably") {
		k++
	}
	t := p.tok(k)
	return t.kind == tkWord && (p.is(k, "been") || strings.HasSuffix(t.low, "ed") || p.cue(k) == cuePast)
}

// bareInfinitive reports whether the verb at i is the bare infinitive
// after a verb of letting, making or seeing and its object, whose tense
// is that verb's: "they let the night shift go", "to see the children
// return on Wednesday".
func (p *parser) bareInfinitive(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4 && p.toks[k].kind == tkWord; k-- {
		if p.is(k, "let", "lets", "make", "makes", "made", "see", "sees", "saw", "watch", "watched", "hear", "heard", "help", "helped") {
			return !p.is(k+1, "sure", "certain") // (not "make sure the shop opens Monday")
		}
	}
	return false
}

// wordCue is the tense the word w at i signals, before its determiner is seen.
func (p *parser) wordCue(i int, w string) int {
	f := cueWords[w]
	if w[len(w)-1] == 'n' && p.punct(i+1, "'") && p.glued(i+1) && p.is(i+2, "t") {
		// a negative's contraction: "didn't come on Monday", "won't reopen until Tuesday"
		switch w {
		case "didn", "wasn", "weren", "hadn":
			return cuePast
		case "won", "shan":
			return cueStrong
		}
	}
	switch {
	case w == "set" && p.is(i+1, "off", "out") && !p.is(i-1, "had", "was", "were") && !p.isHistory():
		return 0 // "Runners set off at 9 a.m." is present or past alike (a history's is past)
	case w == "set" && !p.is(i+1, "to", "for"):
		// "set Friday as the deadline", "a record set on Aug. 6": a past
		// verb or participle, unless a modal or "to" comes before it
		if p.is(i-1, "to", "will", "would", "could", "can", "may", "might", "must", "should") {
			return 0
		}
		return cuePast
	case f&wPresent != 0 && p.bareInfinitive(i):
		return 0 // "was let go on Tuesday", "to see the children return on Wednesday"
	case w == "effect":
		// "takes effect Friday", "goes into effect", "is in effect until Sunday"
		if p.is(i-1, "take", "takes", "taking") || p.is(i-1, "into") && p.is(i-2, "go", "goes", "going", "come", "comes") ||
			p.is(i-1, "in") && p.is(i-2, "is", "are", "be", "remain", "remains", "remaining") {
			return cueStrong
		}
		return 0
	case (w == "plan" || w == "plans") && !p.is(i+1, "to") && !p.is(i-1, "i", "we", "they", "you", "will", "would", "to"),
		w == "plan" && p.is(i-1, "to") && p.is(i-2, "according", "gone", "went", "go", "goes", "going"):
		return 0 // a noun: "a spending plan for fiscal 2013 on Monday night", "had gone to plan"
	case w == "next" && p.is(i+1, "to"), (w == "earlier" || w == "later") && p.is(i+1, "than"):
		return 0 // "next to the embassy", "no earlier than Monday"
	case p.is(i+1, "to") && (w == "track" && p.is(i-1, "on") || w == "forecast" || w == "likely"):
		return cueStrong // "was on track to make landfall late Friday", "is forecast to hit Friday", "likely to rain on Sunday"
	case w == "last" && p.is(i-1, "to", "will", "would", "could", "can", "may", "might", "must", "should"),
		w == "last" && p.tok(i+1).kind == tkWord && p.tok(i+1).lex == nil && !p.is(i+1, "of"):
		return 0 // the verb: "disruption could last into Wednesday"; an adjective: "Last trains on Christmas Eve leave earlier"
	case (w == "expected" || w == "planned" || w == "scheduled") && p.is(i-1, "we", "i", "they", "he", "she", "you", "who") && (p.is(i+1, "in", "on", "at", "by") || p.tok(i+1).kind == tkPunct):
		return cuePast // what someone expected, no longer ahead: "the race we expected in April"
	case (w == "expected" || w == "planned" || w == "scheduled") && p.tok(i-1).kind == tkWord && !p.is(i-1, "is", "are", "was", "were", "be", "been", "being", "s", "re", "and", "not", "also", "now", "still", "widely") &&
		p.inStoryYear(i) && !p.quoted(i):
		// a participle after its noun, in a story of long ago: "agreed to
		// send him to observe the eclipse expected on 18 August" (the
		// clause's verb tells)
		return 0
	case f&wModal != 0 && (p.is(i+1, "have") && p.participle(i+2) || p.is(i+1, "not") && p.is(i+2, "have") && p.participle(i+3)):
		return cuePast // "could have left Friday", "would not have met Monday" (not "might not have power restored until Friday")
	case w == "could" && (p.is(i+1, "not") || p.is(i+1, "be") && p.is(i+2, "reached", "contacted", "located", "seen", "heard")), w == "would" && p.is(i+1, "not") && p.tok(i+2).kind == tkWord && refusals[p.tok(i+2).low]:
		// "could not say Friday", "could be reached Friday", "would not
		// comment Friday", "At 11.19pm the pair could be seen arguing": a
		// past refusal, inability or sight as often as a future one (but
		// "would not see Friday" is ahead, and so is "could be without
		// power until Wednesday")
		return 0
	case w == "could" && !p.is(i+1, "have", "not") && !p.dayLine && p.inStoryYear(i) && !p.quoted(i):
		return cuePast // a story's past ability: "By half past four we could smell it"
	case f&wModal != 0 && !(w == "may" && p.toks[i].upper):
		return cueStrong // "the vote might come Tuesday" ("May" is the month)
	case f&wFuture != 0:
		if p.is(i-1, "had") || p.is(i-1, "been") && p.is(i-2, "had") {
			return cuePast // "had been due to expire Friday" did not happen
		}
		return cueStrong
	case f&wPresent != 0 && !p.is(i-1, "to", "not", "never", "did", "didn't", "t", "than") && !p.toks[i].upper && p.cue(i-1) != cuePast && p.tok(i-1).kind != tkNum && !p.has(i-1, cCard) && !p.hyphen(i-2):
		// (not "did not return calls Monday": "did" tells, nor "Rather
		// than return to Amsterdam, he put in at Dartmouth"; nor the noun
		// after a past verb, a number or a compound, "caused travel
		// problems", "led by 3,000 votes", "cross-country runs")
		return cueStrong
	case w == "to" && p.tok(i+1).kind == tkWord && !p.tok(i+1).upper && p.tok(i+1).lex == nil && !p.is(i+1, "the", "a", "an", "be", "his", "her", "its", "their"),
		w == "early" && p.is(i-1, "as"):
		return cueWeak
	case f&wPast != 0, len(w) > 4 && strings.HasSuffix(w, "ed") && f&wNotPast == 0 && !strings.HasPrefix(w, "un") && (!p.toks[i].upper || p.toks[i].brk || p.lineStart(i)):
		// ("unspecified", "unnamed" are adjectives)
		if p.is(i-1, "be", "being", "is", "are", "am", "stay", "stays", "remain", "remains") {
			return 0 // a passive or a state: the verb before tells the tense ("will stay closed")
		}
		if (intentVerbs[w] || scheduleVerbs[w] || delayVerbs[w] || noticeVerbs[w]) && !p.is(i-2, "to") && (p.is(i-1, "has", "have") || p.is(i-1, "been") && p.is(i-2, "has", "have")) {
			// a promise, a request or a notice in the present perfect is
			// of what is to come: "has issued a warning from 6 p.m.
			// Thursday", "has asked me to Bari for Christmas"
			return 0
		}
		return cuePast
	case sameInPast[w] && p.is(i-1, "it", "he", "she"):
		return cuePast // "the 3 percent it forecast in July": the present would be "forecasts"
	}
	return 0
}

// sameInPast are verbs whose past is their base form.
var sameInPast = map[string]bool{
	"forecast": true, "cut": true, "put": true, "hit": true, "cost": true, "let": true,
	"quit": true, "shut": true, "spread": true, "bet": true, "broadcast": true, "upset": true,
}

// notPast are words in -ed that are no past tense.
var notPast = map[string]bool{
	"hundred": true, "indeed": true, "proceed": true, "succeed": true, "exceed": true, "speed": true,
	"breed": true, "bleed": true, "creed": true, "greed": true, "naked": true, "sacred": true, "wicked": true,
}

// determiners make the word after them a noun or an adjective.
var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true,
	"our": true, "your": true, "my": true,
}

// adverbAfterVerb reports whether the word at i ends its verb's phrase,
// an adverb: nothing but a mark, a conjunction or a preposition after it,
// and no determiner before it ("are published quarterly, the board said",
// not "a quarterly, which").
func (p *parser) adverbAfterVerb(i int) bool {
	n := p.tok(i + 1)
	return (n.kind == tkPunct && n.low != "-" || n.brk || p.is(i+1, "and", "or", "but", "in", "on", "at", "by", "from", "since", "until", "to", "with", "for", "through", "thereafter", "instead")) &&
		!determiners[p.tok(i-1).low] && !p.is(i-1, "first", "initial", "regular", "latest", "last", "next", "this", "that")
}

// adjectival reports whether the word at i follows a determiner, maybe
// after an adverb or an ordinal, so is no verb: "a return", "the hastily
// planned trip", "the first start".
func adjectival(p *parser, i int) bool {
	k := i - 1
	if prev := p.tok(k).low; len(prev) > 3 && strings.HasSuffix(prev, "ly") && !p.is(i, "might", "may", "could", "would", "will", "should", "must") || p.has(k, cOrd) && determiners[p.tok(k-1).low] {
		k-- // "the hastily planned trip", "the first start" (not "the rally might stall")
	}
	return determiners[p.tok(k).low] && p.tok(k).kind == tkWord
}

// epithet reports whether the word in -ed at i is an adjective before its
// noun, after a preposition or a verb of forecasting: "for all but
// isolated outages", "in printed listings from Saturday", "forecasts
// scattered storms Sunday".
func (p *parser) epithet(i int) bool {
	next := p.tok(i + 1)
	return strings.HasSuffix(p.toks[i].low, "ed") && next.kind == tkWord && !next.upper && next.lex == nil &&
		!p.is(i+1, "by", "to", "on", "in", "at", "the", "a", "an", "and", "or", "that", "as", "for", "with", "from", "of", "up", "out", "off", "down", "back", "over", "his", "her", "their", "its", "it", "them", "him") &&
		p.is(i-1, "of", "with", "without", "for", "from", "into", "but", "in", "on", "at", "to", "by", "among", "about", "over", "under", "through", "forecasts", "predicts", "expects")
}

// intentVerbs, past, point their infinitive ahead: what was voted, agreed
// or ordered "to" happen on a day is still to come ("the union voted to
// strike from 4 a.m. Friday"), where "tried to" or "began to" tells of that day.
var intentVerbs = map[string]bool{
	"voted": true, "agreed": true, "decided": true, "ordered": true, "promised": true, "vowed": true,
	"pledged": true, "threatened": true, "urged": true, "asked": true, "advised": true, "told": true,
	"invited": true, "arranged": true, "resolved": true, "chose": true, "requested": true, "instructed": true,
	"directed": true, "summoned": true, "called": true, "wanted": true, "hoped": true, "intended": true,
	"prepared": true, "moved": true, "sought": true, "offered": true, "volunteered": true,
	"planned": true, "planning": true, "hoping": true, "intending": true, "preparing": true, // "which had planned to open classrooms on Monday"
}

// noticeVerbs give notice of what is to come, in the present perfect.
var noticeVerbs = map[string]bool{"issued": true, "warned": true, "announced": true, "added": true, "banned": true, "put": true}

// The word lists of tense, as bits of one table: a word is looked up once.
const (
	wModal uint8 = 1 << iota
	wFuture
	wPresent
	wPast
	wNotPast
)

var cueWords = func() map[string]uint8 {
	m := map[string]uint8{}
	for bit, words := range map[uint8]map[string]bool{wModal: modalCues, wFuture: futureCues, wPresent: presentVerbs, wPast: pastCues, wNotPast: notPast} {
		for w := range words {
			m[w] |= bit
		}
	}
	return m
}()

// unitNear reports whether a unit word ("years", "hour"), a season
// ("two summers ago") or "nights" comes within eight tokens from token i.
func (p *parser) unitNear(i int) bool {
	for k := i; k < i+8 && k < len(p.toks); k++ {
		if t := &p.toks[k]; t.lex != nil && t.lex.class&(cUnit|cSeason) != 0 || t.low == "nights" {
			return true
		}
	}
	return false
}
