// Package timeline is Chronicle's model: a story's sources and events,
// read from and written to the timeline YAML that people edit.
//
// The YAML stores what the sources say (dates, anchors, bounds, evidence);
// resolving them into earliest/latest days and an order happens at build
// time, in package resolve. The sub-packages hold one stage each:
// edtf (dates), temporal (time expressions), ingest (articles), events
// (sentences to events), extract (a story folder to its YAML), resolve,
// export and publish (the Hugo site).
package timeline

import (
	"regexp"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/timeline/edtf"
)

// A Timeline is one story: its title, the articles it was built from and
// its events, in the order the file keeps them.
type Timeline struct {
	Title       string   `yaml:"title"`
	Description string   `yaml:"description,omitempty"`
	Sources     []Source `yaml:"sources,omitempty"`
	// Eras are named spans of the story ("The siege"), drawn beside the
	// events they cover.
	Eras   []Era   `yaml:"eras,omitempty"`
	Events []Event `yaml:"events"`

	// doc is the YAML the timeline was read from; Save keeps its comments.
	doc *yamlDoc `yaml:"-"`
}

// A Source is one article of the story.
type Source struct {
	ID        string     `yaml:"id"`
	File      string     `yaml:"file,omitempty"` // relative to the story folder
	Title     string     `yaml:"title,omitempty"`
	URL       string     `yaml:"url,omitempty"`
	Author    string     `yaml:"author,omitempty"`
	Publisher string     `yaml:"publisher,omitempty"`
	Published *time.Time `yaml:"published,omitempty"` // the document creation time (DCT)
}

// An Era is a named span of time in a story. Its id, when not given,
// is the slug of its title.
type Era struct {
	ID    string     `yaml:"id,omitempty"`
	Title string     `yaml:"title"`
	Date  *edtf.Date `yaml:"date"` // an EDTF span such as 2022-02-24/2022-05-20, or a year
}

// An Event is something that happened (or will), with what the sources
// say about when.
type Event struct {
	ID      string `yaml:"id"` // stable, unique, [a-z0-9-]
	Title   string `yaml:"title"`
	Summary string `yaml:"summary,omitempty"`
	// Group is the lane the event belongs to ("Diplomacy", "Fighting"),
	// which readers can filter by.
	Group string `yaml:"group,omitempty"`

	// Date is set when the text dates the event itself.
	Date *edtf.Date `yaml:"date,omitempty"`
	// Anchor places the event relative to another event.
	Anchor *Anchor `yaml:"anchor,omitempty"`
	// Before and After bound an event whose date is not stated:
	// it happened no later than Before and no earlier than After.
	Before *edtf.Date `yaml:"before,omitempty"`
	After  *edtf.Date `yaml:"after,omitempty"`

	People        []string `yaml:"people,omitempty"`
	Organizations []string `yaml:"organizations,omitempty"`
	Places        []string `yaml:"places,omitempty"`
	Tags          []string `yaml:"tags,omitempty"`

	Evidence []Evidence `yaml:"evidence,omitempty"`
}

// An Anchor ties an event to another: Offset from it ("-P1D": the day
// before), or only Relation ("before", "after") when the text gives no amount.
type Anchor struct {
	Event    string         `yaml:"event"`
	Offset   *edtf.Duration `yaml:"offset,omitempty"`
	Relation string         `yaml:"relation,omitempty"`
}

// MarshalYAML writes the offset whenever there is one: "P0D" (the same
// day as the event) is a zero Duration, which omitempty would drop,
// leaving an anchor that does not read back.
func (a Anchor) MarshalYAML() (any, error) {
	type fields struct {
		Event    string `yaml:"event"`
		Offset   string `yaml:"offset,omitempty"`
		Relation string `yaml:"relation,omitempty"`
	}
	f := fields{Event: a.Event, Relation: a.Relation}
	if a.Offset != nil {
		f.Offset = a.Offset.String()
	}
	return f, nil
}

// Anchor relations.
const (
	RelBefore = "before"
	RelAfter  = "after"
)

// Evidence is where a source says something about an event.
type Evidence struct {
	Source     string `yaml:"source"`               // a Source ID
	Quote      string `yaml:"quote"`                // an exact substring of the source text
	Expression string `yaml:"expression,omitempty"` // the time expression, when there is one
	Derivation string `yaml:"derivation,omitempty"` // how the date was worked out, in one line
}

// Event returns the event with the given id, or nil.
func (t *Timeline) Event(id string) *Event {
	for i := range t.Events {
		if t.Events[i].ID == id {
			return &t.Events[i]
		}
	}
	return nil
}

// Source returns the source with the given id, or nil.
func (t *Timeline) Source(id string) *Source {
	for i := range t.Sources {
		if t.Sources[i].ID == id {
			return &t.Sources[i]
		}
	}
	return nil
}

var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// ValidID reports whether s can be an event or source id.
func ValidID(s string) bool { return idPattern.MatchString(s) }

// Slug turns a title into an id: lower case ASCII words joined by '-',
// at most maxWords words. It returns "" when nothing is left.
func Slug(title string, maxWords int) string {
	var words []string
	var w strings.Builder
	flush := func() {
		if w.Len() > 0 {
			words = append(words, w.String())
			w.Reset()
		}
	}
	for _, r := range strings.ToLower(title) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			w.WriteRune(r)
		case r == '\'' || r == '’':
			// "Moscow's" -> "moscows"
		default:
			if f, ok := folds[r]; ok {
				w.WriteString(f)
				continue
			}
			flush()
		}
	}
	flush()
	if maxWords > 0 && len(words) > maxWords {
		words = words[:maxWords]
	}
	return strings.Join(words, "-")
}

// folds spells common accented letters in ASCII for ids.
var folds = map[rune]string{
	'à': "a", 'á': "a", 'â': "a", 'ä': "a", 'ã': "a", 'å': "a", 'ç': "c",
	'è': "e", 'é': "e", 'ê': "e", 'ë': "e", 'ì': "i", 'í': "i", 'î': "i", 'ï': "i",
	'ñ': "n", 'ò': "o", 'ó': "o", 'ô': "o", 'ö': "o", 'õ': "o", 'ø': "o",
	'ù': "u", 'ú': "u", 'û': "u", 'ü': "u", 'ý': "y", 'ÿ': "y", 'ß': "ss",
}

// EraID is the era's id, or the slug of its title when it has none.
func (e Era) EraID() string {
	if e.ID != "" {
		return e.ID
	}
	return Slug(e.Title, 6)
}
