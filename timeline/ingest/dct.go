package ingest

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // generic zones ("ET") resolve the same on every machine

	"github.com/araddon/dateparse"
)

// zoneOffsets are the time-zone abbreviations news sites print, in
// minutes east of UTC. Where an abbreviation is ambiguous the reading
// common in English-language news wins (CST is US Central, IST India).
var zoneOffsets = map[string]int{
	"UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "BST": 60, "IST": 330, "WEST": 60,
	"CET": 60, "CEST": 120, "EET": 120, "EEST": 180, "MSK": 180, "TRT": 180,
	"WAT": 60, "CAT": 120, "SAST": 120, "EAT": 180, "GST": 240, "PKT": 300,
	"ICT": 420, "WIB": 420, "SGT": 480, "HKT": 480, "PHT": 480, "AWST": 480,
	"JST": 540, "KST": 540, "ACST": 570, "ACDT": 630, "AEST": 600, "AEDT": 660,
	"NZST": 720, "NZDT": 780,
	"EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420, "MDT": -360,
	"PST": -480, "PDT": -420, "AKST": -540, "AKDT": -480, "HST": -600,
	"AST": -240, "ADT": -180, "NST": -210, "NDT": -150, "ART": -180, "BRT": -180,
}

// genericZones are abbreviations whose offset depends on daylight saving.
var genericZones = map[string]string{
	"ET": "America/New_York", "CT": "America/Chicago",
	"MT": "America/Denver", "PT": "America/Los_Angeles",
}

var (
	reISO       = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$`)
	reZoneWord  = regexp.MustCompile(`\b[A-Z]{1,4}T?\b`)
	reUTCOffset = regexp.MustCompile(`\b(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?\b`)
	reClock12   = regexp.MustCompile(`(?i)\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s*m\b\.?`)
	reClock24   = regexp.MustCompile(`\b([01]?\d|2[0-3])[:.h]([0-5]\d)\b(?:[:.]\d{2}\b)?`)
	reWeekday   = regexp.MustCompile(`(?i)\b(mon|tues?|wed|thu(rs)?|fri|sat|sun)(day|nesday|urday|sday)?\b\.?`)
	reOrdinal   = regexp.MustCompile(`\b(\d{1,2})(st|nd|rd|th)\b`)
	reMonthName = regexp.MustCompile(`(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b`)
	reNumDate   = regexp.MustCompile(`\b\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\b`)
	reFiller    = regexp.MustCompile(`(?i)\b(at|on|of|the)\b|[|,•·–—]`)
)

// ParseTime reads a printed publication time, as front matter and
// bylines write it: "Mar 24, 2024 3:52 PM CDT",
// "10:04 AM EDT, March 24, 2024", "Sun 24 Mar 2024 15.52 EDT",
// "2024-03-24T15:52:00-05:00", "March 24, 2024". It needs at least a day
// of a month of a year; a bare year or month is not a publication time.
func ParseTime(s string) (time.Time, bool) {
	s = strings.TrimSpace(strings.ReplaceAll(s, "\u00a0", " "))
	if s == "" || len(s) > 80 {
		return time.Time{}, false
	}
	if reISO.MatchString(s) {
		t, err := dateparse.ParseAny(s)
		return t, err == nil
	}

	loc, rest := zoneIn(s)
	hour, minute, rest := clockIn(rest)

	rest = reWeekday.ReplaceAllString(rest, " ")
	rest = reOrdinal.ReplaceAllString(rest, "$1")
	rest = reFiller.ReplaceAllString(rest, " ")
	rest = strings.Join(strings.Fields(rest), " ")
	if !reMonthName.MatchString(rest) && !reNumDate.MatchString(rest) {
		return time.Time{}, false
	}
	day, err := dateparse.ParseIn(rest, time.UTC)
	if err != nil || day.Year() < 1800 {
		return time.Time{}, false
	}
	if loc == nil {
		loc = time.UTC
	}
	return time.Date(day.Year(), day.Month(), day.Day(), hour, minute, 0, 0, loc), true
}

// zoneIn finds a time zone in s and returns it with s minus the zone.
func zoneIn(s string) (*time.Location, string) {
	if m := reUTCOffset.FindStringSubmatchIndex(s); m != nil {
		h, _ := strconv.Atoi(s[m[4]:m[5]])
		min := 0
		if m[6] >= 0 {
			min, _ = strconv.Atoi(s[m[6]:m[7]])
		}
		off := h*60 + min
		if s[m[2]:m[3]] == "-" {
			off = -off
		}
		return time.FixedZone(s[m[0]:m[1]], off*60), s[:m[0]] + " " + s[m[1]:]
	}
	for _, m := range reZoneWord.FindAllStringIndex(s, -1) {
		abbr := s[m[0]:m[1]]
		if off, ok := zoneOffsets[abbr]; ok {
			return time.FixedZone(abbr, off*60), s[:m[0]] + " " + s[m[1]:]
		}
		if name, ok := genericZones[abbr]; ok {
			if loc, err := time.LoadLocation(name); err == nil {
				return loc, s[:m[0]] + " " + s[m[1]:]
			}
		}
	}
	return nil, s
}

// clockIn finds a clock time in s ("3:52 PM", "3.52pm", "15:52") and
// returns it with s minus the clock; 0:00 when there is none.
func clockIn(s string) (hour, minute int, rest string) {
	if m := reClock12.FindStringSubmatchIndex(s); m != nil {
		hour, _ = strconv.Atoi(s[m[2]:m[3]])
		if m[4] >= 0 {
			minute, _ = strconv.Atoi(s[m[4]:m[5]])
		}
		if hour <= 12 && minute < 60 {
			pm := strings.EqualFold(s[m[6]:m[7]], "p")
			hour %= 12
			if pm {
				hour += 12
			}
			return hour, minute, s[:m[0]] + " " + s[m[1]:]
		}
	}
	for _, m := range reClock24.FindAllStringSubmatchIndex(s, -1) {
		// "24.03.2024" is a date, not a clock.
		if m[1] < len(s) && (s[m[1]] == '.' || s[m[1]] == '/' || s[m[1]] == '-') {
			continue
		}
		hour, _ = strconv.Atoi(s[m[2]:m[3]])
		minute, _ = strconv.Atoi(s[m[4]:m[5]])
		return hour, minute, s[:m[0]] + " " + s[m[1]:]
	}
	return 0, 0, s
}
