package events

import (
	"strings"

	"github.com/chronicle-news/chronicle/timeline"
)

// Event anchors the temporal engine leaves to us: a preposition relating
// the clause's event to another event named by a noun phrase ("after the
// attack", "ahead of the vote", "in the wake of the collapse"), or by a
// gerund ("since taking power"), with maybe an amount without a number
// ("days after the bombing", "shortly before the vote").

// anchorPreps are the prepositions, single or multiword, and the relation
// of the clause's event to the one they name.
var anchorPreps = []struct {
	words    []string
	relation string
}{
	{strings.Fields("in the wake of"), timeline.RelAfter},
	{strings.Fields("in the aftermath of"), timeline.RelAfter},
	{strings.Fields("in response to"), timeline.RelAfter},
	{strings.Fields("in the run-up to"), timeline.RelBefore},
	{strings.Fields("in the lead-up to"), timeline.RelBefore},
	{strings.Fields("ahead of"), timeline.RelBefore},
	{strings.Fields("prior to"), timeline.RelBefore},
	{[]string{"after"}, timeline.RelAfter},
	{[]string{"following"}, timeline.RelAfter},
	{[]string{"since"}, timeline.RelAfter},
	{[]string{"before"}, timeline.RelBefore},
}

// vagueAmounts say "some time" before or after without a number: "days
// after", "shortly before". With a number the engine tags the amount.
var vagueAmounts = set(`seconds minutes hours days weeks months years decades moments shortly soon
	immediately just right long`)

// gerundPreps may take a gerund clause as their event: "since taking power".
var gerundPreps = set(`after before since following`)

// phraseRefs finds the event anchors of sentence s that no engine
// expression covers.
func phraseRefs(text string, s sentence, engine []timeRef) []timeRef {
	toks := s.toks
	covered := func(i int) bool {
		for _, r := range engine {
			if toks[i].start < r.end && toks[i].end > r.start {
				return true
			}
		}
		return false
	}
	var out []timeRef
	for i := 0; i < len(toks); i++ {
		if covered(i) {
			continue
		}
		for _, p := range anchorPreps {
			j, ok := matchWords(toks, i, p.words)
			if !ok || j >= len(toks) {
				continue
			}
			if p.words[0] == "following" && i > 0 && determiners[toks[i-1].low] {
				break // "the following statement"
			}
			target := eventPhrase(toks, j, gerundPreps[p.words[0]])
			if target == nil || !target.gerund && !target.specific() {
				break // "after a meeting": no particular event to hang on
			}
			ref := timeRef{start: toks[i].start, end: toks[target.end-1].end, relation: p.relation, target: target}
			if k := i - 1; k >= 0 && vagueAmounts[toks[k].low] && !covered(k) && !(k > 0 && numberWords[toks[k-1].low] || k > 0 && isDigit(toks[k-1].text[0])) {
				ref.start, ref.vague = toks[k].start, toks[k].low
			}
			ref.exprEnd = ref.end
			ref.text = text[ref.start:ref.end]
			out = append(out, ref)
			i = target.end - 1
			break
		}
	}
	return out
}

// matchWords reports whether toks at i spell words (case-insensitive),
// and returns the index after them.
func matchWords(toks []token, i int, words []string) (int, bool) {
	for k, w := range words {
		if i+k >= len(toks) || toks[i+k].low != w {
			return 0, false
		}
	}
	return i + len(words), true
}

// eventPhrase parses the phrase at token i that names an event: a
// definite or possessed noun phrase headed by an event noun ("the
// concert hall attack", "Tuesday's vote"), or, when gerund, a gerund
// clause ("taking power").
func eventPhrase(toks []token, i int, gerund bool) *mention {
	if i >= len(toks) || !toks[i].word {
		return nil
	}
	t := toks[i]
	if gerund && strings.HasSuffix(t.low, "ing") && len(t.low) > 4 && eventNouns[t.low] == "" && !capitalized(t.text) {
		if b := ingBase(t.low); !actionVerbs[b] && b != "take" && b != "come" {
			return nil // "before heading to Nairobi": a step, not an event
		}
		end, _ := nounPhrase(toks, i+1, false)
		if end < i+1 {
			end = i + 1
		}
		return &mention{sent: -1, start: i, end: end, head: i, toks: toks, gerund: true}
	}
	end, head := nounPhrase(toks, i, true)
	if head < 0 || eventNouns[toks[head].low] == "" || capitalized(toks[head].text) {
		return nil
	}
	return &mention{sent: -1, start: i, end: end, head: head, toks: toks}
}
