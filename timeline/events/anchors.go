package events

import (
	"fmt"
	"strings"

	"github.com/chronicle-news/chronicle/timeline"
	"github.com/chronicle-news/chronicle/timeline/edtf"
)

// A mention is a noun phrase naming an event: "the killings in Moscow's
// Crocus City concert hall", "the concert hall attack".
type mention struct {
	sent       int // sentence index; -1 for the phrase of an anchor
	start, end int // tokens
	head       int
	toks       []token
	gerund     bool // a gerund clause, head the gerund: "taking power"
}

func (m *mention) span() span { return span{m.toks[m.start].start, m.toks[m.end-1].end} }

// words are the mention's content words, lower case, head excluded.
func (m *mention) words() map[string]bool {
	ws := map[string]bool{}
	for i := m.start; i < m.end; i++ {
		t := m.toks[i]
		if i == m.head || !t.word || t.low == "'s" || determiners[t.low] || prepositions[t.low] || articles[t.low] {
			continue
		}
		ws[singular(t.low)] = true
	}
	return ws
}

// specific reports whether a mention names one happening: definite, or
// possessed by a name ("Moscow's attack"), not "its attacks".
func (m *mention) specific() bool {
	first := m.toks[m.start].low
	return first == "the" || first == "this" || first == "that" || capitalized(m.toks[m.start].text) || first == "'s"
}

// findMentions lists the event noun phrases of sentence si.
func findMentions(s sentence, si int) []mention {
	var out []mention
	for i, t := range s.toks {
		if eventNouns[t.low] == "" || capitalized(t.text) || verbAt(s.toks, i) {
			continue
		}
		// The head is the last noun of its phrase ("concert hall attack").
		if i+1 < len(s.toks) && s.toks[i+1].word && eventNouns[s.toks[i+1].low] != "" {
			continue
		}
		start := npStart(s.toks, i)
		end, _ := nounPhrase(s.toks, i, true)
		if end <= i {
			end = i + 1
		}
		out = append(out, mention{sent: si, start: start, end: end, head: i, toks: s.toks})
	}
	return out
}

// match scores how well mention m may name the event of anchor phrase a:
// shared content words, and heads of one family. 0 is no match.
func match(a, m *mention) int {
	fa, fm := eventNouns[a.toks[a.head].low], eventNouns[m.toks[m.head].low]
	if fa != fm {
		return 0
	}
	score := 0
	mw := m.words()
	for w := range a.words() {
		if mw[w] {
			score += 2
		}
	}
	if len(a.words()) > 0 && score == 0 {
		return 0 // "the concert hall attack" is not "its attacks in other countries"
	}
	if len(a.words()) == 0 && singular(a.toks[a.head].low) != singular(m.toks[m.head].low) {
		return 0 // a bare "the election" is not "the vote": nothing says so
	}
	if singular(a.toks[a.head].low) == singular(m.toks[m.head].low) {
		score++
	}
	if !m.specific() {
		return 0
	}
	return score + 1
}

// resolveAnchors finds, for each anchored candidate, the event its anchor
// phrase names: an event of the article whose own text holds the best
// matching mention, else a placeholder for that mention (or for the
// anchor phrase itself when the article names it nowhere else).
func (x *extractor) resolveAnchors() {
	placeholders := map[span]*candidate{}
	for _, c := range append([]*candidate(nil), x.cands...) {
		if c.target == nil {
			continue
		}
		a := c.target
		var best *mention
		bestScore := 0
		for i := range x.mentions {
			m := &x.mentions[i]
			if m.span().start >= a.span().start && m.span().end <= a.span().end {
				continue // the anchor phrase itself
			}
			if sc := match(a, m); sc > bestScore {
				best, bestScore = m, sc
			}
		}
		var to *candidate
		if best != nil {
			sp := best.span()
			for _, o := range x.cands {
				if o != c && !o.placeholder && o.own.start <= sp.start && sp.end <= o.own.end {
					to = o
					break
				}
			}
		}
		if to == nil {
			to = x.eventNamed(a, c)
		}
		if to == nil {
			if best == nil {
				best = a
			}
			sp := best.span()
			if to = placeholders[sp]; to == nil {
				to = x.placeholder(a, best, c)
				placeholders[sp] = to
				x.cands = append(x.cands, to)
			}
		}
		c.anchorTo = to
	}
}

// eventNamed returns the event of the article, other than c, that anchor
// phrase a names by its action: "the collapse" names "The bridge
// collapsed", "taking power" names "The Taliban took power". Words the
// phrase adds ("the bridge collapse") must be in that event's headline;
// of several, the one sharing most wins, then the one told first.
func (x *extractor) eventNamed(a *mention, c *candidate) *candidate {
	head := a.toks[a.head].low
	verb := nominalBase(head)
	if a.gerund {
		verb = ingBase(head)
	}
	words := map[string]bool{}
	for w := range a.words() {
		words[normWord(w)] = true
	}
	var best *candidate
	bestScore := 0
	for _, o := range x.cands {
		if o == c || o.placeholder || o.verb == "" || c.past() && !c.before() && o.tense == tFuture {
			continue // a past event is not after one still to come
		}
		score := 0
		switch {
		case o.verb == verb:
			score = 2
		case !a.gerund && eventNouns[head] != "" && eventNouns[o.verb] == eventNouns[head] && len(words) > 0:
			score = 1 // "the attack" may be told as a shooting, if more words agree
		default:
			continue
		}
		shared := 0
		title := contentWords(o.ev.Title)
		for w := range words {
			if title[w] {
				shared++
			}
		}
		if len(words) > 0 && shared == 0 {
			continue
		}
		if score += 2 * shared; score > bestScore {
			best, bestScore = o, score
		}
	}
	return best
}

// nominals are event nouns whose verb is not their own form.
var nominals = map[string]string{
	"resignation": "resign", "election": "elect", "invasion": "invade", "explosion": "explode",
	"evacuation": "evacuate", "withdrawal": "withdraw", "abduction": "abduct", "assassination": "assassinate",
	"inauguration": "inaugurate", "execution": "execute", "conviction": "convict", "acquittal": "acquit",
	"indictment": "indict", "announcement": "announce", "approval": "approve", "closure": "close",
	"arrival": "arrive", "departure": "depart", "death": "die", "seizure": "seize", "killing": "kill",
	"sentencing": "sentence", "ruling": "rule", "shelling": "shell", "opening": "open", "flooding": "flood",
	"agreement": "agree", "talks": "talk", "speech": "speak", "debate": "debate", "meeting": "meet",
	"takeover": "take", "release": "release", "fire": "burn", "blaze": "burn",
}

// nominalBase is the verb an event noun names: "bombing" -> "bomb",
// "resignation" -> "resign", "attack" -> "attack".
func nominalBase(n string) string {
	n = strings.ToLower(n)
	if v, ok := nominals[n]; ok {
		return v
	}
	if v, ok := nominals[singular(n)]; ok {
		return v
	}
	if strings.HasSuffix(n, "ings") || strings.HasSuffix(n, "ing") {
		return ingBase(strings.TrimSuffix(n, "s"))
	}
	return singular(n)
}

// ingBase is the base of an -ing form: "taking" -> "take", "stabbing" ->
// "stab", "voting" -> "vote", "bombing" -> "bomb".
func ingBase(w string) string {
	stem := strings.TrimSuffix(w, "ing")
	switch n := len(stem); {
	case n < 2:
		return w
	case verbBases[stem] || eVerbs[stem] || actionVerbs[stem]:
		return stem
	case verbBases[stem+"e"] || eVerbs[stem+"e"] || actionVerbs[stem+"e"]:
		return stem + "e"
	case n >= 3 && stem[n-1] == stem[n-2] && strings.IndexByte("bdgmnprt", stem[n-1]) >= 0:
		return stem[:n-1]
	}
	return stem
}

// placeholder makes the undated event an anchor points to, from its best
// mention m (and the anchor phrase a, whose head noun names it).
func (x *extractor) placeholder(a, m *mention, from *candidate) *candidate {
	sp := m.span()
	c := &candidate{placeholder: true, pos: sp.start, own: sp}
	c.ev.Title = placeholderTitle(a, m)
	if a.gerund {
		c.ev.Title = gerundTitle(from.subject, a)
	}
	// The quote: from the verb that governs the mention (with its subject
	// pronoun) to the mention's end: "it carried out the killings in ...".
	qs := m.start
	verb := ""
	for i := m.start - 1; i >= 0 && i >= m.start-4; i-- {
		if clauseBoundary(m.toks[i]) {
			break
		}
		if verbAt(m.toks, i) {
			qs = i
			verb = m.toks[i].text
			if i+1 < m.start && m.toks[i+1].low == "out" {
				verb += " out"
			}
			if i > 0 && pronouns[m.toks[i-1].low] {
				qs = i - 1
			}
			break
		}
	}
	quote := x.doc.Text[m.toks[qs].start:sp.end]
	ev := timeline.Evidence{Source: x.source, Quote: quote}
	dct := x.doc.Published
	switch {
	case dct.IsZero():
		ev.Derivation = "no date in the text, and the article's publication time is unknown"
	case upcoming(m):
		d := edtf.Single(edtf.DayOf(dct))
		c.ev.After = &d
		ev.Derivation = fmt.Sprintf("no date in the text; referred to as upcoming in an article published %s -> not before %s", d, d)
	case verb != "" && pastForm(strings.ToLower(strings.Fields(verb)[0])):
		d := edtf.Single(edtf.DayOf(dct))
		c.ev.Before = &d
		ev.Derivation = fmt.Sprintf("no date in the text; reported as past ('%s') in an article published %s -> not after %s", verb, d, d)
	case from.past() && !from.before():
		// "Inspectors closed the depots two days after the fire": before
		// a past event is past too.
		d := edtf.Single(edtf.DayOf(dct))
		c.ev.Before = &d
		ev.Derivation = fmt.Sprintf("no date in the text; an event told in the past tense came after it, in an article published %s -> not after %s", d, d)
	case from.tense == tFuture && from.before():
		d := edtf.Single(edtf.DayOf(dct))
		c.ev.After = &d
		ev.Derivation = fmt.Sprintf("no date in the text; an event still to come comes before it, in an article published %s -> not before %s", d, d)
	default:
		// "Before the election, the mayor promised": the election may be
		// past or still to come.
		ev.Derivation = "no date in the text, and nothing says whether it is past or still to come"
	}
	c.ev.Evidence = []timeline.Evidence{ev}
	c.ev.Summary = x.doc.Text[x.sentenceOf(sp.start).start:x.sentenceOf(sp.start).end]
	ents := findEntities(m.toks[m.start:m.end], nil, x.known)
	c.ev.People, c.ev.Organizations, c.ev.Places = ents.people, ents.orgs, ents.places
	return c
}

// past reports whether a candidate is told in a past tense.
func (c *candidate) past() bool {
	return c.tense == tPast || c.tense == tPassive || c.tense == tPerfect
}

// before reports whether a candidate is anchored before its event.
func (c *candidate) before() bool {
	a := c.ev.Anchor
	return a != nil && (a.Offset != nil && a.Offset.Neg || a.Offset == nil && a.Relation == timeline.RelBefore)
}

// sentenceOf returns the sentence holding offset off.
func (x *extractor) sentenceOf(off int) span {
	for _, s := range x.sents {
		if s.start <= off && off < s.end {
			return s.span
		}
	}
	return span{off, off}
}

// upcoming reports whether a mention is of a future event ("the upcoming
// election", "next week's summit").
func upcoming(m *mention) bool {
	for i := m.start; i < m.end; i++ {
		switch m.toks[i].low {
		case "upcoming", "next", "planned", "scheduled", "coming", "future":
			return true
		}
	}
	return false
}

// placeholderTitle names an undated event: the anchor's head noun ("attack")
// with the mention's place ("Moscow's Crocus City concert hall"), a
// possessive place moved after it: "Attack on Crocus City concert hall in Moscow".
func placeholderTitle(a, m *mention) string {
	head := a.toks[a.head].text
	var place []token
	var owner []token
	for i := m.head + 1; i < m.end; i++ {
		if prepositions[m.toks[i].low] && place == nil {
			rest := m.toks[i+1 : m.end]
			for len(rest) > 0 && articles[rest[0].low] {
				rest = rest[1:]
			}
			// "Moscow's Crocus City concert hall" -> owner Moscow.
			if len(rest) > 2 && rest[1].low == "'s" && knownPlaces[rest[0].text] {
				owner, rest = rest[:1], rest[2:]
			}
			place = rest
			break
		}
	}
	if place == nil {
		var kept []token
		for i := a.start; i < a.end; i++ {
			if !articles[a.toks[i].low] {
				kept = append(kept, a.toks[i])
			}
		}
		return finishTitle(kept)
	}
	prep := eventPrep(head)
	if m.head+1 < m.end && m.toks[m.head+1].low == "of" {
		prep = "of" // "the collapse of the bridge"
	}
	s := head + " " + prep + " " + join(place)
	if owner != nil {
		s += " in " + owner[0].text
	}
	t := token{text: s, low: strings.ToLower(s), word: true}
	return finishTitle([]token{t})
}

// gerundTitle names the event of a gerund clause by the subject it shares
// with its main clause: "Since taking power, the Taliban have ..." ->
// "Taliban take power".
func gerundTitle(subject []token, a *mention) string {
	var kept []token
	for _, t := range subject {
		if !articles[t.low] {
			kept = append(kept, t)
		}
	}
	verb := a.toks[a.head]
	b := ingBase(verb.low)
	if len(kept) == 0 {
		return finishTitle(a.toks[a.start:a.end])
	}
	verb.text = thirdPerson(b)
	if pluralSubject(subject, false) {
		verb.text = b
	}
	verb.space = true
	kept = append(kept, verb)
	return finishTitle(append(kept, a.toks[a.head+1:a.end]...))
}
