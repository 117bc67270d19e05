package resolve

import (
	"fmt"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/timeline"
	"github.com/chronicle-news/chronicle/timeline/edtf"
)

// Resolve works out, for every event of t, the earliest and latest day
// it can have happened, a label and the derivation, and returns the
// events in display order. Contradictions and anchor cycles become
// Warnings; the timeline is never modified.
func Resolve(t *timeline.Timeline) *Timeline {
	r := &resolver{
		tl:    t,
		index: make(map[string]int, len(t.Events)),
		out:   make([]Event, len(t.Events)),
		info:  make([]info, len(t.Events)),
		state: make([]visit, len(t.Events)),
	}
	for i, e := range t.Events {
		if _, dup := r.index[e.ID]; !dup {
			r.index[e.ID] = i
		}
	}
	for i := range t.Events {
		r.resolve(i)
	}
	return &Timeline{
		Title:       t.Title,
		Description: t.Description,
		Sources:     t.Sources,
		Eras:        t.Eras,
		Events:      r.order(),
		Warnings:    r.warnings,
	}
}

type visit uint8

const (
	unvisited visit = iota
	visiting
	done
)

// A span is the days an event can fall on; a nil side is unbounded.
type span struct{ lo, hi *time.Time }

func (s span) empty() bool { return s.lo != nil && s.hi != nil && s.lo.After(*s.hi) }

func (s span) equal(o span) bool { return sameDay(s.lo, o.lo) && sameDay(s.hi, o.hi) }

func sameDay(a, b *time.Time) bool {
	return a == nil && b == nil || a != nil && b != nil && a.Equal(*b)
}

func (s span) intersect(o span) span {
	if o.lo != nil && (s.lo == nil || o.lo.After(*s.lo)) {
		s.lo = o.lo
	}
	if o.hi != nil && (s.hi == nil || o.hi.Before(*s.hi)) {
		s.hi = o.hi
	}
	return s
}

// info is what resolving one event found besides its Event fields.
type info struct {
	span     span
	approx   bool // some date it rests on is approximate (~)
	unsure   bool // some date it rests on is uncertain (?)
	anchored bool // its anchor was used
	dated    bool // its own date was used
}

type resolver struct {
	tl       *timeline.Timeline
	index    map[string]int
	out      []Event
	info     []info
	state    []visit
	stack    []int // events being resolved, for naming cycles
	warnings []Warning
}

// A constraint is one statement about when an event happened.
type constraint struct {
	what  string // how it is named in a contradiction: "date: 2024-03", "the anchor to x (-P1D)"
	span  span
	steps []string // derivation lines
}

func (r *resolver) resolve(i int) {
	if r.state[i] != unvisited {
		return
	}
	r.state[i] = visiting
	r.stack = append(r.stack, i)
	defer func() {
		r.stack = r.stack[:len(r.stack)-1]
		r.state[i] = done
	}()

	e := r.tl.Events[i]
	inf := &r.info[i]
	steps := evidenceSteps(e.Evidence)
	var cur span
	used := 0
	involved := []int{i}
	apply := func(c constraint) bool {
		next := cur.intersect(c.span)
		if used > 0 && next.empty() {
			r.warn(involved, "%s: %s contradicts the rest of what is known (%s); it is ignored",
				e.ID, c.what, phrase(cur))
			steps = append(steps, fmt.Sprintf("Ignored %s: it contradicts %s", c.what, phrase(cur)))
			return false
		}
		cur = next
		used++
		steps = append(steps, c.steps...)
		return true
	}

	if e.Date != nil {
		s := dateSpan(*e.Date)
		c := constraint{what: "date: " + e.Date.String(), span: s}
		if !explains(steps, e.Date.String(), dateLabel(*e.Date)) {
			c.steps = []string{"Date in the timeline: " + e.Date.String() + " (" + dateLabel(*e.Date) + ")"}
		}
		inf.dated = apply(c)
		if inf.dated {
			inf.approx, inf.unsure = e.Date.IsApprox(), e.Date.IsUncertain()
		}
	}
	if e.Anchor != nil {
		if c, ok := r.anchor(i); ok {
			j := r.index[e.Anchor.Event]
			involved = append(involved, j)
			if apply(c) {
				inf.anchored = true
				inf.approx = inf.approx || r.info[j].approx
				inf.unsure = inf.unsure || r.info[j].unsure
			}
		}
	}
	if e.Before != nil {
		if hi, ok := e.Before.Latest(); ok {
			c := constraint{what: "before: " + e.Before.String(), span: span{hi: &hi}}
			if !mentions(steps, e.Before.String(), dayLabel(hi)) {
				c.steps = []string{"Not after " + dayLabel(hi) + " (before: " + e.Before.String() + ")"}
			}
			apply(c)
		}
	}
	if e.After != nil {
		if lo, ok := e.After.Earliest(); ok {
			c := constraint{what: "after: " + e.After.String(), span: span{lo: &lo}}
			if !mentions(steps, e.After.String(), dayLabel(lo)) {
				c.steps = []string{"Not before " + dayLabel(lo) + " (after: " + e.After.String() + ")"}
			}
			apply(c)
		}
	}
	if inf.anchored || used > 1 {
		steps = append(steps, "-> "+phrase(cur))
	}

	inf.span = cur
	ev := Event{Event: e, Earliest: cur.lo, Latest: cur.hi, Derivation: steps}
	switch {
	case inf.dated:
		ev.Status = Dated
	case inf.anchored && cur.lo != nil && cur.hi != nil:
		ev.Status = Anchored
	default:
		ev.Status = Undated
	}
	ev.Label = r.label(i, ev.Status)
	r.out[i] = ev
}

// anchor turns event i's anchor into a constraint, resolving its target
// first; ok is false when the target is missing or closes a cycle.
func (r *resolver) anchor(i int) (constraint, bool) {
	e := r.tl.Events[i]
	a := e.Anchor
	j, ok := r.index[a.Event]
	if !ok {
		r.warn([]int{i}, "%s: the anchor names event %q, which is not in this timeline; the anchor is ignored", e.ID, a.Event)
		return constraint{}, false
	}
	if r.state[j] == visiting {
		var ids []string
		var cycle []int
		for k := len(r.stack) - 1; k >= 0; k-- {
			cycle = append([]int{r.stack[k]}, cycle...)
			if r.stack[k] == j {
				break
			}
		}
		for _, k := range cycle {
			ids = append(ids, r.tl.Events[k].ID)
		}
		r.warn(cycle, "anchors form a cycle: %s -> %s; the anchor of %s is ignored, one of them needs a date instead",
			strings.Join(ids, " -> "), a.Event, e.ID)
		return constraint{}, false
	}
	r.resolve(j)
	target := r.info[j].span
	t := r.tl.Events[j]
	c := constraint{what: "the anchor to " + t.ID}
	switch {
	case a.Offset != nil:
		c.what += " (" + a.Offset.String() + ")"
		c.span = shift(target, *a.Offset)
		c.steps = []string{fmt.Sprintf("Anchored: %s %s (%s)", offsetPhrase(*a.Offset), quoteTitle(t), a.Offset.String())}
	case a.Relation == timeline.RelBefore:
		c.what += " (before it)"
		c.span = span{hi: target.hi}
		c.steps = []string{"Anchored: before " + quoteTitle(t) + " (no amount given)"}
	case a.Relation == timeline.RelAfter:
		c.what += " (after it)"
		c.span = span{lo: target.lo}
		c.steps = []string{"Anchored: after " + quoteTitle(t) + " (no amount given)"}
	default:
		r.warn([]int{i}, "%s: the anchor to %s has neither an offset nor a relation; it is ignored", e.ID, t.ID)
		return constraint{}, false
	}
	prefix := quoteTitle(t)
	lines := r.out[j].Derivation
	if len(lines) == 0 {
		lines = []string{"-> " + phrase(target)}
	}
	// A long chain is summed up by its last steps: the target's own
	// derivation says the rest.
	if n := len(lines); n > maxTargetSteps {
		lines = append([]string{fmt.Sprintf("(%d earlier steps)", n-maxTargetSteps)}, lines[n-maxTargetSteps:]...)
	}
	for _, s := range lines {
		if rest, ok := strings.CutPrefix(s, "-> "); ok {
			c.steps = append(c.steps, prefix+" -> "+rest)
		} else {
			c.steps = append(c.steps, prefix+": "+s)
		}
	}
	return c, true
}

// maxTargetSteps is how much of a target's derivation an anchored event repeats.
const maxTargetSteps = 12

// shift moves a span by an offset. A sub-day offset can move the last
// moment of the last day into the next one, so the latest day is taken
// from the end of that day.
func shift(s span, d edtf.Duration) span {
	var out span
	if s.lo != nil {
		lo := day(d.AddTo(*s.lo))
		out.lo = &lo
	}
	if s.hi != nil {
		end := s.hi.Add(24*time.Hour - time.Minute)
		if d.Hours == 0 && d.Minutes == 0 {
			end = *s.hi
		}
		hi := day(d.AddTo(end))
		out.hi = &hi
	}
	return out
}

func day(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

func dateSpan(d edtf.Date) span {
	var s span
	if lo, ok := d.Earliest(); ok {
		s.lo = &lo
	}
	if hi, ok := d.Latest(); ok {
		s.hi = &hi
	}
	return s
}

// evidenceSteps is the evidence's derivation lines, each naming its
// expression when the line does not already (or quote its own), without
// repeats.
func evidenceSteps(evs []timeline.Evidence) []string {
	var steps []string
	seen := map[string]bool{}
	for _, ev := range evs {
		d := strings.TrimSpace(ev.Derivation)
		if d == "" {
			continue
		}
		if ev.Expression != "" && !strings.HasPrefix(d, "'") && !strings.Contains(strings.ToLower(d), strings.ToLower(ev.Expression)) {
			d = "'" + ev.Expression + "': " + d
		}
		if !seen[d] {
			seen[d] = true
			steps = append(steps, d)
		}
	}
	return steps
}

// mentions reports whether a derivation line already states a date, so
// the generated line would only repeat it.
func mentions(steps []string, forms ...string) bool {
	for _, s := range steps {
		for _, f := range forms {
			if f != "" && strings.Contains(s, f) {
				return true
			}
		}
	}
	return false
}

// explains reports whether the evidence's derivation lines account for
// a date: they state it, or they reason without concluding ("two
// explicit years"). A conclusion that names another date is stale, as
// when a person edited the date.
func explains(steps []string, forms ...string) bool {
	if len(steps) == 0 || mentions(steps, forms...) {
		return len(steps) > 0
	}
	for _, s := range steps {
		if strings.Contains(s, "->") {
			return false
		}
	}
	return true
}

// warn records a warning naming the events and quoting their evidence.
func (r *resolver) warn(events []int, format string, args ...any) {
	w := Warning{Msg: fmt.Sprintf(format, args...)}
	var quotes []string
	for _, i := range events {
		e := r.tl.Events[i]
		w.Events = append(w.Events, e.ID)
		if len(e.Evidence) > 0 {
			ev := e.Evidence[0]
			quotes = append(quotes, fmt.Sprintf("%s: %q (%s)", e.ID, shorten(ev.Quote, 100), ev.Source))
		}
	}
	if len(quotes) > 0 {
		w.Msg += "; evidence: " + strings.Join(quotes, "; ")
	}
	r.warnings = append(r.warnings, w)
}

func shorten(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
