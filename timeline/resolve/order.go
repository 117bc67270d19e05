package resolve

import (
	"sort"
	"time"

	"github.com/chronicle-news/chronicle/timeline"
)

// A sortKey places an event in the display order. Events with bounds are
// placed by them; an event without any is placed next to another: the
// one it is anchored to, or else its neighbour in the file (narrative
// order). Each such placement is a step of the path.
type sortKey struct {
	timed bool
	t     time.Time // the earliest day, or the latest when only that is known
	rank  int       // at the same t: only a latest day, both, only an earliest day
	hi    time.Time // the latest day, when both are known
	path  []step
}

// A step places event idx just before (dir -1) or after (dir 1) the
// events of the path so far.
type step struct {
	dir, idx  int
	narrative bool // placed by file order, not by an anchor
}

// order returns the resolved events in display order.
func (r *resolver) order() []Event {
	n := len(r.out)
	keys := make([]*sortKey, n)
	computing := make([]bool, n)
	var key func(i int) *sortKey
	key = func(i int) *sortKey {
		if keys[i] != nil {
			return keys[i]
		}
		if computing[i] { // not reached: waitsOn keeps placements acyclic
			return &sortKey{path: []step{{idx: i, narrative: true}}}
		}
		computing[i] = true
		defer func() { computing[i] = false }()
		k := spanKey(r.info[i].span, i)
		if k == nil && r.info[i].anchored {
			a := r.tl.Events[i].Anchor
			dir := 1
			if a.Offset != nil && a.Offset.Neg && !a.Offset.IsZero() || a.Offset == nil && a.Relation == timeline.RelBefore {
				dir = -1
			}
			k = key(r.index[a.Event]).then(step{dir: dir, idx: i})
		}
		if k == nil {
			k = r.narrativeKey(i, key, computing)
		}
		keys[i] = k
		return k
	}
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
		key(i)
	}
	sort.SliceStable(idx, func(a, b int) bool { return keys[idx[a]].less(keys[idx[b]]) })
	out := make([]Event, n)
	for i, j := range idx {
		out[i] = r.out[j]
	}
	return out
}

// narrativeKey places event i, which has no bounds and no usable
// anchor, after the event before it in the file (or before the one after
// it); a run of such events shares one base so keys stay short.
func (r *resolver) narrativeKey(i int, key func(int) *sortKey, computing []bool) *sortKey {
	for j := i - 1; j >= 0; j-- {
		if !r.waitsOn(j, computing) {
			return key(j).then(step{dir: 1, idx: i, narrative: true})
		}
	}
	for j := i + 1; j < len(r.out); j++ {
		if !r.waitsOn(j, computing) {
			return key(j).then(step{dir: -1, idx: i, narrative: true})
		}
	}
	return &sortKey{path: []step{{idx: i, narrative: true}}}
}

// waitsOn reports whether event j's place depends on an event whose place
// is being worked out: it is one, or is anchored, without bounds of its
// own, to one through a chain. Such a j cannot be i's neighbour.
func (r *resolver) waitsOn(j int, computing []bool) bool {
	for steps := 0; steps <= len(r.out); steps++ {
		if computing[j] {
			return true
		}
		inf := r.info[j]
		if !inf.anchored || spanKey(inf.span, j) != nil {
			return false
		}
		j = r.index[r.tl.Events[j].Anchor.Event]
	}
	return false
}

// then is k with one more step; a narrative step in the same direction
// as the last one replaces it (its events are ordered by idx anyway).
func (k *sortKey) then(s step) *sortKey {
	path := k.path
	if last := len(path) - 1; s.narrative && last >= 0 && path[last].narrative && path[last].dir == s.dir {
		path = path[:last]
	}
	c := *k
	c.path = append(append([]step(nil), path...), s)
	return &c
}

// spanKey places event i by its bounds; its own step keeps the events
// placed next to it together when other events have the same bounds.
func spanKey(s span, i int) *sortKey {
	k := &sortKey{timed: true, path: []step{{idx: i}}}
	switch {
	case s.lo != nil && s.hi != nil:
		k.t, k.rank, k.hi = *s.lo, 1, *s.hi
	case s.hi != nil:
		k.t, k.rank = *s.hi, 0
	case s.lo != nil:
		k.t, k.rank = *s.lo, 2
	default:
		return nil
	}
	return k
}

func (k *sortKey) less(o *sortKey) bool {
	if k.timed != o.timed {
		return k.timed
	}
	if !k.t.Equal(o.t) {
		return k.t.Before(o.t)
	}
	if k.rank != o.rank {
		return k.rank < o.rank
	}
	if !k.hi.Equal(o.hi) {
		return k.hi.Before(o.hi)
	}
	for i := 0; i < len(k.path) && i < len(o.path); i++ {
		a, b := k.path[i], o.path[i]
		if a.dir != b.dir {
			return a.dir < b.dir
		}
		if a.idx != b.idx {
			return a.idx < b.idx
		}
	}
	// One path extends the other: the longer one is placed before or
	// after the shorter one's event by its next step.
	switch {
	case len(k.path) > len(o.path):
		return k.path[len(o.path)].dir < 0
	case len(k.path) < len(o.path):
		return o.path[len(k.path)].dir > 0
	}
	return false
}
