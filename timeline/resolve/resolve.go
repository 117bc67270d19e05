// Package resolve turns a timeline as the sources state it (dates,
// anchors to other events, bounds) into what a reader sees: for every
// event the earliest and latest day it can have happened, a label, the
// chain of reasoning behind it, and one consistent display order.
package resolve

import (
	"time"

	"github.com/chronicle-news/chronicle/timeline"
)

// A Timeline is a resolved timeline: its events in display order.
type Timeline struct {
	Title       string
	Description string
	Sources     []timeline.Source
	Eras        []timeline.Era // as the file lists them
	Events      []Event
	Warnings    []Warning
}

// Status says how an event's date is known.
type Status string

const (
	Dated    Status = "dated"    // the text dates the event itself
	Anchored Status = "anchored" // dated through another event
	Undated  Status = "undated"  // only bounds, or nothing at all
)

// An Event is a timeline.Event with what resolution worked out.
type Event struct {
	timeline.Event
	Status Status
	// Earliest and Latest are the first and last calendar day (UTC
	// midnight) the event can fall on; nil when unbounded on that side.
	Earliest, Latest *time.Time
	// Label says when, honestly, for a reader: "24 March 2024",
	// "2014–2015", "date unknown, before 24 March 2024",
	// "the day before the attack on Crocus City concert hall".
	Label string
	// Derivation is how the date was worked out, one step a line, the
	// anchor chain included, for students.
	Derivation []string
}

// A Warning is a contradiction or cycle found while resolving; it names
// the events (and so their evidence) involved.
type Warning struct {
	Events []string
	Msg    string
}
