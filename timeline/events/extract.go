// Package events finds the events of news articles: each sentence that
// places something in time becomes a candidate event with a short
// headline, a date (EDTF) or an anchor to another event, the people,
// organizations and places it names, and evidence (the exact quote, the
// time expression and how the date was worked out). Merge joins the
// events of several articles of one story.
//
// It is rule-based English: a sentence lexer, the temporal engine for time
// expressions, and a shallow grammar (verb groups, noun phrases) over
// small word lists. Conservative by design: opinions, background states,
// ongoing campaigns and reporting clauses are not events.
package events

import (
	"fmt"
	"sort"
	"strings"

	"github.com/chronicle-news/chronicle/timeline"
	"github.com/chronicle-news/chronicle/timeline/edtf"
	"github.com/chronicle-news/chronicle/timeline/ingest"
	"github.com/chronicle-news/chronicle/timeline/temporal"
)

// maxTitle is the longest headline, in bytes.
const maxTitle = 80

// slugWords is the most words an id takes from a headline.
const slugWords = 6

// A sentence of the article, tokenized.
type sentence struct {
	span
	toks []token
}

// A candidate is an event being built, with what is needed to finish it.
type candidate struct {
	ev       timeline.Event
	pos      int        // byte offset of its first mention, for narrative order
	own      span       // the text that is this event (its clause or noun phrase)
	target   *mention   // the phrase naming the event it is anchored to
	anchorTo *candidate // that event, once found
	// placeholder events stand for an event another one is anchored to.
	placeholder bool
	verb        string  // the base of its verb or event noun, to match anchors
	tense       string  // of its verb group
	pred        int     // byte offset of its verb or event noun
	subject     []token // its clause's subject, for an anchor's gerund ("since taking power")
}

// extractor holds one article's state.
type extractor struct {
	doc      *ingest.Document
	source   string
	sents    []sentence
	refs     []timeRef
	mentions []mention
	known    map[string]string // people: full names and surnames -> full name ("" if ambiguous)
	capitals map[string]bool   // words capitalized inside sentences: names
	cands    []*candidate
}

// Extract finds the events of one article. sourceID is the id its
// evidence names. Events come in narrative order of first mention; an
// event anchored to another that the article never dates gets an undated
// placeholder event for it.
func Extract(doc *ingest.Document, sourceID string) []timeline.Event {
	x := &extractor{doc: doc, source: sourceID, known: map[string]string{}, capitals: map[string]bool{}}
	for _, b := range doc.Body {
		for _, s := range splitSentences(doc.Text, span{b.Start, b.End}) {
			x.sents = append(x.sents, sentence{span: s, toks: tokenize(doc.Text, s)})
		}
	}
	x.learnNames()
	x.refs = timeRefs(doc.Text, temporal.Tag(doc.Text, doc.Published), doc.Published)
	for i := range x.sents {
		x.mentions = append(x.mentions, findMentions(x.sents[i], i)...)
	}
	for i := range x.sents {
		x.sentence(i)
	}
	x.resolveAnchors()
	return x.finish()
}

// learnNames reads the whole article once for the people it names (so
// that "Mir" alone is known as "Asfandyar Mir" wherever the full name
// stands) and the words it capitalizes inside sentences.
func (x *extractor) learnNames() {
	for _, s := range x.sents {
		for i, t := range s.toks {
			if i > 0 && t.word && capitalized(t.text) && s.toks[i-1].word {
				x.capitals[t.text] = true
			}
		}
		findEntities(s.toks, nil, x.known)
	}
}

// sentence makes the candidate event of sentence i, if it has one: the
// first time expression or event anchor that dates a clause, else the
// news the sentence reports, dated by tense from the publication time.
func (x *extractor) sentence(si int) {
	s := x.sents[si]
	var refs []timeRef
	for _, r := range x.refs {
		if r.start >= s.start && r.end <= s.end {
			refs = append(refs, r)
		}
	}
	refs = x.prepare(s, append(refs, phraseRefs(x.doc.Text, s, refs)...))
	found := 0
	for _, r := range refs {
		a := x.analyze(s, r, refs)
		if a == nil || x.samePredicate(a, found) {
			continue // a second expression of the same clause
		}
		x.cands = append(x.cands, a)
		found++
	}
	if found > 0 {
		return
	}
	if c := x.undated(s, refs); c != nil {
		x.cands = append(x.cands, c)
	}
}

// samePredicate reports whether c's verb or event noun is that of one of
// the last n candidates (those of the same sentence).
func (x *extractor) samePredicate(c *candidate, n int) bool {
	for _, o := range x.cands[len(x.cands)-n:] {
		if o.pred == c.pred {
			return true
		}
	}
	return false
}

// prepare finds the event phrase each event-relative expression names
// ("the day before the concert hall attack"), drops those naming none,
// and drops dates inside such a phrase (they date the other event).
func (x *extractor) prepare(s sentence, refs []timeRef) []timeRef {
	sortRefs(refs)
	out := refs[:0]
	for _, r := range refs {
		if r.relation != "" && !r.narrative && r.target == nil {
			re := tokenAt(s.toks, r.end)
			if re >= len(s.toks) || s.toks[re].low != r.relation {
				continue
			}
			r.target = eventPhrase(s.toks, re+1, false)
			if r.target == nil {
				continue
			}
			r.end = s.toks[r.target.end-1].end
			r.text = x.doc.Text[r.start:r.end]
		}
		out = append(out, r)
	}
	kept := out[:0]
	for _, r := range out {
		inside := false
		for _, o := range out {
			if o.target != nil && r.start >= o.target.span().start && r.end <= o.target.span().end {
				inside = true
			}
		}
		if !inside {
			kept = append(kept, r)
		}
	}
	return kept
}

// tokenAt returns the index of the first token starting at or after off.
func tokenAt(toks []token, off int) int {
	for i, t := range toks {
		if t.start >= off {
			return i
		}
	}
	return len(toks)
}

// analyze decides whether ref dates an event in sentence s and builds it.
func (x *extractor) analyze(s sentence, ref timeRef, all []timeRef) *candidate {
	toks := s.toks
	rs, re := tokenAt(toks, ref.start), tokenAt(toks, ref.end)
	var prev *candidate
	if ref.narrative {
		// "Two days later": after the event told just before, if any.
		if len(x.cands) > 0 {
			prev = x.cands[len(x.cands)-1]
		} else if ref.date == nil {
			return nil
		}
	}

	skip := make([]bool, len(toks))
	mark := func(a, b int) {
		for i := a; i < b && i < len(toks); i++ {
			skip[i] = true
		}
	}
	for _, r := range all {
		a, b := tokenAt(toks, r.start), tokenAt(toks, r.end)
		mark(a, b)
		// An appositive after a date: "on Sunday, a day of mourning in Russia,".
		if b+1 < len(toks) && toks[b].text == "," && determiners[toks[b+1].low] {
			e, h := nounPhrase(toks, b+1, true)
			if h >= 0 && e < len(toks) && toks[e].text == "," {
				mark(b, e)
			}
		}
	}
	markAttributions(toks, skip)
	markParentheticals(toks, skip)

	// The predicate: the nearest verb or event noun before the expression,
	// unless the expression opens a clause ("that after the bombing,
	// rescuers gave ...", ", after the vote, the mayor signed").
	pred, nominal := -1, false
	opens := rs > 0 && (toks[rs-1].low == "that" || toks[rs-1].text == "," && re < len(toks) && toks[re].text == ",")
	for i := rs - 1; i >= 0 && !opens; i-- {
		if skip[i] && i < rs-1 && !(toks[i].text == "—" || toks[i].text == "–") {
			continue
		}
		if verbAt(toks, i) {
			if !nominal {
				pred = i
			}
			break
		}
		if !nominal && eventNouns[toks[i].low] != "" && !capitalized(toks[i].text) {
			pred, nominal = i, true
		}
	}
	if nominal {
		// Only a noun in object position is its own event ("including a
		// bombing ... the day before"); a subject noun is the clause's.
		verbBefore := false
		for i := pred - 1; i >= 0; i-- {
			if verbAt(toks, i) {
				verbBefore = true
				break
			}
		}
		if !verbBefore {
			nominal = false
			pred = -1
		}
	}
	if pred < 0 {
		for i := re; i < len(toks); i++ {
			if !skip[i] && verbAt(toks, i) {
				pred = i
				break
			}
		}
	}
	if pred < 0 {
		return nil
	}
	// "was found abandoned": the participle completes the verb before it.
	for pred > 0 && !nominal && pastForm(toks[pred].low) && verbAt(toks, pred-1) && pastForm(toks[pred-1].low) && !auxiliaries[toks[pred-1].low] {
		pred--
	}

	c := &candidate{target: ref.target, anchorTo: prev}
	var title string
	quote := span{s.start, s.end}
	var tense string
	if nominal {
		start := npStart(toks, pred)
		end, _ := nounPhrase(toks, start, true)
		title = headlineNP(toks[start:end], skip[start:end])
		c.own = span{toks[start].start, toks[end-1].end}
		quote = span{toks[start].start, maxInt(ref.end, toks[end-1].end)}
		tense = tPast
	} else {
		g := group(toks, pred)
		if reducedRelative(toks, g) {
			g.tense = tPassive // "the engineers arrested after the collapse, ..., appeared"
		}
		tense = g.tense
		if reportingGroup(toks, g) && ref.date != nil && !ref.narrative {
			return x.reported(s, skip, g, ref, all)
		}
		if !eventful(toks, g, ref) {
			return nil
		}
		var own span
		title, own = headlineClause(toks, skip, g)
		c.own = own
		c.verb = base(toks[g.head].low)
		for i := tokenAt(toks, own.start); i < g.start && !clauseBoundary(toks[i]); i++ {
			c.subject = append(c.subject, toks[i])
		}
	}
	if title == "" {
		return nil
	}
	if nominal {
		c.verb = nominalBase(toks[pred].low)
	}
	c.tense = tense
	c.pred = toks[pred].start
	c.ev.Title = title
	c.ev.Summary = x.doc.Text[s.start:s.end]
	c.pos = s.start
	ev := timeline.Evidence{Source: x.source, Quote: x.doc.Text[quote.start:quote.end], Expression: ref.text}
	switch {
	case ref.narrative && prev != nil:
		c.ev.Anchor = anchorOf(ref)
		ev.Derivation = fmt.Sprintf("'%s': %s the event told before it (%s), not the DCT -> anchored to it, %s",
			ref.text, relationWord(ref), prev.ev.Title, amount(ref))
		if ref.date != nil && ref.fromText {
			ev.Derivation += fmt.Sprintf(" (from the last date of the text: %s)", ref.date)
		}
		ev.Derivation += x.tenseBound(&c.ev, tense)
	case ref.relation != "" && !ref.narrative:
		c.ev.Anchor = anchorOf(ref)
		ev.Derivation = fmt.Sprintf("'%s': %s another event (%s), not the DCT -> anchored to it, %s",
			ref.text, ref.relation, join(ref.target.toks[ref.target.start:ref.target.end]), amount(ref))
		ev.Derivation += x.tenseBound(&c.ev, tense)
	default:
		c.ev.Date, c.ev.Before, c.ev.After = ref.date, ref.before, ref.after
		ev.Derivation = x.derivation(ref, toks, pred, tense)
	}
	c.ev.Evidence = []timeline.Evidence{ev}
	x.addEntities(&c.ev, toks, skip)
	return c
}

// anchorOf is the anchor a relative expression gives, its event still to
// be named: an offset, or a relation when the text gives no amount.
func anchorOf(ref timeRef) *timeline.Anchor {
	if ref.offset != nil {
		return &timeline.Anchor{Offset: ref.offset}
	}
	return &timeline.Anchor{Relation: ref.relation}
}

func relationWord(ref timeRef) string {
	if ref.relation != "" {
		return ref.relation
	}
	return "counted from"
}

// amount says how far from its anchor an event is.
func amount(ref timeRef) string {
	switch {
	case ref.offset != nil:
		return "offset " + ref.offset.String()
	case ref.vague != "":
		return fmt.Sprintf("'%s' without a number: no amount", ref.vague)
	}
	return "no amount given"
}

// tenseBound adds to an event anchored with no amount the bound its tense
// gives against the publication time, and says so: past -> not after the
// DCT, future -> not before it. An offset anchor needs none.
func (x *extractor) tenseBound(e *timeline.Event, tense string) string {
	if e.Anchor == nil || e.Anchor.Offset != nil || x.doc.Published.IsZero() {
		return ""
	}
	d := edtf.Single(edtf.DayOf(x.doc.Published))
	switch tense {
	case tPast, tPassive, tPerfect:
		e.Before = &d
		return fmt.Sprintf("; past tense in an article published %s -> not after %s", d, d)
	case tFuture:
		e.After = &d
		return fmt.Sprintf("; future tense in an article published %s -> not before %s", d, d)
	}
	return ""
}

// reported makes the event of the action a dated reporting clause tells:
// "Okafor said on Monday that the city had hired an inspector". The date
// is the saying's, so a past action is not after it and a future one
// ("would hire") not before it. When the reported clause has a time of
// its own, that expression dates it instead (nil here).
func (x *extractor) reported(s sentence, skip []bool, say verbGroup, ref timeRef, refs []timeRef) *candidate {
	toks := s.toks
	from := say.end
	for from < len(toks) && (skip[from] || toks[from].low == "that") {
		from++
	}
	g, ok := clauseAt(toks, skip, from)
	if !ok {
		// "The city hired an inspector, Okafor said on Monday."
		if g, ok = mainClause(toks, skip); !ok || g.start >= say.start {
			return nil
		}
		from = 0
		for _, r := range refs {
			if r.end <= toks[say.start].start && r.start != ref.start {
				return nil // the clause has its own date
			}
		}
	} else {
		for _, r := range refs {
			if r.start >= toks[from].start && r.start != ref.start {
				return nil // the clause has its own date
			}
		}
	}
	future := g.tense == tModal && hasWord(toks[g.start:g.end], "would")
	if future {
		g.tense = tFuture
	}
	c := x.newCandidate(s, skip, g)
	if c == nil {
		return nil
	}
	verb := join(toks[g.start:g.end])
	ev := timeline.Evidence{Source: x.source, Quote: c.ev.Summary, Expression: ref.text}
	if g.tense == tFuture {
		c.ev.After = ref.date
		ev.Derivation = fmt.Sprintf("'%s' dates the saying ('%s'); the action it reports ('%s') is still to come -> not before %s",
			ref.text, toks[say.head].text, verb, ref.date)
	} else {
		c.ev.Before = ref.date
		ev.Derivation = fmt.Sprintf("'%s' dates the saying ('%s'); the action it reports ('%s') is past -> not after %s",
			ref.text, toks[say.head].text, verb, ref.date)
	}
	c.ev.Evidence = []timeline.Evidence{ev}
	x.addEntities(&c.ev, toks, skip)
	return c
}

// newCandidate makes the event a clause reports, with its headline and
// the sentence as summary; nil when the clause is no news or has no headline.
func (x *extractor) newCandidate(s sentence, skip []bool, g verbGroup) *candidate {
	toks := s.toks
	if !newsworthy(toks, g, x.capitals) {
		return nil
	}
	title, own := headlineClause(toks, skip, g)
	if title == "" {
		return nil
	}
	c := &candidate{own: own, pos: s.start, verb: base(toks[g.head].low), tense: g.tense, pred: toks[g.head].start}
	c.ev.Title = title
	c.ev.Summary = x.doc.Text[s.start:s.end]
	return c
}

func hasWord(toks []token, w string) bool {
	for _, t := range toks {
		if t.low == w {
			return true
		}
	}
	return false
}

// eventful reports whether a verb group with a date is a happening worth
// an event: past actions and scheduled future ones are; states, ongoing
// campaigns, opinions and reporting clauses are not.
func eventful(toks []token, g verbGroup, ref timeRef) bool {
	head := toks[g.head].low
	b := base(head)
	if reporting[head] || reporting[b] || stative[b] || strings.HasPrefix(strings.ToLower(ref.text), "since ") {
		return false // "since 1990" starts a state or a series, it dates no one event
	}
	switch g.tense {
	case tPast, tPassive:
		return !ref.future || !ref.dctRel || ref.narrative
	case tPerfect:
		w := strings.ToLower(strings.Fields(ref.text)[0])
		return w != "since" && w != "for" && (ref.date != nil || ref.relation != "" && !ref.narrative)
	case tFuture:
		return ref.future || ref.relation != ""
	case tPresent:
		return ref.future
	}
	return false
}

// derivation says in one line how a date was worked out.
func (x *extractor) derivation(ref timeRef, toks []token, pred int, tense string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "'%s'", ref.text)
	if ref.dctRel {
		fmt.Fprintf(&b, ", %s tense (%s)", strings.TrimPrefix(tense, "past passive"), toks[pred].text)
		if tense == tPassive {
			b.Reset()
			fmt.Fprintf(&b, "'%s', past tense (%s)", ref.text, toks[pred].text)
		}
	}
	how := ref.how
	if i := strings.LastIndex(how, " -> "); i >= 0 {
		how = how[:i]
	}
	if how != "" {
		b.WriteString(", " + how)
	}
	var d *edtf.Date
	switch {
	case ref.date != nil:
		d = ref.date
	case ref.before != nil:
		b.WriteString(", an upper bound")
		d = ref.before
	case ref.after != nil:
		b.WriteString(", a lower bound")
		d = ref.after
	}
	if d != nil {
		b.WriteString(" -> " + d.String())
	}
	return b.String()
}

// addEntities fills the people, organizations and places of an event.
func (x *extractor) addEntities(ev *timeline.Event, toks []token, skip []bool) {
	ents := findEntities(toks, attributionOnly(toks), x.known)
	ev.People, ev.Organizations, ev.Places = ents.people, ents.orgs, ents.places
}

// attributionOnly marks the attributions of a sentence (", per NPR"),
// whose names are sources, not participants.
func attributionOnly(toks []token) []bool {
	skip := make([]bool, len(toks))
	markAttributions(toks, skip)
	return skip
}

func maxInt(a, b int) int {
	if a > b {
		return a
	}
	return b
}

// finish orders the candidates, gives them ids and returns the events.
func (x *extractor) finish() []timeline.Event {
	sort.SliceStable(x.cands, func(i, j int) bool { return x.cands[i].pos < x.cands[j].pos })
	used := map[string]int{}
	ids := map[*candidate]string{}
	for _, c := range x.cands {
		id := slugID(c.ev.Title)
		if id == "" {
			id = "event"
		}
		used[id]++
		if n := used[id]; n > 1 {
			id = fmt.Sprintf("%s-%d", id, n)
		}
		ids[c] = id
	}
	out := make([]timeline.Event, 0, len(x.cands))
	for _, c := range x.cands {
		c.ev.ID = ids[c]
		if c.anchorTo != nil {
			c.ev.Anchor.Event = ids[c.anchorTo]
		}
		out = append(out, c.ev)
	}
	// An article may tell an event twice (the lede, then the details):
	// joined as Merge joins articles.
	return Merge([][]timeline.Event{out})
}

// slugID is the id of a headline: its first words, without a dangling
// "in" or "and" at the end.
func slugID(title string) string {
	id := timeline.Slug(title, slugWords)
	for {
		i := strings.LastIndexByte(id, '-')
		if i < 0 || !(prepositions[id[i+1:]] || articles[id[i+1:]] || id[i+1:] == "and" || id[i+1:] == "or") {
			return id
		}
		id = id[:i]
	}
}
