package publish

import "sort"

// The kinds of term an event names, each with pages of its own: a list
// at /<kind>/ and a page per term at /<kind>/<slug>/.
var termKinds = []struct{ Key, Title string }{
	{"people", "People"},
	{"organizations", "Organizations"},
	{"places", "Places"},
	{"tags", "Tags"},
}

// A termKind is every term of one kind over all stories, by name.
type termKind struct {
	Kind  string     `json:"kind"`
	Title string     `json:"title"`
	Terms []termPage `json:"terms"`
}

type termPage struct {
	term
	Events []termEvent `json:"events"`
}

// A termEvent is an event naming a term, for its page.
type termEvent struct {
	Story string `json:"story"` // the story's content folder
	Page  string `json:"page"`  // the key of the story's page it is on, if split
	ID    string `json:"id"`
	Title string `json:"title"`
	Label string `json:"label"`
}

// newTerms indexes the terms of every story; names sharing a slug are one
// term, under the first name in sort order. Events keep their story's
// display order; stories are in name order.
func newTerms(names []string, stories []story) []termKind {
	out := []termKind{}
	for _, k := range termKinds {
		bySlug := map[string]*termPage{}
		for i, s := range stories {
			for _, e := range s.events() {
				for _, t := range e.terms(k.Key) {
					p := bySlug[t.Slug]
					if p == nil {
						p = &termPage{term: t}
						bySlug[t.Slug] = p
					}
					p.Name = min(p.Name, t.Name)
					p.Events = append(p.Events, termEvent{Story: names[i], Page: s.PageOf[e.ID], ID: e.ID, Title: e.Title, Label: e.Label})
				}
			}
		}
		tk := termKind{Kind: k.Key, Title: k.Title, Terms: []termPage{}}
		for _, slug := range sortedKeys(bySlug) {
			tk.Terms = append(tk.Terms, *bySlug[slug])
		}
		sort.SliceStable(tk.Terms, func(i, j int) bool { return tk.Terms[i].Name < tk.Terms[j].Name })
		out = append(out, tk)
	}
	return out
}

// terms returns the event's terms of one kind.
func (e event) terms(kind string) []term {
	switch kind {
	case "people":
		return e.People
	case "organizations":
		return e.Organizations
	case "places":
		return e.Places
	}
	return e.Tags
}
