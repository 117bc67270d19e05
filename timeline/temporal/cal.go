package temporal

import (
	"strconv"
	"time"
)

// gran is the precision of a calendar value, coarsest first.
type gran uint8

const (
	gNone gran = iota
	gCentury
	gDecade
	gYear
	gHalf
	gQuarter
	gSeason
	gMonth
	gWeek
	gWeekend
	gDay
	gPart   // a part of a day: "2013-03-18TMO"
	gMinute // a clock time: "2013-03-18T15:52"
)

// unknown marks a calendar field the text does not give (printed as X).
const unknown = -1 << 20

// someDay is a day the text does not tell: "XXXX-XX-XX".
var someDay = cal{g: gDay, y: unknown, n: unknown, d: unknown}

// cal is a calendar value at a precision: the meaning of a TIMEX3 DATE or
// TIME value. Fields finer than g are ignored.
type cal struct {
	g      gran
	y      int    // year, or unknown
	n      int    // half, quarter, month or ISO week, or unknown
	d      int    // day of month, or unknown
	wd     int    // ISO weekday 1..7 when only the weekday is known (y, n, d unknown)
	code   string // season ("SU") or part of day ("MO")
	hh, mm int
	ss     int // seconds + 1, when a clock time tells them ("04:17:32"), else 0
}

// dayOf is the day of t.
func dayOf(t time.Time) cal {
	y := t.Year()
	if y <= 0 {
		y-- // time counts 1 BC as year 0
	}
	return cal{g: gDay, y: y, n: int(t.Month()), d: t.Day()}
}

// nextDay is the day after day c, prevDay the day before it.
func (c cal) nextDay() cal { return dayOf(c.date().AddDate(0, 0, 1)) }
func (c cal) prevDay() cal { return dayOf(c.date().AddDate(0, 0, -1)) }

// inWeekBefore reports whether day c is one of the six days before day d.
func (c cal) inWeekBefore(d cal) bool {
	ago := d.date().Sub(c.date())
	return ago > 0 && ago < 7*24*time.Hour
}

// date is c (at day precision or finer) as a time.Time at midnight UTC.
func (c cal) date() time.Time {
	y := c.y
	if y < 0 {
		y++
	}
	return time.Date(y, time.Month(c.n), c.d, 0, 0, 0, 0, time.UTC)
}

// known reports whether the value is fully determined.
func (c cal) known() bool {
	if c.y == unknown {
		return false
	}
	switch c.g {
	case gHalf, gQuarter, gMonth, gWeek, gWeekend:
		return c.n != unknown
	case gDay, gPart, gMinute:
		return c.n != unknown && c.d != unknown
	}
	return true
}

func pad(n, width int) string {
	var buf [24]byte
	return string(appendPad(buf[:0], n, width))
}

// appendPad appends n to b as pad writes it: at least width digits, X
// for unknown.
func appendPad(b []byte, n, width int) []byte {
	if n == unknown {
		return append(b, "XXXX"[:width]...)
	}
	var digits [24]byte
	d := strconv.AppendInt(digits[:0], int64(n), 10)
	for range width - len(d) {
		b = append(b, '0')
	}
	return append(b, d...)
}

// value is the TIMEX3 value of c. A date whose year TIMEX3 cannot write
// in four digits ("1000000 days earlier") is written as unknown.
func (c cal) value() string {
	// written into one buffer on the stack: a value is made for every
	// phrase a rule finds, and concatenating its parts allocated each
	var buf [48]byte
	return string(c.appendValue(buf[:0]))
}

func (c cal) appendValue(b []byte) []byte {
	if c.y >= untoldMonthDay {
		c = c.shown()
	}
	if (c.y < -9999 || c.y > 9999) && c.y != unknown {
		c.y, c.n, c.d = unknown, unknown, unknown
	}
	if c.y < 0 && c.y != unknown {
		// a year before Christ, -197 for 197 BC: BC0197, its century
		// (200-101 BC) BC01, its decade BC019
		b, c.y = append(b, "BC"...), -c.y
		if c.g == gCentury {
			return appendPad(b, (c.y-1)/100, 2)
		}
	}
	switch c.g {
	case gCentury:
		if c.y == unknown {
			return append(b, "XX"...)
		}
		return appendPad(b, c.y/100, 2)
	case gDecade:
		if c.y == unknown {
			return append(b, "XXX"...)
		}
		return appendPad(b, c.y/10, 3)
	}
	y := appendPad(b, c.y, 4)
	switch c.g {
	case gYear:
		return y
	case gHalf:
		return appendPad(append(y, "-H"...), c.n, 1)
	case gQuarter:
		return appendPad(append(y, "-Q"...), c.n, 1)
	case gSeason:
		return append(append(y, '-'), c.code...)
	case gMonth:
		return appendPad(append(y, '-'), c.n, 2)
	case gWeek:
		return appendPad(append(y, "-W"...), c.n, 2)
	case gWeekend:
		return append(appendPad(append(y, "-W"...), c.n, 2), "-WE"...)
	}
	var day []byte
	if c.wd != 0 && c.y == unknown {
		day = strconv.AppendInt(append(b, "XXXX-WXX-"...), int64(c.wd), 10)
	} else {
		day = appendPad(append(appendPad(append(y, '-'), c.n, 2), '-'), c.d, 2)
	}
	switch c.g {
	case gPart:
		if c.code == "MI" {
			return append(day, "T12:00"...) // midday is noon, as TimeBank writes it
		}
		return append(append(day, 'T'), c.code...)
	case gMinute:
		b = appendPad(append(appendPad(append(day, 'T'), c.hh, 2), ':'), c.mm, 2)
		if c.ss > 0 && c.hh < 24 {
			b = appendPad(append(b, ':'), c.ss-1, 2) // (24:00 ends the day: it has no seconds)
		}
		return b
	}
	return day
}

// A story that never tells its year (see untoldYear) is told against its
// DCT moved far ahead, and a day it tells is moved by what the story told
// of it: the value shows that alone. The moves are whole 400-year cycles
// of the Gregorian calendar, so the weekdays and leap years are the DCT's.
const (
	untoldMonthDay = 100_000 // the story told the day's month and day: XXXX-10-03
	untoldWeekday  = 200_000 // it told the day's weekday alone: XXXX-WXX-1
	untoldDay      = 400_000 // it told nothing of the day: XXXX-XX-XX
)

// shown is date c of a story that never tells its year as its value shows
// it: its year unknown, and its month and day unless the story told them.
// (Not appendValue again: a call back to it would move value's buffer to
// the heap.)
func (c cal) shown() cal {
	told := c
	told.y = unknown
	switch {
	case c.g == gWeek || c.g == gWeekend:
		told.n = unknown // (no story tells a week's number)
	case c.g >= gMonth && c.y >= untoldWeekday:
		told.n, told.d = unknown, unknown
		if c.g >= gDay && c.y < untoldDay {
			told.wd = int(weekdayOf(c.date())+6)%7 + 1
		}
	}
	return told
}

// untold moves day c of a story that never tells its year by what the
// story told of it (see untoldDay).
func (c cal) untold(base int) cal {
	if c.y >= untoldMonthDay && c.y < base+untoldMonthDay {
		return c // told as much or more already
	}
	c.y = mod(c.y, untoldMonthDay) + base
	return c
}

// inWeek is the day wd of the ISO week c.
func (c cal) inWeek(wd time.Weekday) cal {
	return dayOf(isoWeekStart(c.y, c.n).AddDate(0, 0, (int(wd)+6)%7))
}

// weekdayFrom is the first day falling on wd from day c on, c itself included.
func (c cal) weekdayFrom(wd time.Weekday) cal {
	d := c.date()
	return dayOf(d.AddDate(0, 0, (int(wd-weekdayOf(d))+7)%7))
}

// evening reports whether c is an evening or a night, or a time of day
// from six in the evening: the morning told after it is the next day's.
func (c cal) evening() bool {
	return c.g == gMinute && c.hh >= 18 || c.g == gPart && (c.code == "EV" || c.code == "NI")
}

// weekdayBefore is the last day falling on wd before day c: "Thursday
// last", "the Wednesday before" a story's day.
func (c cal) weekdayBefore(wd time.Weekday) cal {
	d := c.date()
	return dayOf(d.AddDate(0, 0, -((int(weekdayOf(d)-wd)+6)%7 + 1)))
}

// weekdayOf is the day of the week of the day t names, reckoned as its
// time did: by the Julian calendar before the Gregorian reform of 15
// October 1582, as histories of those years write their days (and as
// Easter is reckoned then, see easter). "Thursday 30 May 1381" was one.
func weekdayOf(t time.Time) time.Weekday {
	if y, m, d := t.Date(); y < 1582 || y == 1582 && (m < 10 || m == 10 && d < 15) {
		return julianWeekday(t)
	}
	return t.Weekday()
}

// julianWeekday is the day of the week of t read as a day of the Julian
// calendar.
func julianWeekday(t time.Time) time.Weekday {
	y, m, _ := t.Date()
	if m <= 2 {
		y-- // (the calendars drift apart at the end of February)
	}
	return t.AddDate(0, 0, y/100-y/400-2).Weekday() // the Gregorian day of that Julian one
}

// onWeekday reports whether day c falls on weekday wd, as its time
// reckoned it or, until Britain left the Julian calendar in 1752, as
// Britain and its colonies did: "Monday, 26 June" 1721 in Boston.
func (c cal) onWeekday(wd time.Weekday) bool {
	t := c.date()
	return weekdayOf(t) == wd || c.y < 1753 && julianWeekday(t) == wd
}

// coarsen returns c at precision g. Coarsening from a month or finer
// computes the containing period; refining leaves the finer fields unknown
// but keeps the month of a day ("that day" after "last October" is
// 1998-10-XX).
func (c cal) coarsen(g gran) cal {
	if g == c.g || c.y == unknown || g > c.g && c.g >= gDay {
		c.g = g
		return c
	}
	if (c.g == gWeek || c.g == gWeekend) && g > gYear && g < gWeek && c.n != unknown {
		// a week lies in the month (quarter, season) of its Thursday
		return dayOf(isoWeekStart(c.y, c.n).AddDate(0, 0, 3)).coarsen(g)
	}
	r := cal{g: g, y: c.y, n: unknown, d: unknown}
	if c.g < gYear && g >= gYear {
		r.y = unknown // a night of the 1990s is in no known year
	}
	if c.g == gMonth && g >= gDay {
		r.n = c.n
	}
	if g > c.g || c.g < gMonth && g > gYear || c.n == unknown {
		return r
	}
	switch g {
	case gHalf:
		r.n = (c.n-1)/6 + 1
	case gQuarter:
		r.n = (c.n-1)/3 + 1
	case gSeason:
		r.code, r.y = seasonOf(c.y, c.n)
	case gMonth:
		r.n = c.n
	case gWeek, gWeekend:
		if c.g >= gDay && c.d != unknown {
			r.y, r.n = c.date().ISOWeek()
		}
	case gDay, gPart: // the day of a time
		r.n, r.d = c.n, c.d
	}
	return r
}

// seasonOf names the (northern) season of a month; December counts with
// the following winter's year so "winter 1994" covers Dec 1994 - Feb 1995.
func seasonOf(y, m int) (string, int) {
	switch {
	case m >= 3 && m <= 5:
		return "SP", y
	case m >= 6 && m <= 8:
		return "SU", y
	case m >= 9 && m <= 11:
		return "FA", y
	case m == 12:
		return "WI", y
	}
	return "WI", y - 1
}

// shift moves c by n units, keeping its precision: "a year earlier" than
// the third quarter of 1989 is the third quarter of 1988.
func (c cal) shift(u unit, n int) cal {
	if c.y == unknown || n == 0 {
		return c
	}
	if info := unitInfo[u]; info.iso == "Y" {
		y := c.y + n*info.per
		if c.y < 0 && y >= 0 || c.y > 0 && y <= 0 {
			y += n / abs(n) // there was no year 0: 1 BC is followed by AD 1
		}
		c.y = y
		if c.g >= gDay && c.n == 2 && c.d == 29 {
			c.d = 28
		}
		return c
	}
	if c.g > gYear && c.g != gSeason && c.n == unknown || c.g >= gDay && c.d == unknown {
		return c // "the next day" after "last October" is some day of it
	}
	switch u {
	case uHalf:
		return c.shiftMonths(6 * n)
	case uQuarter:
		return c.shiftMonths(3 * n)
	case uMonth:
		return c.shiftMonths(n)
	case uFortnight:
		return c.shift(uWeek, 2*n)
	case uWeek, uWeekend:
		switch {
		case c.g == gWeek || c.g == gWeekend:
			y, w := isoWeekStart(c.y, c.n).AddDate(0, 0, 7*n).ISOWeek()
			c.y, c.n = y, w
		case c.g >= gDay && c.n != unknown:
			c = c.withDate(c.date().AddDate(0, 0, 7*n))
		}
	case uDay:
		if c.g >= gDay && c.n != unknown {
			c = c.withDate(c.date().AddDate(0, 0, n))
		}
	case uHour, uMinute, uSecond:
		if c.g == gMinute && c.n != unknown {
			d := time.Hour
			if u == uMinute {
				d = time.Minute
			} else if u == uSecond {
				d = time.Second
			}
			t := c.instant().Add(time.Duration(n) * d)
			c = c.withDate(t)
			c.hh, c.mm = t.Hour(), t.Minute()
		}
	}
	return c
}

// instant is time of day c (at minute precision) as a time.Time.
func (c cal) instant() time.Time {
	return c.date().Add(time.Duration(c.hh)*time.Hour + time.Duration(c.mm)*time.Minute)
}

func (c cal) withDate(t time.Time) cal {
	d := dayOf(t)
	c.y, c.n, c.d = d.y, d.n, d.d
	return c
}

// shiftMonths moves c by n months at its own precision.
func (c cal) shiftMonths(n int) cal {
	switch c.g {
	case gHalf:
		k := c.y*2 + (c.n - 1) + n/6
		c.y, c.n = k/2, k%2+1
	case gQuarter:
		k := c.y*4 + (c.n - 1) + n/3
		c.y, c.n = k/4, k%4+1
	case gSeason:
		order := "SPSUFAWI"
		k := c.y*4 + indexOf(order, c.code) + n/3
		c.y, c.code = k/4, order[k%4*2:k%4*2+2]
	case gMonth:
		k := c.y*12 + (c.n - 1) + n
		c.y, c.n = k/12, k%12+1
	case gWeek, gWeekend:
		c.y, c.n = isoWeekStart(c.y, c.n).AddDate(0, n, 0).ISOWeek()
	case gDay, gPart, gMinute:
		k := c.y*12 + (c.n - 1) + n
		y, m := k/12, k%12+1
		d := min(c.d, daysIn(y, m))
		c.y, c.n, c.d = y, m, d
	}
	return c
}

func indexOf(order, code string) int {
	for i := 0; i+2 <= len(order); i += 2 {
		if order[i:i+2] == code {
			return i / 2
		}
	}
	return 0
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// isoWeekStart is the Monday of ISO week w of year y.
func isoWeekStart(y, w int) time.Time {
	t := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC) // always in week 1
	wd := int(t.Weekday()+6) % 7
	return t.AddDate(0, 0, -wd+7*(w-1))
}

// isoWeekday is 1 (Monday) .. 7 (Sunday).
func isoWeekday(d time.Weekday) int {
	if d == time.Sunday {
		return 7
	}
	return int(d)
}
