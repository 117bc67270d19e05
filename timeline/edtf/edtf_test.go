package edtf

import (
	"testing"
	"time"
)

func TestParseRoundTrip(t *testing.T) {
	tests := []struct {
		in                string
		earliest, latest  string // "" when open or unknown
		precision         Precision
		approx, uncertain bool
	}{
		{"2024", "2024-01-01", "2024-12-31", Year, false, false},
		{"2024-03", "2024-03-01", "2024-03-31", Month, false, false},
		{"2024-02", "2024-02-01", "2024-02-29", Month, false, false},
		{"2024-03-22", "2024-03-22", "2024-03-22", Day, false, false},
		{"2024-21", "2024-03-01", "2024-05-31", Season, false, false},
		{"2023-24", "2023-12-01", "2024-02-29", Season, false, false},
		{"201X", "2010-01-01", "2019-12-31", Decade, false, false},
		{"19XX", "1900-01-01", "1999-12-31", Century, false, false},
		{"2024-03~", "2024-03-01", "2024-03-31", Month, true, false},
		{"2024?", "2024-01-01", "2024-12-31", Year, false, true},
		{"2024%", "2024-01-01", "2024-12-31", Year, true, true},
		{"2014/2015", "2014-01-01", "2015-12-31", Year, false, false},
		{"../2024-03-24", "", "2024-03-24", 0, false, false},
		{"2024-03-24/..", "2024-03-24", "", Day, false, false},
		{"/2024-03-24", "", "2024-03-24", 0, false, false},
		{"2024-03-24T15:52-05:00", "2024-03-24", "2024-03-24", Minute, false, false},
		{"2024-03-24T20:52Z", "2024-03-24", "2024-03-24", Minute, false, false},
	}
	for _, tt := range tests {
		d, err := Parse(tt.in)
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.in, err)
			continue
		}
		if got := d.String(); got != tt.in {
			t.Errorf("Parse(%q).String() = %q", tt.in, got)
		}
		day := func(t time.Time, ok bool) string {
			if !ok {
				return ""
			}
			return t.Format("2006-01-02")
		}
		if got := day(d.Earliest()); got != tt.earliest {
			t.Errorf("%q earliest = %q, want %q", tt.in, got, tt.earliest)
		}
		if got := day(d.Latest()); got != tt.latest {
			t.Errorf("%q latest = %q, want %q", tt.in, got, tt.latest)
		}
		if d.Start.Precision != tt.precision {
			t.Errorf("%q precision = %v, want %v", tt.in, d.Start.Precision, tt.precision)
		}
		if d.IsApprox() != tt.approx || d.IsUncertain() != tt.uncertain {
			t.Errorf("%q approx/uncertain = %v/%v", tt.in, d.IsApprox(), d.IsUncertain())
		}
	}
}

func TestParseRejects(t *testing.T) {
	for _, in := range []string{
		"", "24", "2024-13", "2024-02-30", "2024-3-1", "March 2024", "2024/2023",
		"../..", "2024-03-24T25:00", "2024T10:00", "2024-03-22/2024/2025", "2024-03-22x",
	} {
		if d, err := Parse(in); err == nil {
			t.Errorf("Parse(%q) = %v, want an error", in, d)
		}
	}
}

func TestDuration(t *testing.T) {
	tests := []struct {
		in   string
		from string
		to   string
	}{
		{"-P1D", "2024-03-22", "2024-03-21"},
		{"P1D", "2024-02-28", "2024-02-29"},
		{"P2W", "2024-03-01", "2024-03-15"},
		{"P1M", "2024-01-15", "2024-02-15"},
		{"P1M", "2024-01-31", "2024-02-29"},
		{"-P1M", "2024-03-31", "2024-02-29"},
		{"P1Y", "2024-02-29", "2025-02-28"},
		{"-P1Y2M", "2024-03-22", "2023-01-22"},
		{"PT36H", "2024-03-22", "2024-03-23"},
		{"P1DT12H", "2024-03-22", "2024-03-23"},
	}
	for _, tt := range tests {
		d, err := ParseDuration(tt.in)
		if err != nil {
			t.Errorf("ParseDuration(%q): %v", tt.in, err)
			continue
		}
		if got := d.String(); got != tt.in {
			t.Errorf("ParseDuration(%q).String() = %q", tt.in, got)
		}
		from, _ := time.Parse("2006-01-02", tt.from)
		if got := d.AddTo(from).Format("2006-01-02"); got != tt.to {
			t.Errorf("%s + %s = %s, want %s", tt.from, tt.in, got, tt.to)
		}
	}
	for _, in := range []string{"", "P", "1D", "PD", "P1X", "P1H", "PT1D", "P1D1Y", "--P1D"} {
		if _, err := ParseDuration(in); err == nil {
			t.Errorf("ParseDuration(%q) succeeded, want an error", in)
		}
	}
}
