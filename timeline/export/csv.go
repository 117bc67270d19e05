package export

import (
	"encoding/csv"
	"io"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/timeline/resolve"
)

// csvHeader names the columns of the CSV export.
var csvHeader = []string{
	"id", "title", "date", "earliest", "latest", "label", "status",
	"anchor_event", "anchor_offset", "anchor_relation", "summary", "group",
	"people", "places", "organizations", "tags", "sources", "quotes",
}

// CSV writes one row per event, in display order, under a header row
// (RFC 4180, CRLF). Lists are joined with "; ", quotes with a line break;
// empty cells are unknown. A cell that a spreadsheet would run as a
// formula (starting with = + - @, a tab or a carriage return) gets a
// leading apostrophe, so an article cannot plant one; this includes
// negative anchor offsets ("'-P1D").
func CSV(w io.Writer, rt *resolve.Timeline) error {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	for _, e := range rt.Events {
		var date, anchor, offset, relation string
		if e.Date != nil {
			date = e.Date.String()
		}
		if a := e.Anchor; a != nil {
			anchor, relation = a.Event, a.Relation
			if a.Offset != nil {
				offset = a.Offset.String()
			}
		}
		var sources, quotes []string
		seen := map[string]bool{}
		for _, ev := range e.Evidence {
			if !seen[ev.Source] {
				seen[ev.Source] = true
				sources = append(sources, ev.Source)
			}
			quotes = append(quotes, ev.Quote)
		}
		row := []string{
			e.ID, e.Title, date, dayCell(e.Earliest), dayCell(e.Latest), e.Label, string(e.Status),
			anchor, offset, relation, e.Summary, e.Group,
			strings.Join(e.People, "; "), strings.Join(e.Places, "; "),
			strings.Join(e.Organizations, "; "), strings.Join(e.Tags, "; "),
			strings.Join(sources, "; "), strings.Join(quotes, "\n"),
		}
		for i, cell := range row {
			row[i] = defuse(cell)
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func dayCell(t *time.Time) string {
	if t == nil {
		return ""
	}
	return t.Format(time.DateOnly)
}

// defuse keeps a spreadsheet from reading a cell as a formula.
func defuse(cell string) string {
	if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
		return "'" + cell
	}
	return cell
}
