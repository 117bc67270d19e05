package publish

import (
	"math"
	"sort"
	"strconv"
	"time"

	"github.com/chronicle-news/chronicle/timeline/resolve"
)

// An axis is the story at a glance: every event that has a bound drawn
// on one true time scale, as a point, a span, or a span open on the side
// it is not known, so the gaps between events show and vagueness does
// not pass for precision. Positions are percentages of the axis.
type axis struct {
	Ticks []tick `json:"ticks"`
	Marks []mark `json:"marks"`
	Lanes int    `json:"lanes"` // rows needed so marks do not overlap
	Bands []band `json:"bands"` // the eras, behind the marks
	// Bars, for a story split into pages, stand for the marks: one per
	// page, as high as the share of events it holds, linking to it.
	Bars []bar `json:"bars,omitempty"`

	from, to time.Time // the span the axis draws
}

// A bar is one page of a split story drawn on the axis.
type bar struct {
	Page   string  `json:"page"` // the page's key
	Label  string  `json:"label"`
	Count  int     `json:"count"`
	Left   float64 `json:"left"`
	Width  float64 `json:"width"`
	Height float64 `json:"height"` // percent of the fullest page's
}

// A band is an era drawn across the axis.
type band struct {
	Era   string  `json:"era"`
	Title string  `json:"title"`
	Left  float64 `json:"left"`
	Width float64 `json:"width"`
}

type tick struct {
	Label string  `json:"label"`
	Left  float64 `json:"left"`
}

type mark struct {
	Event string  `json:"event"`
	Title string  `json:"title"`
	Label string  `json:"label"`
	Left  float64 `json:"left"`
	Width float64 `json:"width"`
	Lane  int     `json:"lane"`
	Point bool    `json:"point"` // one day: drawn as a dot
	// OpenStart and OpenEnd mark a side with no known bound: the mark
	// runs to the axis's end there, fading.
	OpenStart bool `json:"openStart"`
	OpenEnd   bool `json:"openEnd"`
}

const (
	maxLanes = 8   // beyond, marks share the last row
	laneGap  = 1.5 // percent of the axis kept between marks of a row
	maxTicks = 8
)

// newAxis draws events and eras on whole years from the first known day
// of an event's to the last's; nil when no event has a known day.
func newAxis(events []resolve.Event, eras []eraSpan) *axis {
	var lo, hi *time.Time
	for _, e := range events {
		for _, t := range []*time.Time{e.Earliest, e.Latest} {
			if t == nil {
				continue
			}
			if lo == nil || t.Before(*lo) {
				lo = t
			}
			if hi == nil || t.After(*hi) {
				hi = t
			}
		}
	}
	if lo == nil {
		return nil
	}
	from := time.Date(lo.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
	to := time.Date(hi.Year()+1, 1, 1, 0, 0, 0, 0, time.UTC)
	a := &axis{Bands: []band{}, from: from, to: to}
	pos := a.pos
	a.Ticks = yearTicks(from.Year(), to.Year(), pos)
	for _, x := range eras {
		start, end := from, to
		if x.earliest != nil {
			start = maxTime(from, *x.earliest)
		}
		if x.latest != nil {
			end = minTime(to, x.latest.AddDate(0, 0, 1))
		}
		if end.After(start) {
			a.Bands = append(a.Bands, band{Era: x.ID, Title: x.Title, Left: pos(start), Width: round(pos(end) - pos(start))})
		}
	}
	for _, e := range events {
		if e.Earliest == nil && e.Latest == nil {
			continue
		}
		m := mark{Event: e.ID, Title: e.Title, Label: e.Label, OpenStart: e.Earliest == nil, OpenEnd: e.Latest == nil}
		start, end := from, to
		if e.Earliest != nil {
			start = *e.Earliest
		}
		if e.Latest != nil {
			end = e.Latest.AddDate(0, 0, 1)
		}
		m.Left, m.Width = pos(start), round(pos(end)-pos(start))
		m.Point = e.Earliest != nil && e.Latest != nil && e.Earliest.Equal(*e.Latest)
		a.Marks = append(a.Marks, m)
	}

	// Rows: each mark in the first row free at its left edge.
	order := make([]int, len(a.Marks))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return a.Marks[order[i]].Left < a.Marks[order[j]].Left })
	var ends []float64
	for _, i := range order {
		m := &a.Marks[i]
		right := m.Left + max(m.Width, laneGap)
		lane := 0
		for lane < len(ends) && ends[lane]+laneGap > m.Left && lane < maxLanes-1 {
			lane++
		}
		if lane == len(ends) {
			ends = append(ends, right)
		} else {
			ends[lane] = max(ends[lane], right)
		}
		m.Lane = lane
	}
	a.Lanes = len(ends)
	return a
}

// pos is where a time falls on the axis, in percent.
func (a *axis) pos(t time.Time) float64 {
	return round(100 * float64(t.Sub(a.from)) / float64(a.to.Sub(a.from)))
}

// bars draws a split story's pages as bars instead of its events as
// marks: thousands of marks would weigh more than the page they overview.
func (a *axis) bars(pages []period, g grain) {
	most := 0
	for _, p := range pages {
		most = max(most, p.Count)
	}
	a.Marks, a.Lanes = []mark{}, 1
	for _, p := range pages {
		from, to := periodDays(p.Key, g)
		from, to = maxTime(from, a.from), minTime(to, a.to)
		a.Bars = append(a.Bars, bar{Page: p.Key, Label: p.Label, Count: p.Count, Left: a.pos(from), Width: round(a.pos(to) - a.pos(from)),
			Height: round(100 * float64(p.Count) / float64(most))})
	}
}

// yearTicks labels the axis every 1, 2, 5, 10, ... years: at most maxTicks.
func yearTicks(from, to int, pos func(time.Time) float64) []tick {
	step := 1
	for _, s := range []int{1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000} {
		step = s
		if (to-from+s-1)/s <= maxTicks {
			break
		}
	}
	var ticks []tick
	for y := from + (step-from%step)%step; y < to; y += step {
		ticks = append(ticks, tick{Label: strconv.Itoa(y), Left: pos(time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC))})
	}
	return ticks
}

func round(x float64) float64 { return math.Round(x*100) / 100 }

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

func minTime(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}
