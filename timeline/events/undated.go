package events

import (
	"fmt"
	"strings"

	"github.com/chronicle-news/chronicle/timeline"
	"github.com/chronicle-news/chronicle/timeline/edtf"
)

// The news an article reports is an event even without a time expression
// ("the council approved the budget"): its tense against the publication
// time bounds it. Only a concrete action by a definite actor counts; a
// clause framed by a reporting verb ("police said the man was arrested")
// is the action it reports.

// actionVerbs are verbs of concrete, datable happenings, by base form.
var actionVerbs = set(`arrest detain charge indict convict acquit sentence jail imprison release free pardon
	extradite deport expel kill murder shoot stab bomb attack raid strike storm ambush kidnap abduct
	assassinate execute injure wound rescue evacuate capture seize occupy invade annex withdraw surrender
	flee escape collapse explode crash sink derail erupt approve pass adopt reject veto overturn repeal
	ratify enact sign ban lift impose suspend cancel postpone announce unveil launch introduce open close
	shut reopen halt resume resign quit retire fire sack oust appoint name nominate elect hire
	vote rule sue file settle plead testify acquire buy sell merge win lose defeat beat meet visit host
	declare publish issue order award grant fine build destroy demolish damage die found establish
	dissolve disband deploy dispatch recall raze unveil agree`)

// generic (or negative) openers of a subject that names no one in particular.
var genericSubjects = set(`many most some few all several any such other others each every no nobody none nothing neither`)

// institutional plurals name a definite body even without "the".
var collectives = set(`police troops officials authorities prosecutors investigators lawmakers legislators
	rescuers firefighters protesters demonstrators soldiers militants gunmen rebels insurgents regulators
	voters residents negotiators doctors medics workers employees researchers scientists judges jurors`)

// habitual words make a clause a pattern, not a happening.
var habitual = set(`often usually regularly repeatedly always frequently routinely sometimes typically
	generally every each annually weekly daily`)

// undated makes the event of a sentence that reports a concrete action
// without a time expression, bounded by its tense: past or present perfect
// in an article published D -> not after D; future -> not before D.
func (x *extractor) undated(s sentence, refs []timeRef) *candidate {
	dct := x.doc.Published
	toks := s.toks
	if dct.IsZero() || len(toks) == 0 || toks[len(toks)-1].text == "?" {
		return nil
	}
	skip := make([]bool, len(toks))
	markAttributions(toks, skip)
	markParentheticals(toks, skip)
	for _, r := range refs {
		for i := tokenAt(toks, r.start); i < len(toks) && toks[i].start < r.end; i++ {
			skip[i] = true
		}
	}
	g, ok := mainClause(toks, skip)
	if !ok {
		return nil
	}
	how := "reported as past"
	if reportingGroup(toks, g) {
		// "Police said the man was arrested": the arrest is the news.
		if g.tense != tPast {
			return nil // "analysts say ...": analysis, not a report
		}
		from := g.end
		for from < len(toks) && (skip[from] || toks[from].low == "that") {
			from++
		}
		if g, ok = clauseAt(toks, skip, from); !ok {
			return nil
		}
		how = fmt.Sprintf("reported ('%s') as past", toks[g.head].text)
	}
	c := x.newCandidate(s, skip, g)
	if c == nil {
		return nil
	}
	d := edtf.Single(edtf.DayOf(dct))
	verb := join(toks[g.start:g.end])
	ev := timeline.Evidence{Source: x.source, Quote: c.ev.Summary}
	if g.tense == tFuture {
		c.ev.After = &d
		ev.Derivation = fmt.Sprintf("no date in the text; '%s', future tense, in an article published %s -> not before %s", verb, d, d)
	} else {
		c.ev.Before = &d
		if how == "reported as past" {
			how = fmt.Sprintf("'%s', %s tense,", verb, tenseName(g.tense))
		}
		ev.Derivation = fmt.Sprintf("no date in the text; %s in an article published %s -> not after %s", how, d, d)
	}
	c.ev.Evidence = []timeline.Evidence{ev}
	x.addEntities(&c.ev, toks, skip)
	return c
}

func tenseName(t string) string {
	switch t {
	case tPerfect:
		return "present perfect"
	case tPassive:
		return "past"
	}
	return t
}

// reportingGroup reports whether a verb group frames speech: "said", "told".
func reportingGroup(toks []token, g verbGroup) bool {
	h := toks[g.head].low
	return reporting[h] || reporting[base(h)]
}

// newsworthy reports whether a clause tells a concrete happening: an
// action verb, past, perfect or future, not negated, not habitual, with a
// subject that names someone in particular. names holds the words the
// article capitalizes inside sentences: "Airbus" opening a sentence is a
// name, "Companies" a generic plural.
func newsworthy(toks []token, g verbGroup, names map[string]bool) bool {
	switch g.tense {
	case tPast, tPassive, tPerfect, tFuture:
	default:
		return false
	}
	if !actionVerbs[base(toks[g.head].low)] {
		return false
	}
	for _, t := range toks[g.start:g.end] {
		if t.low == "not" || t.low == "never" || t.low == "n't" {
			return false
		}
	}
	for _, t := range toks {
		if habitual[t.low] || g.tense == tPerfect && t.low == "since" {
			return false // "police often arrest", "has approved ... since 2010"
		}
	}
	subj := subjectStart(toks, g.start, make([]bool, len(toks)))
	if subj < 0 {
		return false
	}
	first := toks[subj]
	switch {
	case pronouns[first.low], genericSubjects[first.low]:
		return false
	case !capitalized(first.text) || subj == 0 && !names[first.text]:
		// A bare plural ("Companies have launched ...") is generic,
		// unless it names an institution ("Police arrested ...").
		if !determiners[first.low] && !numberWords[first.low] && !isDigit(first.text[0]) &&
			!collectives[first.low] && strings.HasSuffix(first.low, "s") && !knownOrgs[first.text] && !acronym(first.text) &&
			(subj+1 >= g.start || !toks[subj+1].word || !capitalized(toks[subj+1].text)) {
			return false
		}
	}
	return true
}

// subjectStart returns the first token of the subject of the verb group
// starting at v: back to the clause boundary, or over an appositive
// ("The suspects, all from Tajikistan, were"), or -1.
func subjectStart(toks []token, v int, skip []bool) int {
	i := v
	for i > 0 && !clauseBoundary(toks[i-1]) && toks[i-1].low != "that" && !(reporting[toks[i-1].low] && verbAt(toks, i-1)) {
		i--
	}
	if i == v && i > 0 && toks[i-1].text == "," {
		if s, ok := appositiveSubject(toks, skip, i-1); ok {
			return s
		}
	}
	for i < v && discourse[toks[i].low] {
		i++
	}
	if i == v {
		return -1
	}
	return i
}

// mainClause finds the verb group of a sentence's main clause: after any
// opening phrase ("After the vote, ..."), a subject, an appositive maybe,
// then the verbs. Conditionals and quotations have none.
func mainClause(toks []token, skip []bool) (verbGroup, bool) {
	i := 0
	for i < len(toks) && (skip[i] || discourse[toks[i].low] || toks[i].text == ",") {
		i++
	}
	if i < len(toks) && (subordinators[toks[i].low] || prepositions[toks[i].low]) {
		switch toks[i].low {
		case "if", "unless", "whether":
			return verbGroup{}, false
		}
		for i < len(toks) && !(toks[i].text == "," && !skip[i]) {
			i++
		}
		i++
	}
	for i < len(toks) && (skip[i] || discourse[toks[i].low]) {
		i++
	}
	return clauseAt(toks, skip, i)
}

// clauseAt parses a clause whose subject starts at token i and returns its
// verb group. The subject may carry an appositive between commas ("The
// suspects, all from Tajikistan, appeared ...") or a reduced relative
// ("depots closed by inspectors"); a relative clause or a quotation before
// the verb makes it too uncertain to read.
func clauseAt(toks []token, skip []bool, i int) (verbGroup, bool) {
	if i >= len(toks) || !toks[i].word {
		return verbGroup{}, false
	}
	for k := i; k < len(toks); k++ {
		t := toks[k]
		switch {
		case t.text == ",":
			// An appositive: on to its closing comma, and the verbs right after.
			j := k + 1
			for j < len(toks) && toks[j].text != "," && !quoteMark(toks[j]) && j-k < 16 {
				j++
			}
			if j >= len(toks) || toks[j].text != "," || k == i {
				return verbGroup{}, false
			}
			v := j + 1
			for v < len(toks) && (groupAdverbs[toks[v].low] || strings.HasSuffix(toks[v].low, "ly")) {
				v++
			}
			if v >= len(toks) || !verbAt(toks, v) {
				return verbGroup{}, false // "Poland, Hungary and the Czech Republic can ..."
			}
			return group(toks, v), true
		case t.low == "that" || t.low == "which" || t.low == "who" || t.low == "whose" || quoteMark(t) || !t.word && t.text != "'s" && t.text != "-":
			return verbGroup{}, false
		case skip[k]:
		case verbAt(toks, k):
			if k == i {
				return verbGroup{}, false
			}
			if pastForm(t.low) && k+1 < len(toks) && toks[k+1].low == "by" && !auxiliaries[t.low] {
				continue // "depots closed by inspectors reopened"
			}
			return group(toks, k), true
		}
	}
	return verbGroup{}, false
}

func quoteMark(t token) bool {
	switch t.text {
	case "\"", "“", "”", "'", "‘", "’":
		return true
	}
	return false
}
