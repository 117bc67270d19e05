package events

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle/timeline"
	"github.com/chronicle-news/chronicle/timeline/ingest"
)

// extractText runs Extract on one paragraph published at dct.
func extractText(text string, dct time.Time) []timeline.Event {
	doc := &ingest.Document{Name: "t.txt", Text: text, Body: []ingest.Span{{Start: 0, End: len(text)}}, Published: dct}
	return Extract(doc, "t")
}

// One sentence, published Tuesday 11 February 2025: the event it reports
// (title, date or bounds), or none. News without a time expression is
// bounded by its tense; a reporting clause's date bounds the action it
// reports; opinions, states, campaigns, generic, negated, conditional and
// quoted statements are not events.
func TestSentenceEvents(t *testing.T) {
	dct := time.Date(2025, 2, 11, 18, 40, 0, 0, time.FixedZone("EST", -5*3600))
	tests := []struct {
		in                         string
		title, date, before, after string // title "" means no event
	}{
		{"The city council approved the budget.", "City council approves budget", "", "2025-02-11", ""},
		// "Airbus" opens the sentence: a name because the article capitalizes it inside one.
		{"Airbus unveiled its plans for a hydrogen airliner. Shares in Airbus rose.", "Airbus unveils its plans for hydrogen airliner", "", "2025-02-11", ""},
		{"The council has approved the budget.", "Council approves budget", "", "2025-02-11", ""},
		{"The council will vote on the budget.", "Council to vote on budget", "", "", "2025-02-11"},
		{"Two men were arrested in Leeds.", "Two men arrested in Leeds", "", "2025-02-11", ""},
		{"Police said the driver was arrested.", "Driver arrested", "", "2025-02-11", ""},
		{"The suspects, all from Tajikistan, were charged with terrorism.", "Suspects charged with terrorism", "", "2025-02-11", ""},
		{"Okafor said on Monday that the city had hired an inspector.", "City hires inspector", "", "2025-02-10", ""},
		{"Okafor said on Monday that the city would hire an inspector.", "City to hire inspector", "", "", "2025-02-10"},
		{"Okafor said on Monday that the city hired an inspector on Sunday.", "City hires inspector", "2025-02-09", "", ""},
		{"The minister resigned on Monday.", "Minister resigns", "2025-02-10", "", ""},

		{"The group has been escalating its attacks, analysts say.", "", "", "", ""},
		{"Analysts say the group has launched new attacks.", "", "", "", ""},
		{"Companies have launched many products.", "", "", "", ""},
		{"The council did not approve the budget.", "", "", "", ""},
		{"No one was injured.", "", "", "", ""},
		{"If the council approves the budget, taxes will rise.", "", "", "", ""},
		{"Police often arrest protesters in the square.", "", "", "", ""},
		{"The idea is to weaken the government.", "", "", "", ""},
		{`"We approved it," the mayor said.`, "", "", "", ""},
		{"Did the council approve the budget?", "", "", "", ""},
		{"Since taking power, the Taliban have waged a brutal campaign.", "", "", "", ""},
		{"The mayor believes the bridge was unsafe.", "", "", "", ""},
		{"It was a difficult decision for the council.", "", "", "", ""},
	}
	for _, tt := range tests {
		got := extractText(tt.in, dct)
		if tt.title == "" {
			if len(got) > 0 {
				t.Errorf("%q: want no event, got %q", tt.in, got[0].Title)
			}
			continue
		}
		if len(got) != 1 {
			var titles []string
			for _, e := range got {
				titles = append(titles, e.Title)
			}
			t.Errorf("%q: %d events %q, want 1", tt.in, len(got), titles)
			continue
		}
		e := got[0]
		if e.Title != tt.title || str(e.Date) != tt.date || str(e.Before) != tt.before || str(e.After) != tt.after {
			t.Errorf("%q:\n got %q date %q before %q after %q\nwant %q date %q before %q after %q", tt.in,
				e.Title, str(e.Date), str(e.Before), str(e.After), tt.title, tt.date, tt.before, tt.after)
		}
		if len(e.Evidence) != 1 || !strings.Contains(tt.in, e.Evidence[0].Quote) || e.Evidence[0].Derivation == "" {
			t.Errorf("%q: evidence %+v: want a quote of the sentence and a derivation", tt.in, e.Evidence)
		}
	}
}

// Anchors the engine leaves to events: a preposition and an event noun
// (or a gerund), maybe with an amount without a number; narrative phrases
// anchor to the event told before. Each case is two sentences: an event,
// then one anchored to it (or to a placeholder for what it names).
func TestAnchorPhrases(t *testing.T) {
	dct := time.Date(2025, 2, 11, 18, 40, 0, 0, time.UTC)
	first := "The Ferris Street bridge collapsed on Saturday. "
	tests := []struct {
		in               string
		to               string // title of the event anchored to
		relation, offset string
		before, after    string
	}{
		{"Days after the collapse, the council approved a budget.", "Ferris Street bridge collapses", "after", "", "2025-02-11", ""},
		{"In the wake of the collapse, the minister resigned.", "Ferris Street bridge collapses", "after", "", "2025-02-11", ""},
		{"Following the collapse, police closed the road.", "Ferris Street bridge collapses", "after", "", "2025-02-11", ""},
		{"Police arrested two engineers hours later.", "Ferris Street bridge collapses", "after", "", "2025-02-11", ""},
		{"The next day, the governor declared an emergency.", "Ferris Street bridge collapses", "", "P1D", "", ""},
		{"Two days later, the governor declared an emergency.", "Ferris Street bridge collapses", "", "P2D", "", ""},
		{"The council will vote ahead of the spring floods.", "Spring floods", "before", "", "", "2025-02-11"},
		{"Before the election, the mayor signed the contract.", "Election", "before", "", "2025-02-11", ""},
	}
	for _, tt := range tests {
		got := extractText(first+tt.in, dct)
		byID := map[string]timeline.Event{}
		for _, e := range got {
			byID[e.ID] = e
		}
		var e *timeline.Event
		for i := range got {
			if got[i].Anchor != nil {
				e = &got[i]
			}
		}
		if e == nil {
			t.Errorf("%q: no anchored event among %d", tt.in, len(got))
			continue
		}
		a := e.Anchor
		if byID[a.Event].Title != tt.to || a.Relation != tt.relation || str(a.Offset) != tt.offset ||
			str(e.Before) != tt.before || str(e.After) != tt.after {
			t.Errorf("%q:\n got anchor to %q %s %s, before %q after %q\nwant anchor to %q %s %s, before %q after %q", tt.in,
				byID[a.Event].Title, a.Relation, str(a.Offset), str(e.Before), str(e.After), tt.to, tt.relation, tt.offset, tt.before, tt.after)
		}
	}
}

// A surname alone stands for the full name the article gave before or
// after it, unless two people share it.
func TestSurnames(t *testing.T) {
	tests := []struct {
		sentences []string
		want      [][]string // people of each sentence
	}{
		{[]string{"Espousing militant views is a strategy, Mir said.", "Asfandyar Mir of the institute disagreed."},
			[][]string{{"Asfandyar Mir"}, {"Asfandyar Mir"}}},
		{[]string{"Mayor Helen Okafor proposed the budget.", "Okafor called it a first step."},
			[][]string{{"Helen Okafor"}, {"Helen Okafor"}}},
		{[]string{"Anna Smith said the report was late.", "John Smith said it was wrong.", "Smith said nothing more."},
			[][]string{{"Anna Smith"}, {"John Smith"}, {"Smith"}}},
	}
	for _, tt := range tests {
		known := map[string]string{}
		var toks [][]token
		for _, s := range tt.sentences {
			toks = append(toks, tokenize(s, span{0, len(s)}))
			findEntities(toks[len(toks)-1], nil, known) // the article read once, as Extract does
		}
		for i, s := range tt.sentences {
			if got := findEntities(toks[i], nil, known).people; !reflect.DeepEqual(got, tt.want[i]) {
				t.Errorf("%q: people %q, want %q", s, got, tt.want[i])
			}
		}
	}
}
