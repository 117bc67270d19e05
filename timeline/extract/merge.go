package extract

import (
	"encoding/json"
	"reflect"
	"time"

	"github.com/chronicle-news/chronicle/timeline"
	"github.com/chronicle-news/chronicle/timeline/edtf"
	"github.com/chronicle-news/chronicle/timeline/resolve"
)

// mergeStats counts what a merge did to the events.
type mergeStats struct {
	New     int // new findings added
	Removed int // machine events no longer found (and not edited)
	Edited  int // events where a person's value was kept over the new one
}

// merge is a three-way merge of timelines: base is the last machine
// output, ours the file as a person left it, theirs the new extraction.
// A field a person changed (ours != base) keeps the person's value;
// otherwise the new value is taken. Events a person deleted stay deleted,
// events a person added stay, new findings are added beside them. With no
// base (the state was lost), everything in ours counts as a person's.
func merge(base, ours, theirs *timeline.Timeline) (*timeline.Timeline, mergeStats) {
	if base == nil {
		base = &timeline.Timeline{}
	}
	var st mergeStats
	out := &timeline.Timeline{}
	mergeField(&out.Title, base.Title, ours.Title, theirs.Title)
	mergeField(&out.Description, base.Description, ours.Description, theirs.Description)

	// Which events stay: a person's events, unless the machine dropped one
	// nobody touched; new findings, unless a person deleted them.
	baseEv, theirsEv := byID(base.Events), byID(theirs.Events)
	keep := map[string]timeline.Event{}
	dropped := map[string]timeline.Event{} // machine-removed, kept if still anchored to
	for _, o := range ours.Events {
		b, inBase := baseEv[o.ID]
		t, inTheirs := theirsEv[o.ID]
		switch {
		case inTheirs:
			m, edited := mergeEvent(b, o, t, inBase)
			if edited {
				st.Edited++
			}
			keep[o.ID] = m
		case inBase && equal(b, o):
			dropped[o.ID] = o
		default:
			keep[o.ID] = o // added or edited by a person
		}
	}
	for _, t := range theirs.Events {
		_, kept := keep[t.ID]
		_, deleted := baseEv[t.ID] // by a person: it is not in ours
		if !kept && !deleted {
			keep[t.ID] = t
			st.New++
		}
	}
	// An event dropped by the machine stays while a kept event is anchored to it.
	for changed := true; changed; {
		changed = false
		for _, e := range keep {
			if e.Anchor == nil {
				continue
			}
			if d, ok := dropped[e.Anchor.Event]; ok {
				keep[d.ID] = d
				delete(dropped, d.ID)
				changed = true
			}
		}
	}
	st.Removed = len(dropped)
	out.Events = order(ours.Events, theirs.Events, keep)
	out.Sources = mergeSources(base, ours, theirs, out.Events)
	fixAnchors(out, base, theirs)
	return out, st
}

// whenFields are merged as one: an event has a date or an anchor.
var whenFields = map[string][]string{"Date": {"Date", "Anchor"}, "Anchor": {"Date", "Anchor"}}

// mergeEvent merges one event; edited says a person's value was kept
// where the new extraction says something else.
func mergeEvent(b, o, t timeline.Event, inBase bool) (m timeline.Event, edited bool) {
	if !inBase {
		return o, !equal(o, t) // a person's event that the extractor now finds too
	}
	return mergeStruct(b, o, t, whenFields)
}

// mergeStruct merges struct values field by field: a field a person
// changed (ours != base) keeps ours, any other takes theirs. A field
// named in groups moves with the fields of its group.
func mergeStruct[T any](base, ours, theirs T, groups map[string][]string) (T, bool) {
	m := theirs
	edited := false
	b, o, t, out := reflect.ValueOf(base), reflect.ValueOf(ours), reflect.ValueOf(theirs), reflect.ValueOf(&m).Elem()
	for i := 0; i < out.NumField(); i++ {
		if !out.Type().Field(i).IsExported() {
			continue
		}
		name := out.Type().Field(i).Name
		group := groups[name]
		if group == nil {
			group = []string{name}
		}
		changed := false
		for _, f := range group {
			changed = changed || !equal(b.FieldByName(f).Interface(), o.FieldByName(f).Interface())
		}
		if !changed {
			continue
		}
		for _, f := range group {
			out.FieldByName(f).Set(o.FieldByName(f))
			edited = edited || !equal(o.FieldByName(f).Interface(), t.FieldByName(f).Interface())
		}
	}
	return m, edited
}

// mergeField sets *out to ours when a person changed it, else to theirs.
func mergeField[T any](out *T, base, ours, theirs T) {
	if equal(base, ours) {
		*out = theirs
	} else {
		*out = ours
	}
}

// mergeSources merges the sources by id like events: theirs (the
// sources folder) in order, a person's field edits kept, and sources only
// a person lists (or that kept evidence still cites) after them.
func mergeSources(base, ours, theirs *timeline.Timeline, events []timeline.Event) []timeline.Source {
	cited := map[string]bool{}
	for _, e := range events {
		for _, ev := range e.Evidence {
			cited[ev.Source] = true
		}
	}
	var out []timeline.Source
	have := map[string]bool{}
	for _, t := range theirs.Sources {
		s := t
		if o := ours.Source(t.ID); o != nil {
			if b := base.Source(t.ID); b != nil {
				s, _ = mergeStruct(*b, *o, t, nil)
			} else {
				s = *o
			}
		}
		out = append(out, s)
		have[s.ID] = true
	}
	for _, o := range ours.Sources {
		if !have[o.ID] && (base.Source(o.ID) == nil || cited[o.ID]) {
			out = append(out, o)
			have[o.ID] = true
		}
	}
	return out
}

// order lists the kept events: ours in the person's order, each new
// finding after the event that precedes it in the new extraction (or,
// with none, before the one that follows it, or else at the end).
func order(ours, theirs []timeline.Event, keep map[string]timeline.Event) []timeline.Event {
	var ids []string
	placed := map[string]bool{}
	for _, o := range ours {
		if _, ok := keep[o.ID]; ok {
			ids = append(ids, o.ID)
			placed[o.ID] = true
		}
	}
	indexOf := func(id string) int {
		for i, x := range ids {
			if x == id {
				return i
			}
		}
		return -1
	}
	for k, t := range theirs {
		if _, ok := keep[t.ID]; !ok || placed[t.ID] {
			continue
		}
		at := len(ids)
		if p := neighbour(theirs[:k], placed, true); p != "" {
			at = indexOf(p) + 1
		} else if n := neighbour(theirs[k+1:], placed, false); n != "" {
			at = indexOf(n)
		}
		ids = append(ids[:at], append([]string{t.ID}, ids[at:]...)...)
		placed[t.ID] = true
	}
	out := make([]timeline.Event, len(ids))
	for i, id := range ids {
		out[i] = keep[id]
	}
	return out
}

// neighbour returns the last (or first) placed event of events, or "".
func neighbour(events []timeline.Event, placed map[string]bool, last bool) string {
	for i := range events {
		j := i
		if last {
			j = len(events) - 1 - i
		}
		if placed[events[j].ID] {
			return events[j].ID
		}
	}
	return ""
}

// fixAnchors keeps the merged timeline valid where the two sides meet.
// An anchor to an event a person renamed (gave another id) follows it;
// an anchor to an event a person deleted, or one that closes a cycle (a
// person's anchor meeting a new one), is replaced by the bounds it gave
// in the extraction it came from.
func fixAnchors(out, base, theirs *timeline.Timeline) {
	ids := byID(out.Events)
	renamed := renames(out, base, theirs)
	for i := range out.Events {
		e := &out.Events[i]
		if e.Anchor == nil {
			continue
		}
		if _, ok := ids[e.Anchor.Event]; ok {
			continue
		}
		if to, ok := renamed[e.Anchor.Event]; ok {
			a := *e.Anchor
			a.Event = to
			e.Anchor = &a
		} else {
			pin(e, base, theirs)
		}
	}
	for i := range out.Events {
		seen := map[string]bool{}
		for e := &out.Events[i]; e != nil && e.Anchor != nil; e = out.Event(e.Anchor.Event) {
			if seen[e.ID] {
				// Cut the cycle at an anchor the extractor made, if any.
				cut := e
				for c := out.Event(e.Anchor.Event); ; c = out.Event(c.Anchor.Event) {
					if t := theirs.Event(c.ID); t != nil && equal(t.Anchor, c.Anchor) {
						cut = c
					}
					if c == e {
						break
					}
				}
				pin(cut, base, theirs)
				break
			}
			seen[e.ID] = true
		}
	}
}

// renames finds events a person gave another id: a machine event gone
// from the file and exactly one event the person added with the same
// evidence.
func renames(out, base, theirs *timeline.Timeline) map[string]string {
	evidence := func(e timeline.Event) string {
		if len(e.Evidence) == 0 {
			return ""
		}
		x, _ := json.Marshal(e.Evidence)
		return string(x)
	}
	added := map[string][]string{} // evidence -> ids of events a person added
	for _, e := range out.Events {
		if base.Event(e.ID) == nil && theirs.Event(e.ID) == nil {
			added[evidence(e)] = append(added[evidence(e)], e.ID)
		}
	}
	m := map[string]string{}
	for _, b := range base.Events {
		if ids := added[evidence(b)]; out.Event(b.ID) == nil && evidence(b) != "" && len(ids) == 1 {
			m[b.ID] = ids[0]
		}
	}
	return m
}

// pin replaces e's anchor with the days it gave in theirs (or base).
func pin(e *timeline.Event, base, theirs *timeline.Timeline) {
	var re *resolve.Event
	for _, t := range []*timeline.Timeline{theirs, base} {
		if t.Event(e.ID) != nil && t.Event(e.Anchor.Event) != nil {
			rt := resolve.Resolve(t)
			for i := range rt.Events {
				if rt.Events[i].ID == e.ID {
					re = &rt.Events[i]
				}
			}
			break
		}
	}
	e.Anchor = nil
	if re == nil {
		return
	}
	day := func(t time.Time) *edtf.Date { d := edtf.Single(edtf.DayOf(t)); return &d }
	lo, hi := re.Earliest, re.Latest
	if lo != nil && hi != nil && lo.Equal(*hi) && e.Date == nil {
		e.Date = day(*lo)
		return
	}
	if old, ok := latest(e.Before); hi != nil && (!ok || hi.Before(old)) {
		e.Before = day(*hi)
	}
	if old, ok := earliest(e.After); lo != nil && (!ok || lo.After(old)) {
		e.After = day(*lo)
	}
}

func latest(d *edtf.Date) (time.Time, bool) {
	if d == nil {
		return time.Time{}, false
	}
	return d.Latest()
}

func earliest(d *edtf.Date) (time.Time, bool) {
	if d == nil {
		return time.Time{}, false
	}
	return d.Earliest()
}

func byID(events []timeline.Event) map[string]timeline.Event {
	m := make(map[string]timeline.Event, len(events))
	for _, e := range events {
		m[e.ID] = e
	}
	return m
}

// equal compares two values by their JSON form: dates and durations by
// their text, times by their instant and zone as written.
func equal(a, b any) bool {
	x, err1 := json.Marshal(a)
	y, err2 := json.Marshal(b)
	return err1 == nil && err2 == nil && string(x) == string(y)
}
