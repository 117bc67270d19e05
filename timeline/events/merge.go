package events

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/timeline"
	"github.com/chronicle-news/chronicle/timeline/edtf"
)

// Merge joins the events of several articles of one story, given in
// article order. An event several articles report is kept once with all
// their evidence: same happening means compatible dates and headlines
// sharing most of their content words. A placeholder (an undated event
// one article anchors to) that another article dates becomes that dated
// event, so the anchor now resolves to a date. The first article's id
// wins; anchors are rewritten to the merged ids.
//
// Candidates are found through an index of headline words, so a story of
// thousands of articles is not compared pair by pair.
func Merge(perArticle [][]timeline.Event) []timeline.Event {
	m := &merger{post: map[string][]int{}, byID: map[string]int{}}
	for a, evs := range perArticle {
		rename := map[string]string{} // this article's ids -> merged ids
		fresh := len(m.out)
		// Events with a date or bounds first, so that an anchored event can
		// be compared through the (merged) date of its anchor.
		order := make([]int, 0, len(evs))
		for i, e := range evs {
			if e.Anchor == nil {
				order = append(order, i)
			}
		}
		for i, e := range evs {
			if e.Anchor != nil {
				order = append(order, i)
			}
		}
		for _, k := range order {
			e := evs[k]
			if e.Anchor != nil {
				anchor := *e.Anchor
				if to, ok := rename[anchor.Event]; ok {
					anchor.Event = to
				}
				e.Anchor = &anchor
			}
			if i := m.findSame(e, a); i >= 0 {
				absorb(&m.out[i], e)
				m.index(i)
				rename[e.ID] = m.out[i].ID
				continue
			}
			id := e.ID
			for n := 2; m.has(id); n++ {
				id = fmt.Sprintf("%s-%d", e.ID, n)
			}
			rename[e.ID] = id
			e.ID = id
			m.add(e, [2]int{a, k})
		}
		// Anchors to events of this article found later in the order.
		for i := fresh; i < len(m.out); i++ {
			if a := evs[m.first[i][1]].Anchor; a != nil && m.out[i].Anchor != nil {
				if to, ok := rename[a.Event]; ok {
					m.out[i].Anchor.Event = to
				}
			}
		}
	}
	idx := make([]int, len(m.out))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(i, j int) bool {
		a, b := m.first[idx[i]], m.first[idx[j]]
		return a[0] < b[0] || a[0] == b[0] && a[1] < b[1]
	})
	sorted := make([]timeline.Event, len(m.out))
	for i, k := range idx {
		sorted[i] = m.out[k]
		if a := sorted[i].Anchor; a != nil && a.Event == sorted[i].ID {
			sorted[i].Anchor = nil
		}
	}
	return sorted
}

// A merger holds the merged events and their indexes.
type merger struct {
	out   []timeline.Event
	first [][2]int          // per event: the article and index that first reported it
	words []map[string]bool // per event: its headline's content words
	acts  []map[string]bool // per event: its headline's actions
	post  map[string][]int  // content word -> events whose headline has (or had) it
	byID  map[string]int
}

func (m *merger) has(id string) bool { _, ok := m.byID[id]; return ok }

func (m *merger) add(e timeline.Event, first [2]int) {
	m.out = append(m.out, e)
	m.first = append(m.first, first)
	m.words = append(m.words, nil)
	m.acts = append(m.acts, nil)
	m.byID[e.ID] = len(m.out) - 1
	m.index(len(m.out) - 1)
}

// index (re)reads event i's headline, which absorb may have changed.
func (m *merger) index(i int) {
	old := m.words[i]
	m.words[i] = contentWords(m.out[i].Title)
	m.acts[i] = actions(m.out[i].Title)
	for w := range m.words[i] {
		if !old[w] {
			m.post[w] = append(m.post[w], i)
		}
	}
}

// findSame returns the index of the event that e (of article a) reports
// again, or -1: among the events sharing at least two headline words, the
// one sharing the largest share (at least half) with a compatible date
// and action. Two events of one article must name the same action with
// most of the same words: an article tells different things in different
// sentences, and repeats one (the lede, then the details) in like words.
func (m *merger) findSame(e timeline.Event, a int) int {
	ew := contentWords(e.Title)
	ea := actions(e.Title)
	count := map[int]int{}
	for w := range ew {
		for _, i := range m.post[w] {
			count[i]++
		}
	}
	cands := make([]int, 0, len(count))
	for i, n := range count {
		if n >= 2 {
			cands = append(cands, i)
		}
	}
	sort.Ints(cands)
	best, bestScore := -1, 0.0
	for _, i := range cands {
		shared, total := sharedWords(m.words[i], ew)
		if shared < 2 || total == 0 {
			continue
		}
		score := float64(shared) / float64(total)
		if score < 0.5 || score <= bestScore || !sameAction(m.acts[i], ea) || !m.compatible(&m.out[i], &e) ||
			m.first[i][0] == a && (len(ea) == 0 || len(m.acts[i]) == 0 || score < 0.75) {
			continue
		}
		best, bestScore = i, score
	}
	return best
}

// compatible reports whether two events' dates can be the same happening:
// overlapping dates, or a date inside the other's bounds. An anchored
// event is placed through its anchor when that is dated; events with
// nothing to compare are compatible.
func (m *merger) compatible(a, b *timeline.Event) bool {
	lo1, hi1, ok1 := m.window(a, 0)
	lo2, hi2, ok2 := m.window(b, 0)
	if !ok1 || !ok2 {
		return true
	}
	return !lo1.After(hi2) && !lo2.After(hi1)
}

// window is the earliest and latest day an event may be on.
func (m *merger) window(e *timeline.Event, depth int) (lo, hi time.Time, ok bool) {
	lo = time.Date(-9999, 1, 1, 0, 0, 0, 0, time.UTC)
	hi = time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)
	switch {
	case e.Date != nil:
		if t, ok := e.Date.Earliest(); ok {
			lo = t
		}
		if t, ok := e.Date.Latest(); ok {
			hi = t
		}
		return lo, hi, true
	case e.Anchor != nil && depth < 8:
		i, found := m.byID[e.Anchor.Event]
		if !found {
			return lo, hi, false
		}
		l, h, ok := m.window(&m.out[i], depth+1)
		if !ok {
			return lo, hi, false
		}
		switch {
		case e.Anchor.Offset != nil:
			return e.Anchor.Offset.AddTo(l), e.Anchor.Offset.AddTo(h), true
		case e.Anchor.Relation == timeline.RelAfter:
			return l, hi, true
		case e.Anchor.Relation == timeline.RelBefore:
			return lo, h, true
		}
		return lo, hi, false
	case e.Before != nil || e.After != nil:
		if e.After != nil {
			lo = earliest(e.After)
		}
		if e.Before != nil {
			hi = latest(e.Before)
		}
		return lo, hi, true
	}
	return lo, hi, false
}

// sameAction reports whether two headlines may tell the same happening,
// given their actions: they share one (a verb or an event noun, by its
// base or family), or one of them names none.
func sameAction(aa, ab map[string]bool) bool {
	if len(aa) == 0 || len(ab) == 0 {
		return true
	}
	for w := range aa {
		if ab[w] {
			return true
		}
	}
	return false
}

// actions are the verbs and event nouns of a headline, as bases and
// event families: "attack" and "killings" are both violence, "Collapse of
// bridge" and "Bridge collapses" both collapse.
func actions(title string) map[string]bool {
	ws := map[string]bool{}
	toks := tokenize(title, span{0, len(title)})
	for i, t := range toks {
		if f := eventNouns[t.low]; f != "" && !(i > 0 && verbAt(toks, i)) {
			ws[f] = true
			ws[nominalBase(t.low)] = true
			continue
		}
		if i > 0 && verbAt(toks, i) && !auxiliaries[t.low] {
			b := base(t.low)
			ws[b] = true
			if f := eventNouns[b]; f != "" {
				ws[f] = true
			}
		}
	}
	return ws
}

// absorb merges e into o: evidence added, a date filling an undated
// event (bounds then go: the date says more), names added.
func absorb(o *timeline.Event, e timeline.Event) {
	switch {
	case o.Date == nil && e.Date != nil:
		if o.Anchor == nil && len(o.Evidence) > 0 && o.Evidence[0].Expression == "" {
			// An undated event named only in passing: the article that
			// reports it says better what it was.
			o.Title = e.Title
		}
		o.Date, o.Before, o.After, o.Anchor = e.Date, nil, nil, nil
	case o.Date == nil:
		if o.Anchor == nil && e.Anchor != nil {
			o.Anchor = e.Anchor
		}
		// Two sets of bounds: keep the tighter of each.
		if e.Before != nil && (o.Before == nil || latest(e.Before).Before(latest(o.Before))) {
			o.Before = e.Before
		}
		if e.After != nil && (o.After == nil || earliest(e.After).After(earliest(o.After))) {
			o.After = e.After
		}
	}
	if o.Summary == "" {
		o.Summary = e.Summary
	}
	o.People = union(o.People, e.People)
	o.Organizations = union(o.Organizations, e.Organizations)
	o.Places = union(o.Places, e.Places)
	o.Tags = union(o.Tags, e.Tags)
	for _, ev := range e.Evidence {
		dup := false
		for _, x := range o.Evidence {
			if x.Source == ev.Source && x.Quote == ev.Quote {
				dup = true
				break
			}
		}
		if !dup {
			o.Evidence = append(o.Evidence, ev)
		}
	}
}

func latest(d *edtf.Date) time.Time {
	t, _ := d.Latest()
	return t
}

func earliest(d *edtf.Date) time.Time {
	t, _ := d.Earliest()
	return t
}

func union(a, b []string) []string {
	for _, s := range b {
		found := false
		for _, x := range a {
			if x == s {
				found = true
				break
			}
		}
		if !found {
			a = append(a, s)
		}
	}
	return a
}

// sharedWords counts the content words two headlines share and the size
// of the smaller set.
func sharedWords(wa, wb map[string]bool) (shared, smaller int) {
	for w := range wa {
		if wb[w] {
			shared++
		}
	}
	smaller = len(wa)
	if len(wb) < smaller {
		smaller = len(wb)
	}
	return shared, smaller
}

// contentWords are a headline's words but articles, prepositions and
// auxiliaries, each reduced by normWord.
func contentWords(title string) map[string]bool {
	ws := map[string]bool{}
	toks := tokenize(title, span{0, len(title)})
	for _, t := range toks {
		if !t.word || t.low == "'s" || articles[t.low] || prepositions[t.low] || determiners[t.low] ||
			auxiliaries[t.low] || t.low == "and" || t.low == "or" {
			continue
		}
		ws[normWord(t.low)] = true
	}
	return ws
}

// normWord reduces a word to what its forms share: "collapsed",
// "collapses" and "collapse" -> "collaps".
func normWord(w string) string { return strings.TrimSuffix(base(singular(w)), "e") }
