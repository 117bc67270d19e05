package temporal

import "strconv"

// amount is a quantity of units: "three", "5 1/2", "a couple of", "a few".
type amount struct {
	n      int    // whole units
	half   bool   // plus one half
	vague  bool   // "a few", "several": an unknown number (X in values)
	approx bool   // "a couple of", "a dozen or so", "forty-odd"
	odd    bool   // "forty-odd": some tens
	fourth bool   // a quarter of the unit: "a quarter-century", "a quarter-hour"
	word   bool   // spelled as a word ("a", "one"), not as digits
	frac   string // decimal digits after the point: "23.4" has "4"
	end    int    // token after the amount
}

// amount parses a quantity at token i.
func (p *parser) amount(i int) (amount, bool) {
	t := p.tok(i)
	switch {
	case t.kind == tkNum:
		a := amount{n: t.num, end: i + 1}
		// "2,000" and "5 1/2" and "2.5"
		for p.punct(a.end, ",") && p.glued(a.end) && p.tok(a.end+1).kind == tkNum && p.glued(a.end+1) && len(p.tok(a.end+1).low) == 3 {
			a.n = a.n*1000 + p.tok(a.end+1).num
			a.end += 2
		}
		if p.punct(a.end, ".") && p.glued(a.end) && p.tok(a.end+1).low == "5" && p.glued(a.end+1) {
			a.half, a.end = true, a.end+2
		} else if f := p.tok(a.end + 1); p.punct(a.end, ".") && p.glued(a.end) && f.kind == tkNum && p.glued(a.end+1) && len(f.low) <= 3 {
			a.frac, a.end = f.low, a.end+2 // "23.4 minutes"
		} else if k := a.end; p.tok(k).low == "1" && p.punct(k+1, "/") && p.tok(k+2).low == "2" && p.glued(k+1) && p.glued(k+2) {
			a.half, a.end = true, k+3
		}
		return a, true
	case t.kind != tkWord:
		return amount{}, false
	case t.low == "a" || t.low == "an":
		if p.is(i+1, "a", "an") {
			return amount{n: 1, word: true, end: i + 1}, true
		}
		if a, ok := p.amount(i + 1); ok && a.word && (a.vague || a.n >= 100 || a.n == 12 || a.approx || a.n == 0) {
			return a, true // "a few", "a hundred", "a dozen", "a couple of", "a half-century"
		}
		return amount{n: 1, word: true, end: i + 1}, true
	case t.low == "half":
		if p.is(i+1, "a", "an") {
			return amount{half: true, word: true, end: i + 2}, true
		}
		if p.hyphen(i+1) && p.has(i+2, cUnit) && !(p.is(i+2, "day") && (p.tok(i+3).kind != tkWord || p.tok(i+3).lex != nil || p.is(i+3, "on", "off", "and", "again", "in", "at", "is", "was", "to", "this", "that", "when"))) {
			return amount{half: true, word: true, end: i + 2}, true // "the past half-century", "a half-day walkout" (not a servant's "my half-day on Thursday")
		}
	case t.low == "quarter" && p.hyphen(i+1) && p.is(i+2, "century", "hour"):
		return amount{fourth: true, word: true, end: i + 2}, true
	case t.low == "quarter" && p.is(i+1, "century") && p.is(i-1, "a"):
		return amount{fourth: true, word: true, end: i + 1}, true // "a quarter century later"
	case t.low == "couple":
		end := i + 1
		if p.is(end, "of") {
			end++
		}
		return amount{n: 2, approx: true, word: true, end: end}, true
	case t.lex != nil && t.lex.class&cVague != 0:
		if t.low == "number" {
			if !p.is(i+1, "of") {
				return amount{}, false
			}
			return amount{vague: true, word: true, end: i + 2}, true // "a number of years"
		}
		return amount{vague: true, word: true, end: i + 1}, true
	case t.lex != nil && t.lex.class&cCard != 0:
		n, end := p.tens(i)
		if p.is(end, "hundred", "thousand") && n < 100 {
			n *= p.tok(end).lex.num
			end++
		}
		if n >= 100 && n%100 == 0 && p.is(end, "and") && p.has(end+1, cCard) && p.tok(end+1).lex.num < 100 {
			m, e := p.tens(end + 1) // "a hundred and sixty-eight days"
			n, end = n+m, e
		}
		if n >= 10 && n%10 == 0 && p.hyphen(end) && p.is(end+1, "odd") {
			return amount{n: n, approx: true, odd: true, word: true, end: end + 2}, true // "forty-odd years"
		}
		return amount{n: n, word: true, end: end}, true
	}
	return amount{}, false
}

// tens is the number word at token i, with its units after a ten
// ("twenty-four", "twenty four"), and the token after it.
func (p *parser) tens(i int) (int, int) {
	n, end := p.tok(i).lex.num, i+1
	if n >= 20 && n < 100 && n%10 == 0 {
		k := end
		if p.hyphen(k) {
			k++
		}
		if u := p.tok(k); u.lex != nil && u.lex.class&cCard != 0 && u.lex.num < 10 {
			n, end = n+u.lex.num, k+1
		}
	}
	return n, end
}

// halves is what half of a unit is written as, in duration designators.
var halves = [...]string{
	uMinute: "30S", uHour: "30M", uMonth: "15D", uYear: "6M",
}

// durationValue is the ISO 8601 duration of a amount of u: "P3D", "PT5H30M", "PXY".
func durationValue(a amount, u unit) string {
	info := unitInfo[u]
	if a.vague {
		return info.vague
	}
	if a.fourth {
		return map[unit]string{uCentury: "P25Y", uHour: "PT15M"}[u]
	}
	n := a.n * info.per
	if a.frac != "" && info.per == 1 {
		iso, t := info.iso, ""
		if iso[0] == 'T' {
			iso, t = iso[1:], "T"
		}
		return "P" + t + strconv.Itoa(n) + "." + a.frac + iso
	}
	if a.half && info.per > 1 {
		n, a.half = n+info.per/2, false
	}
	iso, t := info.iso, ""
	if iso[0] == 'T' {
		iso, t = iso[1:], "T"
	}
	var s string
	if n > 0 || !a.half {
		s = strconv.Itoa(n) + iso
	}
	if a.half {
		h := ""
		if int(u) < len(halves) {
			h = halves[u]
		}
		switch {
		case t == "" && (u == uDay || u == uWeek):
			if s == "" {
				if u == uDay {
					return "PT12H"
				}
				return "P3DT12H"
			}
			if u == uDay {
				return "P" + s + "T12H"
			}
			return "P" + strconv.Itoa(n*7+3) + "DT12H"
		case h == "":
			return "P" + t + strconv.Itoa(n) + ".5" + iso // "half a second": PT0.5S, "1.5 sec": PT1.5S
		}
		s += h
	}
	return "P" + t + s
}

func itoa(n int) string { return strconv.Itoa(n) }
