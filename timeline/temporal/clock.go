package temporal

// This file holds clock times: "3:52 PM CDT", "10:35 a.m.", "noon",
// "6 a.m. Tuesday", "4 in the morning".

// clockTime is a time of day as written.
type clockTime struct {
	hh, mm  int
	end     int // token after it
	zone    int // offset east of UTC in seconds, when hasZone
	hasZone bool
	sure    bool // has a meridiem, a zone or "o'clock": certainly a time
}

// clockAt parses a time of day at token i.
func (p *parser) clockAt(i int) (clockTime, bool) {
	t := p.tok(i)
	ct := clockTime{end: i + 1}
	switch {
	case (t.low == "noon" || t.low == "midday") && !(t.upper && !t.brk):
		ct.hh, ct.sure = 12, true // ("High Noon" is a title)
	case t.low == "midnight":
		ct.hh, ct.sure = 24, true
	case t.kind == tkNum && len(t.low) <= 2 && t.num <= 24:
		ct.hh = t.num
		k := i + 1
		minutes := false
		if (p.punct(k, ":") || p.punct(k, ".")) && p.glued(k) && p.glued(k+1) && len(p.tok(k+1).low) == 2 && p.tok(k+1).kind == tkNum && p.tok(k+1).num < 60 {
			if p.punct(k, ".") && !p.meridiemAt(k+2) {
				return ct, false // "3.25" is a number
			}
			ct.mm, k, minutes = p.tok(k+1).num, k+2, true
			if p.punct(k, ":") && p.glued(k) && p.tok(k+1).kind == tkNum && len(p.tok(k+1).low) == 2 {
				k += 2 // seconds
			}
		}
		if e, pm, ok := p.meridiem(k); ok {
			if ct.hh > 12 || ct.hh == 0 {
				return ct, false
			}
			if pm && ct.hh < 12 {
				ct.hh += 12
			} else if !pm && ct.hh == 12 {
				ct.hh = 0
			}
			k, ct.sure = e, true
		} else if p.is(k, "o") && p.punct(k+1, "'") && p.is(k+2, "clock") {
			k, ct.sure = k+3, true
		} else if p.is(k, "in") && p.is(k+1, "the") && p.is(k+2, "morning", "afternoon", "evening") && ct.hh <= 12 {
			if p.tok(k+2).low != "morning" && ct.hh < 12 {
				ct.hh += 12
			}
			k, ct.sure = k+3, true
		} else if !minutes {
			return ct, false
		}
		ct.end = k
		if z := p.tok(k); z.lex != nil && z.lex.class&cZone != 0 && z.upper {
			ct.zone, ct.hasZone, ct.end, ct.sure = z.lex.offset, true, k+1, true
		}
		if !ct.sure && !p.is(i-1, "at", "by", "around", "about", "until", "till", "from", "before", "after", "since", "to") {
			return ct, false
		}
		return ct, true
	default:
		return ct, false
	}
	if z := p.tok(i + 1); z.lex != nil && z.lex.class&cZone != 0 && z.upper {
		ct.zone, ct.hasZone, ct.end = z.lex.offset, true, i+2
	}
	return ct, true
}

// meridiem parses "am", "PM", "a.m.", "p.m" at token i.
func (p *parser) meridiem(i int) (end int, pm bool, ok bool) {
	t := p.tok(i)
	switch t.low {
	case "am", "pm":
		if t.low == "am" && !t.upper && p.tok(i+1).kind == tkWord && !p.tok(i+1).brk {
			return i, false, false // "I am going"
		}
		return p.optPeriod(i + 1), t.low == "pm", true
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
	ph := phrase{begin: i, end: ct.end, typ: Time, anchor: AnchorDCT}
	day := p.dct.coarsen(gDay)
	why := "on the DCT's day"
	k := ct.end
	if p.is(k, "on") || p.punct(k, ",") {
		k++
	}
	var d phrase
	if d = p.weekdayDate(k); !d.ok() {
		if d = p.dayWord(k); !d.ok() || d.typ != Date {
			d = p.monthDate(k)
		}
	}
	switch {
	case d.ok() && d.typ == Date && d.cal.g == gDay:
		day, ph.end, ph.anchor, why = d.cal, d.end, d.anchor, d.why
	default:
		// a day named elsewhere in the sentence: "at 10:35 a.m. (0735 GMT) Friday"
		if c, anchor, ok := p.sentenceDay(i, ct.end); ok {
			day, ph.anchor, why = c, anchor, "on the day named in the sentence, "+c.value()
		} else if d, ok := p.storyDay(i); ok {
			// a story tells its times on the day it is at
			day, ph.anchor, why = d, AnchorExpr, "on the last day of the text"
		} else if p.refIdx >= 0 && p.ref.g >= gDay && p.ref.known() && p.recentRef(i) {
			// news tells the times of the day it has just named ("struck
			// Sunday ... A second tremor hit at 11:15 p.m.")
			day, ph.anchor, why = p.ref.coarsen(gDay), AnchorExpr, "on the day just told, "+p.ref.coarsen(gDay).value()
		} else if !p.hasDCT {
			ph.anchor = ""
		}
	}
	c := day
	c.g, c.hh, c.mm = gMinute, ct.hh, ct.mm
	ph.cal = c
	ph.why = "'" + p.span(i, ph.end) + "', " + why + " -> " + c.value()
	if ct.hasZone {
		ph.why += " (zone UTC" + zoneString(ct.zone) + ")"
	}
	return ph
}

// sentenceDay finds the day a clock time at tokens [i, j) belongs to: a
// weekday or date a few tokens on in the same sentence, or the day just
// before it in the same sentence.
func (p *parser) sentenceDay(i, j int) (cal, string, bool) {
	for k := j; k < j+8 && k < len(p.toks) && !p.toks[k].brk; k++ {
		if p.toks[k].kind != tkWord || p.toks[k].lex == nil {
			continue
		}
		if d := p.weekdayDate(k); d.ok() && d.cal.g == gDay {
			return d.cal, d.anchor, true
		}
		if d := p.dayWord(k); d.ok() && d.cal.g == gDay {
			return d.cal, d.anchor, true
		}
		if d := p.monthDate(k); d.ok() && d.cal.g == gDay {
			return d.cal, d.anchor, true
		}
	}
	if n := len(p.out); n > 0 && p.refIdx == n-1 && p.ref.g == gDay && p.ref.known() {
		for k := i; k >= 0 && p.toks[k].start >= p.out[n-1].End; k-- {
			if p.toks[k].brk {
				return cal{}, "", false
			}
		}
		return p.ref, AnchorExpr, true
	}
	return cal{}, "", false
}

// clockAfter parses a time of day following a date: "Mar 24, 2024 3:52 PM", "March 5 at 9 a.m.".
func (p *parser) clockAfter(k int) (end, hh, mm int, ok bool) {
	if p.punct(k, ",") || p.is(k, "at") {
		k++
	}
	ct, ok := p.clockAt(k)
	if !ok || !ct.sure {
		return 0, 0, 0, false
	}
	return ct.end, ct.hh, ct.mm, true
}

// zoneString formats an offset as "+05:30" or "-05:00".
func zoneString(off int) string {
	sign := "+"
	if off < 0 {
		sign, off = "-", -off
	}
	return sign + pad(off/3600, 2) + ":" + pad(off%3600/60, 2)
}
