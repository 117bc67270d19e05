package publish

import (
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/timeline"
	"github.com/chronicle-news/chronicle/timeline/edtf"
	"github.com/chronicle-news/chronicle/timeline/resolve"
	"github.com/chronicle-news/chronicle/timeline/temporal"
)

// story is what the theme gets for one story, as hugo.Data.chronicle.<story>.
// Its JSON keys are the theme's contract: everything a template would find
// awkward to work out (HTML datetime values, year groups, anchor titles)
// is worked out here, once.
type story struct {
	Title       string `json:"title"`
	Description string `json:"description,omitempty"`
	Events      int    `json:"events"`
	First       string `json:"first,omitempty"` // earliest known day of any event, YYYY-MM-DD
	Last        string `json:"last,omitempty"`  // latest known day of any event
	// Updated is when the newest source was published (RFC 3339): what
	// the story knows is as of then.
	Updated string `json:"updated,omitempty"`
	Axis    *axis  `json:"axis,omitempty"` // nil when no event has a known day
	// Pages are the story's events in display order: all on the story's
	// page, or, when there are more than pageMax, split by period (see
	// newPeriods), each period a page of its own.
	Pages []period `json:"pages"`
	// PageOf is, for a split story, the key of the page of each event and
	// of each era's banner ("era-<id>"), for links to them from any page.
	PageOf   map[string]string `json:"pageOf"`
	Eras     []era             `json:"eras"`
	Lanes    []string          `json:"lanes"` // the events' groups, for filters
	Sources  []source          `json:"sources"`
	Warnings []warning         `json:"warnings"`
	Exports  []download        `json:"exports"`
	// Feed is the newest events, newest first, for the story's RSS feed.
	Feed []feedItem `json:"feed"`
}

// A period is a page of a split story (Key "2010s", "2014" or
// "2014-03", its path under the story's), or the whole of a story that
// is not split (Key "").
type period struct {
	Key   string `json:"key"`
	Label string `json:"label"` // "2010–2019", "2014", "March 2014"
	Count int    `json:"count"`
	// Collapse is set when the page is too long to show whole even so:
	// years start closed, so a phone lays out only what is opened.
	Collapse bool   `json:"collapse"`
	Years    []year `json:"years"`
}

// A year is a run of events under one year heading, in display order,
// cut into runs under a month heading.
type year struct {
	// Years is "2014", "2014–2015", or "" when the events' year is not known.
	Years  string  `json:"years"`
	Count  int     `json:"count"`
	Months []month `json:"months"`
}

// A month is a run of events within one month ("March"), or of events
// not known to a single month (Month "", no heading).
type month struct {
	Month  string  `json:"month"`
	Events []event `json:"events"`
}

// An era is a named span of the story, from the YAML.
type era struct {
	ID       string `json:"id"`
	Title    string `json:"title"`
	Label    string `json:"label"`
	Earliest string `json:"earliest,omitempty"`
	Latest   string `json:"latest,omitempty"`
	Events   int    `json:"events"` // how many events fall within it
}

// A download is one export of the story, published beside its page.
type download struct {
	Format    string `json:"format"`
	File      string `json:"file"`
	MediaType string `json:"mediaType"`
}

type feedItem struct {
	ID      string `json:"id"`
	Title   string `json:"title"`
	Label   string `json:"label"`
	Summary string `json:"summary,omitempty"`
	Date    string `json:"date"` // the event's latest day, RFC 1123Z, as RSS wants
}

type event struct {
	ID       string `json:"id"`
	Title    string `json:"title"`
	Summary  string `json:"summary,omitempty"`
	Status   string `json:"status"` // dated, anchored, undated
	Label    string `json:"label"`
	Date     string `json:"date,omitempty"`     // the stated EDTF date
	Datetime string `json:"datetime,omitempty"` // an HTML <time datetime> value, when the date is one known point
	Earliest string `json:"earliest,omitempty"` // YYYY-MM-DD
	Latest   string `json:"latest,omitempty"`
	// Span is set when the event covers more than one day for certain
	// (a stated range or a month or year), drawn as a range bar.
	Span   bool    `json:"span"`
	Approx bool    `json:"approx"` // "about" or "possibly"
	Anchor *anchor `json:"anchor,omitempty"`
	Group  string  `json:"group,omitempty"`
	// Heading is the level of the event's title: under a month heading
	// or straight under the year's.
	Heading int `json:"heading"`
	// Eras are the ids of the eras the event falls within; EraStarts the
	// eras whose first event it is, announced before it.
	Eras          []string   `json:"eras"`
	EraStarts     []era      `json:"eraStarts"`
	Derivation    []string   `json:"derivation"`
	Evidence      []evidence `json:"evidence"`
	People        []term     `json:"people"`
	Organizations []term     `json:"organizations"`
	Places        []term     `json:"places"`
	Tags          []term     `json:"tags"`
}

// A term is a person, organization, place or tag named by events; Slug
// is its page's name.
type term struct {
	Name string `json:"name"`
	Slug string `json:"slug"`
}

type anchor struct {
	Event    string `json:"event"`
	Title    string `json:"title"` // the target event's title, for the link
	Offset   string `json:"offset,omitempty"`
	Relation string `json:"relation,omitempty"`
}

type evidence struct {
	Source     string `json:"source"`
	Quote      string `json:"quote"`
	Expression string `json:"expression,omitempty"`
	Derivation string `json:"derivation,omitempty"`
}

type source struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	File      string `json:"file,omitempty"`
	URL       string `json:"url,omitempty"`
	Author    string `json:"author,omitempty"`
	Publisher string `json:"publisher,omitempty"`
	Published string `json:"published,omitempty"` // RFC 3339
	// Paragraphs is the article's text with its evidence and every time
	// expression marked, for the source view; none when the story has no
	// copy of the article.
	Paragraphs []paragraph `json:"paragraphs,omitempty"`
}

type warning struct {
	Events []string `json:"events"`
	Msg    string   `json:"msg"`
}

const dayLayout = "2006-01-02"

// pageMax is the number of events a page shows at most: a longer story
// is split by period, and a page longer even so starts with its years
// closed. 300 events are about 0.4 MB of HTML.
const pageMax = 300

// feedSize is the number of events in a story's feed.
const feedSize = 50

// An article is the text of a source the story keeps a copy of, and the
// time it was published (the DCT its time expressions count from; zero
// when unknown).
type article struct {
	text string
	dct  time.Time
}

// newStory turns a resolved timeline into the theme's data; texts holds
// each source read, by source id.
func newStory(rt *resolve.Timeline, texts map[string]article) story {
	s := story{
		Title:       rt.Title,
		Description: rt.Description,
		Events:      len(rt.Events),
		Pages:       []period{},
		PageOf:      map[string]string{},
		Eras:        []era{},
		Lanes:       []string{},
		Sources:     []source{},
		Warnings:    []warning{},
		Exports:     []download{},
		Feed:        []feedItem{},
	}
	titles := make(map[string]string, len(rt.Events))
	lanes := map[string]bool{}
	for _, e := range rt.Events {
		titles[e.ID] = e.Title
		if e.Group != "" && !lanes[e.Group] {
			lanes[e.Group] = true
			s.Lanes = append(s.Lanes, e.Group)
		}
	}
	sort.Strings(s.Lanes)
	eras := newEras(rt)
	started := map[string]bool{}
	var first, last *time.Time
	sp := newPeriods(rt.Events)
	for i, re := range rt.Events {
		e := newEvent(re, titles)
		if re.Earliest != nil && (first == nil || re.Earliest.Before(*first)) {
			first = re.Earliest
		}
		if re.Latest != nil && (last == nil || re.Latest.After(*last)) {
			last = re.Latest
		}
		pg := sp.page(&s, i)
		for k, x := range eras {
			if inEra(re, x.earliest, x.latest) {
				eras[k].Events++
				e.Eras = append(e.Eras, x.ID)
				if !started[x.ID] {
					started[x.ID] = true
					e.EraStarts = append(e.EraStarts, x.era)
					if pg.Key != "" {
						s.PageOf["era-"+x.ID] = pg.Key
					}
				}
			}
		}
		if pg.Key != "" {
			s.PageOf[e.ID] = pg.Key
		}
		years, mon := yearsOf(re), monthOf(re)
		if n := len(pg.Years); n == 0 || pg.Years[n-1].Years != years {
			pg.Years = append(pg.Years, year{Years: years})
		}
		y := &pg.Years[len(pg.Years)-1]
		if n := len(y.Months); n == 0 || y.Months[n-1].Month != mon {
			y.Months = append(y.Months, month{Month: mon})
		}
		m := &y.Months[len(y.Months)-1]
		e.Heading = 3
		if mon != "" {
			e.Heading = 4
		}
		m.Events = append(m.Events, e)
		y.Count++
		pg.Count++
		pg.Collapse = pg.Count > pageMax
	}
	if len(s.Pages) == 0 { // no events: still a page, empty
		sp.page(&s, 0)
	}
	// An era's first event carries it with its final count.
	for _, e := range s.events() {
		for k := range e.EraStarts {
			e.EraStarts[k] = eraByID(eras, e.EraStarts[k].ID)
		}
	}
	for _, x := range eras {
		s.Eras = append(s.Eras, x.era)
	}
	s.First, s.Last = dayString(first), dayString(last)
	s.Axis = newAxis(rt.Events, eras)
	if s.Axis != nil && len(s.Pages) > 1 {
		s.Axis.bars(s.Pages, sp.g)
	}
	s.Feed = newFeed(rt.Events)
	var updated *time.Time
	for _, src := range rt.Sources {
		if src.Published != nil && (updated == nil || src.Published.After(*updated)) {
			updated = src.Published
			s.Updated = src.Published.Format(time.RFC3339)
		}
		out := newSource(src)
		if a, ok := texts[src.ID]; ok {
			out.Paragraphs = annotate(a.text, mentions(rt, src.ID), timexes(temporal.Tag(a.text, a.dct)))
		}
		s.Sources = append(s.Sources, out)
	}
	for _, w := range rt.Warnings {
		s.Warnings = append(s.Warnings, warning{Events: nonNil(w.Events), Msg: w.Msg})
	}
	return s
}

// events returns (pointers to) every event of the story, in display order.
func (s *story) events() []*event {
	var out []*event
	for pi := range s.Pages {
		for yi := range s.Pages[pi].Years {
			for mi := range s.Pages[pi].Years[yi].Months {
				m := &s.Pages[pi].Years[yi].Months[mi]
				for ei := range m.Events {
					out = append(out, &m.Events[ei])
				}
			}
		}
	}
	return out
}

// A grain is how a long story is split: by decade, year or month; the
// zero grain does not split it.
type grain int

const (
	byDecade grain = iota + 1
	byYear
	byMonth
)

// A split says which page each event of a story goes on.
type split struct {
	g    grain
	keys []string // by event, in display order; nil when not split
}

// newPeriods splits a story of more than pageMax events by the coarsest
// period (decade, year, month) that puts at most pageMax events on a
// page, or by month when none does. An event goes by the first day it
// can have happened; one with no known first day goes with the event
// told before it (the first one with the next), as the display order
// places it. Keys recur only when the display order goes back in time;
// such an event joins its period's page.
func newPeriods(events []resolve.Event) split {
	if len(events) <= pageMax {
		return split{}
	}
	for _, g := range []grain{byDecade, byYear, byMonth} {
		keys := make([]string, len(events))
		for i, e := range events {
			if e.Earliest != nil {
				keys[i] = periodKey(*e.Earliest, g)
			}
		}
		for i := 1; i < len(keys); i++ {
			if keys[i] == "" {
				keys[i] = keys[i-1]
			}
		}
		for i := len(keys) - 2; i >= 0; i-- {
			if keys[i] == "" {
				keys[i] = keys[i+1]
			}
		}
		count := map[string]int{}
		biggest := 0
		for _, k := range keys {
			count[k]++
			biggest = max(biggest, count[k])
		}
		if keys[0] == "" {
			return split{} // no event has a known first day
		}
		if len(count) > 1 && biggest <= pageMax || g == byMonth {
			return split{g: g, keys: keys}
		}
	}
	return split{}
}

// page returns the page event i goes on, adding it to the story the
// first time.
func (p split) page(s *story, i int) *period {
	key := ""
	if i < len(p.keys) {
		key = p.keys[i]
	}
	for k := range s.Pages {
		if s.Pages[k].Key == key {
			return &s.Pages[k]
		}
	}
	s.Pages = append(s.Pages, period{Key: key, Label: periodLabel(key, p.g), Years: []year{}})
	return &s.Pages[len(s.Pages)-1]
}

// periodKey is the key of the period of a day: "2010s", "2014", "2014-03".
func periodKey(t time.Time, g grain) string {
	switch g {
	case byDecade:
		y := t.Year()
		return strconv.Itoa(y-((y%10)+10)%10) + "s"
	case byYear:
		return strconv.Itoa(t.Year())
	}
	return t.Format("2006-01")
}

// periodDays are the first day of a period and the day after its last.
func periodDays(key string, g grain) (from, to time.Time) {
	switch g {
	case byDecade:
		y, _ := strconv.Atoi(strings.TrimSuffix(key, "s"))
		from = time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		return from, from.AddDate(10, 0, 0)
	case byYear:
		y, _ := strconv.Atoi(key)
		from = time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		return from, from.AddDate(1, 0, 0)
	}
	from, _ = time.Parse("2006-01", key)
	return from, from.AddDate(0, 1, 0)
}

// periodLabel names a period for a reader: "2010–2019", "2014", "March 2014".
func periodLabel(key string, g grain) string {
	switch g {
	case byDecade:
		y, _ := strconv.Atoi(strings.TrimSuffix(key, "s"))
		return strconv.Itoa(y) + "–" + strconv.Itoa(y+9)
	case byMonth:
		if t, err := time.Parse("2006-01", key); err == nil {
			return t.Format("January 2006")
		}
	}
	return key
}

// An eraSpan is an era with its days, when known.
type eraSpan struct {
	era
	earliest, latest *time.Time
}

func newEras(rt *resolve.Timeline) []eraSpan {
	var out []eraSpan
	for _, x := range rt.Eras {
		e := eraSpan{era: era{ID: x.EraID(), Title: x.Title}}
		if x.Date != nil {
			if t, ok := x.Date.Earliest(); ok {
				e.earliest = &t
			}
			if t, ok := x.Date.Latest(); ok {
				e.latest = &t
			}
			e.Label = spanLabel(e.earliest, e.latest, x.Date.IsApprox() || x.Date.IsUncertain())
		}
		e.Earliest, e.Latest = dayString(e.earliest), dayString(e.latest)
		out = append(out, e)
	}
	return out
}

func eraByID(eras []eraSpan, id string) era {
	for _, x := range eras {
		if x.ID == id {
			return x.era
		}
	}
	return era{ID: id}
}

// inEra reports whether an event certainly falls within [lo, hi]: both
// its bounds are known and inside; an open side of the era holds anything.
func inEra(e resolve.Event, lo, hi *time.Time) bool {
	if e.Earliest == nil || e.Latest == nil || lo == nil && hi == nil {
		return false
	}
	return (lo == nil || !e.Earliest.Before(*lo)) && (hi == nil || !e.Latest.After(*hi))
}

// spanLabel says a span of days for a reader: "2014–2015", "March 2024",
// "24 February – 20 May 2022", "from 2022", "until May 2022".
func spanLabel(lo, hi *time.Time, approx bool) string {
	var l string
	switch {
	case lo == nil && hi == nil:
		return "dates unknown"
	case lo == nil:
		l = "until " + dayName(*hi)
	case hi == nil:
		l = "from " + dayName(*lo)
	case lo.Year() != hi.Year() && lo.YearDay() == 1 && hi.AddDate(0, 0, 1).YearDay() == 1:
		l = strconv.Itoa(lo.Year()) + "–" + strconv.Itoa(hi.Year())
	case lo.Equal(*hi):
		l = dayName(*lo)
	case lo.Year() == hi.Year() && lo.YearDay() == 1 && hi.AddDate(0, 0, 1).YearDay() == 1:
		l = strconv.Itoa(lo.Year())
	case lo.Day() == 1 && hi.AddDate(0, 0, 1).Day() == 1 && lo.Year() == hi.Year() && lo.Month() == hi.Month():
		l = lo.Format("January 2006")
	case lo.Year() == hi.Year():
		l = lo.Format("2 January") + " – " + hi.Format("2 January 2006")
	default:
		l = lo.Format("2 January 2006") + " – " + hi.Format("2 January 2006")
	}
	if approx {
		l = "about " + l
	}
	return l
}

func dayName(t time.Time) string { return t.Format("2 January 2006") }

// newFeed is the newest events that have a known latest day, newest
// first; among events on the same day, the later told first.
func newFeed(events []resolve.Event) []feedItem {
	idx := make([]int, 0, len(events))
	for i, e := range events {
		if e.Latest != nil {
			idx = append(idx, i)
		}
	}
	sort.SliceStable(idx, func(a, b int) bool {
		ea, eb := events[idx[a]], events[idx[b]]
		if !ea.Latest.Equal(*eb.Latest) {
			return ea.Latest.After(*eb.Latest)
		}
		return idx[a] > idx[b]
	})
	feed := []feedItem{}
	for _, i := range idx[:min(len(idx), feedSize)] {
		e := events[i]
		feed = append(feed, feedItem{ID: e.ID, Title: e.Title, Label: e.Label, Summary: e.Summary, Date: e.Latest.Format(time.RFC1123Z)})
	}
	return feed
}

func newEvent(re resolve.Event, titles map[string]string) event {
	e := event{
		ID:            re.ID,
		Title:         re.Title,
		Summary:       re.Summary,
		Status:        string(re.Status),
		Label:         re.Label,
		Datetime:      datetime(re),
		Earliest:      dayString(re.Earliest),
		Latest:        dayString(re.Latest),
		Span:          re.Earliest != nil && re.Latest != nil && re.Latest.After(*re.Earliest),
		Group:         re.Group,
		Eras:          []string{},
		EraStarts:     []era{},
		Derivation:    nonNil(re.Derivation),
		Evidence:      []evidence{},
		People:        terms(re.People),
		Organizations: terms(re.Organizations),
		Places:        terms(re.Places),
		Tags:          terms(re.Tags),
	}
	if re.Date != nil {
		e.Date = re.Date.String()
		e.Approx = re.Date.IsApprox() || re.Date.IsUncertain()
	}
	if a := re.Anchor; a != nil {
		e.Anchor = &anchor{Event: a.Event, Title: titles[a.Event], Relation: a.Relation}
		if a.Offset != nil {
			e.Anchor.Offset = a.Offset.String()
		}
	}
	for _, ev := range re.Evidence {
		e.Evidence = append(e.Evidence, evidence(ev))
		// A summary that is the source's own sentence would print the
		// quote twice; the quote, attributed, links to its context.
		if ev.Quote != "" && strings.Contains(e.Summary, ev.Quote) {
			e.Summary = ""
		}
	}
	return e
}

// datetime is the value of an HTML <time datetime> for an event whose
// date is one known point: the stated year, month or day, or the one day
// an anchor resolves to. Ranges, seasons, decades and approximate or
// uncertain dates get none: the label says them honestly instead.
func datetime(re resolve.Event) string {
	switch re.Status {
	case resolve.Dated:
		d := re.Date
		if d == nil || d.Interval || d.IsApprox() || d.IsUncertain() {
			return ""
		}
		p := d.Start
		switch p.Precision {
		case edtf.Year, edtf.Month:
			return p.String()
		case edtf.Day, edtf.Minute:
			return edtf.Point{Year: p.Year, Month: p.Month, Day: p.Day, Precision: edtf.Day}.String()
		}
	case resolve.Anchored:
		if re.Earliest != nil && re.Latest != nil && re.Earliest.Equal(*re.Latest) {
			return re.Earliest.Format(dayLayout)
		}
	}
	return ""
}

// yearsOf is the year heading of an event: its year or years when both
// bounds are known, "" otherwise.
func yearsOf(re resolve.Event) string {
	if re.Earliest == nil || re.Latest == nil {
		return ""
	}
	a, b := re.Earliest.Year(), re.Latest.Year()
	if a == b {
		return strconv.Itoa(a)
	}
	return strconv.Itoa(a) + "–" + strconv.Itoa(b)
}

// monthOf is the month heading of an event: its month's name when both
// bounds fall in one month, "" otherwise.
func monthOf(re resolve.Event) string {
	if re.Earliest == nil || re.Latest == nil || re.Earliest.Year() != re.Latest.Year() || re.Earliest.Month() != re.Latest.Month() {
		return ""
	}
	return re.Earliest.Month().String()
}

// terms gives each name its page's slug.
func terms(names []string) []term {
	out := make([]term, 0, len(names))
	for _, n := range names {
		if slug := timeline.Slug(n, 0); slug != "" {
			out = append(out, term{Name: n, Slug: slug})
		}
	}
	return out
}

// mentions is the evidence drawn from one source, in display order.
func mentions(rt *resolve.Timeline, sourceID string) []mention {
	var ms []mention
	for _, e := range rt.Events {
		for _, ev := range e.Evidence {
			if ev.Source == sourceID {
				ms = append(ms, mention{event: e.ID, quote: ev.Quote, expression: ev.Expression})
			}
		}
	}
	return ms
}

func newSource(s timeline.Source) source {
	out := source{ID: s.ID, Title: s.Title, File: s.File, URL: s.URL, Author: s.Author, Publisher: s.Publisher}
	if out.Title == "" {
		out.Title = s.ID
	}
	if s.Published != nil {
		out.Published = s.Published.Format(time.RFC3339)
	}
	return out
}

func dayString(t *time.Time) string {
	if t == nil {
		return ""
	}
	return t.Format(dayLayout)
}

// nonNil makes an absent list an empty JSON array, so templates can range
// over it without a guard.
func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
