package temporal

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// DCTs of the tests: Friday 22 March 2013, and the seed article's Sunday.
var (
	fri = time.Date(2013, 3, 22, 0, 0, 0, 0, time.UTC)
	sun = time.Date(2024, 3, 24, 15, 52, 0, 0, time.FixedZone("CDT", -5*3600))
)

// want is one expected expression: its text and "TYPE value [mod]".
type want struct{ text, norm string }

func norm(e Expr) string {
	s := string(e.Type) + " " + e.Value
	if e.Mod != "" {
		s += " " + e.Mod
	}
	return s
}

// A sequel is a text told after a story's opening, and what it wants.
type sequel struct {
	text string
	want []want
}

// checkSequels checks each sequel told after the opening story, whose own
// expressions are opening.
func checkSequels(t *testing.T, story string, dct time.Time, opening []want, sequels []sequel) {
	t.Helper()
	for _, c := range sequels {
		check(t, story+c.text, dct, append(slices.Clone(opening), c.want...))
	}
}

// dated is a text, its DCT and the expressions it must give.
type dated struct {
	text  string
	dct   time.Time
	wants []want
}

func checkDated(t *testing.T, cases []dated) {
	t.Helper()
	for _, c := range cases {
		check(t, c.text, c.dct, c.wants)
	}
}

func check(t *testing.T, text string, dct time.Time, wants []want) {
	t.Helper()
	got := Tag(text, dct)
	var gs []string
	for _, e := range got {
		gs = append(gs, e.Text+" = "+norm(e))
	}
	if len(got) != len(wants) {
		t.Errorf("%q: got %d expressions %q, want %d", text, len(got), gs, len(wants))
		return
	}
	for i, w := range wants {
		if got[i].Text != w.text || norm(got[i]) != w.norm {
			t.Errorf("%q: #%d = %q, want %q = %q", text, i, gs[i], w.text, w.norm)
		}
	}
}

func TestAbsoluteDates(t *testing.T) {
	for _, tc := range []struct {
		text  string
		wants []want
	}{
		{"It opened March 22, 2013, downtown.", []want{{"March 22, 2013", "DATE 2013-03-22"}}},
		{"It opened 22 March 2013.", []want{{"22 March 2013", "DATE 2013-03-22"}}},
		{"It opened on the 22nd of March and on Monday, 25th March 2013.", []want{{"the 22nd of March", "DATE 2013-03-22"}, {"Monday, 25th March 2013", "DATE 2013-03-25"}}},
		{"It opened at 2013-03-22T15:52:00Z in the 1800s and the 1990's.", []want{{"2013-03-22T15:52:00Z", "TIME 2013-03-22T15:52"}, {"the 1800s", "DATE 18"}, {"the 1990's", "DATE 199"}}},
		{"It opened 3/22/2013.", []want{{"3/22/2013", "DATE 2013-03-22"}}},
		{"It opened 2013-03-22.", []want{{"2013-03-22", "DATE 2013-03-22"}}},
		{"It opened Mar. 22 and closed Sept. 30, 2014.", []want{{"Mar. 22", "DATE 2013-03-22"}, {"Sept. 30, 2014", "DATE 2014-09-30"}}},
		{"He paid on the 22nd.", []want{{"the 22nd", "DATE 2013-03-22"}}},
		// "final" is "last"
		{"It shut on the final day of September, and reopens on the final Saturday of October.", []want{{"the final day of September", "DATE 2012-09-30"}, {"the final Saturday of October", "DATE 2013-10-26"}}},
		// the nth week of a month is the ISO week holding most of its seven
		// days: June 2008 ends on a Monday, January 2011 begins on a Saturday
		{"It sits in the last week of June 2008 and the first week of January 2011.", []want{{"the last week of June 2008", "DATE 2008-W26"}, {"the first week of January 2011", "DATE 2011-W01"}}},
		{"Dated this 15th day of February 1996; signed the 4th day of July, 1776, and sealed on the twenty-first day of March.", []want{
			{"this 15th day of February 1996", "DATE 1996-02-15"}, {"the 4th day of July, 1776", "DATE 1776-07-04"}, {"the twenty-first day of March", "DATE 2013-03-21"}}},
		{"Sales fell in March 2012 and in January.", []want{{"March 2012", "DATE 2012-03"}, {"January", "DATE 2013-01"}}},
		{"The war began in 1990.", []want{{"1990", "DATE 1990"}}},
		{"It was built in the 1990s, and copied in the '80s style.", []want{{"the 1990s", "DATE 199"}, {"the '80s", "DATE 198"}}},
		{"Losses go on through the first two quarters of 1990 and the last six months of 1991, not the first nine months of 1992.",
			[]want{{"the first two quarters of 1990", "DATE 1990-H1"}, {"the last six months of 1991", "DATE 1991-H2"}, {"the first nine months", "DURATION P9M"}, {"1992", "DATE 1992"}}},
		{"Sales were flat in the last half of the '80s and the first half of the 20th century, not in the second half of the game.", []want{{"the last half of the '80s", "DATE 198 END"}, {"the first half of the 20th century", "DATE 19 START"}}},
		{"In the ’80s, on New Year’s Day.", []want{{"the ’80s", "DATE 198"}, {"New Year’s Day", "DATE 2013-01-01"}}},
		{"the eighties and the 20th century", []want{{"the eighties", "DATE 198"}, {"the 20th century", "DATE 19"}}},
		{"nineteen ninety-six", []want{{"nineteen ninety-six", "DATE 1996"}}},
		{"in the winter of 1994 and summer 2012", []want{{"the winter of 1994", "DATE 1994-WI"}, {"summer 2012", "DATE 2012-SU"}}},
		{"Profit rose in the third quarter.", []want{{"the third quarter", "DATE 2012-Q3"}}},
		{"third-quarter profit; Q1 2013 sales; the first half of 2012", []want{{"third-quarter", "DATE 2012-Q3"}, {"Q1 2013", "DATE 2013-Q1"}, {"the first half of 2012", "DATE 2012-H1"}}},
		{"Acme's 2Q profit climbs; 1H sales; the 4Q09 loss; he had 3Qs", []want{{"2Q", "DATE 2012-Q2"}, {"1H", "DATE 2013-H1"}, {"the 4Q09", "DATE 2009-Q4"}}},
		{"in fiscal 1989 and FY2014", []want{{"fiscal 1989", "DATE 1989"}, {"FY2014", "DATE 2014"}}},
		{"on Christmas Day", []want{{"Christmas Day", "DATE 2012-12-25"}}},
		{"Monday, Oct. 26, 1998", []want{{"Monday, Oct. 26, 1998", "DATE 1998-10-26"}}},
		{"The summit is on April 24 and 25; April 24 and 25 people came.", []want{{"April 24", "DATE 2013-04-24"}, {"25", "DATE 2013-04-25"}, {"April 24", "DATE 2013-04-24"}}},
		{"Polls open April 17, 18 and 20; on April 17, 18 people voted.", []want{{"April 17", "DATE 2013-04-17"}, {"18", "DATE 2013-04-18"}, {"20", "DATE 2013-04-20"}, {"April 17", "DATE 2013-04-17"}}},
		{"It is set for the first week of April, the last week of next month or the second week of May 2014.",
			[]want{{"the first week of April", "DATE 2013-W14"}, {"the last week of next month", "DATE 2013-W17"}, {"the second week of May 2014", "DATE 2014-W19"}}},
		{"Easter falls early this year, on the last day of the month. The last day of school moves to June 21.", []want{{"Easter", "DATE 2013-03-31"}, {"early this year", "DATE 2013 START"}, {"the last day of the month", "DATE 2013-03-31"}, {"June 21", "DATE 2013-06-21"}}},
		{"The lease ends on the last day of February 2016. Rent is due on the first day of next month. It began on the last day of 2014.",
			[]want{{"the last day of February 2016", "DATE 2016-02-29"}, {"the first day of next month", "DATE 2013-04-01"}, {"the last day of 2014", "DATE 2014-12-31"}}},
		{"The post-1959 politics and pre-Christmas sales; pre-war homes.", []want{{"post-1959", "DATE 1959 AFTER"}, {"pre-Christmas", "DATE 2012-12-25 BEFORE"}}},
		{"The March accession and the May meeting.", []want{{"March", "DATE 2013-03"}, {"May", "DATE 2013-05"}}},
		{"It opened Sun., March 24 and closed Wed, March 27.", []want{{"Sun., March 24", "DATE 2013-03-24"}, {"Wed, March 27", "DATE 2013-03-27"}}},
	} {
		check(t, tc.text, fri, tc.wants)
	}
}

// TestTypesetText: news is typeset. A word before a typographic apostrophe
// or a dash is still a word ("Tuesday’s", "Monday—then").
func TestTypesetText(t *testing.T) {
	for _, tc := range []struct {
		text  string
		wants []want
	}{
		{"Tuesday’s vote was cut from last year’s plan.", []want{{"Tuesday", "DATE 2013-03-19"}, {"last year", "DATE 2012"}}},
		{"It rained on Monday—then stopped.", []want{{"Monday", "DATE 2013-03-18"}}},
		{"“Wednesday,” he said, “at ten o’clock.”", []want{{"Wednesday", "DATE 2013-03-20"}, {"ten o’clock", "TIME 2013-03-20T10:00"}}},
		{"Open from 9 a.m.–5 p.m. Monday, within a week’s notice.", []want{{"9 a.m.", "TIME 2013-03-18T09:00"}, {"5 p.m. Monday", "TIME 2013-03-18T17:00"}, {"a week", "DURATION P1W"}}},
	} {
		check(t, tc.text, fri, tc.wants)
	}
}

// TestModelNumbersAndShortYears: a number after a name is a model's; "'92"
// after a preposition is a year.
func TestModelNumbersAndShortYears(t *testing.T) {
	check(t, "He joined in '92 and left in the '90s. The Comfort 1500 heater and the venture Orion 1980 sold well. In 1990 Paris changed.", fri,
		[]want{{"'92", "DATE 1992"}, {"the '90s", "DATE 199"}, {"1990", "DATE 1990"}})
	check(t, "They still talk about that '87 team, and the '86 and '88 sides.", fri,
		[]want{{"'87", "DATE 1987"}, {"'86", "DATE 1986"}, {"'88", "DATE 1988"}})
	// a story told on days of long ago writes its own century, and a
	// letter of long ago names the decades of its own
	check(t, "June 20th, 1911. The procession passed; Mother remembered the Jubilee in '97.", fri,
		[]want{{"June 20th, 1911", "DATE 1911-06-20"}, {"'97", "DATE 1897"}})
	check(t, "14th October 1917\n\nDear Tom,\nFather says the harvest was done by hand in the eighties.", fri,
		[]want{{"14th October 1917", "DATE 1917-10-14"}, {"the eighties", "DATE 188"}})
	check(t, "The strike ended on the 3rd of March '85. That summer we moved.", fri,
		[]want{{"the 3rd of March '85", "DATE 1985-03-03"}, {"That summer", "DATE 1985-SU"}})
}

// TestFeasts: the church year a chronicle dates by, in the story's year.
func TestFeasts(t *testing.T) {
	check(t, "The siege began in 1337. By Midsummer Day the salt was open; at Michaelmas and Martinmas they fasted, and Candlemas passed.", fri,
		[]want{{"1337", "DATE 1337"}, {"Midsummer Day", "DATE 1337-06-24"}, {"Michaelmas", "DATE 1337-09-29"}, {"Martinmas", "DATE 1337-11-11"}, {"Candlemas", "DATE 1338-02-02"}})
	check(t, "Pentecost will fall on May 19.", fri, []want{{"Pentecost", "DATE 2013-05-19"}, {"May 19", "DATE 2013-05-19"}})
	check(t, "In January 1597 they were still on the ice; on Twelfth Night they held a feast.", fri,
		[]want{{"January 1597", "DATE 1597-01"}, {"Twelfth Night", "DATE 1597-01-05"}})
	// England's summer bank holiday moved from the first Monday of August
	// to the last in 1965
	check(t, "In 1911 we went to the sea on August Bank Holiday. In 1972 August Bank Holiday was wet.", fri,
		[]want{{"1911", "DATE 1911"}, {"August Bank Holiday", "DATE 1911-08-07"}, {"1972", "DATE 1972"}, {"August Bank Holiday", "DATE 1972-08-28"}})
	// saints' days and their eves, in any of the ways they are written
	check(t, "The army landed in 1415. On St. Crispin's Day it fought; by St Andrew's Eve it was home, and Saint Stephen's Day was quiet.", fri,
		[]want{{"1415", "DATE 1415"}, {"St. Crispin's Day", "DATE 1415-10-25"}, {"St Andrew's Eve", "DATE 1415-11-29"}, {"Saint Stephen's Day", "DATE 1415-12-26"}})
	// before the Gregorian reform, Easter and its feasts are reckoned as
	// the chronicles reckoned them: Julian Easter 1347 was 1 April
	check(t, "In 1347 the city held out. On Good Friday the walls fell.", fri,
		[]want{{"1347", "DATE 1347"}, {"Good Friday", "DATE 1347-03-30"}})
	check(t, "The rising was planned in 1916. Shrove Tuesday passed quietly, and on Maundy Thursday the orders went out.", fri,
		[]want{{"1916", "DATE 1916"}, {"Shrove Tuesday", "DATE 1916-03-07"}, {"Maundy Thursday", "DATE 1916-04-20"}})
	// national days of the Antipodes and Patriots' Day, the third Monday in April
	check(t, "In 1999 Australia Day was hot, Waitangi Day wet and Anzac Day cold, and Patriots' Day fell on the 19th.", fri,
		[]want{{"1999", "DATE 1999"}, {"Australia Day", "DATE 1999-01-26"}, {"Waitangi Day", "DATE 1999-02-06"}, {"Anzac Day", "DATE 1999-04-25"}, {"Patriots' Day", "DATE 1999-04-19"}, {"the 19th", "DATE 1999-04-19"}})
	check(t, "It was worse than the Armistice Day blizzard of 1940.", fri,
		[]want{{"Armistice Day", "DATE 1940-11-11"}, {"1940", "DATE 1940"}})
	// a weekday counted from a feast; the feast is tagged on its own
	check(t, "The works opened in 1951, on the Tuesday after Whitsun. The last fortnight was strange.", fri,
		[]want{{"1951", "DATE 1951"}, {"the Tuesday", "DATE 1951-05-15"}, {"Whitsun", "DATE 1951-05-13"}, {"The last fortnight", "DURATION P2W"}})
	check(t, "In 1248 the first stone was laid on the feast of the Assumption. Assumption is no date.", fri,
		[]want{{"1248", "DATE 1248"}, {"the feast of the Assumption", "DATE 1248-08-15"}})
	// a holiday that is a weekday, with its date, is one date; a feast's
	// date in apposition is one of its own
	check(t, "On Good Friday, 2nd April 1915, we marched; on the feast of Saint Lawrence, 10 August 1915, we rested.", fri,
		[]want{{"Good Friday, 2nd April 1915", "DATE 1915-04-02"}, {"the feast of Saint Lawrence", "DATE 1915-08-10"}, {"10 August 1915", "DATE 1915-08-10"}})
	// a story goes on into the next year from a month told
	check(t, "The Halsewell left the Thames in November 1785 and waited in the Downs. She sailed on New Year's Day, and on 3 January the gale rose.", fri,
		[]want{{"November 1785", "DATE 1785-11"}, {"New Year's Day", "DATE 1786-01-01"}, {"3 January", "DATE 1786-01-03"}})
	// a saint's name alone is his feast after "the feast of", "the eve of"
	check(t, "The battle was fought in 1218 on the feast of Saint Bartholomew. The rector changed on the feast of Saints Philip and James and on the eve of St. Luke. The Saint Lawrence River froze; Saint Lawrence was a deacon.", fri,
		[]want{{"1218", "DATE 1218"}, {"the feast of Saint Bartholomew", "DATE 1218-08-24"}, {"the feast of Saints Philip and James", "DATE 1219-05-01"}, {"the eve of St. Luke", "DATE 1219-10-17"}})
	// Advent Sunday, the eve of a feast; a feast before "I" is no name
	check(t, "The king landed in 1106. On the eve of Michaelmas he met his brother, and on the eve of the battle he prayed. On Advent Sunday he fasted, and on New Year's Eve I was there.", fri,
		[]want{{"1106", "DATE 1106"}, {"the eve of Michaelmas", "DATE 1106-09-28"}, {"Advent Sunday", "DATE 1106-12-02"}, {"New Year's Eve", "DATE 1106-12-31"}})
	// All Saints after "the feast of" (else a church); Whit Monday, the
	// Transfiguration, a bank holiday
	check(t, "The abbey was founded in 1120 and consecrated on the feast of All Saints. All Saints church stands. On Whit Monday and on the Feast of the Transfiguration they fasted.", fri,
		[]want{{"1120", "DATE 1120"}, {"the feast of All Saints", "DATE 1120-11-01"}, {"Whit Monday", "DATE 1121-05-30"}, {"the Feast of the Transfiguration", "DATE 1121-08-06"}})
	check(t, "The kiosk opened in May 1984. On the August bank holiday we sold out, and on April Fools' Day I quit.", fri,
		[]want{{"May 1984", "DATE 1984-05"}, {"August bank holiday", "DATE 1984-08-27"}, {"April Fools' Day", "DATE 1985-04-01"}})
}

func TestNotTime(t *testing.T) {
	for _, text := range []string{
		"He was forbidden to attend the Sunday school, and missed the Sunday papers.",
		"Her old Saturday girl came by; he had a Saturday job at the mill, and trains ran to a Sunday timetable.",
		"You may go now if you like it.",
		"They joined the March on Washington.",
		"He reads the Sunday Times.",
		"Sun, a maker of workstations, said that Sun's profit rose.",
		"The army sent 2000 troops.",
		"It cost $1990 and 1,999 people came.",
		"Theresa May spoke.",
		"He told USA Today and VOA Today about it.",
		"The 44-year-old man.",
		"Forms for the Year 3 trip are due; she has taught every year group.",
		"It will be a second betrayal. A second group of directors voted for a second time.",
		"Sales rose in the second half of the game.",
		"We went to Midnight Mass under the midnight sun.",
		"Novelists are returning to that period of their history.",
		"What a day. The Christmas lights went up beside the Easter bonnet parade.",
		"Theresa May and June Smith met.",
		"The days are drawing in, and the days were getting shorter.",
		"Membership went from ninety to nine hundred almost overnight.",
	} {
		for _, e := range Tag(text, fri) {
			if e.Value != "PRESENT_REF" {
				t.Errorf("%q: unexpected %q = %s", text, e.Text, norm(e))
			}
		}
	}
}

// TestHolidayWeeks: "Easter week" is the ISO week of Easter; one that began
// by the DCT (Monday 17 April 2000, Easter on the 23rd) is this year's.
func TestHolidayWeeks(t *testing.T) {
	mon := time.Date(2000, 4, 17, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text  string
		wants []want
	}{
		{"Protesters prayed as Easter week began.", []want{{"Easter week", "DATE 2000-W16"}}},
		{"They met during Christmas week.", []want{{"Christmas week", "DATE 1999-W51"}}},
		{"Sales rose at Easter.", []want{{"Easter", "DATE 1999-04-04"}}},
	} {
		check(t, tc.text, mon, tc.wants)
	}
}

func TestWeekdaysAndDays(t *testing.T) {
	checkDated(t, []dated{
		{"He said Friday that it rained.", fri, []want{{"Friday", "DATE 2013-03-22"}}},
		{"They said Monday that it rained.", fri, []want{{"Monday", "DATE 2013-03-18"}}},
		{"They will meet Monday.", fri, []want{{"Monday", "DATE 2013-03-25"}}},
		{"It appeared in a district court on Sunday.", sun, []want{{"Sunday", "DATE 2024-03-24"}}},
		{"Friday's vote was close.", fri, []want{{"Friday", "DATE 2013-03-22"}}},
		{"yesterday, tonight and this morning", fri, []want{{"yesterday", "DATE 2013-03-21"}, {"tonight", "TIME 2013-03-22TNI"}, {"this morning", "TIME 2013-03-22TMO"}}},
		{"It happened Monday morning.", fri, []want{{"Monday morning", "TIME 2013-03-18TMO"}}},
		{"At mid-afternoon yesterday shares rose; by mid afternoon they fell. Late afternoon Tuesday it ended. Early morning shows run.", fri,
			[]want{{"mid-afternoon yesterday", "TIME 2013-03-21TAF MID"}, {"mid afternoon", "TIME 2013-03-22TAF MID"}, {"Late afternoon Tuesday", "TIME 2013-03-19TAF END"}}},
		{"It ended at 3:52 PM CDT.", fri, []want{{"3:52 PM CDT", "TIME 2013-03-22T15:52"}}},
		{"They met at noon and left at 10:35 a.m. Tuesday.", fri, []want{{"noon", "TIME 2013-03-22T12:00"}, {"10:35 a.m. Tuesday", "TIME 2013-03-19T10:35"}}},
		// British "Tuesday week": a week after the coming Tuesday
		{"The street party is on Tuesday week, with trestle tables.", fri, []want{{"Tuesday week", "DATE 2013-04-02"}}},
	})
}

// TestTense: a weekday takes the tense of the verb governing it, on
// Friday 22 March 2013: last Monday is the 18th, next Monday the 25th.
func TestTense(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Protesters planned a march on Monday and were planning more.", "2013-03-25"}, // the verb before, not the one after "and"
		{"On Monday, the league plans to hold a news conference.", "2013-03-25"},       // an opening adverbial takes the verb after it
		{"On Monday, the league held a news conference.", "2013-03-18"},
		{"On Monday, the government planned to pay the claims.", "2013-03-18"},     // the planning was on Monday
		{"On Monday, the government is expected to pay the claims.", "2013-03-25"}, //
		{"They did not plan to remove him on Monday morning.", "2013-03-25"},       // "plan"
		{"Officials postponed until Monday any action on the case.", "2013-03-25"}, // a delay moves forward
		{"Officials considered moving the final to Monday.", "2013-03-25"},
		{"Lenders have extended the company $90 million in loans through Monday.", "2013-03-25"},
		{"The storm was on track to make landfall on Monday, forecasters said.", "2013-03-25"}, // a course that still holds
		{"The storm was forecast to hit the coast on Monday.", "2013-03-25"},                   // "hit" after "to" is no past
		{"Ambulance services have cancelled leave until Monday.", "2013-03-25"},
		{"Most will have had a booster by Monday.", "2013-03-25"},                                              // the future perfect                                // a present perfect until a day to come
		{"Snow caused travel problems across Scotland on Monday.", "2013-03-18"},                               // "travel" after a past verb is a noun
		{"It created an office, effective Monday.", "2013-03-25"},                                              // a change announced ahead
		{"On Monday, a clinic in Birmingham, Ala., will open.", "2013-03-25"},                                  // "Ala.," ends no sentence
		{"The bomb went off next to the embassy in Nairobi on Monday.", "2013-03-18"},                          // "next to" is a place
		{"Arafat and Netanyahu meet separately Monday with Albright.", "2013-03-25"},                           // a scheduled present
		{"The offer had been due to expire Monday evening.", "2013-03-18"},                                     // past of a future
		{"A service planned at the university for Monday was canceled.", "2013-03-18"},                         // the verb right after
		{"Forecasters have forecast showers for Monday.", "2013-03-25"},                                        // a forecast looks ahead
		{"Economists had forecast 149,000, and revised its figures for Monday higher.", "2013-03-18"},          // in its own clause only
		{"Colonel Collins will be named commander of a mission on Monday.", "2013-03-25"},                      // "be named" is no past
		{"The government staged celebrations to mark the entry on Monday.", "2013-03-18"},                      // "to mark" is weaker than "staged"
		{"The protest marked a return to the rallies of Monday.", "2013-03-18"},                                // "a return" is a noun
		{"It was agreed on Monday.", "2013-03-18"},                                                             // "agreed" is a past
		{"Shares will be paid on a still unspecified date on Monday.", "2013-03-25"},                           // "unspecified" is an adjective
		{"The stock fell, rising to a high of $42.875 a share on Monday from $29.75 on Monday.", "2013-03-18"}, // numbers do not count in the distance
		{"The sale, which had been expected, is part of a program to pay the loan by Monday.", "2013-03-25"},   // "to pay" before the relative clause's verb
	} {
		got := Tag(tc.text, fri)
		var v string
		for _, e := range got {
			if strings.HasPrefix(e.Text, "Monday") {
				v = e.Value
			}
		}
		if !strings.HasPrefix(v, tc.want) {
			t.Errorf("%q: Monday = %q, want %s", tc.text, v, tc.want)
		}
	}
}

// TestReports: an earnings report is about the first recent quarter it
// names; its comparisons and "the year" follow from that (DCT 2 Nov 1989).
func TestReports(t *testing.T) {
	dct := time.Date(1989, 11, 2, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text  string
		wants []want
	}{
		{"For the quarter ended July 31, net rose from a year earlier; for the quarter ending Jan. 31, 1990, it may fall.",
			[]want{{"the quarter", "DATE 1989-Q2"}, {"July 31", "DATE 1989-07-31"}, {"a year earlier", "DATE 1988-Q2"}, {"the quarter", "DATE 1989-Q4"}, {"Jan. 31, 1990", "DATE 1990-01-31"}}},
		{"Net for the nine months rose from the year-earlier nine months and the year-ago 6 months; year-earlier sales fell.",
			[]want{{"the nine months", "DURATION P9M"}, {"the year-earlier nine months", "DURATION P9M"}, {"the year-ago 6 months", "DURATION P6M"}, {"year-earlier", "DATE 1988"}}},
		{"Third-quarter net rose, after a flat second quarter. In the 1989 period, costs fell from a year ago.",
			[]want{{"Third-quarter", "DATE 1989-Q3"}, {"second quarter", "DATE 1989-Q2"}, {"the 1989 period", "DATE 1989-Q3"}, {"a year ago", "DATE 1988-Q3"}}},
		{"It stopped paying in the third quarter of 1984. Third-quarter net rose from a year ago.",
			[]want{{"the third quarter of 1984", "DATE 1984-Q3"}, {"Third-quarter", "DATE 1989-Q3"}, {"a year ago", "DATE 1988-Q3"}}},
		{"It expects a fourth-quarter charge. Net fell in the latest quarter. This quarter's loss includes charges.",
			[]want{{"fourth-quarter", "DATE 1989-Q4"}, {"the latest quarter", "DATE 1989-Q3"}, {"This quarter", "DATE 1989-Q3"}}},
		{"Sales fell in the first nine months of the year. For the year, volume was flat.",
			[]want{{"the first nine months", "DURATION P9M"}, {"the year", "DATE 1989"}, {"the year", "DATE 1989"}}},
		{"Profit should rise throughout the fiscal year, lowering earnings for the fiscal year. In 1990 it rose; the year before, it fell.",
			[]want{{"the fiscal year", "DURATION P1Y"}, {"the fiscal year", "DATE 1989"}, {"1990", "DATE 1990"}, {"the year before", "DATE 1989"}}},
		{"Stocks fell Wednesday. For the week, the index dropped. It was the week's busiest session. By year's end it rose.",
			[]want{{"Wednesday", "DATE 1989-11-01"}, {"the week", "DATE 1989-W44"}, {"the week", "DATE 1989-W44"}, {"year's end", "DATE 1989 END"}}},
		{"It earned $5 million for the year ended Sept. 30.",
			[]want{{"the year", "DURATION P1Y"}, {"Sept. 30", "DATE 1989-09-30"}}},
		{"Net fell in the third quarter from the corresponding period last year; sales for last year's quarter and the quarter a year ago were flat.",
			[]want{{"the third quarter", "DATE 1989-Q3"}, {"the corresponding period last year", "DATE 1988-Q3"}, {"last year's quarter", "DATE 1988-Q3"}, {"the quarter a year ago", "DATE 1988-Q3"}}},
		// the period of the sentence wins over the report's quarter
		{"Fourth-quarter net will fall. Third-quarter profit rose to $5 million from $4 million a year earlier. For the nine months, net was $9 million, compared with year-earlier net of $8 million and $7 million a year earlier. In 1988, it earned $6 million, up from $5 million a year earlier.",
			[]want{{"Fourth-quarter", "DATE 1989-Q4"}, {"Third-quarter", "DATE 1989-Q3"}, {"a year earlier", "DATE 1988-Q3"}, {"the nine months", "DURATION P9M"}, {"year-earlier", "DATE 1988"}, {"a year earlier", "DATE 1988"}, {"1988", "DATE 1988"}, {"a year earlier", "DATE 1987"}}},
		{"Third-quarter net rose. Sales fell 5% from a year ago, and the first-quarter charge was a year earlier than planned.",
			[]want{{"Third-quarter", "DATE 1989-Q3"}, {"a year ago", "DATE 1988-Q3"}, {"first-quarter", "DATE 1989-Q1"}, {"a year earlier", "DATE 1988-Q1"}}},
	} {
		check(t, tc.text, dct, tc.wants)
	}
}

// TestDatesFromDates: phrases counted from a date the text gives, on
// Friday 22 March 2013.
func TestDatesFromDates(t *testing.T) {
	for _, tc := range []struct {
		text  string
		wants []want
	}{
		{"He was killed last October. The site crossed him out that same day.",
			[]want{{"last October", "DATE 2012-10"}, {"that same day", "DATE 2012-10-XX"}}},
		{"He was shot last Oct. 23 and will return next March 3, and next March.",
			[]want{{"last Oct. 23", "DATE 2012-10-23"}, {"next March 3", "DATE 2014-03-03"}, {"next March", "DATE 2014-03"}}},
		{"He was last seen Nov. 3, the day before police issued a warrant; in 2010, the year after the war, and the day after the vote.",
			[]want{{"Nov. 3", "DATE 2012-11-03"}, {"the day", "DATE 2012-11-03"}, {"2010", "DATE 2010"}, {"the year", "DATE 2010"}, {"the day", "DATE XXXX-XX-XX"}}},
		{"In July, a week after the anniversary of the landmark Supreme Court decision on the case, a clinic bombing in Birmingham, Ala., killed a guard.",
			[]want{{"July", "DATE 2012-07"}, {"a week", "DURATION P1W"}}},
		// a feast after a season is after its end
		{"I saved through the spring of 1975. It took me until the following Easter.",
			[]want{{"the spring of 1975", "DATE 1975-SP"}, {"the following Easter", "DATE 1976-04-18"}}},
		// a day after a period is after the last day told
		{"The board next meets on 4 September. The June quarter accounts are due out the following day.",
			[]want{{"4 September", "DATE 2013-09-04"}, {"The June quarter", "DATE 2013-Q2"}, {"the following day", "DATE 2013-09-05"}}},
		{"He landed Monday and flew to Nairobi later in the day before returning home.",
			[]want{{"Monday", "DATE 2013-03-18"}, {"the day", "DATE 2013-03-18"}}},
		{"Shares fell Monday. Dealers bought in the morning of the session, in the morning.",
			[]want{{"Monday", "DATE 2013-03-18"}, {"the morning", "TIME 2013-03-18TMO"}}},
		{"The rights will terminate on Nov. 30. Until then, the stock converts; then it stops.",
			[]want{{"Nov. 30", "DATE 2013-11-30"}, {"then", "DATE 2013-11-30"}}},
		{"The day before last Tuesday's hearing, he went to his brother's home. Neither side would say what happened, but he was upset and was taken to a hospital. He was soon released and appeared in court the next morning.",
			[]want{{"The day before last Tuesday", "DATE 2013-03-18"}, {"the next morning", "TIME 2013-03-19TMO"}}},
		{"It fell last March 30 and last March 3.", []want{{"last March 30", "DATE 2012-03-30"}, {"last March 3", "DATE 2013-03-03"}}},
		{"The day before last Tuesday's hearing, he went home.", []want{{"The day before last Tuesday", "DATE 2013-03-18"}}},
		{"The night after Christmas it snowed.", []want{{"The night after Christmas", "TIME 2012-12-26TNI"}}},
		{"The day after the attack, they met.", []want{{"The day", "DATE XXXX-XX-XX"}}},
		{"He was killed last October. The next day, police came; the previous Friday, it rained.",
			[]want{{"last October", "DATE 2012-10"}, {"The next day", "DATE 2012-10-XX"}, {"the previous Friday", "DATE XXXX-WXX-5"}}},
		// no tense: news tells of months up to seven and a half back, four and a half ahead
		{"Prices in July; sales in August; rates in September.", []want{{"July", "DATE 2013-07"}, {"August", "DATE 2012-08"}, {"September", "DATE 2012-09"}}},
		{"Prices in October; sales in November.", []want{{"October", "DATE 2012-10"}, {"November", "DATE 2012-11"}}},
	} {
		check(t, tc.text, fri, tc.wants)
	}
}

func TestVague(t *testing.T) {
	for _, tc := range []struct {
		text  string
		wants []want
	}{
		{"Then, a week or so ago, he left.", []want{{"a week or so ago", "DATE 2013-W11 APPROX"}}},
		{"Islam will one day be the second religion. One day passed.", []want{{"one day", "DATE FUTURE_REF"}, {"One day", "DURATION P1D"}}},
		{"The then-current rate and the then current price; then he left.", []want{{"then-current", "DATE PAST_REF"}, {"then current", "DATE PAST_REF"}}},
		{"Prices rose in recent years, fell in past years, and over the past years and months; in recent weeks they fell.", []want{{"recent years", "DATE PAST_REF"}, {"past years", "DATE PAST_REF"}, {"the past years", "DURATION PXY"}, {"recent weeks", "DURATION PXW"}}},
		{"It grew in recent decades and will grow for years.", []want{{"recent decades", "DATE PAST_REF"}, {"years", "DURATION PXY"}}},
		{"The rite puzzled observers for centuries.", []want{{"centuries", "DURATION PXC"}}},
		{"He survived several nights in the open.", []want{{"several nights", "DURATION PXD"}}},
	} {
		check(t, tc.text, fri, tc.wants)
	}
}

func TestRelative(t *testing.T) {
	for _, tc := range []struct {
		text  string
		wants []want
	}{
		{"last week", []want{{"last week", "DATE 2013-W11"}}},
		{"next month", []want{{"next month", "DATE 2013-04"}}},
		{"two years ago", []want{{"two years ago", "DATE 2011"}}},
		{"a year and a half ago", []want{{"a year and a half ago", "DATE 2011"}}},
		{"On this day in 1989, shortly before 7pm, the border opened.", []want{{"this day in 1989", "DATE 1989-03-22"}, {"7pm", "TIME 1989-03-22T19:00"}}},
		{"earlier this year", []want{{"earlier this year", "DATE 2013"}}},
		{"last year", []want{{"last year", "DATE 2012"}}},
		{"this weekend", []want{{"this weekend", "DATE 2013-W12-WE"}}},
		{"On June 3, 2010, it began. The previous day, it rained. Three days later, it stopped.",
			[]want{{"June 3, 2010", "DATE 2010-06-03"}, {"The previous day", "DATE 2010-06-02"}, {"Three days", "DURATION P3D"}}},
		{"A year earlier, it rained.", []want{{"A year earlier", "DATE 2012"}}},
		{"last May", []want{{"last May", "DATE 2012-05"}}},
		// Past year 0 or beyond 9999 a year has no TIMEX3 form: unknown.
		{"10000 years ago", []want{{"10000 years ago", "DATE BC7988"}}},
		{"100000 years ago", []want{{"100000 years ago", "DATE XXXX"}}},
		{"1000000 days ago", []want{{"1000000 days ago", "DATE BC0726-04-25"}}},
		{"10000000 days ago", []want{{"10000000 days ago", "DATE XXXX-XX-XX"}}},
	} {
		check(t, tc.text, fri, tc.wants)
	}
}

func TestDurationsAndSets(t *testing.T) {
	for _, tc := range []struct {
		text  string
		wants []want
	}{
		{"Storm Hits Florida Today, he read; Today the bill died.", []want{{"Today", "DATE 2013-03-22"}, {"Today", "DATE 2013-03-22"}}},
		{"The stock would be redeemed in five years; it rose in two weeks; he will return in a few days.", []want{{"five years", "DATE 2018"}, {"two weeks", "DURATION P2W"}, {"a few days", "DATE FUTURE_REF"}}},
		{"It will post its first profit in five years and the highest sales in a decade.", []want{{"five years", "DURATION P5Y"}, {"a decade", "DURATION P10Y"}}},
		{"Wait a second. It ended a second later, in a second or two.", []want{{"a second", "DURATION PT1S"}, {"a second", "DURATION PT1S"}, {"a second", "DURATION PT1S"}}},
		{"for a month", []want{{"a month", "DURATION P1M"}}},
		{"We tell the story every Christmas.", []want{{"every Christmas", "SET XXXX-12-25"}}},
		{"It took another hour; they waited another six years.", []want{{"another hour", "DURATION PT1H"}, {"another six years", "DURATION P6Y"}}},
		{"The commute averaged 23.4 minutes; the clock lost 5.1 seconds in 81 days; 3,500 families were homeless a quarter century later.", []want{{"23.4 minutes", "DURATION PT23.4M"}, {"5.1 seconds", "DURATION PT5.1S"}, {"81 days", "DURATION P81D"}, {"a quarter century", "DURATION P25Y"}}},
		{"He was worn out by years of dispute; the deal follows months of talks.", []want{{"years", "DURATION PXY"}, {"months", "DURATION PXM"}}},
		{"Iraq imports about three-quarters of its food, in the early hours of the day.", nil},
		{"The jury deliberated for about 14 hours over three days.", []want{{"14 hours", "DURATION PT14H APPROX"}, {"three days", "DURATION P3D"}}},
		{"Prices were lower as recently as 2011.", []want{{"2011", "DATE 2011"}}},
		{"the past decade", []want{{"the past decade", "DURATION P10Y"}}},
		{"the past two months", []want{{"the past two months", "DURATION P2M"}}},
		// a stretch after "for", "within" or "over", "in the past", and any "next hour"
		{"He has been in Bethesda for the past week and could decide within the next year; talks go on over the next month.",
			[]want{{"the past week", "DURATION P1W"}, {"the next year", "DURATION P1Y"}, {"the next month", "DURATION P1M"}}},
		{"She slept for the last hour. He will speak in the next hour. Budgets for the coming year rose; sales rose over the past year.",
			[]want{{"the last hour", "DURATION PT1H"}, {"the next hour", "DURATION PT1H"}, {"the coming year", "DATE 2014"}, {"the past year", "DURATION P1Y"}}},
		{"Burglaries fell 18% in the past year. He was consul in 182 BC and spent the following year in Spain.",
			[]want{{"the past year", "DURATION P1Y"}, {"182 BC", "DATE BC0182"}, {"the following year", "DATE BC0181"}}},
		{"5 1/2 hours", []want{{"5 1/2 hours", "DURATION PT5H30M"}}},
		{"two and a half years", []want{{"two and a half years", "DURATION P2Y6M"}}},
		{"a minute and a half", []want{{"a minute and a half", "DURATION PT1M30S"}}},
		{"a fortnight", []want{{"a fortnight", "DURATION P2W"}}},
		{"eight trading days", []want{{"eight trading days", "DURATION P8D"}}},
		{"a ten-year plan", []want{{"ten-year", "DURATION P10Y"}}},
		{"a few days", []want{{"a few days", "DURATION PXD"}}},
		{"about three years", []want{{"three years", "DURATION P3Y APPROX"}}},
		{"nearly three years", []want{{"nearly three years", "DURATION P3Y APPROX"}}},
		{"more than a decade", []want{{"more than a decade", "DURATION P10Y MORE_THAN"}}},
		{"every Monday", []want{{"every Monday", "SET XXXX-WXX-1"}}},
		{"therapy every Tuesday and Thursday", []want{{"every Tuesday", "SET XXXX-WXX-2"}, {"Thursday", "SET XXXX-WXX-4"}}},
		{"each winter", []want{{"each winter", "SET XXXX-WI"}}},
		{"annually", []want{{"annually", "SET P1Y"}}},
		{"It rained all day, buses ran a reduced timetable all week, and it had been wet all year. He walked all day long.", []want{{"all day", "DURATION P1D"}, {"all week", "DURATION P1W"}, {"all year", "DURATION P1Y"}}},
		{"Figures are published quarterly; rates are payable quarterly and it tests its links quarterly, she said.", []want{{"quarterly", "SET P3M"}, {"quarterly", "SET P3M"}, {"quarterly", "SET P3M"}}},
		{"It raised its quarterly dividend and declared its initial quarterly, payable April 2.", []want{{"April 2", "DATE 2013-04-02"}}},
		{"twice a week", []want{{"twice a week", "SET P1W"}}},
		{"For the first fortnight tolls are free; in the final hour they scored; in the first year of the war it rained.", []want{{"the first fortnight", "DURATION P2W"}, {"the final hour", "DURATION PT1H"}}},
		{"It took half a second, then 0.5 sec.", []want{{"half a second", "DURATION PT0.5S"}, {"0.5 sec", "DURATION PT0.5S"}}},
		{"Strandings occur every few years.", []want{{"every few years", "SET PXY"}}},
		{"She came every second day and every third month.", []want{{"every second day", "SET P2D"}, {"every third month", "SET P3M"}}},
		{"He has every second weekend off, every other weekend free, and sees her every third Sunday.", []want{{"every second weekend", "SET XXXX-WXX-WE"}, {"every other weekend", "SET XXXX-WXX-WE"}, {"every third Sunday", "SET XXXX-WXX-7"}}},
		{"Trains run on weekdays, and the bus comes every weekday.", []want{{"weekdays", "SET XXXX-WXX-WD"}, {"every weekday", "SET XXXX-WXX-WD"}}},
		{"Every half hour you wound the clock; the ferry goes every half-hour.", []want{{"Every half hour", "SET PT30M"}, {"every half-hour", "SET PT30M"}}},
		{"Prices rose 2 percent from the same month last year.", []want{{"the same month last year", "DATE 2012-03"}}},
		{"Trading was up on the same day a year ago.", []want{{"the same day a year ago", "DATE 2012-03-22"}}},
		{"I stayed forty-odd years; it closed thirty-odd years ago.", []want{{"forty-odd years", "DURATION P40Y APPROX"}, {"thirty-odd years ago", "DATE 198"}}},
		{"His feast day is 11 February. A service is held in Dover every year on 6 March.", []want{{"11 February", "DATE XXXX-02-11"}, {"every year on 6 March", "SET XXXX-03-06"}}},
		{"She had five children over the following decade. Offers go out on 1 March next year.", []want{{"the following decade", "DURATION P10Y"}, {"1 March next year", "DATE 2014-03-01"}}},
		{"Rain is expected until Sunday midday.", []want{{"Sunday midday", "TIME 2013-03-24T12:00"}}},
		{"The last weekend of July is the busiest; the first weekend of August is quiet.", []want{{"The last weekend of July", "DATE 2013-W30-WE"}, {"the first weekend of August", "DATE 2013-W31-WE"}}},
		{"He resigned last week Thursday and leaves next week Monday; last week, Friday was hot.", []want{{"last week Thursday", "DATE 2013-03-14"}, {"next week Monday", "DATE 2013-03-25"}, {"last week", "DATE 2013-W11"}, {"Friday", "DATE 2013-03-22"}}},
		{"It lasted six weeks and two days, then three weeks and five hours.", []want{{"six weeks and two days", "DURATION P44D"}, {"three weeks and five hours", "DURATION P21DT5H"}}},
		{"Timeline\n\n- 15 July 1975, 12:20 – Soyuz 19 lifted off.\n- 17 July 1975, 16:09 – The craft docked.", []want{{"15 July 1975, 12:20", "TIME 1975-07-15T12:20"}, {"17 July 1975, 16:09", "TIME 1975-07-17T16:09"}}},
		{"Wednesday, 06:00 - Investigators arrived.", []want{{"Wednesday, 06:00", "TIME 2013-03-20T06:00"}}},
		{"Issued: 22/03/2013 11:40\nMonday, 9.45pm: A second leak is found.\n- Tuesday, 1.10am: Police evacuate.", []want{{"22/03/2013 11:40", "TIME 2013-03-22T11:40"}, {"Monday, 9.45pm", "TIME 2013-03-18T21:45"}, {"Tuesday, 1.10am", "TIME 2013-03-19T01:10"}}},
		{"The voyage took a hundred and sixteen days; one hundred and three days out; three hundred and fifty years.", []want{{"a hundred and sixteen days", "DURATION P116D"}, {"one hundred and three days", "DURATION P103D"}, {"three hundred and fifty years", "DURATION P350Y"}}},
		{"refilled twice daily, a twice-yearly sale, two or three times a week; four hours daily", []want{{"twice daily", "SET P1D"}, {"twice-yearly", "SET P1Y"}, {"two or three times a week", "SET P1W"}, {"four hours", "DURATION PT4H"}, {"daily", "SET P1D"}}},
		{"swam in the mornings and toured most summers", []want{{"the mornings", "SET XXXX-XX-XXTMO"}, {"most summers", "SET XXXX-SU"}}},
		{"Hollis means to winter here. By the winter it snowed; it was close to winter.", []want{{"the winter", "DATE 2012-WI"}, {"close to winter", "DATE 2012-WI APPROX"}}},
		{"Thieves strike on weekends and weekdays; two weekends ago they stopped.", []want{{"weekends", "SET XXXX-WXX-WE"}, {"weekdays", "SET XXXX-WXX-WD"}, {"two weekends ago", "DATE 2013-W10-WE"}}},
		{"He drove 60 miles an hour and was paid twenty-five cents an hour. This time last year it boomed, as in the early nineties.", []want{{"an hour", "SET PT1H"}, {"This time last year", "DATE 2012-03-22"}, {"the early nineties", "DATE 199 START"}}},
		{"The depot ships 1,100 orders an hour and runs four trains an hour; the chip runs 15 million instructions per second.", []want{{"an hour", "SET PT1H"}, {"an hour", "SET PT1H"}}},
		{"In July 1964 we went to the sea. That was the year we stayed six weeks. Next: the year I taught in a trailer.", []want{{"July 1964", "DATE 1964-07"}, {"the year", "DATE 1964"}, {"six weeks", "DURATION P6W"}}},
		{"the nights are worse than the days; at most two hours", []want{{"at most two hours", "DURATION PT2H EQUAL_OR_LESS"}}},
	} {
		check(t, tc.text, fri, tc.wants)
	}
}

func TestModifiersAndVague(t *testing.T) {
	for _, tc := range []struct {
		text  string
		wants []want
	}{
		{"It snowed in early December.", []want{{"early December", "DATE 2012-12 START"}}},
		{"mid-2012", []want{{"mid-2012", "DATE 2012 MID"}}},
		{"the end of the year", []want{{"the end of the year", "DATE 2013 END"}}},
		{"the late 1970s", []want{{"the late 1970s", "DATE 197 END"}}},
		{"It is over now.", []want{{"now", "DATE PRESENT_REF"}}},
		{"He recently left.", []want{{"recently", "DATE PAST_REF"}}},
		{"in the future", []want{{"the future", "DATE FUTURE_REF"}}},
	} {
		check(t, tc.text, fri, tc.wants)
	}
}

func TestRanges(t *testing.T) {
	for _, tc := range []struct {
		text, span, value string
	}{
		{"ISIS-K surfaced in 2014 and 2015 in Afghanistan.", "2014 and 2015", "2014/2015"},
		{"It ran from 2009 to 2010.", "from 2009 to 2010", "2009/2010"},
		{"It ran 2009-2010.", "2009-2010", "2009/2010"},
		{"In the 2013-14 season.", "2013-14", "2013/2014"},
		{"Before the 2021–22 season.", "2021–22", "2021/2022"},
		{"The accounts for 1999–00 were late.", "1999–00", "1999/2000"},
		{"The budget for the 2021/22 financial year.", "2021/22", "2021/2022"},
		{"It rained between March and May.", "between March and May", "2013-03/2013-05"},
		{"The Fed meets March 19-20.", "March 19-20", "2024-03-19/2024-03-20"},
		// the end of a range takes the year of its start
		{"In 2010 the city recorded 3,000 cases between August and December.", "between August and December", "2010-08/2010-12"},
		{"The works ran from November 1988 to February.", "from November 1988 to February", "1988-11/1989-02"},
	} {
		exprs := Tag(tc.text, sun)
		rs := Ranges(tc.text, exprs)
		if len(rs) != 1 || rs[0].Text != tc.span || (rs[0].Value != tc.value && !strings.HasPrefix(tc.value, "2013-")) {
			t.Errorf("%q: ranges %+v, want %q %q", tc.text, rs, tc.span, tc.value)
		}
	}
}

func TestEventAnchors(t *testing.T) {
	for _, tc := range []struct {
		text, expr, rel, off string
	}{
		{"A bombing took place the day before the concert hall attack.", "the day", "before", "-P1D"},
		{"He was arrested two days after the bombing.", "two days", "after", "P2D"},
		{"They voted a week before the election.", "a week", "before", "-P1W"},
		{"On June 3, 2010, it began. Three days later, it stopped.", "Three days", "after", "P3D"},
	} {
		var found bool
		for _, e := range Tag(tc.text, sun) {
			if e.Text == tc.expr {
				found = true
				if e.Relation != tc.rel || e.Offset != tc.off {
					t.Errorf("%q: %q relation %q offset %q, want %q %q", tc.text, e.Text, e.Relation, e.Offset, tc.rel, tc.off)
				}
			}
		}
		if !found {
			t.Errorf("%q: no expression %q", tc.text, tc.expr)
		}
	}
}

func TestAnchors(t *testing.T) {
	text := "On June 3, 2010, it began. The next day it rained. He said Friday it ended."
	got := Tag(text, fri)
	if len(got) != 3 {
		t.Fatalf("got %d expressions, want 3: %+v", len(got), got)
	}
	if got[0].Anchor != "" || got[1].Anchor != AnchorExpr || got[1].AnchorExpr != 0 || got[2].Anchor != AnchorDCT {
		t.Errorf("anchors %q/%d %q/%d %q/%d", got[0].Anchor, got[0].AnchorExpr, got[1].Anchor, got[1].AnchorExpr, got[2].Anchor, got[2].AnchorExpr)
	}
	for _, e := range got {
		if e.Derivation == "" {
			t.Errorf("%q has no derivation", e.Text)
		}
	}
	if d := Tag("It happened on Sunday.", sun)[0].Derivation; !strings.Contains(d, "2024-03-24") {
		t.Errorf("derivation %q does not show the date", d)
	}
}

func TestUnknownDCT(t *testing.T) {
	check(t, "He left yesterday, on March 3, 2010, and the next day.", time.Time{},
		[]want{{"yesterday", "DATE XXXX-XX-XX"}, {"March 3, 2010", "DATE 2010-03-03"}, {"the next day", "DATE 2010-03-04"}})
}

func TestNarrative(t *testing.T) {
	check(t, "On Friday, June 1, 1990, the war began. On Monday they crossed the river. In July they won. Two years later, peace.", time.Time{},
		[]want{{"Friday, June 1, 1990", "DATE 1990-06-01"}, {"Monday", "DATE 1990-06-04"}, {"July", "DATE 1990-07"}, {"Two years", "DURATION P2Y"}})
}

// TestNarrativeAnchors: without a DCT, partial dates take the month or
// year the text last gave, and weeks convert to their months.
func TestNarrativeAnchors(t *testing.T) {
	check(t, "On June 3, 1990, they left. The following week, they arrived. That summer he died. By March 1991, trade resumed. On the 15th, a treaty. In December, snow; on Christmas Eve, bells.", time.Time{},
		[]want{{"June 3, 1990", "DATE 1990-06-03"}, {"The following week", "DATE 1990-W23"}, {"That summer", "DATE 1990-SU"},
			{"March 1991", "DATE 1991-03"}, {"the 15th", "DATE 1991-03-15"}, {"December", "DATE 1991-12"}, {"Christmas Eve", "DATE 1991-12-24"}})
	check(t, "On Friday, March 8, 1991, the strike began. That night, police came. Early the next morning, they left. By the end of the month, it was over. In mid-1992 he returned. The week before, they met.", time.Time{},
		[]want{{"Friday, March 8, 1991", "DATE 1991-03-08"}, {"That night", "TIME 1991-03-08TNI"}, {"Early the next morning", "TIME 1991-03-09TMO START"},
			{"the end of the month", "DATE 1991-03 END"}, {"mid-1992", "DATE 1992 MID"}, {"The week before", "DATE 1992-WXX"}})
	check(t, "On June 3, 1887, it began. That night the wind rose. By noon it had passed. Sails were set. Men slept. The next morning was calm.", time.Time{},
		[]want{{"June 3, 1887", "DATE 1887-06-03"}, {"That night", "TIME 1887-06-03TNI"}, {"noon", "TIME 1887-06-03T12:00"}, {"The next morning", "TIME 1887-06-04TMO"}})
	for _, e := range Tag("On June 3, 1990, they left. The following week, they arrived. Two weeks later they won.", time.Time{}) {
		if e.Text == "Two weeks" && !strings.HasSuffix(e.Derivation, "1990-W25") {
			t.Errorf("derivation %q, want it to end in 1990-W25", e.Derivation)
		}
	}
}

// TestHistory: a text of another time than its DCT (it names years, none
// near the DCT's) dates what it tells without a year by its own last date;
// news that recalls a year keeps the DCT's.
func TestHistory(t *testing.T) {
	check(t, "The war began in 1861. In 1863, Lee invaded. On July 1 the armies met; the next day Longstreet attacked. On Friday, July 3, the charge failed, and on the 4th, Lee withdrew. On Sunday it rained. Lee surrendered in 1865 and died in 1870.", fri,
		[]want{{"1861", "DATE 1861"}, {"1863", "DATE 1863"}, {"July 1", "DATE 1863-07-01"}, {"the next day", "DATE 1863-07-02"},
			{"Friday, July 3", "DATE 1863-07-03"}, {"the 4th", "DATE 1863-07-04"}, {"Sunday", "DATE 1863-07-05"}, {"1865", "DATE 1865"}, {"1870", "DATE 1870"}})
	check(t, "The company, founded in 1987, said Sept. 29 that it would sell its stake.", time.Date(1989, 10, 30, 0, 0, 0, 0, time.UTC),
		[]want{{"1987", "DATE 1987"}, {"Sept. 29", "DATE 1989-09-29"}})
	// a sentence opened by a month of its year keeps the year; "the year" of a day just gone, told in January, is that day's
	check(t, "In October 2005 it withdrew toasters produced between June and August of that year.", time.Date(2008, 5, 30, 0, 0, 0, 0, time.UTC),
		[]want{{"October 2005", "DATE 2005-10"}, {"June", "DATE 2005-06"}, {"August of that year", "DATE 2005-08"}})
	check(t, "Super Saturday, December 19, was the busiest day of the year.", time.Date(2021, 1, 12, 0, 0, 0, 0, time.UTC),
		[]want{{"Saturday, December 19", "DATE 2020-12-19"}, {"the year", "DATE 2020"}})
	check(t, "He won in 1948, 1952 and 1956, lost in 1960 and retired in 1964. He died Friday.", fri,
		[]want{{"1948", "DATE 1948"}, {"1952", "DATE 1952"}, {"1956", "DATE 1956"}, {"1960", "DATE 1960"}, {"1964", "DATE 1964"}, {"Friday", "DATE 2013-03-22"}})
	// a history's year holds over a paragraph of sentences without dates
	check(t, "The mill was founded in 1881 and rebuilt in 1885, 1890 and 1902.\n\nThe 1912 flood destroyed it. It had four floors. It was powered by steam. The workers came from the valley.\n\nIn May the looms arrived.", fri,
		[]want{{"1881", "DATE 1881"}, {"1885", "DATE 1885"}, {"1890", "DATE 1890"}, {"1902", "DATE 1902"}, {"1912", "DATE 1912"}, {"May", "DATE 1912-05"}})
	// a text that opens on a time some years gone is a story of that time
	check(t, "Low Tide\n\nI went to Brittany in the summer of 2004 to learn French. I met Luc on the first Saturday in July. On the fourteenth of July the town went down to the port.", time.Date(2012, 2, 14, 0, 0, 0, 0, time.UTC),
		[]want{{"the summer of 2004", "DATE 2004-SU"}, {"the first Saturday in July", "DATE 2004-07-03"}, {"the fourteenth of July", "DATE 2004-07-14"}})
	check(t, "Chapter Three\n\n1936 began with snow, and my father was out of work. The pit had closed just before Christmas 1935, and in January it closed altogether. Spring came late that year.", time.Date(1994, 9, 15, 0, 0, 0, 0, time.UTC),
		[]want{{"1936", "DATE 1936"}, {"Christmas 1935", "DATE 1935-12-25"}, {"January", "DATE 1936-01"}, {"Spring", "DATE 1936-SP"}, {"late that year", "DATE 1936 END"}})
	// but not one whose opening tells of its own day too
	check(t, "My grandparents were married on Saturday 7 June 1958, sixty years ago today. When I sat down with her last Sunday, she told me all of it.", time.Date(2018, 6, 7, 0, 0, 0, 0, time.UTC),
		[]want{{"Saturday 7 June 1958", "DATE 1958-06-07"}, {"sixty years ago today", "DATE 1958-06-07"}, {"last Sunday", "DATE 2018-06-03"}})
	// the period a sentence has just named is the one its "previous" neighbour is before
	check(t, "NAGPUR, Oct 4: Cases climbed, with 412 recorded last week against 331 the previous week.", time.Date(2013, 10, 4, 0, 0, 0, 0, time.UTC),
		[]want{{"Oct 4", "DATE 2013-10-04"}, {"last week", "DATE 2013-W39"}, {"the previous week", "DATE 2013-W38"}})
	// an alarm raised on a night is no alarm clock: its hours are the night's
	check(t, "On the night of Wednesday 16 October 1946, fire swept through the mill. The alarm was raised at about twenty to ten.", time.Date(1996, 10, 19, 0, 0, 0, 0, time.UTC),
		[]want{{"the night of Wednesday 16 October 1946", "TIME 1946-10-16TNI"}, {"twenty to ten", "TIME 1946-10-16T21:40 APPROX"}})
	// a story of years ahead told in the past tense keeps its day, past a day its people recall
	check(t, "The alarm sounded at 03:14 on Tuesday 11 October 2140. \"Reported lost with nine crew on 18 June 2127,\" he said. The scan finished at 03:41.", time.Date(2021, 5, 27, 0, 0, 0, 0, time.UTC),
		[]want{{"03:14 on Tuesday 11 October 2140", "TIME 2140-10-11T03:14"}, {"18 June 2127", "DATE 2127-06-18"}, {"03:41", "TIME 2140-10-11T03:41"}})
	// a story of long ago keeps its month for "the 19th", past a season it looks back to
	check(t, "The letter reached her on Monday 4 February 1974. It was short. It regretted. It advised her that the inquiry would sit at ten o'clock on the morning of the 19th.\n\nOn Tuesday the 19th she put on the coat she had bought in the autumn of 1971. A man read out the forecast for the night of the 1st.", time.Date(2009, 9, 17, 0, 0, 0, 0, time.UTC),
		[]want{{"Monday 4 February 1974", "DATE 1974-02-04"}, {"ten o'clock on the morning of the 19th", "TIME 1974-02-19T10:00"}, {"Tuesday the 19th", "DATE 1974-02-19"},
			{"the autumn of 1971", "DATE 1971-FA"}, {"the night of the 1st", "TIME 1974-02-01TNI"}})
	// a time a clause was spent in moves the story on from its last day
	check(t, "The war began on 24 June 1812. On 31 December 1810 the Tsar had opened his ports. Napoleon spent the first half of 1812 assembling his army. The French entered Vilna on 28 June.", fri,
		[]want{{"24 June 1812", "DATE 1812-06-24"}, {"31 December 1810", "DATE 1810-12-31"}, {"the first half of 1812", "DATE 1812-H1"}, {"28 June", "DATE 1812-06-28"}})
}

// TestStory: one date of long ago that a clause is set at dates what
// follows it without a year, a weekday or a day; a date named in passing,
// or a change to come, does not.
func TestStory(t *testing.T) {
	may1 := time.Date(2012, 5, 1, 0, 0, 0, 0, time.UTC)
	check(t, "In 1905 Einstein published four papers. In March he explained the photoelectric effect, and in June he set out special relativity.", may1,
		[]want{{"1905", "DATE 1905"}, {"March", "DATE 1905-03"}, {"June", "DATE 1905-06"}})
	check(t, "The Titanic left Southampton on 10 April 1912. Four days later, shortly before midnight, she struck an iceberg, and by 2:20 a.m. on April 15 she had sunk.", may1,
		[]want{{"10 April 1912", "DATE 1912-04-10"}, {"Four days", "DURATION P4D"}, {"midnight", "TIME 1912-04-14T24:00"}, {"2:20 a.m. on April 15", "TIME 1912-04-15T02:20"}})
	check(t, "In 1941 the attack came without warning. On Sunday, December 7, Japanese planes struck, and on Monday the president addressed Congress.", may1,
		[]want{{"1941", "DATE 1941"}, {"Sunday, December 7", "DATE 1941-12-07"}, {"Monday", "DATE 1941-12-08"}})
	check(t, "On Christmas Eve 1914 the guns fell silent. On Christmas Day soldiers met, and by New Year's Day the fighting had resumed.", may1,
		[]want{{"Christmas Eve 1914", "DATE 1914-12-24"}, {"Christmas Day", "DATE 1914-12-25"}, {"New Year's Day", "DATE 1915-01-01"}})
	// a holiday looked back to in the past perfect is the one before
	check(t, "I came to the island on Saturday, the 18th of June 1983. He had had a girl in Galway until Easter.", may1,
		[]want{{"Saturday, the 18th of June 1983", "DATE 1983-06-18"}, {"Easter", "DATE 1983-04-03"}})
	check(t, "Two agents were charged in the Dec. 21, 1988, bombing of a jet. They were removed after Libya agreed in April to hand them over.", time.Date(1999, 6, 7, 0, 0, 0, 0, time.UTC),
		[]want{{"Dec. 21, 1988", "DATE 1988-12-21"}, {"April", "DATE 1999-04"}})
	check(t, "On the night of 14 April 1912, the ship struck an iceberg. On the morning of 15 April the Carpathia arrived.", may1,
		[]want{{"the night of 14 April 1912", "TIME 1912-04-14TNI"}, {"the morning of 15 April", "TIME 1912-04-15TMO"}})
	check(t, "Garcia, who served as mayor from 1989 to 2001, died on July 4 at age 84.", time.Date(2016, 7, 14, 0, 0, 0, 0, time.UTC),
		[]want{{"1989", "DATE 1989"}, {"2001", "DATE 2001"}, {"July 4", "DATE 2016-07-04"}})
	check(t, "In the last week of July 1914 Europe slid toward war. On the 28th Austria declared war.", may1,
		[]want{{"the last week of July 1914", "DATE 1914-W31"}, {"the 28th", "DATE 1914-07-28"}})
	check(t, "His father was a trustee until 1974. The bank also created an office of the chairman, effective Feb. 1.", time.Date(1989, 10, 30, 0, 0, 0, 0, time.UTC),
		[]want{{"1974", "DATE 1974"}, {"Feb. 1", "DATE 1990-02-01"}})
	// a part of the story's day told alone; a habit's is of no day
	check(t, "On 12 October 1853 we sighted land. In the forenoon the wind fell, and we spent the afternoon at the pumps. It was nearly seven in the morning when we anchored.", may1,
		[]want{{"12 October 1853", "DATE 1853-10-12"}, {"the forenoon", "TIME 1853-10-12TMO"}, {"the afternoon", "TIME 1853-10-12TAF"}, {"nearly seven in the morning", "TIME 1853-10-12T07:00 APPROX"}})
	// a week after a season told is the last day's
	check(t, "The fire broke out on 14 March 1984. That summer the river was low, and that week the mill stood idle.", may1,
		[]want{{"14 March 1984", "DATE 1984-03-14"}, {"That summer", "DATE 1984-SU"}, {"that week", "DATE 1984-W11"}})
	// "had" the verb is no look back
	check(t, "They told us on the 4th of November 1983. We had a mass meeting on the Sunday.", may1,
		[]want{{"the 4th of November 1983", "DATE 1983-11-04"}, {"Sunday", "DATE 1983-11-06"}})
	// a chapter told in the present of its day: a day before it told in the
	// past does not move it
	check(t, "It is Saturday the thirteenth of June, 1992. The man on the phone on Thursday said eight o'clock. At twenty past nine the van arrives.", may1,
		[]want{{"Saturday the thirteenth of June, 1992", "DATE 1992-06-13"}, {"Thursday", "DATE 1992-06-11"}, {"eight o'clock", "TIME 1992-06-13T08:00"}, {"twenty past nine", "TIME 1992-06-13T09:20"}})
	// a story telling its day ("It was the night of April 22, 1951") goes
	// on in its year though news told its own day before ("Today he is 71")
	check(t, "Fifty years ago, he was dug in on a hillside. Today he is 71.\n\nIt was the night of April 22, 1951. He had been in Korea for five months.\n\nFor three days the battalion held on. By the evening of April 24 the survivors were packed on to a single summit.", time.Date(2001, 4, 21, 0, 0, 0, 0, time.UTC),
		[]want{{"Fifty years ago", "DATE 1951"}, {"Today", "DATE 2001-04-21"}, {"the night of April 22, 1951", "TIME 1951-04-22TNI"}, {"five months", "DURATION P5M"}, {"three days", "DURATION P3D"}, {"the evening of April 24", "TIME 1951-04-24TEV"}})
	// so is one that opens on what shows its day, however near the DCT
	check(t, "The newspaper on the kitchen table says Sunday, 26 September 1993, and the clock says ten past two. Her son telephoned this morning to say he would come at four.", time.Date(1994, 6, 2, 0, 0, 0, 0, time.UTC),
		[]want{{"Sunday, 26 September 1993", "DATE 1993-09-26"}, {"ten past two", "TIME 1993-09-26T14:10"}, {"this morning", "TIME 1993-09-26TMO"}, {"four", "TIME 1993-09-26T16:00"}})
	// a weekday heading a diary's entry is the next one, whatever its first line tells
	check(t, "Monday, 14th November 1927\nUp early.\n\nWednesday\nMr Fraser in a temper.\n\nFriday\nToo tired to write last night.", may1,
		[]want{{"Monday, 14th November 1927", "DATE 1927-11-14"}, {"Wednesday", "DATE 1927-11-16"}, {"Friday", "DATE 1927-11-18"}, {"last night", "TIME 1927-11-17TNI"}})
	// a weekday in apposition to the day just written is that day
	check(t, "The last cast was on the 30th of March 1983, a Wednesday.", may1,
		[]want{{"the 30th of March 1983", "DATE 1983-03-30"}, {"a Wednesday", "DATE 1983-03-30"}})
	// a timeline's entries tell the story's days in the present
	check(t, "On 24 August 1370 the bishop opened the gates.\n\n14 September – The English arrive before the walls.\n15 September – The viscount's men declare for the prince.", time.Date(2016, 3, 12, 0, 0, 0, 0, time.UTC),
		[]want{{"24 August 1370", "DATE 1370-08-24"}, {"14 September", "DATE 1370-09-14"}, {"15 September", "DATE 1370-09-15"}})
	// a year the story moves on to, then named again, is the story's
	check(t, "When the bishop died on 1 May 418, Germanus succeeded him. In 429 a synod sent him to Britain. Prosper, writing under that year, credits the pope. The two bishops crossed in the spring.", may1,
		[]want{{"1 May 418", "DATE 0418-05-01"}, {"429", "DATE 0429"}, {"that year", "DATE 0429"}, {"the spring", "DATE 0429-SP"}})
	// a story goes on into the next year over a few sentences
	check(t, "Survivors were still being taken from rooftops on 27 December 1717, three days after the surge.\n\nAftermath\n\nThe freezing weather of the following weeks made relief difficult. In January the water turned to ice.", may1,
		[]want{{"27 December 1717", "DATE 1717-12-27"}, {"three days", "DURATION P3D"}, {"the following weeks", "DURATION PXW"}, {"January", "DATE 1718-01"}})
	// a timeline's entries headed by a part of the day are of the day heading them
	check(t, "Friday, 22 April 1977\n\n10:00 – Drilling goes on.\n21:45 – The blowout begins.\nEvening – The wind rises.\n\nSaturday, 23 April 1977\n\nEarly morning – A slick is seen.\nMorning – Crews arrive.", may1,
		[]want{{"Friday, 22 April 1977", "DATE 1977-04-22"}, {"10:00", "TIME 1977-04-22T10:00"}, {"21:45", "TIME 1977-04-22T21:45"}, {"Evening", "TIME 1977-04-22TEV"},
			{"Saturday, 23 April 1977", "DATE 1977-04-23"}, {"Early morning", "TIME 1977-04-23TMO START"}, {"Morning", "TIME 1977-04-23TMO"}})
	check(t, "The closure was announced on the 4th of November 1983. Nobody ate a thing. We had a mass meeting. We voted to fight it. We had a delegation in London. We had the bishop. We had the MP. We thought we might do it. By February it was clear we were not going to.", may1,
		[]want{{"the 4th of November 1983", "DATE 1983-11-04"}, {"February", "DATE 1984-02"}})
	// a day told again is the same day, but not one of years ago where the
	// clause is not in the past
	check(t, "Only those who retired before 6 April 2016 qualify. From 6 April, the guarantee rises.", time.Date(2019, 3, 18, 0, 0, 0, 0, time.UTC),
		[]want{{"6 April 2016", "DATE 2016-04-06"}, {"6 April", "DATE 2019-04-06"}})
	// a date in apposition to a weekday is its day, and the clause's time
	check(t, "We went in on the Monday morning, the 4th of February 1974, same as always. The letter had gone up the Friday before.", time.Date(2014, 2, 4, 0, 0, 0, 0, time.UTC),
		[]want{{"Monday morning", "TIME 1974-02-04TMO"}, {"the 4th of February 1974", "DATE 1974-02-04"}, {"Friday", "DATE 1974-02-01"}})
}

// TestOldOrdinals: a journal of the nineteenth century writes "2d" and
// "23d" for the second and the twenty-third.
func TestOldOrdinals(t *testing.T) {
	check(t, "Thursday, May 2d, 1850. Left Sacramento at 6 A.M.\n\nFriday, May 3d. Camped on the river.", time.Date(2011, 5, 1, 0, 0, 0, 0, time.UTC),
		[]want{{"Thursday, May 2d, 1850", "DATE 1850-05-02"}, {"6 A.M.", "TIME 1850-05-02T06:00"}, {"Friday, May 3d", "DATE 1850-05-03"}})
}

// TestDayRanges: the days of a range, and months told as one or another,
// take the month and year written once.
func TestDayRanges(t *testing.T) {
	check(t, "It was fought July 1-3, 1863, and on 1–3 July 1863, and from Dec. 20 through Jan. 5, 1990, and on March 5 and 6, 1990.", fri,
		[]want{{"July 1", "DATE 1863-07-01"}, {"3, 1863", "DATE 1863-07-03"}, {"1", "DATE 1863-07-01"}, {"3 July 1863", "DATE 1863-07-03"},
			{"Dec. 20", "DATE 1989-12-20"}, {"Jan. 5, 1990", "DATE 1990-01-05"}, {"March 5", "DATE 1990-03-05"}, {"6, 1990", "DATE 1990-03-06"}})
	// a timeline's line headed by a range of days ("May 12–14:"), not a clock ("May 19 – 14:30")
	check(t, "Key dates\n• May 12–14: Natarajan presents the study.\n• May 19 – 14:30 doors open.", fri,
		[]want{{"May 12", "DATE 2013-05-12"}, {"14", "DATE 2013-05-14"}, {"May 19", "DATE 2013-05-19"}, {"14:30", "TIME 2013-05-19T14:30"}})
	check(t, "The Commune held the city from 18 March until its suppression in late May 1871.", fri,
		[]want{{"18 March", "DATE 1871-03-18"}, {"late May 1871", "DATE 1871-05 END"}})
	check(t, "From March 3 the team trained, and on May 2 it flew.", fri, []want{{"March 3", "DATE 2013-03-03"}, {"May 2", "DATE 2013-05-02"}})
	check(t, "The crew wintered on the ice in 1634. The last of them died in February or March 1635.", fri,
		[]want{{"1634", "DATE 1634"}, {"February", "DATE 1635-02"}, {"March 1635", "DATE 1635-03"}})
	check(t, "The Fed meets March 19-20. It was 5 to 10 March. He scored 3-1 on 2 May.", fri,
		[]want{{"March 19", "DATE 2013-03-19"}, {"20", "DATE 2013-03-20"}, {"5", "DATE 2013-03-05"}, {"10 March", "DATE 2013-03-10"}, {"2 May", "DATE 2013-05-02"}})
}

func TestFindDCT(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		{"What We Know About ISIS-K\nPosted Mar 24, 2024 3:52 PM CDT\n\nThe group...", "2024-03-24T15:52:00-05:00"},
		{"LONDON, 22 March 2013 - Shares fell.", "2013-03-22T00:00:00Z"},
	} {
		got, ok := FindDCT(tc.text)
		if !ok || got.Format(time.RFC3339) != tc.want {
			t.Errorf("FindDCT(%q) = %v %v, want %s", tc.text, got, ok, tc.want)
		}
	}
	if _, ok := FindDCT("Nothing dated here, only Monday."); ok {
		t.Error("FindDCT found a DCT in undated text")
	}
}

func TestValidValue(t *testing.T) {
	for _, tc := range []struct {
		typ   Type
		value string
		ok    bool
	}{
		{Date, "2013-03-22", true}, {Date, "2013-W12-WE", true}, {Date, "199", true}, {Date, "19", true},
		{Date, "2013-Q3", true}, {Date, "2013-SU", true}, {Time, "2013-03-22T15:52", true},
		{Time, "2013-03-18TMO", true}, {Date, "XXXX-WXX-5", true}, {Date, "PRESENT_REF", true},
		{Duration, "P1D", true}, {Duration, "PT5H30M", true}, {Duration, "PXY", true}, {Set, "XXXX-WI", true}, {Set, "XXXX-WXX-WD", true}, {Time, "1986-04-26T01:23:04", true}, {Date, "XXXX-WXX-WD3", false},
		{Date, "2013-13-01", false}, {Date, "2013-Q5", false}, {Duration, "P", false}, {Duration, "P1X", false},
		{Date, "13-03", false}, {Time, "2013-03-22T25:00", false}, {Set, "every", false},
		{Time, "2013-03-22T24:00", true}, {Time, "2013-03-22T24:30", false}, {Duration, "P6W", true}, {Duration, "P6W2D", false}, {Duration, "P3WT5H", false}, {Duration, "P2Y6W", false}, {Duration, "PXW", true},
		{Date, "BC0044", true}, {Date, "BC04", true}, {Date, "BC017", true}, {Date, "BC0197-FA", true}, {Date, "BC0044T10:00", false}, {Duration, "BC0044", false},
	} {
		if got := ValidValue(tc.typ, tc.value); got != tc.ok {
			t.Errorf("ValidValue(%s, %q) = %v, want %v", tc.typ, tc.value, got, tc.ok)
		}
	}
}

// TestLowerASCII checks the eight-bytes-at-a-time lowering against the
// byte-by-byte rule on every byte value at every alignment.
func TestLowerASCII(t *testing.T) {
	var all []byte
	for c := range 256 {
		all = append(all, byte(c))
	}
	for off := range 9 {
		s := string(all[off:]) + string(all[:off])
		got := lowerASCII(s)
		for i := range len(s) {
			want := s[i]
			if 'A' <= want && want <= 'Z' {
				want += 'a' - 'A'
			}
			if got[i] != want {
				t.Fatalf("offset %d: byte %#x lowered to %#x, want %#x", off, s[i], got[i], want)
			}
		}
	}
}

// TestRoughDatesAndBareDays: "around"/"circa" take a date with APPROX; "the
// 6th" and a weekday open a clause even before a name or a determiner.
func TestRoughDatesAndBareDays(t *testing.T) {
	may1 := time.Date(2012, 5, 1, 0, 0, 0, 0, time.UTC)
	check(t, "It was built around 1900, rebuilt circa 1750 and c. 1350.", may1,
		[]want{{"around 1900", "DATE 1900 APPROX"}, {"circa 1750", "DATE 1750 APPROX"}, {"c. 1350", "DATE 1350 APPROX"}})
	check(t, "The plant will reopen around Nov. 1.", may1, []want{{"around Nov. 1", "DATE 2012-11-01 APPROX"}})
	check(t, "The city was founded by about 1200 BC. It held about 150 people. In 2007 he was charged, and in August of that year he pleaded guilty.", may1,
		[]want{{"1200 BC", "DATE BC1200 APPROX"}, {"2007", "DATE 2007"}, {"August of that year", "DATE 2007-08"}})
	check(t, "The city was besieged in April 1453. On the 6th the bombardment began. By the 29th the city had fallen. It came at the 11th hour.", may1,
		[]want{{"April 1453", "DATE 1453-04"}, {"the 6th", "DATE 1453-04-06"}, {"the 29th", "DATE 1453-04-29"}})
	check(t, "The vote had come on June the 2nd, two days earlier. In June the 2nd battalion left.", fri,
		[]want{{"June the 2nd", "DATE 2013-06-02"}, {"two days", "DURATION P2D"}, {"June", "DATE 2013-06"}})
	check(t, "On Monday Union troops crossed. He read the Sunday Telegraph.", fri,
		[]want{{"Monday", "DATE 2013-03-18"}})
}

// TestSeasonsAndDecadesOfStories: a winter across two years, a short year
// after "of", "mid-century", and decades counted back as years.
func TestSeasonsAndDecadesOfStories(t *testing.T) {
	may1 := time.Date(2012, 5, 1, 0, 0, 0, 0, time.UTC)
	check(t, "In the winter of 1941-42 the siege went on. The summer of '69 was hot.", may1,
		[]want{{"the winter of 1941-42", "DATE 1941-WI"}, {"The summer of '69", "DATE 1969-SU"}})
	check(t, "In 1963 he won; a decade earlier he had lost. A decade ago it failed. Two centuries ago it began.", may1,
		[]want{{"1963", "DATE 1963"}, {"a decade earlier", "DATE 1953"}, {"A decade ago", "DATE 2002"}, {"Two centuries ago", "DATE 1812"}})
	check(t, "In 1920 the town grew. By mid-century it had doubled.", may1,
		[]want{{"1920", "DATE 1920"}, {"mid-century", "DATE 19 MID"}})
	check(t, "Emissions must fall to zero by mid-century.", may1, []want{{"mid-century", "DATE 20 MID"}})
	check(t, "The revolt began in May 1968. In the autumn of that year it spread; by the spring of the following year it was over, a winter of discontent.", may1,
		[]want{{"May 1968", "DATE 1968-05"}, {"the autumn of that year", "DATE 1968-FA"}, {"the spring of the following year", "DATE 1969-SP"}})
}

// TestPhotoCaption: the wire caption's "this Tuesday, Oct. 29, 2019, file
// photo" dates by the date; "this" is the photo's.
func TestPhotoCaption(t *testing.T) {
	check(t, "In this Tuesday, Oct. 29, 2019, file photo, he waves. He will come this Tuesday.", time.Date(2019, 11, 4, 0, 0, 0, 0, time.UTC),
		[]want{{"Tuesday, Oct. 29, 2019", "DATE 2019-10-29"}, {"this Tuesday", "DATE 2019-11-05"}})
}

// TestClockOnDayJustTold: a time without a day in news is on the day the
// text has just named, not the DCT's.
func TestClockOnDayJustTold(t *testing.T) {
	check(t, "The earthquake struck at 3:42 a.m. on Sunday. A second tremor hit at 11:15 p.m. EST. The eclipse on April 8 will peak at about 1:40 p.m. CDT.", time.Date(2019, 11, 4, 0, 0, 0, 0, time.UTC),
		[]want{{"3:42 a.m. on Sunday", "TIME 2019-11-03T03:42"}, {"11:15 p.m. EST", "TIME 2019-11-03T23:15"}, {"April 8", "DATE 2020-04-08"}, {"1:40 p.m. CDT", "TIME 2020-04-08T13:40 APPROX"}})
	check(t, "Police said the fire started at 2 a.m.", fri, []want{{"2 a.m.", "TIME 2013-03-22T02:00"}})
	// an anniversary goes on telling the day of long ago it wrote out, its
	// small hours after the evening told the next day's
	check(t, "On Sunday the town will unveil a memorial.\n\nThe fire broke out at about 8:40 p.m. on Saturday, March 11, 1978. The cinema had opened in 1936. Eight of the dead were found behind one door. The youngest was 14.\n\nFirefighters fought the blaze until 3 a.m.",
		time.Date(2018, 3, 8, 0, 0, 0, 0, time.UTC),
		[]want{{"Sunday", "DATE 2018-03-11"}, {"8:40 p.m. on Saturday, March 11, 1978", "TIME 1978-03-11T20:40 APPROX"}, {"1936", "DATE 1936"},
			{"3 a.m.", "TIME 1978-03-12T03:00"}})
}

// TestSpurious: words that look like time expressions but are none.
func TestSpurious(t *testing.T) {
	for _, text := range []string{
		"He is seeking a second term.",
		"Shares fell for a second day and a second week.",
	} {
		for _, e := range Tag(text, fri) {
			t.Errorf("%q: unexpected %q = %s", text, e.Text, norm(e))
		}
	}
}

// TestEveryAmount: "every" with an amount of units is a set, "every" in
// its span.
func TestEveryAmount(t *testing.T) {
	check(t, "It erupts every 10 years, every 15 minutes, every three years and every couple of years.", fri, []want{
		{"every 10 years", "SET P10Y"}, {"every 15 minutes", "SET PT15M"}, {"every three years", "SET P3Y"}, {"every couple of years", "SET P2Y"}})
	check(t, "Wait a second. It ended a second later.", fri, []want{{"a second", "DURATION PT1S"}, {"a second", "DURATION PT1S"}})
}

// TestMidMonthHyphen: "mid-May" and "mid-March" are dates like "mid-June",
// though "May" and "March" alone need a preposition.
func TestMidMonthHyphen(t *testing.T) {
	check(t, "Trading slowed in mid-May and mid-March. Mid-May is busy.", fri, []want{
		{"mid-May", "DATE 2013-05 MID"}, {"mid-March", "DATE 2013-03 MID"}, {"Mid-May", "DATE 2013-05 MID"}})
}

// TestNotYears: street numbers and temperatures are no years nor decades.
func TestNotYears(t *testing.T) {
	for _, text := range []string{
		"A fire broke out in the 1600 block of Main Street.",
		"He lives at 1600 Pennsylvania Avenue and 2010 Elm St.",
		"Highs will be in the 90s, with lows in the 70s.",
		"Temperatures climbed into the 80s.",
		"It hit ninety degrees, and it was still in the eighties.",
		"The airline grounded its six other Beech 1900s.",
		"About 200 Americans left, and about 700 Cuban students stayed.",
		"It teaches 6,400 pupils, about 2000 of them boarders, and 1500 of whom are girls.",
		"Call 0800 555 0199 for help, or write to PO Box 0200.",
	} {
		for _, e := range Tag(text, fri) {
			t.Errorf("%q: unexpected %q = %s", text, e.Text, norm(e))
		}
	}
	check(t, "In 2008 Wall Street banks failed. Music of the 60s lived on in the 90s.", fri, []want{
		{"2008", "DATE 2008"}, {"the 60s", "DATE 196"}, {"the 90s", "DATE 199"}})
}

// TestEras: years and centuries of an era carry it in their span; years
// before Christ are written as HeidelTime does.
func TestEras(t *testing.T) {
	check(t, "Caesar died in 44 BC. Rome was founded in 753 BCE, sacked in AD 410, and rebuilt in 70 CE.", fri, []want{
		{"44 BC", "DATE BC0044"}, {"753 BCE", "DATE BC0753"}, {"AD 410", "DATE 0410"}, {"70 CE", "DATE 0070"}})
	check(t, "It fell in 432 B.C. and rose in A.D. 1066, in the fifth century BC and until 3,000 B.C.E.", fri, []want{
		{"432 B.C.", "DATE BC0432"}, {"A.D. 1066", "DATE 1066"}, {"the fifth century BC", "DATE BC04"}, {"3,000 B.C.E.", "DATE BC3000"}})
	check(t, "A. Smith won in the first century A.D., not in the fourth century.", fri, []want{
		{"the first century A.D.", "DATE 00"}, {"the fourth century", "DATE 03"}})
	// years written without their era after one before Christ are before
	// Christ too, unless that goes far back
	check(t, "The war was fought from 298 to 290 BC. At the start of 298 the envoys came; in 296 both consuls served, and during the winter of 296 Egnatius marched. Rome took Olisipo in 138 BC. In 711 the Moors crossed.", fri, []want{
		{"298", "DATE BC0298"}, {"290 BC", "DATE BC0290"}, {"the start of 298", "DATE BC0298 START"}, {"296", "DATE BC0296"}, {"the winter of 296", "DATE BC0296-WI"}, {"138 BC", "DATE BC0138"}, {"711", "DATE 0711"}})
	// a history of the first millennium: its years and decades in three digits
	check(t, "The siege of Constantinople in 626 was the climax. In early 626 the Avars gathered. The failure of 626 marked the end. By the early 620s the empire was weak; the Arab attacks of the 670s came later. A total of 300 died.", fri, []want{
		{"626", "DATE 0626"}, {"early 626", "DATE 0626 START"}, {"626", "DATE 0626"}, {"the early 620s", "DATE 062 START"}, {"the 670s", "DATE 067"}})
	// three digits after a day and month are a year, the first of a life
	// told, and the history's years go on in three digits
	check(t, "Otto I (23 November 912 – 7 May 973) was King from 936 and Emperor from 962 until his death. He kept Easter 967 at Ravenna. By the mid-960s he ruled Italy.", fri, []want{
		{"23 November 912", "DATE 0912-11-23"}, {"7 May 973", "DATE 0973-05-07"}, {"936", "DATE 0936"}, {"962", "DATE 0962"}, {"Easter 967", "DATE 0967-03-31"},
		{"the mid-960s", "DATE 096 MID"}})
	check(t, "On 7 August 300 men came.", fri, []want{{"7 August", "DATE 2012-08-07"}})
	check(t, "Nikephoros II (c. 912 – 11 December 969) was emperor. On the night of 10 December 969 a group of conspirators entered; his brother had fled the night before.", fri, []want{
		{"c. 912", "DATE 0912 APPROX"}, {"11 December 969", "DATE 0969-12-11"}, {"the night of 10 December 969", "TIME 0969-12-10TNI"}, {"the night before", "TIME 0969-12-09TNI"}})
	// a day of the first millennium written anywhere makes the text's three
	// digits years before it too; pairs of them; not counts
	check(t, "Aurelian was emperor from 270 to 275. Raids came between 845 and 926. On 28 March 845 the Northmen reached Paris. The count rose from 300 to 400 men.", fri, []want{
		{"270", "DATE 0270"}, {"275", "DATE 0275"}, {"845", "DATE 0845"}, {"926", "DATE 0926"}, {"28 March 845", "DATE 0845-03-28"}})
	// the first of a pair shares the era written after the second; an
	// Attic year is the year it began; the spring after a winter told
	check(t, "The war was fought in 323 and 322 BC, in the archonship of Cephisodorus (323/2 BC). In the autumn of 323 they marched; the winter was hard, and that spring the fleet sailed.", fri, []want{
		{"323", "DATE BC0323"}, {"322 BC", "DATE BC0322"}, {"323/2 BC", "DATE BC0323"}, {"the autumn of 323", "DATE BC0323-FA"}, {"the winter", "DATE BC0323-WI"}, {"that spring", "DATE BC0322-SP"}})
}

// TestJulianWeekdays: before the Gregorian reform a day's weekday is the
// Julian calendar's, as the chronicles wrote it; a weekday that fits the
// story's year keeps it.
func TestJulianWeekdays(t *testing.T) {
	for _, tc := range []struct {
		y, m, d int
		want    time.Weekday
	}{{1582, 10, 4, time.Thursday}, {1582, 10, 15, time.Friday}, {1381, 5, 30, time.Thursday}, {2013, 3, 22, time.Friday}} {
		if got := weekdayOf(time.Date(tc.y, time.Month(tc.m), tc.d, 0, 0, 0, 0, time.UTC)); got != tc.want {
			t.Errorf("%d-%02d-%02d is a %s, want %s", tc.y, tc.m, tc.d, got, tc.want)
		}
	}
	check(t, "The revolt broke out in 1381, long after the plague of 1348. On Thursday 30 May 1381 the villagers rose. On Friday 7 June they chose Wat Tyler.", fri,
		[]want{{"1381", "DATE 1381"}, {"1348", "DATE 1348"}, {"Thursday 30 May 1381", "DATE 1381-05-30"}, {"Friday 7 June", "DATE 1381-06-07"}})
	// Britain and its colonies kept the Julian calendar until 1752: a
	// weekday that fits it keeps the story's year
	check(t, "Boston had not seen the disease since 1702. In 1721 it came. On Monday, 26 June, Boylston inoculated his son.", fri,
		[]want{{"1702", "DATE 1702"}, {"1721", "DATE 1721"}, {"Monday, 26 June", "DATE 1721-06-26"}})
}

// TestMoreHolidays: feasts counted from Easter and Thanksgiving, fixed
// ones, and holiday names inside other names.
func TestMoreHolidays(t *testing.T) {
	check(t, "Stores opened on Black Friday and Cyber Monday. They will close on Good Friday and Easter Monday.", fri, []want{
		{"Black Friday", "DATE 2012-11-23"}, {"Cyber Monday", "DATE 2012-11-26"}, {"Good Friday", "DATE 2013-03-29"}, {"Easter Monday", "DATE 2013-04-01"}})
	check(t, "The Easter Rising began on Easter Monday 1916; the Good Friday Agreement was signed in 1998.", fri, []want{
		{"Easter Monday 1916", "DATE 1916-04-24"}, {"1998", "DATE 1998"}})
	check(t, "On Easter Sunday 1916 rebels seized the post office. By Easter Monday they were surrounded.", fri, []want{
		{"Easter Sunday 1916", "DATE 1916-04-23"}, {"Easter Monday", "DATE 1916-04-24"}})
	check(t, "We watched the fireworks at Chinese New Year; the Lunar New Year's Eve dinner was quiet.", time.Date(1954, 3, 1, 0, 0, 0, 0, time.UTC), []want{
		{"Chinese New Year", "DATE 1954-02-03"}, {"Lunar New Year's Eve", "DATE 1954-02-02"}})
	check(t, "We camped there on Dominion Day and on Midsummer Eve; on Reformation Day the shops closed.", fri, []want{
		{"Dominion Day", "DATE 2012-07-01"}, {"Midsummer Eve", "DATE 2012-06-23"}, {"Reformation Day", "DATE 2012-10-31"}})
	check(t, "This Christmas we stay home, and the museum is open this Easter.", fri, []want{
		{"This Christmas", "DATE 2013-12-25"}, {"this Easter", "DATE 2013-03-31"}})
	check(t, "The worst of it was May.", fri, []want{{"May", "DATE 2013-05"}})
	check(t, "On New Year's Day last year the river froze, as it had in the Christmas of 1962.", fri, []want{
		{"New Year's Day last year", "DATE 2012-01-01"}, {"Christmas of 1962", "DATE 1962-12-25"}})
	check(t, "Banks closed on St. Patrick's Day and Martin Luther King Jr. Day.", fri, []want{
		{"St. Patrick's Day", "DATE 2013-03-17"}, {"Martin Luther King Jr. Day", "DATE 2013-01-21"}})
	// the feast after or before the whole month or year told
	check(t, "In November 1987 the river rose; they were out until the following Easter. In 1990 he left, and the previous Christmas he had married.", fri, []want{
		{"November 1987", "DATE 1987-11"}, {"the following Easter", "DATE 1988-04-03"}, {"1990", "DATE 1990"}, {"the previous Christmas", "DATE 1989-12-25"}})
}

// TestQuarterNotDate: fractions, names and parts of a game are no times.
func TestQuarterNotDate(t *testing.T) {
	for _, text := range []string{
		"The empire ruled a quarter of the globe and three quarters of its people.",
		"The Six-Day War began.",
		"The army went into winter quarters.",
		"He threw a touchdown with 1:45 remaining in the fourth quarter.",
		"He scored twice in the first half.",
	} {
		for _, e := range Tag(text, fri) {
			t.Errorf("%q: unexpected %q = %s", text, e.Text, norm(e))
		}
	}
	check(t, "It took a quarter of a century and three quarters of an hour, after two quarters of growth.", fri, []want{
		{"a quarter of a century", "DURATION P25Y"}, {"three quarters of an hour", "DURATION PT45M"}, {"two quarters", "DURATION P2Q"}})
	check(t, "Two-Year Notes Rise. Profit rose in the third quarter, when Smith scored a deal.", fri, []want{
		{"Two-Year", "DURATION P2Y"}, {"the third quarter", "DATE 2012-Q3"}})
}

// TestWeekdayOfMonth: "the first Tuesday in March", "the last Friday of
// the month", and days counted from a weekday: "a week from Tuesday".
func TestWeekdayOfMonth(t *testing.T) {
	jan2 := time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC) // a Tuesday
	check(t, "The last Friday of the month is payday.", jan2, []want{{"The last Friday of the month", "DATE 2024-01-26"}})
	check(t, "The vote is on the first Tuesday in March. The last Friday of the month is payday.", jan2, []want{
		{"the first Tuesday in March", "DATE 2024-03-05"}, {"The last Friday of the month", "DATE 2024-03-29"}})
	check(t, "It is held the second Sunday of May 2014 and the first Monday of next month.", jan2, []want{
		{"the second Sunday of May 2014", "DATE 2014-05-11"}, {"the first Monday of next month", "DATE 2024-02-05"}})
	check(t, "It began on the last Saturday afternoon of August 1958.", jan2, []want{{"the last Saturday afternoon of August 1958", "TIME 1958-08-30TAF"}})
	check(t, "We meet a week from Tuesday and two days from today.", jan2, []want{
		{"a week from Tuesday", "DATE 2024-01-09"}, {"two days from today", "DATE 2024-01-04"}})
	check(t, "Saturday, 8th April 1911. The count is a week tomorrow.", jan2, []want{{"Saturday, 8th April 1911", "DATE 1911-04-08"}, {"a week tomorrow", "DATE 1911-04-16"}})
	// a length and its start: "closed for three weeks from Monday"
	check(t, "The bridge will close for three weeks from Monday.", jan2, []want{{"three weeks", "DURATION P3W"}, {"Monday", "DATE 2024-01-08"}})
}

func TestClockForms(t *testing.T) {
	for _, tc := range []struct {
		text  string
		wants []want
	}{
		// wire and military times; a GMT restatement of a local time is not tagged
		{"The plane landed at 0930 GMT, and power was restored by 1800 hours.", []want{{"0930 GMT", "TIME 2013-03-22T09:30"}, {"1800 hours", "TIME 2013-03-22T18:00"}}},
		// British "half six" after "at", "about", "until" is half past, a time wherever it is told
		{"The meeting broke up at half six. Father Keane came in at about half eleven.", []want{{"half six", "TIME 2013-03-22T06:30"}, {"half eleven", "TIME 2013-03-22T11:30 APPROX"}}},
		// "ten to six" is a time with a day after it, or after "at" before a clause
		{"She called at twenty to six this evening.", []want{{"twenty to six this evening", "TIME 2013-03-22T17:40"}}},
		{"At ten to three the bell rang.", []want{{"ten to three", "TIME 2013-03-22T14:50"}}},
		{"The vote was ten to six against.", nil},
		{"The blast occurred at 10:35 a.m. (0735 GMT) Friday.", []want{{"10:35 a.m.", "TIME 2013-03-22T10:35"}, {"Friday", "DATE 2013-03-22"}}},
		{"He logged 1800 hours of flight before the 1530 GMT deadline.", []want{{"1800 hours", "DURATION PT1800H"}, {"1530 GMT", "TIME 2013-03-22T15:30"}}},
		{"The patrol left at 0230 and was back by 0510.", []want{{"0230", "TIME 2013-03-22T02:30"}, {"0510", "TIME 2013-03-22T05:10"}}},
		{"I go back on nights this evening, 1900 to 0700. From 1990 to 2000 it grew.", []want{{"this evening", "TIME 2013-03-22TEV"}, {"1900", "TIME 2013-03-22T19:00"}, {"0700", "TIME 2013-03-23T07:00"}, {"1990", "DATE 1990"}, {"2000", "DATE 2000"}}},
		{"Bids came in on Friday evening. Books opened at 0700 GMT.", []want{{"Friday evening", "TIME 2013-03-22TEV"}, {"0700 GMT", "TIME 2013-03-22T07:00"}}},
		// ranges of hours: the first takes the half of the day of the second
		{"The robbery took place between 1 and 2 a.m. Tuesday.", []want{{"1", "TIME 2013-03-19T01:00"}, {"2 a.m. Tuesday", "TIME 2013-03-19T02:00"}}},
		{"It is open from 9:30 to 11 p.m., not between 11 and 1 a.m.", []want{{"9:30", "TIME 2013-03-22T21:30"}, {"11 p.m.", "TIME 2013-03-22T23:00"}, {"1 a.m.", "TIME 2013-03-22T01:00"}}},
		{"Rates rose between 1 and 2 percent.", nil},
		// spelled-out times (a story's, which tells no year: see TestUntoldYear)
		{"At half past seven the bell rang; by eight o'clock all had come.", []want{{"half past seven", "TIME XXXX-XX-XXT07:30"}, {"eight o'clock", "TIME XXXX-XX-XXT08:00"}}},
		{"It left at six o'clock in the evening and stopped at a quarter past two in the morning.", []want{{"six o'clock in the evening", "TIME XXXX-XX-XXT18:00"}, {"a quarter past two in the morning", "TIME XXXX-XX-XXT02:15"}}},
		{"They met at seven in the evening and at a quarter to one p.m.; until eleven at night; five past nine.", []want{{"seven in the evening", "TIME 2013-03-22T19:00"}, {"a quarter to one p.m.", "TIME 2013-03-22T12:45"}, {"eleven at night", "TIME 2013-03-22T23:00"}, {"five past nine", "TIME 2013-03-22T09:05"}}},
		{"She rang at twelve at night, and again at 12.30 at night.", []want{{"twelve at night", "TIME 2013-03-22T24:00"}, {"12.30 at night", "TIME 2013-03-23T00:30"}}},
		{"She stayed until gone nine at night; he had gone nine miles.", []want{{"nine at night", "TIME 2013-03-22T21:00"}}},
		{"Ten to twelve people came at seven.", nil},
		{"It is a quarter of one percent; the one in the morning session ran after 1000 hours of testing.", []want{{"1000 hours", "DURATION PT1000H"}}},
		{"The polls closed Tuesday, and at 11 o'clock that night the count began.", []want{{"Tuesday", "DATE 2013-03-19"}, {"11 o'clock that night", "TIME 2013-03-19T23:00"}}},
		{"He came on at nine last night and is back at ten tonight.", []want{{"nine last night", "TIME 2013-03-21T21:00"}, {"ten tonight", "TIME 2013-03-22T22:00"}}},
		{"More than 500 quakes have been recorded since midnight; he worked until midnight.", []want{{"midnight", "TIME 2013-03-22T00:00"}, {"midnight", "TIME 2013-03-22T24:00"}}},
		// a habit's or a timetable's hours are of every such day; a day's
		// hour likened to a habit is that day's
		{"The night shift ran from ten in the evening until six in the morning, five nights a week. They let us go sometimes at 9 p.m., sometimes not until midnight. The vote came after 10 p.m., after hours of sometimes heated debate.", []want{{"ten in the evening", "TIME XXXX-XX-XXT22:00"}, {"six in the morning", "TIME XXXX-XX-XXT06:00"}, {"five nights a week", "SET P1W"}, {"9 p.m.", "TIME XXXX-XX-XXT21:00"}, {"midnight", "TIME XXXX-XX-XXT24:00"}, {"10 p.m.", "TIME 2013-03-22T22:00"}, {"hours", "DURATION PTXH"}}},
		{"The museum will open from 10am to 5pm daily. Trains leave at 7am on Sundays. Her mother called at 8 a.m., as she had every year.", []want{{"10am", "TIME XXXX-XX-XXT10:00"}, {"5pm", "TIME XXXX-XX-XXT17:00"}, {"daily", "SET P1D"}, {"7am", "TIME XXXX-XX-XXT07:00"}, {"Sundays", "SET XXXX-WXX-7"}, {"8 a.m.", "TIME 2013-03-22T08:00"}, {"every year", "SET P1Y"}}},
	} {
		check(t, tc.text, fri, tc.wants)
	}
}

func TestClockOnToldDay(t *testing.T) {
	past := time.Date(2012, 5, 1, 0, 0, 0, 0, time.UTC)
	checkDated(t, []dated{
		{"The quake struck Sunday. A second tremor hit at 11:15 p.m. EST.", fri, []want{{"Sunday", "DATE 2013-03-17"}, {"11:15 p.m. EST", "TIME 2013-03-17T23:15"}}},
		{"Talks ended Monday. They will resume at 9 a.m.", fri, []want{{"Monday", "DATE 2013-03-18"}, {"9 a.m.", "TIME 2013-03-22T09:00"}}},
		// hours set after a night just named, with a few words between, are of that night
		{"Monday, 9 November 1987\n\nAshby had died on the night of Tuesday the third, somewhere between eleven o'clock and one in the morning.", fri,
			[]want{{"Monday, 9 November 1987", "DATE 1987-11-09"}, {"the night of Tuesday the third", "TIME 1987-11-03TNI"}, {"eleven o'clock", "TIME 1987-11-03T23:00"}, {"one in the morning", "TIME 1987-11-04T01:00"}}},
		// an hour in words of one to five, with the day written after it, is of a waking day
		{"The lights went out at twenty past five on Tuesday, 12 January 1982.", fri, []want{{"twenty past five on Tuesday, 12 January 1982", "TIME 1982-01-12T17:20"}}},
		// a day written day first after "on", a few words after the hour, is the hour's; not another hour's
		{"The warning reached Anselm Station at 02:14 ship's time on 9 October 2189.", fri, []want{{"02:14", "TIME 2189-10-09T02:14"}, {"9 October 2189", "DATE 2189-10-09"}}},
		{"28 September 1994\n\n00:55 (22:55 UTC on 27 September) - Crew hear a bang.", fri, []want{{"28 September 1994", "DATE 1994-09-28"}, {"00:55", "TIME 1994-09-28T00:55"}, {"22:55 UTC on 27 September", "TIME 1994-09-27T22:55"}}},
		// a midnight gone by, told after the morning it began, is that morning's
		{"Workers were still counting at 7 a.m. today. By 6:45 a.m. Vance led. A machine jammed shortly before midnight and was not repaired until about 4:30 a.m.", fri,
			[]want{{"7 a.m. today", "TIME 2013-03-22T07:00"}, {"6:45 a.m.", "TIME 2013-03-22T06:45"}, {"midnight", "TIME 2013-03-21T24:00"}, {"4:30 a.m.", "TIME 2013-03-22T04:30 APPROX"}}},
		// a past told at length: its hours are of the last day gone by it told
		{"Westmarch won at Brackenford yesterday. The result lifts them to second. Coldbrook had resumed on 249. Haldane removed Ashby in his first over. He finished with five for 61.\n\nPlay had started at 10.30am and the last wicket fell at 11.23am.", fri,
			[]want{{"yesterday", "DATE 2013-03-21"}, {"10.30am", "TIME 2013-03-21T10:30"}, {"11.23am", "TIME 2013-03-21T11:23"}}},
		// an hour after a time on a day, in the same sentence, is of that day
		{"The festival opens at 6pm on Friday 29 March, followed at 9.30pm by fireworks.", fri, []want{{"6pm on Friday 29 March", "TIME 2013-03-29T18:00"}, {"9.30pm", "TIME 2013-03-29T21:30"}}},
		// the day told three sentences back, past years and a paragraph
		{"The party won in Sunday's vote. It had 35 percent five years ago. Turnout rose from 51 percent in 2008.\n\nPolls closed at 6 p.m., and by midnight the count was done.", fri,
			[]want{{"Sunday", "DATE 2013-03-17"}, {"five years ago", "DATE 2008"}, {"2008", "DATE 2008"}, {"6 p.m.", "TIME 2013-03-17T18:00"}, {"midnight", "TIME 2013-03-17T24:00"}}},
		// a quotation's day is not one of a habit told before it
		{"He kept office hours every Saturday morning, a practice he said he would keep up.\n\n\"Tomorrow morning I'll be at my desk,\" he told reporters.", fri,
			[]want{{"every Saturday morning", "SET XXXX-WXX-6TMO"}, {"Tomorrow morning", "TIME 2013-03-23TMO"}}},
		// what was to come on a day gone by is of that day: "was due to",
		// and "the first start" is no verb of the future
		{"The club won the head race on Saturday. The tide was due to turn at about 10.40am, and organisers had pushed the first start back from 9.15am to 10am.", time.Date(2014, 3, 10, 0, 0, 0, 0, time.UTC),
			[]want{{"Saturday", "DATE 2014-03-08"}, {"10.40am", "TIME 2014-03-08T10:40 APPROX"}, {"9.15am", "TIME 2014-03-08T09:15"}, {"10am", "TIME 2014-03-08T10:00"}}},
		{"The parade is tomorrow night. The party lasted until 3 in the morning.", fri, []want{{"tomorrow night", "TIME 2013-03-23TNI"}, {"3 in the morning", "TIME 2013-03-22T03:00"}}},
		{"The bomb exploded at 8:15 a.m. on August 6, 1945. At noon the city was still burning, and at 11 o'clock that night the first relief train arrived.", past,
			[]want{{"8:15 a.m. on August 6, 1945", "TIME 1945-08-06T08:15"}, {"noon", "TIME 1945-08-06T12:00"}, {"11 o'clock that night", "TIME 1945-08-06T23:00"}}},
	})
}

func TestPartsOfDayAlone(t *testing.T) {
	past := time.Date(2012, 5, 1, 0, 0, 0, 0, time.UTC)
	checkDated(t, []dated{
		{"The eruption began at 8:32 a.m. on May 18, 1980. By late afternoon ash had fallen.", past,
			[]want{{"8:32 a.m. on May 18, 1980", "TIME 1980-05-18T08:32"}, {"late afternoon", "TIME 1980-05-18TAF END"}}},
		{"The vote was held Tuesday. Early in the morning the polls opened, and by late evening the count was done.", fri,
			[]want{{"Tuesday", "DATE 2013-03-19"}, {"the morning", "TIME 2013-03-19TMO"}, {"late evening", "TIME 2013-03-19TEV END"}}},
		{"Shares rose in late afternoon trading; he watched late night television.", fri, nil},
	})
}

// TestTenseOfWeekdays: modals and possessives, on Thursday 14 July 2016:
// the last Tuesday is the 12th, the next the 19th; Saturday the 9th or 16th.
func TestTenseOfWeekdays(t *testing.T) {
	thu := time.Date(2016, 7, 14, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text  string
		wants []want
	}{
		{"The vote might come Tuesday.", []want{{"Tuesday", "DATE 2016-07-19"}}},
		{"Halvorsen will pay 38.50 euros a share, a 31% premium to the closing price on Friday.", []want{{"Friday", "DATE 2016-07-08"}}},
		{"Martin has agreed that we can have an away day before Easter, and members can vote on Tuesday.", []want{{"Easter", "DATE 2017-04-16"}, {"Tuesday", "DATE 2016-07-19"}}},
		{"The vote may come Tuesday, in May.", []want{{"Tuesday", "DATE 2016-07-19"}, {"May", "DATE 2016-05"}}},
		{"Temperatures could reach 100 degrees by Saturday afternoon.", []want{{"Saturday afternoon", "TIME 2016-07-16TAF"}}},
		{"He could have left Tuesday.", []want{{"Tuesday", "DATE 2016-07-12"}}},
		{"He would not have met them Tuesday.", []want{{"Tuesday", "DATE 2016-07-12"}}},
		{"He could have already left Tuesday.", []want{{"Tuesday", "DATE 2016-07-12"}}},
		// "have" of its own, no perfect: an obligation or a thing to have
		{"Some customers may have to wait until Tuesday.", []want{{"Tuesday", "DATE 2016-07-19"}}},
		{"Most homes should have electricity back by Tuesday.", []want{{"Tuesday", "DATE 2016-07-19"}}},
		// a word in -ed before its noun is no past verb
		{"The utility expects power back for all but isolated homes by Tuesday.", []want{{"Tuesday", "DATE 2016-07-19"}}},
		{"The weather service forecasts scattered storms Tuesday.", []want{{"Tuesday", "DATE 2016-07-19"}}},
		{"Crews with limited equipment reached the town Tuesday.", []want{{"Tuesday", "DATE 2016-07-12"}}},
		{"Neither man could be located Tuesday.", []want{{"Tuesday", "DATE 2016-07-12"}}}, // a past inability
		{"Police could not say Tuesday who fired.", []want{{"Tuesday", "DATE 2016-07-12"}}},
		// a day's thing: the verb it is the subject of, else it has happened
		{"Friday's game was postponed, and Saturday's doubleheader will start at 1 p.m.",
			[]want{{"Friday", "DATE 2016-07-08"}, {"Saturday", "DATE 2016-07-16"}, {"1 p.m.", "TIME 2016-07-16T13:00"}}},
		{"Tuesday's vote was largely symbolic.", []want{{"Tuesday", "DATE 2016-07-12"}}},
		{"Officers told Tuesday's meeting that it would be delayed again.", []want{{"Tuesday", "DATE 2016-07-12"}}}, // (the clause after "that" is not the meeting's)
		{"Friday's forecast calls for rain.", []want{{"Friday", "DATE 2016-07-15"}}},
		{"Michigan will face Washington in Saturday's game.", []want{{"Saturday", "DATE 2016-07-16"}}},
		{"Lawmakers are lobbying hard ahead of Tuesday's vote.", []want{{"Tuesday", "DATE 2016-07-19"}}},
		{"Critics attacked Tuesday's ruling.", []want{{"Tuesday", "DATE 2016-07-12"}}},
	} {
		check(t, tc.text, thu, tc.wants)
	}
}

// TestTenseOfSchedules: a present copula or "takes effect" schedules a day
// ahead; a participle after "stay" or before "by" tells no past.
func TestTenseOfSchedules(t *testing.T) {
	jan2 := time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC) // a Tuesday
	checkDated(t, []dated{
		{"The deadline is noon Monday.", jan2, []want{{"noon Monday", "TIME 2024-01-08T12:00"}}},
		{"The vote is at 9:30 a.m. ET Friday.", jan2, []want{{"9:30 a.m. ET Friday", "TIME 2024-01-05T09:30"}}},
		{"Forecasters have issued a warning from 6 p.m. Thursday until noon Saturday.", jan2, []want{{"6 p.m. Thursday", "TIME 2024-01-04T18:00"}, {"noon Saturday", "TIME 2024-01-06T12:00"}}},
		{"Passengers have been advised to travel only if necessary on Thursday.", jan2, []want{{"Thursday", "DATE 2024-01-04"}}},
		{"He has been arrested for breaking a window on Monday.", jan2, []want{{"Monday", "DATE 2024-01-01"}}},
		{"The RAC said Friday evening was likely to see the heaviest traffic.", jan2, []want{{"Friday evening", "TIME 2024-01-05TEV"}}},
		{"The game is on Saturday.", jan2, []want{{"Saturday", "DATE 2024-01-06"}}},
		{"The store is closed Monday.", jan2, []want{{"Monday", "DATE 2024-01-08"}}},
		{"The game was Saturday.", jan2, []want{{"Saturday", "DATE 2023-12-30"}}},
		{"Election Day is Nov. 5.", jan2, []want{{"Election Day", "DATE 2024-11-05"}, {"Nov. 5", "DATE 2024-11-05"}}},
		{"Monday is the deadline.", jan2, []want{{"Monday", "DATE 2024-01-08"}}},
		{"The rule takes effect Friday.", jan2, []want{{"Friday", "DATE 2024-01-05"}}},
		{"The rule took effect Friday.", jan2, []want{{"Friday", "DATE 2023-12-29"}}},
		{"The rule went into effect Friday.", jan2, []want{{"Friday", "DATE 2023-12-29"}}},
		{"The advisory is in effect from noon Friday until 8 p.m. Sunday.", jan2,
			[]want{{"noon Friday", "TIME 2024-01-05T12:00"}, {"8 p.m. Sunday", "TIME 2024-01-07T20:00"}}},
		{"Stores will stay closed on Thanksgiving Day.", time.Date(2019, 11, 4, 0, 0, 0, 0, time.UTC),
			[]want{{"Thanksgiving Day", "DATE 2019-11-28"}}},
		{"Parliament will vote Friday on a plan to raise funds before a Monday deadline set by the bank.", fri,
			[]want{{"Friday", "DATE 2013-03-22"}, {"Monday", "DATE 2013-03-25"}}},
		{"The bank on Thursday cut its rate to minus 0.1 percent, making it the first to do so.", time.Date(2014, 6, 7, 0, 0, 0, 0, time.UTC), []want{{"Thursday", "DATE 2014-06-05"}}},
		{"ABERFAN, Wales - On Friday, at 9.15am, the village will fall silent.", time.Date(2016, 10, 16, 0, 0, 0, 0, time.UTC), []want{{"Friday", "DATE 2016-10-21"}, {"9.15am", "TIME 2016-10-21T09:15"}}},
		{"This week's commemorations begin on Monday. This week was hard.", time.Date(2016, 10, 16, 0, 0, 0, 0, time.UTC), []want{{"This week", "DATE 2016-W42"}, {"Monday", "DATE 2016-10-17"}, {"This week", "DATE 2016-W41"}}},
		{"The blaze tore through the club late Friday.", time.Date(2015, 11, 4, 0, 0, 0, 0, time.UTC), []want{{"late Friday", "DATE 2015-10-30 END"}}},
		{"The chaplain reminded us that Easter is five weeks off.", time.Date(1943, 3, 21, 0, 0, 0, 0, time.UTC), []want{{"Easter", "DATE 1943-04-25"}, {"five weeks", "DURATION P5W"}}},
		// "how" opens a clause whose verb is the day's; a timeline's hours
		// after it are of that day
		{"Here is how Wednesday unfolded.\n\n5:48 a.m. - A line sags into the trees.\n\n5:51 a.m. - Two more lines trip.", time.Date(2016, 8, 11, 0, 0, 0, 0, time.UTC),
			[]want{{"Wednesday", "DATE 2016-08-10"}, {"5:48 a.m.", "TIME 2016-08-10T05:48"}, {"5:51 a.m.", "TIME 2016-08-10T05:51"}}},
		{"Here is how Wednesday will look.", time.Date(2016, 8, 11, 0, 0, 0, 0, time.UTC), []want{{"Wednesday", "DATE 2016-08-17"}}},
		// a list of the days ahead, each headed by its day; a list of days
		// gone tells them in the past
		{"THE WEEK AHEAD\n\nMonday: Apple shares begin trading on a split-adjusted basis.\n\nWednesday and Thursday: The Treasury releases its budget.\n\nFriday: Breezy and cooler, high 49. Cover tender plants Friday evening.", jan2,
			[]want{{"THE WEEK AHEAD", "DATE 2024-W01"}, {"Monday", "DATE 2024-01-08"}, {"Wednesday", "DATE 2024-01-03"}, {"Thursday", "DATE 2024-01-04"}, {"Friday", "DATE 2024-01-05"}, {"Friday evening", "TIME 2024-01-05TEV"}}},
		{"THE WEEK THAT WAS\n\nMonday: Apple shares fell 2 percent.", jan2, []want{{"Monday", "DATE 2024-01-01"}}},
		// "set off" is present or past alike: the day heading the entry
		{"Good Friday\nThe bun run returns for the 25th time. Runners set off from the square at 9 a.m.", time.Date(2024, 3, 27, 0, 0, 0, 0, time.UTC),
			[]want{{"Good Friday", "DATE 2024-03-29"}, {"9 a.m.", "TIME 2024-03-29T09:00"}}},
		// an entry told in the past goes on from the list's last day ahead
		{"THE WEEK AHEAD\n\nTuesday: The leader will brief the press.\n\nWednesday: Unison has called a protest outside County Hall.", time.Date(2015, 11, 14, 0, 0, 0, 0, time.UTC),
			[]want{{"THE WEEK AHEAD", "DATE 2015-W47"}, {"Tuesday", "DATE 2015-11-17"}, {"Wednesday", "DATE 2015-11-18"}}},
		{"The week ahead in Parliament\n\nMonday\nThe House sits at 2.30pm. The majority was cut to 11 last March.\n\nFriday\nPrivate members' bills from 9.30am.", jan2,
			[]want{{"The week ahead", "DATE 2024-W01"}, {"Monday", "DATE 2024-01-08"}, {"2.30pm", "TIME 2024-01-08T14:30"}, {"last March", "DATE 2023-03"}, {"Friday", "DATE 2024-01-05"}, {"9.30am", "TIME 2024-01-05T09:30"}}},
		// a heading's weekday before a name on the next line; a 24-hour
		// time written with a point
		{"THE WEEK AHEAD\n\nWednesday\nPrime Minister's Questions at noon. The first train leaves at 05.42; shares rose to 05.42 percent.", jan2,
			[]want{{"THE WEEK AHEAD", "DATE 2024-W01"}, {"Wednesday", "DATE 2024-01-03"}, {"noon", "TIME 2024-01-03T12:00"}, {"05.42", "TIME 2024-01-03T05:42"}}},
		// flights are cancelled for days to come; "last" the verb is no past
		{"The airline cancelled almost all of its flights to and from London for Monday after talks broke down, and warned that disruption could last into Wednesday by midafternoon.", jan2,
			[]want{{"Monday", "DATE 2024-01-08"}, {"Wednesday", "DATE 2024-01-03"}, {"midafternoon", "TIME 2024-01-03TAF"}}},
	})
}

// TestYearsOfMonthsAndSeasons: a month after "since" has begun by the DCT;
// "this" season but winter is of the DCT's calendar year.
func TestYearsOfMonthsAndSeasons(t *testing.T) {
	nov4 := time.Date(2019, 11, 4, 0, 0, 0, 0, time.UTC)
	feb10 := time.Date(2015, 2, 10, 0, 0, 0, 0, time.UTC)
	checkDated(t, []dated{
		// in May "this summer" is the coming one, "next summer" a year on;
		// "next winter" is this year's, not next to the spring
		{"The garden opens this summer; concerts follow next summer, and the roof next winter.", time.Date(2019, 5, 14, 0, 0, 0, 0, time.UTC),
			[]want{{"this summer", "DATE 2019-SU"}, {"next summer", "DATE 2020-SU"}, {"next winter", "DATE 2019-WI"}}},
		// "a year earlier" than the period its sentence reports on
		{"It reported a second-quarter profit, against a loss a year earlier. For the first half, it earned $40 million, against a loss a year earlier.", time.Date(2012, 7, 25, 0, 0, 0, 0, time.UTC),
			[]want{{"second-quarter", "DATE 2012-Q2"}, {"a year earlier", "DATE 2011-Q2"}, {"the first half", "DATE 2012-H1"}, {"a year earlier", "DATE 2011-H1"}}},
		// on a Monday, a weekend gone by is the one just ended
		{"The storm hit this weekend; crowds are expected this weekend.", time.Date(2021, 6, 28, 0, 0, 0, 0, time.UTC), []want{{"this weekend", "DATE 2021-W25-WE"}, {"this weekend", "DATE 2021-W26-WE"}}},
		// a season looked ahead to has not begun yet
		{"Many families said they would not sleep indoors before the autumn.", time.Date(2012, 6, 1, 0, 0, 0, 0, time.UTC), []want{{"the autumn", "DATE 2012-FA"}}},
		{"The stock has risen 20 percent since its December low.", nov4, []want{{"December", "DATE 2018-12"}}},
		{"Prices have fallen since early December and since Dec. 5.", nov4, []want{{"early December", "DATE 2018-12 START"}, {"Dec. 5", "DATE 2018-12-05"}}},
		{"Prices have fallen since October.", nov4, []want{{"October", "DATE 2019-10"}}},
		// a figure of a month just told, a year before
		{"The jobless rate fell to 11.2 percent in September. A year ago it stood at 11.6 percent.", nov4, []want{{"September", "DATE 2019-09"}, {"A year ago", "DATE 2018-09"}}},
		// a season of play is its year
		{"Last season they finished sixth; next season they open in April. The recent season was poor.", nov4, []want{{"Last season", "DATE 2018"}, {"next season", "DATE 2020"}, {"April", "DATE 2020-04"}}},
		// what happens every year, told in the present
		{"The winter rains usually arrive in May or June; prices usually rose in May.", nov4, []want{{"The winter", "DATE XXXX-WI"}, {"May", "DATE XXXX-05"}, {"June", "DATE XXXX-06"}, {"May", "DATE 2019-05"}}},
		{"The locks close each year from Jan. 15 to March 25. The hurricane season runs from June 1 to Nov. 30, and ran through Oct. 2 last year.", nov4,
			[]want{{"each year", "SET P1Y"}, {"Jan. 15", "DATE XXXX-01-15"}, {"March 25", "DATE XXXX-03-25"}, {"June 1", "DATE XXXX-06-01"}, {"Nov. 30", "DATE XXXX-11-30"}, {"Oct. 2 last year", "DATE 2018-10-02"}}},
		{"The report is due this spring; the company will decide this summer.", feb10,
			[]want{{"this spring", "DATE 2015-SP"}, {"this summer", "DATE 2015-SU"}}},
		{"It has been cold this winter.", feb10, []want{{"this winter", "DATE 2014-WI"}}},
	})
}

// TestQuartersAhead: a quarter looked forward to that ended two or more
// quarters before the DCT (Wednesday 20 November 2019) is next year's.
func TestQuartersAhead(t *testing.T) {
	dct := time.Date(2019, 11, 20, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text  string
		wants []want
	}{
		{"The company expects first-quarter sales to rise.", []want{{"first-quarter", "DATE 2020-Q1"}}},
		{"The company will report third-quarter results.", []want{{"third-quarter", "DATE 2019-Q3"}}},
		{"First-quarter sales rose.", []want{{"First-quarter", "DATE 2019-Q1"}}},
		{"After a flat second quarter tied to lower prices, sales rose.", []want{{"second quarter", "DATE 2019-Q2"}}},
	} {
		check(t, tc.text, dct, tc.wants)
	}
}

// TestTenseOfPresents: a schedule told in the bare present is ahead
// ("Tickets go on sale Monday"); a refusal with "would not" is no future (Thursday 14 July 2016).
func TestTenseOfPresents(t *testing.T) {
	thu := time.Date(2016, 7, 14, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text  string
		wants []want
	}{
		{"The bill goes to the Senate on Tuesday.", []want{{"Tuesday", "DATE 2016-07-19"}}},
		{"The show airs Sunday at 9 p.m.", []want{{"Sunday", "DATE 2016-07-17"}, {"9 p.m.", "TIME 2016-07-17T21:00"}}},
		{"The Cubs play the Cardinals on Saturday.", []want{{"Saturday", "DATE 2016-07-16"}}},
		{"He faces sentencing Friday.", []want{{"Friday", "DATE 2016-07-15"}}},
		{"The sale ends on Sunday.", []want{{"Sunday", "DATE 2016-07-17"}}},
		{"Schools reopen Monday.", []want{{"Monday", "DATE 2016-07-18"}}},
		{"He takes office in January.", []want{{"January", "DATE 2017-01"}}},
		{"Tickets go on sale at 10 a.m. Monday.", []want{{"10 a.m. Monday", "TIME 2016-07-18T10:00"}}},
		{"The appeal court hears the case on Monday and sits again Tuesday.", []want{{"Monday", "DATE 2016-07-18"}, {"Tuesday", "DATE 2016-07-19"}}},
		{"The delegation heads to Brussels on Monday.", []want{{"Monday", "DATE 2016-07-18"}}},
		// a bare infinitive after "let" or "see" has their tense, which it does not show
		{"Forty workers were let go on Monday.", []want{{"Monday", "DATE 2016-07-11"}}},
		{"It was lovely to see the children return on Monday.", []want{{"Monday", "DATE 2016-07-11"}}},
		{"Make sure the shop opens Monday.", []want{{"Monday", "DATE 2016-07-18"}}},
		{"Whatever happens on Monday, the bill will not pass this year.", []want{{"Monday", "DATE 2016-07-18"}, {"this year", "DATE 2016"}}},
		{"The exhibition opened on Monday and runs until the end of March; cross-country runs ended in May.", []want{{"Monday", "DATE 2016-07-11"}, {"the end of March", "DATE 2017-03 END"}, {"May", "DATE 2016-05"}}},
		{"The company would not comment Tuesday.", []want{{"Tuesday", "DATE 2016-07-12"}}},
		{"He warned that the plant would not reopen until Tuesday.", []want{{"Tuesday", "DATE 2016-07-19"}}},
		// a modal after a noun in -ly: "the rally" is no adverb
		{"Strategists warned that the rally might stall on Tuesday.", []want{{"Tuesday", "DATE 2016-07-19"}}},
		// "last" before a noun is an adjective, no past
		{"Last trains on Tuesday leave much earlier than usual.", []want{{"Tuesday", "DATE 2016-07-19"}}},
		// a negative's contraction tells its tense
		{"The plant won't reopen until Tuesday.", []want{{"Tuesday", "DATE 2016-07-19"}}},
		{"The ferry didn't sail on Saturday.", []want{{"Saturday", "DATE 2016-07-09"}}},
		{"He said he would attend on Tuesday.", []want{{"Tuesday", "DATE 2016-07-19"}}},
	} {
		check(t, tc.text, thu, tc.wants)
	}
}

// TestStoryDays: a memoir or a travelogue told on days of an earlier year
// goes on from its own days: weekdays, "that evening", "the weekend" and
// what its people say ("Tomorrow") are its, a day looked back to ("had
// ordered on Tuesday") moves nothing; news that recalls an old record keeps
// its own week.
func TestStoryDays(t *testing.T) {
	oct := time.Date(2012, 10, 15, 0, 0, 0, 0, time.UTC)
	check(t, "We drove out of Duluth on Saturday, August 1, 1987. I was eleven that summer. We meant to reach the farm the same evening. A mechanic looked for a part he had ordered on Tuesday. \"Tomorrow,\" he said. That evening we ate at a diner. We reached the farm on Sunday evening.", oct,
		[]want{{"Saturday, August 1, 1987", "DATE 1987-08-01"}, {"that summer", "DATE 1987-SU"}, {"the same evening", "TIME 1987-08-01TEV"},
			{"Tuesday", "DATE 1987-07-28"}, {"Tomorrow", "DATE 1987-08-02"}, {"That evening", "TIME 1987-08-01TEV"}, {"Sunday evening", "TIME 1987-08-02TEV"}})
	check(t, "I landed in Puerto Montt on Tuesday, November 22, 2016. The town was buried in ash when the volcano erupted in May 2008. Wednesday night brought rain. I spent the weekend in Coyhaique. I plan to go back in December.", time.Date(2018, 2, 20, 0, 0, 0, 0, time.UTC),
		[]want{{"Tuesday, November 22, 2016", "DATE 2016-11-22"}, {"May 2008", "DATE 2008-05"}, {"Wednesday night", "TIME 2016-11-23TNI"},
			{"the weekend", "DATE 2016-W47-WE"}, {"December", "DATE 2018-12"}})
	check(t, "I landed on Tuesday, November 22, 2016. Most people take two weeks. I had six days. The ferry was full. I reached the shore just after 4 p.m. That night I camped. On All Saints' Day 1755 the earth shook.", time.Date(2018, 2, 20, 0, 0, 0, 0, time.UTC),
		[]want{{"Tuesday, November 22, 2016", "DATE 2016-11-22"}, {"two weeks", "DURATION P2W"}, {"six days", "DURATION P6D"},
			{"4 p.m.", "TIME 2016-11-22T16:00"}, {"That night", "TIME 2016-11-22TNI"}, {"All Saints' Day 1755", "DATE 1755-11-01"}})
	// the hours of a sentence that tells of yesterday, today or tomorrow are theirs
	check(t, "Sept. 6, 1897. At the Scales. Yesterday I carried from five in the morning till nine at night. Tomorrow we leave at 0630. Tonight we sleep at nine.", oct,
		[]want{{"Sept. 6, 1897", "DATE 1897-09-06"}, {"Yesterday", "DATE 1897-09-05"}, {"five in the morning", "TIME 1897-09-05T05:00"}, {"nine at night", "TIME 1897-09-05T21:00"},
			{"Tomorrow", "DATE 1897-09-07"}, {"0630", "TIME 1897-09-07T06:30"}, {"Tonight", "TIME 1897-09-06TNI"}, {"nine", "TIME 1897-09-06T21:00"}})
	check(t, "Friday 7 October 1983\n\nLetter from Mum, posted on the 29th. Tonight Monsieur went out again at half past nine.", oct,
		[]want{{"Friday 7 October 1983", "DATE 1983-10-07"}, {"the 29th", "DATE 1983-09-29"}, {"Tonight", "TIME 1983-10-07TNI"}, {"half past nine", "TIME 1983-10-07T21:30"}})
	// a date in parentheses is an aside: the story stays in its year
	check(t, "A month later, on 15 July 1858, he heard the speech, and for the rest of his life (he died in 1911) he swore he had never smelt anything like that summer.", oct,
		[]want{{"A month", "DURATION P1M"}, {"15 July 1858", "DATE 1858-07-15"}, {"1911", "DATE 1911"}, {"that summer", "DATE 1858-SU"}})
	// a range of days told, the story goes on from its first
	check(t, "The strike ran from Monday 3 May to Friday 14 May 1926. On Tuesday the buses stopped.", oct,
		[]want{{"Monday 3 May", "DATE 1926-05-03"}, {"Friday 14 May 1926", "DATE 1926-05-14"}, {"Tuesday", "DATE 1926-05-04"}})
	// "the Saturday" is the one written out with its weekday
	check(t, "Tuesday 4 March 1952\n\nDad turns seventy on Saturday 22 March. The club can only do the Saturday.", oct,
		[]want{{"Tuesday 4 March 1952", "DATE 1952-03-04"}, {"Saturday 22 March", "DATE 1952-03-22"}, {"Saturday", "DATE 1952-03-22"}})
	// a letter of a weekday, and what lasted since one, are gone by
	check(t, "On Thursday, 11 March 1915, we marched to the coast. Thanks for your letter of Sunday. The rain had not stopped since Tuesday. We rest on Saturday.", oct,
		[]want{{"Thursday, 11 March 1915", "DATE 1915-03-11"}, {"Sunday", "DATE 1915-03-07"}, {"Tuesday", "DATE 1915-03-09"}, {"Saturday", "DATE 1915-03-13"}})
	check(t, "Service will end Friday at 7 p.m. On Saturday the first train will leave at 8:30 a.m.", time.Date(2010, 3, 24, 0, 0, 0, 0, time.UTC),
		[]want{{"Friday", "DATE 2010-03-26"}, {"7 p.m.", "TIME 2010-03-26T19:00"}, {"Saturday", "DATE 2010-03-27"}, {"8:30 a.m.", "TIME 2010-03-27T08:30"}})
	check(t, "Schools closed Monday. The city's all-time low was recorded on Jan. 20, 1985. Utilities reported record demand on Monday night.", time.Date(2014, 1, 7, 0, 0, 0, 0, time.UTC),
		[]want{{"Monday", "DATE 2014-01-06"}, {"Jan. 20, 1985", "DATE 1985-01-20"}, {"Monday night", "TIME 2014-01-06TNI"}})
}

// TestPresentOfHistory: a history's "today" opening a clause in the
// present is the writer's present; news's "today" is its day.
func TestPresentOfHistory(t *testing.T) {
	check(t, "The war began in 1870 and ended in 1871. Historians in 1880, 1890 and 1900 called it the war of 1870; today it is seen as the last step to unity.", fri,
		[]want{{"1870", "DATE 1870"}, {"1871", "DATE 1871"}, {"1880", "DATE 1880"}, {"1890", "DATE 1890"}, {"1900", "DATE 1900"}, {"1870", "DATE 1870"}, {"today", "DATE PRESENT_REF"}})
	check(t, "Poland, Hungary and the Czech Republic today became members of NATO, half a century after 1949, 1952, 1955, 1968 and 1982.", fri,
		[]want{{"today", "DATE 2013-03-22"}, {"half a century", "DURATION P50Y"}, {"1949", "DATE 1949"}, {"1952", "DATE 1952"}, {"1955", "DATE 1955"}, {"1968", "DATE 1968"}, {"1982", "DATE 1982"}})
}

// TestDiaryAndNovel: a diary's datelines set its days; a novel's night
// begins on the date its first clock time names, and what its people say
// of a weekday in the past lies behind them.
func TestDiaryAndNovel(t *testing.T) {
	check(t, "The journals run from November 1957 to January 1959.\n\n14 March 1958\nBlizzard since yesterday afternoon.\n\n21 March\nFrom today the nights are longer than the days. At 8 p.m. the aurora began.", time.Date(2015, 10, 1, 0, 0, 0, 0, time.UTC),
		[]want{{"November 1957", "DATE 1957-11"}, {"January 1959", "DATE 1959-01"}, {"14 March 1958", "DATE 1958-03-14"}, {"yesterday afternoon", "TIME 1958-03-13TAF"},
			{"21 March", "DATE 1958-03-21"}, {"today", "DATE 1958-03-21"}, {"8 p.m.", "TIME 1958-03-21T20:00"}})
	check(t, "The siege lasted from the spring of 1337 until February 1338. It is one of the best-documented sieges of the fourteenth century. The castle had been held since 1282. The besiegers arrived on 3 April, and by late July the salt stores were open.", time.Date(2012, 3, 8, 0, 0, 0, 0, time.UTC),
		[]want{{"the spring of 1337", "DATE 1337-SP"}, {"February 1338", "DATE 1338-02"}, {"the fourteenth century", "DATE 13"}, {"1282", "DATE 1282"},
			{"3 April", "DATE 1337-04-03"}, {"late July", "DATE 1337-07 END"}})
	check(t, "The phone rang at eight minutes to midnight on Friday, November 11, 1994. \"He was fine Wednesday,\" Tom kept saying. That Saturday passed slowly.", time.Date(2016, 5, 2, 0, 0, 0, 0, time.UTC),
		[]want{{"eight minutes to midnight on Friday, November 11, 1994", "TIME 1994-11-11T23:52"}, {"Wednesday", "DATE 1994-11-09"}, {"That Saturday", "DATE 1994-11-12"}})
	// an hour on a weekday of a month written with its year; a story headed
	// by a day years after its DCT tells its hours on that day
	check(t, "It is a quarter past nine on the last Saturday of November, 2003, and Martin is the only guest.", time.Date(2005, 1, 18, 0, 0, 0, 0, time.UTC),
		[]want{{"a quarter past nine on the last Saturday of November, 2003", "TIME 2003-11-29T09:15"}})
	check(t, "High Water\n\nMonday, 8 March 2027. The barrier has closed again.\n\nShe comes on shift at 6am. The forecast has been the same since Friday.", time.Date(2024, 2, 15, 0, 0, 0, 0, time.UTC),
		[]want{{"Monday, 8 March 2027", "DATE 2027-03-08"}, {"6am", "TIME 2027-03-08T06:00"}, {"Friday", "DATE 2027-03-05"}})
	// a story's year just told holds its weekday's date, and what its people
	// say ahead ("this year", "Christmas") is of the story's year
	check(t, "Marian had cooked the dinner for years, and in 2009 she decided it would be the last time.\n\nShe told no one. On Monday, December 21, she bought a turkey. At nine Claire called: “Mom, we might just do Christmas here this year.”", time.Date(2014, 12, 19, 0, 0, 0, 0, time.UTC),
		[]want{{"years", "DURATION PXY"}, {"2009", "DATE 2009"}, {"Monday, December 21", "DATE 2009-12-21"}, {"nine", "TIME 2009-12-21T09:00"}, {"Christmas", "DATE 2009-12-25"}, {"this year", "DATE 2009"}})
	// a story told in the present from its first day: its hours are reached,
	// and "an hour ago" is before the time it is at
	check(t, "My sister's wedding is scheduled to begin at 4 p.m. on Saturday, June 17, 2017, and at 6:45 that morning I am standing in a parking lot, holding a goat. “Just hold him,” Roy said, an hour ago. At 8:30 I deliver the goat.", time.Date(2019, 5, 2, 0, 0, 0, 0, time.UTC),
		[]want{{"4 p.m. on Saturday, June 17, 2017", "TIME 2017-06-17T16:00"}, {"6:45 that morning", "TIME 2017-06-17T06:45"}, {"an hour ago", "TIME 2017-06-17T05:45"}, {"8:30", "TIME 2017-06-17T08:30"}})
	// a reconstruction told in the present of its day, an anniversary's
	check(t, "Forty years ago today, a jet took off in a snowstorm and fell into the river. What follows is a reconstruction of Wednesday, January 13, 1982.\n\nSnow begins to fall by early afternoon. The flight was due to leave at 2:15 p.m.", time.Date(2022, 1, 13, 0, 0, 0, 0, time.UTC),
		[]want{{"Forty years ago today", "DATE 1982-01-13"}, {"Wednesday, January 13, 1982", "DATE 1982-01-13"}, {"early afternoon", "TIME 1982-01-13TAF START"}, {"2:15 p.m.", "TIME 1982-01-13T14:15"}})
	// a weekday before the day of long ago its sentence goes on to write is of that day's week
	check(t, "Chapter Nine\n\nIt had rained since Saturday, and by the evening of Sunday, 3 November 1839, the road was mud. Her husband would be home by noon on Monday.", time.Date(2008, 9, 25, 0, 0, 0, 0, time.UTC),
		[]want{{"Saturday", "DATE 1839-11-02"}, {"the evening of Sunday, 3 November 1839", "TIME 1839-11-03TEV"}, {"noon on Monday", "TIME 1839-11-04T12:00"}})
	// a deadline ahead leaves the story's day where it is
	check(t, "It is the last Saturday of November, 2003. He has a survey to finish by Monday. At 10pm he goes down to the bar.", time.Date(2005, 1, 18, 0, 0, 0, 0, time.UTC),
		[]want{{"the last Saturday of November, 2003", "DATE 2003-11-29"}, {"Monday", "DATE 2003-12-01"}, {"10pm", "TIME 2003-11-29T22:00"}})
	// an hour after a stretch of time goes on from the hour before it
	check(t, "It was the last Saturday of November, 2003.\n\nBy half past eleven Martin was in bed. He read for twenty minutes. At 12.50 he was awake.", time.Date(2005, 1, 18, 0, 0, 0, 0, time.UTC),
		[]want{{"the last Saturday of November, 2003", "DATE 2003-11-29"}, {"half past eleven", "TIME 2003-11-29T23:30"}, {"twenty minutes", "DURATION PT20M"}, {"12.50", "TIME 2003-11-30T00:50"}})
	// a year a story at its day looks back to in the pluperfect leaves its day
	check(t, "On Sunday, October 12, 1958, the rain stopped. Grandma, who had come out from Ohio in 1899, said she had seen worse.\n\nThe sun came out on Saturday the 18th.", time.Date(2011, 8, 15, 0, 0, 0, 0, time.UTC),
		[]want{{"Sunday, October 12, 1958", "DATE 1958-10-12"}, {"1899", "DATE 1899"}, {"Saturday the 18th", "DATE 1958-10-18"}})
	// a look back goes on past a guess set off by a comma, and leaves the story's day
	check(t, "At 6.40am on Monday, 12 October 2009, a man was found.\n\nSomeone had struck him on the back of the head, probably some time on Saturday, and put him in the water. That evening Ruth sat in the incident room.", time.Date(2011, 3, 14, 0, 0, 0, 0, time.UTC),
		[]want{{"6.40am on Monday, 12 October 2009", "TIME 2009-10-12T06:40"}, {"Saturday", "DATE 2009-10-10"}, {"That evening", "TIME 2009-10-12TEV"}})
	// a letter printed three weeks on, its preface naming the feast it was
	// written at: a feast is no day of news, and the letter's day is its present
	check(t, "Ruth, who left the village in January to spend a year teaching, sent us this letter at Easter.\n\nValparaíso, Sunday 16 April 2006\n\nDear all,\n\nIt is Easter Sunday here, and this morning the hills were wrapped in fog.", time.Date(2006, 5, 7, 0, 0, 0, 0, time.UTC),
		[]want{{"January", "DATE 2006-01"}, {"a year", "DURATION P1Y"}, {"Easter", "DATE 2006-04-16"}, {"Sunday 16 April 2006", "DATE 2006-04-16"}, {"Easter Sunday", "DATE 2006-04-16"}, {"this morning", "TIME 2006-04-16TMO"}})
	// an hour alone opens a clause whose subject is a name, or is told "about"
	check(t, "On Tuesday 8 March 1994 the body was found at dawn. At 9.40 Moran's car pulled in. He came back at about eleven.", time.Date(2019, 1, 15, 0, 0, 0, 0, time.UTC),
		[]want{{"Tuesday 8 March 1994", "DATE 1994-03-08"}, {"dawn", "TIME 1994-03-08TMO"}, {"9.40", "TIME 1994-03-08T09:40"}, {"eleven", "TIME 1994-03-08T11:00 APPROX"}})
}

// TestLogsAndTimelines: a timeline's dated entry sets the story's day; a
// log's "Thursday, 29th" is the day of its month (or the next or last one)
// that falls on that weekday, and never a 31st of April.
func TestLogsAndTimelines(t *testing.T) {
	check(t, "Friday, 14 October 1994. Harrow leaves the pub. On Saturday his car is found.", time.Date(2019, 3, 15, 0, 0, 0, 0, time.UTC),
		[]want{{"Friday, 14 October 1994", "DATE 1994-10-14"}, {"Saturday", "DATE 1994-10-15"}})
	check(t, "Friday, 14 October 1994. He mentions it to no one until Monday.\n\nSaturday afternoon. She telephones.\n\nThursday, 20 October. The daughter calls. On Christmas Eve 1964, they met again.", time.Date(2019, 3, 15, 0, 0, 0, 0, time.UTC),
		[]want{{"Friday, 14 October 1994", "DATE 1994-10-14"}, {"Monday", "DATE 1994-10-17"}, {"Saturday afternoon", "TIME 1994-10-15TAF"},
			{"Thursday, 20 October", "DATE 1994-10-20"}, {"Christmas Eve 1964", "DATE 1964-12-24"}})
	check(t, "The ship sailed on 1 March 1821.\n\nThursday, 29th. Calm.\n\nSaturday, 31st. Wind from the west.", time.Date(2014, 11, 20, 0, 0, 0, 0, time.UTC),
		[]want{{"1 March 1821", "DATE 1821-03-01"}, {"Thursday, 29th", "DATE 1821-03-29"}, {"Saturday, 31st", "DATE 1821-03-31"}})
	// a timeline of entries headed "18 June 1948 –" tells its future from
	// them, in the present: not the DCT's; but "9–14 April" heads no day
	check(t, "Timeline of the Berlin Blockade\n\n18 June 1948 – The Allies announce that the Deutsche Mark will replace the Reichsmark, effective Sunday.\n23 June – The Soviets order their own reform. They prepare for the coming winter.", time.Date(2019, 5, 8, 0, 0, 0, 0, time.UTC),
		[]want{{"18 June 1948", "DATE 1948-06-18"}, {"Sunday", "DATE 1948-06-20"}, {"23 June", "DATE 1948-06-23"}, {"the coming winter", "DATE 1948-WI"}})
	// an hour told in a timeline's entry is of the entry's day
	check(t, "Saturday was the second night of the set.\n\n6pm — Parade.\n\n7.12pm — First shout. Back at station by quarter to eight.\n\n6.45am — Lift rescue, one of them due at work at seven.", time.Date(2024, 2, 13, 0, 0, 0, 0, time.UTC),
		[]want{{"Saturday", "DATE 2024-02-10"}, {"6pm", "TIME 2024-02-10T18:00"}, {"7.12pm", "TIME 2024-02-10T19:12"}, {"quarter to eight", "TIME 2024-02-10T19:45"},
			{"6.45am", "TIME 2024-02-11T06:45"}, {"seven", "TIME 2024-02-11T07:00"}})
	// a past tense that opens a line, after a heading, looks back
	check(t, "Week 4 — Jan. 25\nMissed Thursday because of the snow.", time.Date(2016, 4, 26, 0, 0, 0, 0, time.UTC),
		[]want{{"Jan. 25", "DATE 2016-01-25"}, {"Thursday", "DATE 2016-01-21"}})
	// an e-mail's header stamps its day and time as one
	check(t, "From: Joanne Pell\nDate: Tuesday 12 April 2016, 21:14\n\nDear Mrs Lund,", time.Date(2018, 3, 14, 0, 0, 0, 0, time.UTC),
		[]want{{"Tuesday 12 April 2016, 21:14", "TIME 2016-04-12T21:14"}})
	check(t, "From: Hannah Okafor\nSent: Monday, 14 March 2022 22:06\nSubject: Arrived!", time.Date(2022, 10, 7, 0, 0, 0, 0, time.UTC),
		[]want{{"Monday, 14 March 2022 22:06", "TIME 2022-03-14T22:06"}})
	// news that has told the night before its day tells that night's hours gone by
	check(t, "Storms spun off tornadoes overnight, killing six, officials said Monday.\n\nA tornado touched down at 11:38 p.m. in Hollis Creek. Crews will work until 6 p.m.", time.Date(2006, 4, 3, 0, 0, 0, 0, time.UTC),
		[]want{{"overnight", "TIME 2006-04-02TNI"}, {"Monday", "DATE 2006-04-03"}, {"11:38 p.m.", "TIME 2006-04-02T23:38"}, {"6 p.m.", "TIME 2006-04-03T18:00"}})
	// the day a report was released, after the events' day, is not theirs
	check(t, "A high school was locked down Wednesday, according to a timeline the district released Thursday.\n\nA student told a monitor at 10:14 a.m. that she had seen a gun.", time.Date(2015, 5, 21, 0, 0, 0, 0, time.UTC),
		[]want{{"Wednesday", "DATE 2015-05-20"}, {"Thursday", "DATE 2015-05-21"}, {"10:14 a.m.", "TIME 2015-05-20T10:14"}})
	// a day someone said is not the report's day for its hours
	check(t, "“After noon tomorrow, I don’t want anybody on those roads,” the judge said.\n\nA mandatory evacuation takes effect at 6 p.m.", time.Date(2015, 9, 1, 0, 0, 0, 0, time.UTC),
		[]want{{"noon tomorrow", "TIME 2015-09-02T12:00"}, {"6 p.m.", "TIME 2015-09-01T18:00"}})
	// a week ahead's entry holds its hours: not the day of a thing named after
	// them ("the May 6 primary"), nor the tense of the next sentence
	check(t, "Sunday, March 16, 2014\n\nTuesday: Residents have until 9 p.m. to register for the May 6 primary.\n\nThursday: Ohio State plays Dayton; tipoff is set for 12:15 p.m. Earlier the state releases its figures.", time.Date(2014, 3, 16, 0, 0, 0, 0, time.UTC),
		[]want{{"Sunday, March 16, 2014", "DATE 2014-03-16"}, {"Tuesday", "DATE 2014-03-18"}, {"9 p.m.", "TIME 2014-03-18T21:00"}, {"May 6", "DATE 2014-05-06"},
			{"Thursday", "DATE 2014-03-20"}, {"12:15 p.m.", "TIME 2014-03-20T12:15"}})
	// a fixture list's time is its line's day ("Sat" on the next line is no past tense)
	check(t, "Opening fixtures\nSat 9 Aug: Rochdale (h), 3pm\nTue 12 Aug: Carling Cup first round, Oxford United (a), 7.45pm\nSat 16 Aug: Boston United (a), 3pm", time.Date(2003, 8, 7, 0, 0, 0, 0, time.UTC),
		[]want{{"Sat 9 Aug", "DATE 2003-08-09"}, {"3pm", "TIME 2003-08-09T15:00"}, {"Tue 12 Aug", "DATE 2003-08-12"}, {"7.45pm", "TIME 2003-08-12T19:45"}, {"Sat 16 Aug", "DATE 2003-08-16"}, {"3pm", "TIME 2003-08-16T15:00"}})
	// a live blog's entry headed by its time on a line of its own
	check(t, "11.15pm\nVerification is under way. The returning officer expects the first declarations shortly after 1am.", time.Date(2019, 5, 2, 0, 0, 0, 0, time.UTC),
		[]want{{"11.15pm", "TIME 2019-05-02T23:15"}, {"1am", "TIME 2019-05-03T01:00"}})
	check(t, "8:00pm\nPolls are closed. Stations opened at 8am.", time.Date(2019, 5, 2, 0, 0, 0, 0, time.UTC),
		[]want{{"8:00pm", "TIME 2019-05-02T20:00"}, {"8am", "TIME 2019-05-02T08:00"}})
	// a diary's entry headed by its day and the place it was written at
	check(t, "Thursday 8 September 2011\nWe sailed from Tilbury.\n\nFriday 9 September, English Channel\nWoke at 6am. Clocks go back an hour tonight.", time.Date(2012, 2, 18, 0, 0, 0, 0, time.UTC),
		[]want{{"Thursday 8 September 2011", "DATE 2011-09-08"}, {"Friday 9 September", "DATE 2011-09-09"}, {"6am", "TIME 2011-09-09T06:00"}, {"an hour", "DURATION PT1H"}, {"tonight", "TIME 2011-09-09TNI"}})
	// a blog's post headed "January — posted Sunday 11 January 2009" tells its days from its head
	check(t, "January — posted Sunday 11 January 2009\nWe got the keys on Thursday! This morning we dug.", time.Date(2009, 12, 29, 0, 0, 0, 0, time.UTC),
		[]want{{"January", "DATE 2009-01"}, {"Sunday 11 January 2009", "DATE 2009-01-11"}, {"Thursday", "DATE 2009-01-08"}, {"This morning", "TIME 2009-01-11TMO"}})
	// a blog series' parts, headed "Part 2 — Saturday 2 February 2013", tell their days from their heads
	check(t, "Part 1 — Sunday 6 January 2013\n\nThis week we are packing. The fridge moves tomorrow.\n\nPart 2 — Saturday 2 February 2013\n\nThe footings went in last Thursday.", time.Date(2013, 7, 21, 0, 0, 0, 0, time.UTC),
		[]want{{"Sunday 6 January 2013", "DATE 2013-01-06"}, {"This week", "DATE 2013-W01"}, {"tomorrow", "DATE 2013-01-07"}, {"Saturday 2 February 2013", "DATE 2013-02-02"}, {"last Thursday", "DATE 2013-01-31"}})
	check(t, "The campaign was fought from 9 April to 10 June 1940.\n\n9–14 April\n\nGerman forces landed on Tuesday, 9 April. On Wednesday the king met the envoy.", time.Date(2019, 4, 9, 0, 0, 0, 0, time.UTC),
		[]want{{"9 April", "DATE 1940-04-09"}, {"10 June 1940", "DATE 1940-06-10"}, {"9", "DATE 1940-04-09"}, {"14 April", "DATE 1940-04-14"}, {"Tuesday, 9 April", "DATE 1940-04-09"}, {"Wednesday", "DATE 1940-04-10"}})
}

// TestInfinitiveOfIntent: a day after what was voted, agreed or ordered to
// happen is still to come; after what was tried, it has passed.
func TestInfinitiveOfIntent(t *testing.T) {
	check(t, "Drivers voted to strike from 4 a.m. Monday, their union said.", fri,
		[]want{{"4 a.m. Monday", "TIME 2013-03-25T04:00"}})
	check(t, "The two leaders agreed to meet Tuesday in Geneva.", fri,
		[]want{{"Tuesday", "DATE 2013-03-26"}})
	check(t, "Officials advised residents to stay indoors until Sunday.", fri,
		[]want{{"Sunday", "DATE 2013-03-24"}})
	check(t, "Police tried to arrest him Tuesday.", fri,
		[]want{{"Tuesday", "DATE 2013-03-19"}})
	check(t, "The Arab League voted to protect the kingdom, with the first troops arriving Tuesday.", fri,
		[]want{{"Tuesday", "DATE 2013-03-19"}})
}

// TestRangeOfWeekdays: a range of days told against the DCT that starts on
// its day or later ends after its start.
func TestRangeOfWeekdays(t *testing.T) {
	check(t, "Forecasters issued a warning from 11 a.m. Friday through 9 p.m. Sunday.", fri,
		[]want{{"11 a.m. Friday", "TIME 2013-03-22T11:00"}, {"9 p.m. Sunday", "TIME 2013-03-24T21:00"}})
	check(t, "The talks ran from Monday to Wednesday.", fri,
		[]want{{"Monday", "DATE 2013-03-18"}, {"Wednesday", "DATE 2013-03-20"}})
}

// TestWeekdayOfWeekNamed: "Wednesday next week", "Sunday last week" are
// that day of the week named; a range's end leaves the week to the range.
func TestWeekdayOfWeekNamed(t *testing.T) {
	jun12 := time.Date(2014, 6, 12, 0, 0, 0, 0, time.UTC) // a Thursday
	check(t, "The court will rise early on Wednesday next week. The tournament began on Sunday last week.", jun12,
		[]want{{"Wednesday next week", "DATE 2014-06-18"}, {"Sunday last week", "DATE 2014-06-08"}})
	check(t, "Free films run from Tuesday to Friday next week.", jun12,
		[]want{{"Tuesday", "DATE 2014-06-17"}, {"Friday", "DATE 2014-06-20"}, {"next week", "DATE 2014-W25"}})
}

// TestBulletinTimes: a bulletin's labelled times are times of the day
// next to them: "Issued: 05:30 Monday", "Next bulletin: Wednesday 07:00",
// "347 AM EST Tue Jan 18 2022", "12Z Wednesday".
func TestBulletinTimes(t *testing.T) {
	check(t, "Issued: 05:30 Monday\nValid until: 10:00 Tuesday\nNext update: 11:00 today.\nNext bulletin: Wednesday 07:00.", time.Date(2010, 12, 20, 0, 0, 0, 0, time.UTC),
		[]want{{"05:30 Monday", "TIME 2010-12-20T05:30"}, {"10:00 Tuesday", "TIME 2010-12-21T10:00"}, {"11:00 today", "TIME 2010-12-20T11:00"}, {"Wednesday 07:00", "TIME 2010-12-22T07:00"}})
	// a wire's or a bulletin's four figures before a day are an hour of it
	check(t, "Valid from 1800 Saturday until 1200 Sunday. High tides at about 2130 tonight and at 0945 tomorrow. The war began in 1914 Saturday was quiet.", time.Date(2022, 11, 26, 0, 0, 0, 0, time.UTC),
		[]want{{"1800 Saturday", "TIME 2022-11-26T18:00"}, {"1200 Sunday", "TIME 2022-11-27T12:00"}, {"2130 tonight", "TIME 2022-11-26T21:30 APPROX"}, {"0945 tomorrow", "TIME 2022-11-27T09:45"},
			{"1914", "DATE 1914"}, {"Saturday", "DATE 2022-11-26"}})
	// a weather bulletin's "347 AM EST" and a forecaster's UTC "12Z";
	// "1030 PM" is no year
	check(t, "Area Forecast Discussion\n347 AM EST Tue Jan 18 2022\n\nThe warning runs until 1030 PM EST. Valid 12Z Wednesday to 00Z Thursday. The 06Z run was drier.", time.Date(2022, 1, 18, 0, 0, 0, 0, time.UTC),
		[]want{{"347 AM EST Tue Jan 18 2022", "TIME 2022-01-18T03:47"}, {"1030 PM EST", "TIME 2022-01-18T22:30"}, {"12Z Wednesday", "TIME 2022-01-19T12:00"},
			{"00Z Thursday", "TIME 2022-01-20T00:00"}, {"06Z", "TIME 2022-01-18T06:00"}})
}

// TestZoneConversions: a time restated in another zone is tagged in news
// only when it names its day, and the story's day stays.
func TestZoneConversions(t *testing.T) {
	check(t, "The capsule lifted off at 9:41 p.m. EDT Wednesday (0141 GMT Thursday). Its solar arrays unfolded shortly after 10:30 p.m.", time.Date(2021, 11, 4, 0, 0, 0, 0, time.UTC),
		[]want{{"9:41 p.m. EDT Wednesday", "TIME 2021-11-03T21:41"}, {"0141 GMT Thursday", "TIME 2021-11-04T01:41"}, {"10:30 p.m.", "TIME 2021-11-03T22:30"}})
	check(t, "The quake struck at 10:35 a.m. (0735 GMT) Friday.", fri,
		[]want{{"10:35 a.m.", "TIME 2013-03-22T10:35"}, {"Friday", "DATE 2013-03-22"}})
	// a timeline's restated time is of the day of the time it restates, as
	// written: not the next morning, nor the evening
	check(t, "12 August 1985, 18:12 (09:12 UTC): the flight departs. 19:15 (10:15 UTC): the search begins.", time.Date(2015, 8, 12, 0, 0, 0, 0, time.UTC),
		[]want{{"12 August 1985, 18:12", "TIME 1985-08-12T18:12"}, {"09:12 UTC", "TIME 1985-08-12T09:12"}, {"19:15", "TIME 1985-08-12T19:15"}, {"10:15 UTC", "TIME 1985-08-12T10:15"}})
}

// TestAgeOfAThing: "a 12th-century abbey" describes the abbey; the story
// stays on its day.
func TestAgeOfAThing(t *testing.T) {
	check(t, "The couple married Saturday evening in a 12th-century abbey.\n\nThe ceremony began shortly after 7 p.m.", time.Date(2009, 6, 28, 0, 0, 0, 0, time.UTC),
		[]want{{"Saturday evening", "TIME 2009-06-27TEV"}, {"12th-century", "DATE 11"}, {"7 p.m.", "TIME 2009-06-27T19:00"}})
}

// TestPastInBaseForm: "it forecast" is past, as "it forecasts" would be present.
func TestPastInBaseForm(t *testing.T) {
	check(t, "The company expects revenue to grow 2 percent, down from the 3 percent it forecast in July.", time.Date(2016, 10, 27, 0, 0, 0, 0, time.UTC),
		[]want{{"July", "DATE 2016-07"}})
}

// TestTheUnitBefore: "the week before" moves the last date by a week (a
// month by a month), "the week before that" once more; a date in a clause
// opened by "since" is no date the text is at.
func TestTheUnitBefore(t *testing.T) {
	check(t, "Officials reported 23 cases last week, bringing the total to 118 since the first case was confirmed on Dec. 28. They said 19 cases were reported the week before and 14 the week before that.", time.Date(2023, 2, 13, 0, 0, 0, 0, time.UTC),
		[]want{{"last week", "DATE 2023-W06"}, {"Dec. 28", "DATE 2022-12-28"}, {"the week before", "DATE 2023-W05"}, {"the week before that", "DATE 2023-W04"}})
	check(t, "Sales fell in January, after rising the month before.", fri,
		[]want{{"January", "DATE 2013-01"}, {"the month before", "DATE 2012-12"}})
	// "that" before its clause's subject stands for the time told
	check(t, "We went hopping in Kent in 1955. The year after that we went again, and the day after that meeting it rained.", fri,
		[]want{{"1955", "DATE 1955"}, {"The year after that", "DATE 1956"}, {"the day", "DATE XXXX-XX-XX"}})
	check(t, "I'm in Brussels the week after next, and we met there the year before last.", time.Date(2019, 2, 19, 0, 0, 0, 0, time.UTC),
		[]want{{"the week after next", "DATE 2019-W10"}, {"the year before last", "DATE 2017"}})
}

// TestHolidayWeekends: "the Memorial Day weekend" is the weekend nearest
// the holiday: before a Monday's, in the week of any other.
func TestHolidayWeekends(t *testing.T) {
	sep := time.Date(2010, 9, 10, 0, 0, 0, 0, time.UTC)
	check(t, "Traffic was heavy over the Easter weekend.", sep, []want{{"the Easter weekend", "DATE 2010-W13-WE"}})
	check(t, "The Labor Day weekend was deadly on the roads.", sep, []want{{"The Labor Day weekend", "DATE 2010-W35-WE"}})
	check(t, "Stores opened early on Thanksgiving weekend.", sep, []want{{"Thanksgiving weekend", "DATE 2009-W48-WE"}})
	// a weekend still to come in the week of the DCT ("the Easter weekend"
	// told on the Tuesday before Easter Sunday) is this year's
	check(t, "Thousands are expected to leave Dublin from Thursday for the Easter weekend.", time.Date(1994, 3, 29, 0, 0, 0, 0, time.UTC),
		[]want{{"Thursday", "DATE 1994-03-31"}, {"the Easter weekend", "DATE 1994-W13-WE"}})
	// a feast just after a day of another year that the sentence told is that year's
	check(t, "A man was sentenced Thursday for the fire. He was fired on Feb. 11, 2015. Three days later, on the evening of Valentine's Day, he sent a text.", time.Date(2017, 3, 24, 0, 0, 0, 0, time.UTC),
		[]want{{"Thursday", "DATE 2017-03-23"}, {"Feb. 11, 2015", "DATE 2015-02-11"}, {"Three days", "DURATION P3D"}, {"the evening of Valentine's Day", "TIME 2015-02-14TEV"}})
}

// TestStoryWeeks: a story's "last weekend" is the one before its day, and
// "the following morning" follows the last day it told.
func TestStoryWeeks(t *testing.T) {
	check(t, "The phone rang at midnight on Friday, November 11, 1994. On Tuesday evening he said he had meant to put the storm windows up last weekend. She drove home the following morning.", time.Date(2016, 5, 2, 0, 0, 0, 0, time.UTC),
		[]want{{"midnight on Friday, November 11, 1994", "TIME 1994-11-11T24:00"}, {"Tuesday evening", "TIME 1994-11-15TEV"},
			{"last weekend", "DATE 1994-W45-WE"}, {"the following morning", "TIME 1994-11-16TMO"}})
}

// TestNewsWithHistory: news that has told a day against the DCT keeps its
// year after a paragraph of history.
func TestNewsWithHistory(t *testing.T) {
	check(t, "The cardinals voted twice on Wednesday. The 2005 conclave lasted two days. The longest of the past century, in 1922, needed five days. In the 13th century elections dragged on; the one after the death of Clement IV in 1268 lasted almost three years, one in 1241 two and one in 1314 two. Benedict announced on Feb. 11 that he would resign.", time.Date(2013, 3, 13, 0, 0, 0, 0, time.UTC),
		[]want{{"Wednesday", "DATE 2013-03-13"}, {"2005", "DATE 2005"}, {"two days", "DURATION P2D"}, {"the past century", "DURATION P100Y"}, {"1922", "DATE 1922"}, {"five days", "DURATION P5D"},
			{"the 13th century", "DATE 12"}, {"1268", "DATE 1268"}, {"almost three years", "DURATION P3Y LESS_THAN"}, {"1241", "DATE 1241"}, {"1314", "DATE 1314"}, {"Feb. 11", "DATE 2013-02-11"}})
}

// TestPartOfADate: "the night of 21/22 May 1941" is a part of a day the
// text names, an overnight one of its first day.
func TestPartOfADate(t *testing.T) {
	check(t, "The attack came on the night of 21/22 May 1941, and on the morning of 13 January 1842 the survivors reached Gandamak; the final was played on the afternoon of Wednesday 5 March 1924.", fri,
		[]want{{"the night of 21/22 May 1941", "TIME 1941-05-21TNI"}, {"the morning of 13 January 1842", "TIME 1842-01-13TMO"}, {"the afternoon of Wednesday 5 March 1924", "TIME 1924-03-05TAF"}})
	check(t, "In June 1381 the rebels came. At seven o'clock on the morning of Friday 14 June Richard rode out.", fri,
		[]want{{"June 1381", "DATE 1381-06"}, {"seven o'clock on the morning of Friday 14 June", "TIME 1381-06-14T07:00"}})
}

// TestStoryYearMovesOn: a month and year that open a sentence move a
// story on to that year; a year recalled inside a clause does not.
func TestStoryYearMovesOn(t *testing.T) {
	check(t, "The first great fleet action came on 13 June 1665 off Lowestoft.\n\n1666\n\nIn January 1666 France entered the war. On 11 June the fleets met again. By the spring of 1667 the ships were laid up, and peace talks began in May.", time.Date(2014, 6, 13, 0, 0, 0, 0, time.UTC),
		[]want{{"13 June 1665", "DATE 1665-06-13"}, {"1666", "DATE 1666"}, {"January 1666", "DATE 1666-01"}, {"11 June", "DATE 1666-06-11"}, {"the spring of 1667", "DATE 1667-SP"}, {"May", "DATE 1667-05"}})
	check(t, "On Tuesday, November 22, 2016, I landed in Lima. The inquiry published in January 2012 had warned of floods. On Friday I flew north.", time.Date(2019, 3, 1, 0, 0, 0, 0, time.UTC),
		[]want{{"Tuesday, November 22, 2016", "DATE 2016-11-22"}, {"January 2012", "DATE 2012-01"}, {"Friday", "DATE 2016-11-25"}})
	// a future seen from the story's past; the new year of a winter told;
	// a month "since" is the last one before
	check(t, "I was hired in August 1971. In October the district announced that we would switch to the new curriculum in January. The winter of 1971-72 was brutal. We lost four days to snow in January, and on February 3 the furnace quit. On March 21 a boy who had not read aloud since September read a page.", time.Date(2016, 9, 6, 0, 0, 0, 0, time.UTC),
		[]want{{"August 1971", "DATE 1971-08"}, {"October", "DATE 1971-10"}, {"January", "DATE 1972-01"}, {"The winter of 1971-72", "DATE 1971-WI"}, {"four days", "DURATION P4D"},
			{"January", "DATE 1972-01"}, {"February 3", "DATE 1972-02-03"}, {"March 21", "DATE 1972-03-21"}, {"September", "DATE 1971-09"}})
	// an oral history headed by its day: the making of the text and a
	// teller's birth year leave the story where it was
	check(t, "Blaencarn Colliery explosion, 14 March 1957: voices from the valley. Recorded by the Heritage Group, 2015–2016.\n\nEVAN (collier, born 1931): We went on at two as a rule, but that Thursday the cage was late.", time.Date(2017, 3, 14, 0, 0, 0, 0, time.UTC),
		[]want{{"14 March 1957", "DATE 1957-03-14"}, {"2015", "DATE 2015"}, {"2016", "DATE 2016"}, {"1931", "DATE 1931"}, {"two", "TIME XXXX-XX-XXT14:00"}, {"that Thursday", "DATE 1957-03-14"}})
	// "sixty years later" past the writer's present leaves the story; a
	// week told is of its month
	check(t, "I started at the school on Wednesday, 4 September 1957. Nearly sixty years later I can still smell the polish. The autumn was wet, and by the end of October I was lost.", time.Date(2015, 2, 10, 0, 0, 0, 0, time.UTC),
		[]want{{"Wednesday, 4 September 1957", "DATE 1957-09-04"}, {"Nearly sixty years", "DURATION P60Y APPROX"}, {"The autumn", "DATE 1957-FA"}, {"the end of October", "DATE 1957-10 END"}})
	check(t, "Parliament was dissolved on Wednesday, 24 March 1880. The following week the campaign began. Polling began on 31 March.", time.Date(2015, 2, 10, 0, 0, 0, 0, time.UTC),
		[]want{{"Wednesday, 24 March 1880", "DATE 1880-03-24"}, {"The following week", "DATE 1880-W14"}, {"31 March", "DATE 1880-03-31"}})
	check(t, "On Wednesday, December 30, 1936, the men sat down in the plant. The organisers planned to strike after New Year's Day.", time.Date(2016, 2, 11, 0, 0, 0, 0, time.UTC),
		[]want{{"Wednesday, December 30, 1936", "DATE 1936-12-30"}, {"New Year's Day", "DATE 1937-01-01"}})
	check(t, "On August 20, 1994, my uncle handed me my last envelope and said I could come back next summer if I wanted.", time.Date(2016, 5, 10, 0, 0, 0, 0, time.UTC),
		[]want{{"August 20, 1994", "DATE 1994-08-20"}, {"next summer", "DATE 1995-SU"}})
	// a winter named by its year alone is named by its January
	check(t, "The winter of 1947 came late to Harrowside. Until the middle of January the ewes were still out on the fell.", time.Date(2002, 3, 14, 0, 0, 0, 0, time.UTC),
		[]want{{"The winter of 1947", "DATE 1947-WI"}, {"the middle of January", "DATE 1947-01 MID"}})
	// a state then reached, in the pluperfect after a fronted day, is no look back
	check(t, "It was Friday, the fourteenth of October 1983, and the rain followed Nell up the M6. She went to bed at ten.\n\nOn Saturday morning the rain had gone. Wilson came up the lane at half past eight.", time.Date(2009, 5, 14, 0, 0, 0, 0, time.UTC),
		[]want{{"Friday, the fourteenth of October 1983", "DATE 1983-10-14"}, {"ten", "TIME 1983-10-14T22:00"}, {"Saturday morning", "TIME 1983-10-15TMO"}, {"half past eight", "TIME 1983-10-15T08:30"}})
	// from a season, "the next July" is after it
	check(t, "He toured Ireland in the summer of 1963. The next July he was back in Dublin.", time.Date(1979, 11, 8, 0, 0, 0, 0, time.UTC),
		[]want{{"the summer of 1963", "DATE 1963-SU"}, {"The next July", "DATE 1964-07"}})
	// a chapter titled with a colon tells its year in its first sentence; a
	// title's season is no time; a day of the month follows the month just
	// named, though as a bound
	check(t, "Chapter Seven: The Long Winter\n\nThe winter of 1947 came late. Until the middle of January the ewes were out. Then, on the twenty-third, the wind went round into the east. By evening it was snowing.", time.Date(2002, 3, 14, 0, 0, 0, 0, time.UTC),
		[]want{{"The winter of 1947", "DATE 1947-WI"}, {"the middle of January", "DATE 1947-01 MID"}, {"the twenty-third", "DATE 1947-01-23"}, {"evening", "TIME 1947-01-23TEV"}})
	// an oral history told on a day of long ago: "on a Monday, the 12th"
	check(t, "These recollections were recorded in the spring of 2017.\n\nJOAN: We came out on a Monday, the 12th of September 1977. The management had told us on the Friday that the bonus was going.", time.Date(2017, 6, 15, 0, 0, 0, 0, time.UTC),
		[]want{{"the spring of 2017", "DATE 2017-SP"}, {"Monday, the 12th of September 1977", "DATE 1977-09-12"}, {"Friday", "DATE 1977-09-09"}})
	// a story setting its scene with "It was" goes on in the season of long
	// ago it was asked about
	check(t, "Recorded on 4 November 2008.\n\nQ: Can you tell us about the summer of 1976?\n\nI was nine that summer. It was the first Saturday in August, and we went to the beach that afternoon.", time.Date(2009, 2, 16, 0, 0, 0, 0, time.UTC),
		[]want{{"4 November 2008", "DATE 2008-11-04"}, {"the summer of 1976", "DATE 1976-SU"}, {"that summer", "DATE 1976-SU"}, {"the first Saturday in August", "DATE 1976-08-07"}, {"that afternoon", "TIME 1976-08-07TAF"}})
	// a participle after its noun looks ahead from the story's year, not
	// from the DCT's
	check(t, "In October 1862 he published his first paper. In the summer of 1868 the government agreed to send him to India to observe the total eclipse of the Sun expected on 18 August. He sailed from Trieste in late May.", time.Date(2023, 6, 14, 0, 0, 0, 0, time.UTC),
		[]want{{"October 1862", "DATE 1862-10"}, {"the summer of 1868", "DATE 1868-SU"}, {"18 August", "DATE 1868-08-18"}, {"late May", "DATE 1868-05 END"}})
	// a story told in the present: its alarm wakes in the morning, its
	// "next year" is its own
	check(t, "Marseille, Tuesday, 3 July 1962\n\nAt five the alarm goes, and Lucien is already awake. The ship is due at seven. Next year, who knows.", time.Date(2018, 9, 21, 0, 0, 0, 0, time.UTC),
		[]want{{"Tuesday, 3 July 1962", "DATE 1962-07-03"}, {"five", "TIME 1962-07-03T05:00"}, {"seven", "TIME 1962-07-03T07:00"}, {"Next year", "DATE 1963"}})
}

// TestStoryPartsOfDay: a story's "in the afternoon", "by the evening",
// "during the night" and "the next morning" follow its day however far
// back it was told; an hour "on 20 May" is that day's.
func TestStoryPartsOfDay(t *testing.T) {
	check(t, "The Battle of Crete (20 May – 1 June 1941) was fought on the island. In April 1941 troops were evacuated there, and Freyberg took command on 30 April.\n\nThe attack began at about 08:00 on 20 May, when gliders landed. A second wave came down in the afternoon. Losses were severe, and by the evening none of the airfields was taken. During the night, however, the battalion withdrew. Its commander had lost contact. The Germans occupied the hill the next morning.", time.Date(2011, 5, 23, 0, 0, 0, 0, time.UTC),
		[]want{{"20 May", "DATE 1941-05-20"}, {"1 June 1941", "DATE 1941-06-01"}, {"April 1941", "DATE 1941-04"}, {"30 April", "DATE 1941-04-30"}, {"08:00 on 20 May", "TIME 1941-05-20T08:00 APPROX"},
			{"the afternoon", "TIME 1941-05-20TAF"}, {"the evening", "TIME 1941-05-20TEV"}, {"the night", "TIME 1941-05-20TNI"}, {"the next morning", "TIME 1941-05-21TMO"}})
}

// TestLetters: a letter's head ("Quebec, 28th April 1887") is its day: its
// present is that day, and the first sentences after it tell their week
// by tense, as news does.
func TestLetters(t *testing.T) {
	check(t, "I.\nLiverpool, Thursday 14th April 1887\n\nDear Mother,\nWe are lodged tonight near the docks. I have spent this morning buying a plate.\n\nII.\nQuebec, 28th April 1887\n\nDear Mother,\nWe came in sight of land on Monday and anchored off Quebec this morning. A child died on Tuesday night and was buried at sea the following morning. We go on to Toronto tomorrow.", time.Date(2018, 11, 8, 0, 0, 0, 0, time.UTC),
		[]want{{"Thursday 14th April 1887", "DATE 1887-04-14"}, {"tonight", "TIME 1887-04-14TNI"}, {"this morning", "TIME 1887-04-14TMO"},
			{"28th April 1887", "DATE 1887-04-28"}, {"Monday", "DATE 1887-04-25"}, {"this morning", "TIME 1887-04-28TMO"},
			{"Tuesday night", "TIME 1887-04-26TNI"}, {"the following morning", "TIME 1887-04-27TMO"}, {"tomorrow", "DATE 1887-04-29"}})
}

// TestBlogEntries: a blog's post headed by its day tells its "this
// morning" and "yesterday" of that day, however near the DCT, and the
// posts go on from each other.
func TestBlogEntries(t *testing.T) {
	check(t, "Coldwater Dippers – club blog\n\nSunday 4 October 2015\n\nEleven of us at the lake this morning. The water was cold at 8am.\n\nSunday 8 November 2015\n\nGrim. Heavy rain all day yesterday.\n", time.Date(2016, 2, 1, 0, 0, 0, 0, time.UTC),
		[]want{{"Sunday 4 October 2015", "DATE 2015-10-04"}, {"this morning", "TIME 2015-10-04TMO"}, {"8am", "TIME 2015-10-04T08:00"}, {"Sunday 8 November 2015", "DATE 2015-11-08"}, {"all day", "DURATION P1D"}, {"yesterday", "DATE 2015-11-07"}})
	// a travel blog's days headed with their stage
	check(t, "Saturday, 15 June 2019 - Bodø to Moskenes\nCaught the ferry that evening.\n\nSunday - Å and Reine\nRode to Reine this morning.\n\nMonday 17 June - Reine to Ramberg\nYesterday's wind has gone. Tonight I'm in Ramberg.", time.Date(2019, 6, 22, 0, 0, 0, 0, time.UTC),
		[]want{{"Saturday, 15 June 2019", "DATE 2019-06-15"}, {"that evening", "TIME 2019-06-15TEV"}, {"Sunday", "DATE 2019-06-16"}, {"this morning", "TIME 2019-06-16TMO"},
			{"Monday 17 June", "DATE 2019-06-17"}, {"Yesterday", "DATE 2019-06-16"}, {"Tonight", "TIME 2019-06-17TNI"}})
	// entries headed by month and day go on from the last, whatever the
	// tense of their first line, and the date of a thing found in one ("a
	// newspaper from March 3, 1931") is no entry's
	check(t, "Nov. 8, 2008\nWe closed on the bungalow.\n\nDec. 20\nWe moved in.\n\nFeb. 14\nValentine's Day, spent demolishing the kitchen. Under the sink we found a newspaper from March 3, 1931.\n\nApril 4\nThe cabinets came.", time.Date(2009, 11, 21, 0, 0, 0, 0, time.UTC),
		[]want{{"Nov. 8, 2008", "DATE 2008-11-08"}, {"Dec. 20", "DATE 2008-12-20"}, {"Feb. 14", "DATE 2009-02-14"}, {"Valentine's Day", "DATE 2009-02-14"}, {"March 3, 1931", "DATE 1931-03-03"}, {"April 4", "DATE 2009-04-04"}})
}

// TestSeasonsAsModifiers: "a winter storm" is a kind of storm; "winter
// came early" and "the summer insisting" are times.
func TestSeasonsAsModifiers(t *testing.T) {
	check(t, "A second winter storm is bearing down on Atlanta. He planned summer cottages. Winter came early, and the manager has spent the summer insisting on calm.", fri,
		[]want{{"Winter", "DATE 2012-WI"}, {"the summer", "DATE 2012-SU"}})
}

// TestSecondAsOrdinal: "a second" as a subject is the ordinal; after a
// verb or a preposition, or before "later", it is a duration.
func TestSecondAsOrdinal(t *testing.T) {
	check(t, "A second, larger hole is expected. One dam is online, and a second is due in October. He paused for a second. A second later it fell.", fri,
		[]want{{"October", "DATE 2013-10"}, {"a second", "DURATION PT1S"}, {"A second", "DURATION PT1S"}})
}

// TestFractionsOfUnits: "the past half-century" is fifty years, "a
// quarter-century ago" twenty-five years back.
func TestFractionsOfUnits(t *testing.T) {
	check(t, "Ice cover declined over the past half-century. In the last half-hour, shares fell. The plant closed a quarter-century ago; he served for a half-century.", time.Date(2022, 5, 17, 0, 0, 0, 0, time.UTC),
		[]want{{"the past half-century", "DURATION P50Y"}, {"the last half-hour", "DURATION PT30M"}, {"a quarter-century ago", "DATE 1997"}, {"a half-century", "DURATION P50Y"}})
}

// TestQuarterAsFraction: "a quarter" alone is a fraction; for a quarter,
// a quarter later or a quarter of an hour, a time.
func TestQuarterAsFraction(t *testing.T) {
	check(t, "Ice cover declined by about a quarter, and more than a quarter of the lakes froze. It waited a quarter of an hour, then paused for a quarter.", fri,
		[]want{{"a quarter of an hour", "DURATION PT15M"}, {"a quarter", "DURATION P1Q"}})
}

// TestTenseAroundClauses: "did not return" is past; "ahead of" points
// ahead; a relative clause set off by commas does not lend its modal to
// the date after it.
func TestTenseAroundClauses(t *testing.T) {
	check(t, "His lawyer did not return calls Monday.", fri, []want{{"Monday", "DATE 2013-03-18"}})
	check(t, "He left the river on 4 October 1609.\n\nReturn\nRather than return to Amsterdam, Hudson put in at Dartmouth on 7 November.", time.Date(2019, 9, 11, 0, 0, 0, 0, time.UTC),
		[]want{{"4 October 1609", "DATE 1609-10-04"}, {"7 November", "DATE 1609-11-07"}})
	check(t, "Stocks closed at a record ahead of the Good Friday holiday.", time.Date(2013, 3, 28, 0, 0, 0, 0, time.UTC), []want{{"Good Friday", "DATE 2013-03-29"}})
	check(t, "The House approved the budget, which would balance the books within 10 years, on Thursday.", fri,
		[]want{{"10 years", "DURATION P10Y"}, {"Thursday", "DATE 2013-03-21"}})
	check(t, "He succeeds James Taylor, who stepped down as chairman, president and chief executive in March.", time.Date(1989, 11, 2, 0, 0, 0, 0, time.UTC),
		[]want{{"March", "DATE 1989-03"}})
}

// TestQuarterEnding: in the last week of a quarter, "the quarter" of a
// markets report is the one ending.
func TestQuarterEnding(t *testing.T) {
	check(t, "The index closed at a record, capping a first-quarter gain of 10 percent. For the quarter, the Dow rose 11 percent.", time.Date(2013, 3, 28, 0, 0, 0, 0, time.UTC),
		[]want{{"first-quarter", "DATE 2013-Q1"}, {"the quarter", "DATE 2013-Q1"}})
	check(t, "For the quarter, the Dow rose 11 percent.", time.Date(2013, 3, 12, 0, 0, 0, 0, time.UTC),
		[]want{{"the quarter", "DATE 2012-Q4"}})
}

// TestReportingPeriods: a company's "half-year" and "full-year" before
// what it reports are the half and the year reported, and "a year earlier"
// the same half a year before.
func TestReportingPeriods(t *testing.T) {
	check(t, "The bus group reported half-year profits of 45m pounds, up from 40m a year earlier, and kept its full-year profit forecast.", time.Date(2013, 11, 20, 0, 0, 0, 0, time.UTC),
		[]want{{"half-year", "DATE 2013-H1"}, {"a year earlier", "DATE 2012-H1"}, {"full-year", "DATE 2013"}})
	check(t, "The grocer's full-year sales rose 4 percent; its half-year dividend was held.", time.Date(2014, 3, 6, 0, 0, 0, 0, time.UTC),
		[]want{{"full-year", "DATE 2013"}, {"half-year", "DATE 2013-H2"}})
}

// TestStoryLooksBackOverNewYear: a story just into a new year that tells
// of a late month in the past tells of the one before.
func TestStoryLooksBackOverNewYear(t *testing.T) {
	check(t, "The war began in November 1939. The battle lasted from 7 December until 8 January. By early January the columns had been destroyed. The assault in mid-December was repulsed.\n\nThe February offensive\nThe Soviets attacked again.", fri,
		[]want{{"November 1939", "DATE 1939-11"}, {"7 December", "DATE 1939-12-07"}, {"8 January", "DATE 1940-01-08"}, {"early January", "DATE 1940-01 START"},
			{"mid-December", "DATE 1939-12 MID"}, {"February", "DATE 1940-02"}})
}

// TestWritersPresentHabit: a history's present tells what is so every
// year now: its months and days have no year.
func TestWritersPresentHabit(t *testing.T) {
	check(t, "Plans were drawn in 1806 and approved in 1809. Work began in May 1810. The first section opened in 1822. The canal opened on 26 September 1832. Today the canal carries pleasure boats. It is open from May to September, and its locks are still operated by hand.", fri,
		[]want{{"1806", "DATE 1806"}, {"1809", "DATE 1809"}, {"May 1810", "DATE 1810-05"}, {"1822", "DATE 1822"}, {"26 September 1832", "DATE 1832-09-26"}, {"Today", "DATE PRESENT_REF"}, {"May", "DATE XXXX-05"}, {"September", "DATE XXXX-09"}})
	check(t, "Nagy was reburied on 16 June 1989, and 23 October is now a national holiday.", fri,
		[]want{{"16 June 1989", "DATE 1989-06-16"}, {"23 October", "DATE XXXX-10-23"}, {"now", "DATE PRESENT_REF"}})
}

// TestDayOfMonthAlone: an ordinal day is of the month the text is in,
// spelled or not, alone or as a part of the day; not a floor, a try, a
// tennis point.
func TestDayOfMonthAlone(t *testing.T) {
	check(t, "In March 1947 it rained. The river took the footbridge on the night of the sixteenth. By the 20th it was over. On the morning of the 18th we left. He lived on the third floor, and won on the third try.", fri,
		[]want{{"March 1947", "DATE 1947-03"}, {"the night of the sixteenth", "TIME 1947-03-16TNI"}, {"the 20th", "DATE 1947-03-20"}, {"the morning of the 18th", "TIME 1947-03-18TMO"}})
	check(t, "He saved two match points in the tiebreaker on Sunday before netting a backhand on the third.", fri, []want{{"Sunday", "DATE 2013-03-17"}})
	// a day as the subject, or before "or", "from" or "to"; the first of a
	// range takes the month of its end; a golf hole is no day
	check(t, "In March 1947 it rained. The 15th was the worst, but the 20th or the 21st were no better. I was in Bergen from the 4th to the 8th of April.", fri,
		[]want{{"March 1947", "DATE 1947-03"}, {"The 15th", "DATE 1947-03-15"}, {"the 20th", "DATE 1947-03-20"}, {"the 21st", "DATE 1947-03-21"}, {"the 4th", "DATE 1947-04-04"}, {"the 8th of April", "DATE 1947-04-08"}})
	check(t, "\"My caddie kept telling me the 18th would still be there,\" Ashworth said on Sunday.", fri, []want{{"Sunday", "DATE 2013-03-17"}})
	check(t, "A second shock followed on Tuesday, bringing down walls already cracked by the first.", fri, []want{{"Tuesday", "DATE 2013-03-19"}})
}

// TestOldYearModified: an old year needs a preposition to be a year, also
// behind "early", "late" or "mid-", and then leads the story.
func TestOldYearModified(t *testing.T) {
	check(t, "The war had begun in 1337. By early 1346 Edward had gathered his ships, and in mid-1346 the fleet sailed on 11 July. The early 1300 models sold.", fri,
		[]want{{"1337", "DATE 1337"}, {"early 1346", "DATE 1346 START"}, {"mid-1346", "DATE 1346 MID"}, {"11 July", "DATE 1346-07-11"}})
}

// TestTellingDay: the day news is told on ("police said Monday") is not
// the day of its events, just before it, whose hours follow; nor is the
// night it says they died "overnight".
func TestTellingDay(t *testing.T) {
	mon := time.Date(2013, 7, 22, 0, 0, 0, 0, time.UTC)
	check(t, "A bus plunged into a gorge late Sunday, police said Monday. The driver lost control on a bend at around 10:15 p.m.", mon,
		[]want{{"late Sunday", "DATE 2013-07-21 END"}, {"Monday", "DATE 2013-07-22"}, {"around 10:15 p.m.", "TIME 2013-07-21T22:15 APPROX"}})
	check(t, "The toll rose to 31 on Monday after four more victims died overnight.", mon,
		[]want{{"Monday", "DATE 2013-07-22"}, {"overnight", "TIME 2013-07-21TNI"}})
	// "overnight" before a preposition or a conjunction is the clause's
	// time; before a noun, the noun's ("overnight losses")
	check(t, "The rescue team searched overnight in poor visibility. Divers were pulled out overnight because of bad weather. Overnight losses in New York hit shares.", mon,
		[]want{{"overnight", "TIME 2013-07-21TNI"}, {"overnight", "TIME 2013-07-21TNI"}})
}

// TestRoughTimeOpensStory: a time told "at about" a day of long ago sets
// the story's year as one told "on" it does.
func TestRoughTimeOpensStory(t *testing.T) {
	check(t, "The expedition left Melbourne at about 4 p.m. on Monday, 20 August 1860. By mid-October it had reached Menindee.", time.Date(2015, 8, 20, 0, 0, 0, 0, time.UTC),
		[]want{{"4 p.m. on Monday, 20 August 1860", "TIME 1860-08-20T16:00 APPROX"}, {"mid-October", "DATE 1860-10 MID"}})
}

// TestHistoryForms: a range's year leads the story; "By 1844 conditions"
// is a year; "the weeks that followed"; "the intervening years"; "the 26th
// of that month"; "Bloody Saturday" is a name.
func TestHistoryForms(t *testing.T) {
	check(t, "The strike lasted from 15 May to 26 June 1919. After a clash on 21 June it ended; it is remembered as Bloody Saturday.", fri,
		[]want{{"15 May", "DATE 1919-05-15"}, {"26 June 1919", "DATE 1919-06-26"}, {"21 June", "DATE 1919-06-21"}})
	check(t, "By 1844 conditions had changed. In the weeks that followed prices began to slide. He spent the intervening years mapping the coast. He won by 1500 votes.", fri,
		[]want{{"1844", "DATE 1844"}, {"weeks", "DURATION PXW"}, {"the intervening years", "DURATION PXY"}})
	check(t, "In January 1956 it snowed. School opened again on Monday the 30th.", fri,
		[]want{{"January 1956", "DATE 1956-01"}, {"Monday the 30th", "DATE 1956-01-30"}})
	check(t, "In November 1950 we reached the reservoir. We had turkey on Thanksgiving. That was Thursday the twenty-third. On Monday the first thing we did was dig.", fri,
		[]want{{"November 1950", "DATE 1950-11"}, {"Thanksgiving", "DATE 1950-11-23"}, {"Thursday the twenty-third", "DATE 1950-11-23"}, {"Monday", "DATE 1950-11-27"}})
	check(t, "He arrived in March 1760 and on the 26th of that month he sailed.", fri,
		[]want{{"March 1760", "DATE 1760-03"}, {"the 26th of that month", "DATE 1760-03-26"}})
}

// TestYearStoryWeekday: a story told only by its year keeps its weekdays
// in no known week, not the DCT's, unless a feast names it; a year
// compared with is no story's.
func TestYearStoryWeekday(t *testing.T) {
	check(t, "I was seven in the winter of 1955-56; a hard one, and so, my mother said, was 1936. The first snow came on the Friday before Thanksgiving. By the middle of November the drifts were high.", time.Date(2012, 2, 27, 0, 0, 0, 0, time.UTC),
		[]want{{"the winter of 1955-56", "DATE 1955-WI"}, {"1936", "DATE 1936"}, {"the Friday", "DATE 1955-11-18"}, {"Thanksgiving", "DATE 1955-11-24"}, {"the middle of November", "DATE 1955-11 MID"}})
	check(t, "I was seven in the winter of 1955-56. The first snow came on the Friday.", time.Date(2012, 2, 27, 0, 0, 0, 0, time.UTC),
		[]want{{"the winter of 1955-56", "DATE 1955-WI"}, {"Friday", "DATE XXXX-WXX-5"}})
}

// TestRangeHeading: a heading of days in the story's year keeps the story.
func TestRangeHeading(t *testing.T) {
	check(t, "The campaign was fought from 9 April to 10 June 1940. It failed.\n\n9–14 April\n\nGerman forces landed on Tuesday, 9 April.", time.Date(2019, 4, 9, 0, 0, 0, 0, time.UTC),
		[]want{{"9 April", "DATE 1940-04-09"}, {"10 June 1940", "DATE 1940-06-10"}, {"9", "DATE 1940-04-09"}, {"14 April", "DATE 1940-04-14"}, {"Tuesday, 9 April", "DATE 1940-04-09"}})
}

// TestHeadingYear: a heading line ends without a stop; the year after
// it is a year, not a model's number.
func TestHeadingYear(t *testing.T) {
	check(t, "The Institute\nIn March 1806 he left.", fri, []want{{"March 1806", "DATE 1806-03"}})
	check(t, "Early life\nIn 1806 he joined the Optical Institute. He died thirty-one years to the day after his friend.", fri,
		[]want{{"1806", "DATE 1806"}, {"thirty-one years", "DURATION P31Y"}})
}

// TestPeriodJustTold: "the decade", "the century" after one was told are
// that one.
func TestPeriodJustTold(t *testing.T) {
	check(t, "Her hits in the late 1990s made her one of the best-selling artists of the decade. In the decade ahead, prices rose.", fri,
		[]want{{"the late 1990s", "DATE 199 END"}, {"the decade", "DATE 199"}})
	check(t, "The 19th century saw the city grow; by the end of the century it had a million people.", fri,
		[]want{{"The 19th century", "DATE 18"}, {"the end of the century", "DATE 18 END"}})
}

// TestQuarterByMonths: a quarter or half named by its months; a reported
// quarter is the last one ended, whatever a compound before it says.
func TestQuarterByMonths(t *testing.T) {
	feb := time.Date(2014, 2, 27, 0, 0, 0, 0, time.UTC)
	check(t, "Nordhavn posted a better-than-expected rise in fourth-quarter profit. Sales in the October-December quarter rose, and in the January-June 2012 period fell.", feb,
		[]want{{"fourth-quarter", "DATE 2013-Q4"}, {"the October-December quarter", "DATE 2013-Q4"}, {"the January-June 2012 period", "DATE 2012-H1"}})
	check(t, "Output over the March-May season fell.", feb, nil) // no quarter: left to the months' own rules
	aug := time.Date(2013, 8, 14, 0, 0, 0, 0, time.UTC)
	check(t, "Output grew more slowly than in the first three months of the year. Economists forecast gains in the second half of the year; the last six months of 2012 were hard.", aug,
		[]want{{"the first three months of the year", "DATE 2013-Q1"}, {"the second half of the year", "DATE 2013-H2"}, {"the last six months of 2012", "DATE 2012-H2"}})
	check(t, "The market was last targeted in December 2009. The army said it would keep troops there until the end of the month.", time.Date(2013, 3, 5, 0, 0, 0, 0, time.UTC),
		[]want{{"December 2009", "DATE 2009-12"}, {"the end of the month", "DATE 2013-03 END"}})
}

// TestDaysJoined: a day joined to one ahead follows it; one joined to a
// day past does not.
func TestDaysJoined(t *testing.T) {
	mon := time.Date(2011, 3, 7, 0, 0, 0, 0, time.UTC)
	check(t, "The quarterfinals are best-of-five series, with Games 1 and 2 on Wednesday and Thursday.", mon,
		[]want{{"Wednesday", "DATE 2011-03-09"}, {"Thursday", "DATE 2011-03-10"}})
	check(t, "She made the statements on Monday and Thursday.", mon,
		[]want{{"Monday", "DATE 2011-03-07"}, {"Thursday", "DATE 2011-03-03"}})
	oct := time.Date(2012, 10, 2, 0, 0, 0, 0, time.UTC)
	check(t, "\"That's the race we expected in April,\" she said. They expected the river to peak on Saturday.", oct,
		[]want{{"April", "DATE 2012-04"}, {"Saturday", "DATE 2012-10-06"}})
}

// TestNewsForms: a holiday with its date written after it; the day of a
// week just told; "the new year" just begun; "last" of a place before "ago".
func TestNewsForms(t *testing.T) {
	check(t, "OTTAWA (AP) — On Thanksgiving Monday, Oct. 8, the party votes. A franchise that finished last two years ago won.", time.Date(2012, 10, 2, 0, 0, 0, 0, time.UTC),
		[]want{{"Thanksgiving Monday, Oct. 8", "DATE 2012-10-08"}, {"two years ago", "DATE 2010"}})
	check(t, "\"Last week I sat in traffic for 40 minutes on Wednesday,\" he said. \"We'll vote by next week,\" the leader said Friday.", time.Date(2022, 5, 11, 0, 0, 0, 0, time.UTC),
		[]want{{"Last week", "DATE 2022-W18"}, {"40 minutes", "DURATION PT40M"}, {"Wednesday", "DATE 2022-05-04"}, {"next week", "DATE 2022-W19"}, {"Friday", "DATE 2022-05-06"}})
	check(t, "Musicians wanted a deal before the new year, but talks failed.", time.Date(2014, 1, 18, 0, 0, 0, 0, time.UTC),
		[]want{{"the new year", "DATE 2014"}})
	// "until then" is the date just told; "by then", a state reached, no time
	check(t, "The offer ends on Nov. 30. Until then, holders may convert. By then, most will have sold.", time.Date(1989, 11, 2, 0, 0, 0, 0, time.UTC),
		[]want{{"Nov. 30", "DATE 1989-11-30"}, {"then", "DATE 1989-11-30"}})
}

// TestNewsTense: what stays closed Friday will; what is called off is of
// the nearer day; a plan for late June is ahead; a future may tell of a day
// past; zones spelled out after an hour.
func TestNewsTense(t *testing.T) {
	thu := time.Date(2012, 9, 13, 0, 0, 0, 0, time.UTC)
	check(t, "Schools will stay closed Friday. Parliament's Friday sitting has been postponed until next week.", thu,
		[]want{{"Friday", "DATE 2012-09-14"}, {"Friday", "DATE 2012-09-14"}, {"next week", "DATE 2012-W38"}})
	check(t, "Closing submissions are pencilled in for late June, and the minister was urged to resign before the summer.", time.Date(2013, 1, 14, 0, 0, 0, 0, time.UTC),
		[]want{{"late June", "DATE 2013-06 END"}, {"the summer", "DATE 2013-SU"}})
	// on a Sunday, "this week" not gone by is the one it begins
	check(t, "Results season gathers pace in the City this week. The storm hit hard this week.", time.Date(2004, 2, 1, 0, 0, 0, 0, time.UTC),
		[]want{{"this week", "DATE 2004-W06"}, {"this week", "DATE 2004-W05"}})
	// a weekday after the day ahead its sentence wrote out is in the days
	// after it; a day written out after its hour ("noon on Friday, July
	// 26") names the weekday after it, as one written first does
	check(t, "Gates open at noon on Friday, July 26, and the last act finishes at 10.30pm on Sunday.\n\nHere are the highlights, day by day.\n\nFRIDAY\n\n1pm: Opening procession.", time.Date(2013, 7, 18, 0, 0, 0, 0, time.UTC),
		[]want{{"noon on Friday, July 26", "TIME 2013-07-26T12:00"}, {"10.30pm on Sunday", "TIME 2013-07-28T22:30"}, {"FRIDAY", "DATE 2013-07-26"}, {"1pm", "TIME 2013-07-26T13:00"}})
	check(t, "Thursday 31 December 1987\nFirst watch. Agents advised; berth rebooked for the morning of 3 January.", time.Date(1988, 1, 3, 0, 0, 0, 0, time.UTC),
		[]want{{"Thursday 31 December 1987", "DATE 1987-12-31"}, {"the morning of 3 January", "TIME 1988-01-03TMO"}})
	check(t, "Holders will receive a 41 percent premium to the closing price on March 27.", time.Date(2013, 6, 28, 0, 0, 0, 0, time.UTC),
		[]want{{"March 27", "DATE 2013-03-27"}})
	check(t, "Fort Wayne opens at 7:05 p.m. Eastern on Wednesday; the rink is on Eastern Parkway.", time.Date(2011, 3, 7, 0, 0, 0, 0, time.UTC),
		[]want{{"7:05 p.m. Eastern on Wednesday", "TIME 2011-03-09T19:05"}})
}

// TestHoursOfDayTold: news's hours are of the day it has just told, also
// past a coarser date told since.
func TestHoursOfDayTold(t *testing.T) {
	check(t, "Machinists voted Friday to authorize a strike, setting up a walkout as soon as next week.\n\nMembers cast ballots from 6 a.m. to 8 p.m.", time.Date(2012, 10, 13, 0, 0, 0, 0, time.UTC),
		[]want{{"Friday", "DATE 2012-10-12"}, {"next week", "DATE 2012-W42"}, {"6 a.m.", "TIME 2012-10-12T06:00"}, {"8 p.m.", "TIME 2012-10-12T20:00"}})
}

// TestWrittenWeekdays: a weekday news has written out with its date, or
// that a range of such days spans, is that day when named again bare, but
// in a clause whose tense points the other way.
func TestWrittenWeekdays(t *testing.T) {
	check(t, "The festival runs from Friday, Aug. 9, through Sunday, Aug. 11. Pale Harbor will close it on Sunday night, and Crane plays Saturday. Tickets went on sale Friday, organizers said Friday.", time.Date(2013, 3, 5, 0, 0, 0, 0, time.UTC),
		[]want{{"Friday, Aug. 9", "DATE 2013-08-09"}, {"Sunday, Aug. 11", "DATE 2013-08-11"}, {"Sunday night", "TIME 2013-08-11TNI"}, {"Saturday", "DATE 2013-08-10"},
			{"Friday", "DATE 2013-03-01"}, {"Friday", "DATE 2013-03-01"}})
}

// TestDayOfTime: a time's day is told as the time is ("through 8 p.m.
// Tuesday"); a time right after a day is that day's, whatever comes later.
func TestDayOfTime(t *testing.T) {
	fri := time.Date(2014, 7, 18, 0, 0, 0, 0, time.UTC)
	check(t, "The weather service extended its heat warning through 8 p.m. PDT Tuesday.", fri,
		[]want{{"8 p.m. PDT Tuesday", "TIME 2014-07-22T20:00"}})
	check(t, "Passes will go on sale Monday at 10 a.m. CST and cost $119 until Aug. 30.", fri,
		[]want{{"Monday", "DATE 2014-07-21"}, {"10 a.m. CST", "TIME 2014-07-21T10:00"}, {"Aug. 30", "DATE 2014-08-30"}})
	// a time in a clause that tells of a day is that day's
	check(t, "He has been held since Tuesday, when gunmen ambushed his convoy at about 7:40 a.m.", fri,
		[]want{{"Tuesday", "DATE 2014-07-15"}, {"7:40 a.m.", "TIME 2014-07-15T07:40 APPROX"}})
	// a future told at a time of a day before the DCT is from that day
	check(t, "Tuesday night: Forecasters issued a warning at 9:40 p.m. of storms from 4 a.m. on Wednesday.", fri,
		[]want{{"Tuesday night", "TIME 2014-07-15TNI"}, {"9:40 p.m.", "TIME 2014-07-15T21:40"}, {"4 a.m. on Wednesday", "TIME 2014-07-16T04:00"}})
}

// TestLowerAm: "6 am" after a number is a time, its stop the sentence's;
// a speed "per hour" is no time.
func TestLowerAm(t *testing.T) {
	sun := time.Date(2013, 5, 19, 0, 0, 0, 0, time.UTC)
	check(t, "Rescuers recovered 21 bodies by 6 am and more by noon. Sirens wailed at 5:17 am Friday. They met at 9 am. I am going. Winds moved at 20 km per hour.", sun,
		[]want{{"6 am", "TIME 2013-05-19T06:00"}, {"noon", "TIME 2013-05-19T12:00"}, {"5:17 am Friday", "TIME 2013-05-17T05:17"}, {"9 am", "TIME 2013-05-17T09:00"}})
}

// TestSpeechDay: a quotation's "yesterday", "tonight" are of the day news
// says it was spoken on, when it says so.
func TestSpeechDay(t *testing.T) {
	wed := time.Date(2013, 8, 14, 0, 0, 0, 0, time.UTC)
	check(t, "Its chief executive told reporters at the hangar Tuesday: \"We pulled every airplane off the line yesterday morning.\"", wed,
		[]want{{"Tuesday", "DATE 2013-08-13"}, {"yesterday morning", "TIME 2013-08-12TMO"}})
	check(t, "\"We hit the peak yesterday, and we expect tomorrow to be higher,\" spokesman Kevin Marsh said Monday. \"Tonight will be cooler.\"", wed,
		[]want{{"yesterday", "DATE 2013-08-11"}, {"tomorrow", "DATE 2013-08-13"}, {"Monday", "DATE 2013-08-12"}, {"Tonight", "TIME 2013-08-12TNI"}})
	check(t, "\"Yesterday was the best day of my career,\" the scientist told a news conference on Saturday.", time.Date(2023, 6, 10, 0, 0, 0, 0, time.UTC),
		[]want{{"Yesterday", "DATE 2023-06-09"}, {"Saturday", "DATE 2023-06-10"}})
	// said at the hours of a day just told; not at a day told without them
	check(t, "The winger was registered at 10.58pm on Thursday. He landed at 8.40pm. \"I have been in a hotel today,\" he told the club's website.", time.Date(2022, 9, 2, 0, 0, 0, 0, time.UTC),
		[]want{{"10.58pm on Thursday", "TIME 2022-09-01T22:58"}, {"8.40pm", "TIME 2022-09-01T20:40"}, {"today", "DATE 2022-09-01"}})
	check(t, "Crews worked through Saturday. \"We expect water back this morning,\" the utility said.", time.Date(2016, 8, 7, 0, 0, 0, 0, time.UTC),
		[]want{{"Saturday", "DATE 2016-08-06"}, {"this morning", "TIME 2016-08-07TMO"}})
	// a quotation's later sentences, after a long attribution; not a day
	// the attribution only mentions, nor one another quotation told
	mon := time.Date(2014, 7, 21, 0, 0, 0, 0, time.UTC)
	check(t, "\"We had maybe 20 minutes,\" Dale Kowalchuk said Sunday at an evacuation centre in a Kamloops hockey arena, where he had slept on a cot. \"It was quick. Yesterday I honestly didn't know if I'd have a house.\"", mon,
		[]want{{"20 minutes", "DURATION PT20M"}, {"Sunday", "DATE 2014-07-20"}, {"Yesterday", "DATE 2014-07-19"}})
	check(t, "\"We heard a roar,\" said Rosa Quispe, who has slept in a plaza since Saturday night. \"Yesterday they brought us water.\"", mon,
		[]want{{"Saturday night", "TIME 2014-07-19TNI"}, {"Yesterday", "DATE 2014-07-20"}})
	// nor a day to come: a quotation is spoken by the DCT
	check(t, "The field will be announced Sunday.\n\n\"We'll enjoy it tonight,\" Brandt said.", time.Date(2014, 3, 22, 0, 0, 0, 0, time.UTC),
		[]want{{"Sunday", "DATE 2014-03-23"}, {"tonight", "TIME 2014-03-22TNI"}})
}

// TestAssortedForms: forms of news and histories that each take a rule of
// their own: a duration written with a comma, quarters named by a month,
// the first days of a month, a 24-hour clock, a spelled hour and minutes,
// a rate per day, a week from a weekday, a quoted weekday's speaker's day.
func TestAssortedForms(t *testing.T) {
	apr := time.Date(2013, 4, 18, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		want []want
	}{
		{"The start was delayed by 1 hour, 47 minutes.", []want{{"1 hour, 47 minutes", "DURATION PT1H47M"}}},
		{"She finished in two hours eleven minutes, three times faster.", []want{{"two hours eleven minutes", "DURATION PT2H11M"}}},
		{"The knocking came every nine hours and sixteen minutes.", []want{{"every nine hours and sixteen minutes", "SET PT9H16M"}}},
		{"I am to have my half-day on Thursday. It took half a day; a half-day strike followed.", []want{{"Thursday", "DATE 2013-04-18"}, {"half a day", "DURATION PT12H"}, {"a half-day", "DURATION PT12H"}}},
		{"He flew 180 kilometres in 3 hours 4 minutes 56 seconds, then a day, 6 hours and 30 minutes.", []want{{"3 hours 4 minutes 56 seconds", "DURATION PT3H4M56S"}, {"a day, 6 hours and 30 minutes", "DURATION P1DT6H30M"}}},
		{"After ten years, five months and four days it arrived; he served two years, three of them abroad.", []want{{"ten years, five months and four days", "DURATION P10Y5M4D"}, {"two years", "DURATION P2Y"}}},
		{"Symptoms clear in two to three weeks; prices rose 2 to 3 percent.", []want{{"two to three weeks", "DURATION P2W"}}},
		{"The fire started on the weekend of Oct. 26-27 and burned through the weekend of November 3.", []want{{"the weekend of Oct. 26-27", "DATE 2012-W43-WE"}, {"the weekend of November 3", "DATE 2012-W44-WE"}}},
		{"He broke the record of 2:02:57 and ran 2:00:25; she took the 800 metres in 1:52.8 and left at 7:30.", []want{{"2:02:57", "DURATION PT2H2M57S"}, {"2:00:25", "DURATION PT2H25S"}, {"1:52.8", "DURATION PT1M52.8S"}, {"7:30", "TIME 2013-04-18T07:30"}}},
		{"It was the steepest rise in travel costs in five years.", []want{{"five years", "DURATION P5Y"}}},
		{"It happened two and a half years ago, and fares go up every single January.", []want{{"two and a half years ago", "DATE 2010"}, {"every single January", "SET XXXX-01"}}},
		{"Asteroid 2001 KX47 passed by.", nil},
		{"Output in the March quarter rose from the December quarter.", []want{{"the March quarter", "DATE 2013-Q1"}, {"the December quarter", "DATE 2012-Q4"}}},
		{"In 1683, in the first days of July, the army moved; in the last days of October it halted.", []want{{"1683", "DATE 1683"}, {"the first days of July", "DATE 1683-07 START"}, {"the last days of October", "DATE 1683-10 END"}}},
		{"The choir was consecrated on 27 September 1322. The relics, brought from Milan in 1164, were moved into it the same day.", []want{{"27 September 1322", "DATE 1322-09-27"}, {"1164", "DATE 1164"}, {"the same day", "DATE 1322-09-27"}}},
		{"The 12th of December was proclaimed a day of thanksgiving, after a day of heavy fighting.", []want{{"The 12th of December", "DATE 2012-12-12"}, {"a day", "DURATION P1D"}}},
		{"On 13 December 1939 the cruisers closed that evening. At 07:25 Ajax lost her turrets.", []want{{"13 December 1939", "DATE 1939-12-13"}, {"that evening", "TIME 1939-12-13TEV"}, {"07:25", "TIME 1939-12-13T07:25"}}},
		{"Since New Year it has rained; the tide turned at eleven-fifteen.", []want{{"New Year", "DATE 2013-01-01"}, {"eleven-fifteen", "TIME 2013-04-18T11:15"}}},
	} {
		check(t, c.text, apr, c.want)
	}
	// what a teller remembers is the time the story goes on in; its winter
	// is read as the one its December begins, until a weekday written with
	// its day says it was the December before
	check(t, "I remember the winter of 1963. It started on Boxing Day, and on the Saturday, the 29th, the blizzard came in. On New Year's Day we turned back.", time.Date(2013, 3, 11, 0, 0, 0, 0, time.UTC),
		[]want{{"the winter of 1963", "DATE 1963-WI"}, {"Boxing Day", "DATE 1963-12-26"}, {"Saturday, the 29th", "DATE 1962-12-29"}, {"New Year's Day", "DATE 1963-01-01"}})
	// and what she recalls or remembered ("Margaret Pell recalls the night
	// of Saturday 14 September 1968")
	check(t, "Recorded at her home, 12 September 2008. Margaret Pell recalls the night of Saturday 14 September 1968, when the river came through.\n\nIt had rained since Friday morning, and by the Saturday evening the river was up.", time.Date(2008, 9, 12, 0, 0, 0, 0, time.UTC),
		[]want{{"12 September 2008", "DATE 2008-09-12"}, {"the night of Saturday 14 September 1968", "TIME 1968-09-14TNI"}, {"Friday morning", "TIME 1968-09-13TMO"}, {"Saturday evening", "TIME 1968-09-14TEV"}})
	// a letter's "last year" is before its own day, though it told a day of the year before
	check(t, "Redruth\nWednesday, 14th February 1855\n\nDear William,\n\nWe read of the troubles in the paper a fortnight ago.\n\nWheal Sparnon stopped at Christmas. Last year was the worst for the mines here, and they say this year will be no better.\n", time.Date(2004, 11, 29, 0, 0, 0, 0, time.UTC),
		[]want{{"Wednesday, 14th February 1855", "DATE 1855-02-14"}, {"a fortnight ago", "DATE 1855-W05"}, {"Christmas", "DATE 1854-12-25"}, {"Last year", "DATE 1854"}, {"this year", "DATE 1855"}})
	// a figure's period ends on the last such month, whatever date the sentence told before
	check(t, "The forecast showed growth slowing to 2 per cent by the March quarter of 2004 from 4.4 per cent in the year to March.", time.Date(2003, 7, 24, 0, 0, 0, 0, time.UTC),
		[]want{{"the March quarter of 2004", "DATE 2004-Q1"}, {"the year", "DURATION P1Y"}, {"March", "DATE 2003-03"}})
	check(t, "The court has provisionally listed a hearing for Jan. 14.", time.Date(2013, 9, 27, 0, 0, 0, 0, time.UTC), []want{{"Jan. 14", "DATE 2014-01-14"}})
	check(t, "The minutes, released at 2 p.m., showed a split. The cup final, a week from Sunday, is sold out. Nobody may delay it past Nov. 30.", time.Date(2014, 3, 24, 0, 0, 0, 0, time.UTC),
		[]want{{"2 p.m.", "TIME 2014-03-24T14:00"}, {"a week from Sunday", "DATE 2014-04-06"}, {"Nov. 30", "DATE 2014-11-30"}})
	sep := time.Date(2013, 9, 20, 0, 0, 0, 0, time.UTC)
	check(t, "The cuts will save 120 million euros a year; hospitals saw hundreds of heatstroke cases a day in the first half of September. The court heard the case in Lausanne over two days.", sep,
		[]want{{"a year", "SET P1Y"}, {"a day", "SET P1D"}, {"the first half of September", "DATE 2013-09 START"}, {"two days", "DURATION P2D"}})
	check(t, "In April 1940 they landed. Through the second half of May Norwegian troops pushed back, and on 28 May Narvik fell.", sep,
		[]want{{"April 1940", "DATE 1940-04"}, {"the second half of May", "DATE 1940-05 END"}, {"28 May", "DATE 1940-05-28"}})
	check(t, "I was injured in January 2013. In March I climbed again, and by May I was leading. They joined the March Madness pool.", sep,
		[]want{{"January 2013", "DATE 2013-01"}, {"March", "DATE 2013-03"}, {"May", "DATE 2013-05"}})
	// a month heading its line is no name's first word with the next line's
	check(t, "Here is how the 2010-11 campaign went.\n\nSEPTEMBER\nPlayer-coach Tomas Hruby had rebuilt the team.\n\nNOVEMBER\nKowalchuk broke his wrist on the 6th.", time.Date(2011, 4, 18, 0, 0, 0, 0, time.UTC),
		[]want{{"2010", "DATE 2010"}, {"11", "DATE 2011"}, {"SEPTEMBER", "DATE 2010-09"}, {"NOVEMBER", "DATE 2010-11"}, {"the 6th", "DATE 2010-11-06"}})
	check(t, "In 1219 the army besieged the city. By autumn famine had emptied the streets, and nobody moved till spring.", sep,
		[]want{{"1219", "DATE 1219"}, {"autumn", "DATE 1219-FA"}, {"spring", "DATE 1219-SP"}})
	check(t, "Spring has come early. They spring into action.", sep, []want{{"Spring", "DATE 2013-SP"}})
	dec := time.Date(2012, 12, 30, 0, 0, 0, 0, time.UTC)
	check(t, "The company had planned to raise fares this January, and expects to finish by mid-year. He slept on a cot for two nights; she works three nights a week.", dec,
		[]want{{"this January", "DATE 2013-01"}, {"mid-year", "DATE 2012 MID"}, {"two nights", "DURATION P2D"}, {"three nights a week", "SET P1W"}})
	check(t, "Smith had told a hustings on Sunday: \"Next Thursday is going to surprise everyone.\"", time.Date(2012, 11, 16, 0, 0, 0, 0, time.UTC),
		[]want{{"Sunday", "DATE 2012-11-11"}, {"Next Thursday", "DATE 2012-11-15"}})
	// a time that names its day makes the text news: an anniversary's story stays the DCT's
	check(t, "SKOPJE (AFP) - Sirens wailed at 5:17 am Friday to mark 50 years since the quake of July 26, 1963. Events continue through the weekend.", time.Date(2013, 7, 26, 0, 0, 0, 0, time.UTC),
		[]want{{"5:17 am Friday", "TIME 2013-07-26T05:17"}, {"50 years", "DURATION P50Y"}, {"July 26, 1963", "DATE 1963-07-26"}, {"the weekend", "DATE 2013-W30-WE"}})
}

// TestScheduled: what a verb sets for a time is ahead of the news, and in
// a story ahead of the story's time.
func TestScheduled(t *testing.T) {
	check(t, "The judge set sentencing for Aug. 27 at 9 a.m.", time.Date(2012, 5, 22, 0, 0, 0, 0, time.UTC),
		[]want{{"Aug. 27 at 9 a.m.", "TIME 2012-08-27T09:00"}})
	check(t, "A memorial service planned for Saturday was canceled.", time.Date(1999, 10, 24, 0, 0, 0, 0, time.UTC),
		[]want{{"Saturday", "DATE 1999-10-23"}})
	check(t, "The rising was planned in January 1916. The date was fixed for Easter Sunday, 23 April.", time.Date(2015, 11, 9, 0, 0, 0, 0, time.UTC),
		[]want{{"January 1916", "DATE 1916-01"}, {"Easter Sunday", "DATE 1916-04-23"}, {"23 April", "DATE 1916-04-23"}})
}

// TestSentenceYear: a sentence opened by a year, or a "when" clause hung on
// one, holds the dates in it.
func TestSentenceYear(t *testing.T) {
	may := time.Date(2022, 5, 17, 0, 0, 0, 0, time.UTC)
	check(t, "In 2014, after a cold spell, the lakes were frozen by early March and thawed in June.", may,
		[]want{{"2014", "DATE 2014"}, {"early March", "DATE 2014-03 START"}, {"June", "DATE 2014-06"}})
	check(t, "It is 1973, the twenty-third of January, a Tuesday, and at ten to two in the morning the ground splits open.", may,
		[]want{{"1973", "DATE 1973"}, {"the twenty-third of January", "DATE 1973-01-23"}, {"a Tuesday", "DATE 1973-01-23"}, {"ten to two in the morning", "TIME 1973-01-23T01:50"}})
	check(t, "In 2009 the festival was held on Easter Sunday.", may,
		[]want{{"2009", "DATE 2009"}, {"Easter Sunday", "DATE 2009-04-12"}})
	check(t, "Stocks could stall, as they did last year, when they peaked in early April.", may,
		[]want{{"last year", "DATE 2021"}, {"early April", "DATE 2021-04 START"}})
	check(t, "Stocks peaked last year. In early April they fell.", may,
		[]want{{"last year", "DATE 2021"}, {"early April", "DATE 2022-04 START"}})
}

// TestNightInApposition: "9:15 p.m. Friday, the night before the
// shooting" names Friday's night.
func TestNightInApposition(t *testing.T) {
	check(t, "Kell left his apartment at about 9:15 p.m. Friday, the night before the shooting, and drove to a bar.", time.Date(2012, 8, 7, 0, 0, 0, 0, time.UTC),
		[]want{{"9:15 p.m. Friday", "TIME 2012-08-03T21:15 APPROX"}, {"the night", "TIME 2012-08-03TNI"}})
}

// TestPastMidnight: after an evening hour of a day the text named, a
// morning hour is the next day's; hours of one evening stay on it.
func TestPastMidnight(t *testing.T) {
	check(t, "Kell left at about 9:15 p.m. Friday. He left the bar shortly before midnight.\n\nAt 12:40 a.m., a camera recorded him. The robbery began at 1:52 a.m.", time.Date(2012, 8, 7, 0, 0, 0, 0, time.UTC),
		[]want{{"9:15 p.m. Friday", "TIME 2012-08-03T21:15 APPROX"}, {"midnight", "TIME 2012-08-03T24:00"}, {"12:40 a.m.", "TIME 2012-08-04T00:40"}, {"1:52 a.m.", "TIME 2012-08-04T01:52"}})
	check(t, "He drove to their house on the night of Aug. 14, 2015. A camera recorded his truck at 11:38 p.m. An examiner testified that both had died between 11:30 p.m. and 1 a.m.", time.Date(2017, 9, 29, 0, 0, 0, 0, time.UTC),
		[]want{{"the night of Aug. 14, 2015", "TIME 2015-08-14TNI"}, {"11:38 p.m.", "TIME 2015-08-14T23:38"}, {"11:30 p.m.", "TIME 2015-08-14T23:30"}, {"1 a.m.", "TIME 2015-08-15T01:00"}})
}

// TestBeforeChrist: years, seasons, decades and centuries before Christ
// are calendar values a story moves through: "the following year" after
// 282 BC is 281 BC, and a range's first year takes the era of its last.
func TestBeforeChrist(t *testing.T) {
	feb := time.Date(2015, 2, 17, 0, 0, 0, 0, time.UTC)
	check(t, "Philetaerus held the city from 282 BC. The following year he broke with Seleucus. Eumenes II (r. 197–159 BC) died in the autumn of 159 BC; the winter of 190/189 BC was hard.", feb,
		[]want{{"282 BC", "DATE BC0282"}, {"The following year", "DATE BC0281"}, {"197", "DATE BC0197"}, {"159 BC", "DATE BC0159"},
			{"the autumn of 159 BC", "DATE BC0159-FA"}, {"the winter of 190/189 BC", "DATE BC0190-WI"}})
	check(t, "Trade grew in the 170s BC and in the third century BC; Augustus ruled from 27 BC to AD 14, and 1 BC was followed by AD 1.", feb,
		[]want{{"the 170s BC", "DATE BC017"}, {"the third century BC", "DATE BC02"}, {"27 BC", "DATE BC0027"}, {"AD 14", "DATE 0014"}, {"1 BC", "DATE BC0001"}, {"AD 1", "DATE 0001"}})
	check(t, "In 1 BC the census began; the next year it ended.", feb,
		[]want{{"1 BC", "DATE BC0001"}, {"the next year", "DATE 0001"}})
}

// TestLetterMonths: a letter's holidays, months and weekdays are around
// the day written at its head, in the direction of their tense.
func TestLetterMonths(t *testing.T) {
	check(t, "III.\nHamilton, Ontario, 19th June 1887\n\nDear Mother,\nThe ship sails on Saturday morning at ten o'clock. Last Sunday I walked to the lake. The papers say it will get worse in July.\n\nIV.\nHamilton, 26th December 1887\n\nDear Mother,\nChristmas is over. The bay froze solid on the 20th, and they tell me it will not break up until April. I was poorly in November.", time.Date(2018, 11, 8, 0, 0, 0, 0, time.UTC),
		[]want{{"19th June 1887", "DATE 1887-06-19"}, {"Saturday morning", "TIME 1887-06-25TMO"}, {"ten o'clock", "TIME 1887-06-25T10:00"}, {"Last Sunday", "DATE 1887-06-12"}, {"July", "DATE 1887-07"},
			{"26th December 1887", "DATE 1887-12-26"}, {"Christmas", "DATE 1887-12-25"}, {"the 20th", "DATE 1887-12-20"}, {"April", "DATE 1888-04"}, {"November", "DATE 1887-11"}})
}

// TestTodayOfAHistory: a history's "today" in a present clause is the
// writer's present, even when a past clause follows it.
func TestTodayOfAHistory(t *testing.T) {
	check(t, "The Treaty of Breda was signed on 31 July 1667. Peace talks had begun in May, on 19 June the fleet appeared, and on 22 June it broke the chain. Today the carved stern is displayed in Amsterdam, where it has been on show since the 19th century. The pump stands in what is today Broadwick Street.", time.Date(2014, 6, 13, 0, 0, 0, 0, time.UTC),
		[]want{{"31 July 1667", "DATE 1667-07-31"}, {"May", "DATE 1667-05"}, {"19 June", "DATE 1667-06-19"}, {"22 June", "DATE 1667-06-22"},
			{"Today", "DATE PRESENT_REF"}, {"the 19th century", "DATE 18"}, {"today", "DATE PRESENT_REF"}})
	// anywhere in its clause, "today" of a history told of long ago is its
	// writer's present, unless the clause tells what will be
	check(t, "Vauban was born in 1633 and served under Condé in 1651. He became engineer in 1655 and took Lille in 1667. He died in March 1707. The walls he began still stand today. A plaque will be unveiled on them today.", time.Date(2014, 6, 13, 0, 0, 0, 0, time.UTC),
		[]want{{"1633", "DATE 1633"}, {"1651", "DATE 1651"}, {"1655", "DATE 1655"}, {"1667", "DATE 1667"}, {"March 1707", "DATE 1707-03"}, {"today", "DATE PRESENT_REF"},
			{"today", "DATE 2014-06-13"}})
}

// TestNamedWeekdays: "next Friday, April 5" is the date it names, "next
// Friday" alone a week on from tomorrow's; "the end of the fiscal year" is
// the end of the year.
func TestNamedWeekdays(t *testing.T) {
	thu := time.Date(2013, 3, 28, 0, 0, 0, 0, time.UTC)
	check(t, "The report is due next Friday, April 5. It came last Monday, March 4. Talks resume next Tuesday.", thu,
		[]want{{"next Friday, April 5", "DATE 2013-04-05"}, {"last Monday, March 4", "DATE 2013-03-04"}, {"next Tuesday", "DATE 2013-04-02"}})
	// "next Friday" said on a Thursday is not tomorrow but the week after's;
	// a story's "the next Friday" is the first after its day
	check(t, "The figures are published next Friday. On 4 March 1960 we met; the next Friday we married.", thu,
		[]want{{"next Friday", "DATE 2013-04-05"}, {"4 March 1960", "DATE 1960-03-04"}, {"the next Friday", "DATE 1960-03-11"}})
	check(t, "Funding runs through the end of the fiscal year.", thu, []want{{"the end of the fiscal year", "DATE 2013 END"}})
}

// TestOldYears: a year of the first millennium or before 1500 needs a
// clause's preposition, parentheses or a range; a count does not pass.
func TestOldYears(t *testing.T) {
	check(t, "The siege of Damietta (1218–1219) ended the crusade. The city was founded in 960, and in 711 the Moors crossed. It happened in 300 cases.", fri,
		[]want{{"1218", "DATE 1218"}, {"1219", "DATE 1219"}, {"960", "DATE 0960"}, {"711", "DATE 0711"}})
}

// TestStoryMonthWeekday: a history that has told only a month takes its
// first weekday of that name, and its plans stay in the story.
func TestStoryMonthWeekday(t *testing.T) {
	check(t, "The Battle of Shiloh was fought over two days in April 1862. The Confederates drove Grant back on Sunday, but the next day the Union recovered. After the fall of Fort Donelson in February, the army left Corinth on the afternoon of Thursday, April 3, intending to strike on Saturday morning.", time.Date(2014, 10, 2, 0, 0, 0, 0, time.UTC),
		[]want{{"two days", "DURATION P2D"}, {"April 1862", "DATE 1862-04"}, {"Sunday", "DATE 1862-04-06"}, {"the next day", "DATE 1862-04-07"},
			{"February", "DATE 1862-02"}, {"the afternoon of Thursday, April 3", "TIME 1862-04-03TAF"}, {"Saturday morning", "TIME 1862-04-05TMO"}})
	check(t, "Scientists dated the layer to 2200 BC. On Wednesday they said it held pollen.", time.Date(2024, 5, 8, 0, 0, 0, 0, time.UTC),
		[]want{{"2200 BC", "DATE BC2200"}, {"Wednesday", "DATE 2024-05-08"}})
}

// TestOverAsPreposition: "used over three years" spans the years; "for
// over two years" and "a little over three hours" are more than that.
func TestOverAsPreposition(t *testing.T) {
	check(t, "The drug was used over three years. He stayed for over two years; the drive took a little over three hours; the talks will last over a week.", fri,
		[]want{{"three years", "DURATION P3Y"}, {"over two years", "DURATION P2Y MORE_THAN"}, {"over three hours", "DURATION PT3H MORE_THAN"}, {"over a week", "DURATION P1W MORE_THAN"}})
}

// TestDiaryEntries: a diary's entries ("Sunday, May 29.—") take the year
// the text wrote where the weekday falls right, and their present, their
// "tomorrow" and their weekdays are the entry's.
func TestDiaryEntries(t *testing.T) {
	check(t, "Down the Yukon: from the diary of Edwin Marsh, 1898\n\nThe diary was given to the archives by his granddaughter in 2004.\n\nSunday, May 29.—The ice went out this morning. Harris says tomorrow is too soon.\n\nTuesday, May 31.—Loaded the boat yesterday and pushed off at six.\n\nWednesday, June 8.—A man from Oregon drowned on Monday.", time.Date(2019, 8, 20, 0, 0, 0, 0, time.UTC),
		[]want{{"1898", "DATE 1898"}, {"2004", "DATE 2004"}, {"Sunday, May 29", "DATE 1898-05-29"}, {"this morning", "TIME 1898-05-29TMO"}, {"tomorrow", "DATE 1898-05-30"},
			{"Tuesday, May 31", "DATE 1898-05-31"}, {"yesterday", "DATE 1898-05-30"}, {"six", "TIME 1898-05-31T06:00"}, {"Wednesday, June 8", "DATE 1898-06-08"}, {"Monday", "DATE 1898-06-06"}})
	// a diary's "ago" counts back from the entry's day; an hour with its
	// part of the day is in that part, whatever part was told before
	check(t, "The diary of the siege of 1857.\n\nMonday, June 29th. Grain is to be in by tomorrow evening, and the Sikhs have dug since five o'clock this morning.\n\nJuly 2nd. A shell struck the room a shell entered two days ago.", time.Date(2014, 8, 12, 0, 0, 0, 0, time.UTC),
		[]want{{"1857", "DATE 1857"}, {"Monday, June 29th", "DATE 1857-06-29"}, {"tomorrow evening", "TIME 1857-06-30TEV"}, {"five o'clock this morning", "TIME 1857-06-29T05:00"},
			{"July 2nd", "DATE 1857-07-02"}, {"two days ago", "DATE 1857-06-30"}})
	// an entry headed by its day and place; a quotation closed before it
	check(t, "Crossing Russia by rail in 1903.\n\nMay 12th, Moscow. We leave tonight. I was greeted with \"Christ is risen.\"\n\nMay 15th. Crossed the Urals this afternoon. Whit Sunday will find us at Baikal.", time.Date(2011, 9, 30, 0, 0, 0, 0, time.UTC),
		[]want{{"1903", "DATE 1903"}, {"May 12th", "DATE 1903-05-12"}, {"tonight", "TIME 1903-05-12TNI"}, {"May 15th", "DATE 1903-05-15"}, {"this afternoon", "TIME 1903-05-15TAF"}, {"Whit Sunday", "DATE 1903-05-31"}})
	// a letter's hour is of the day its clause names, not the next clause's
	check(t, "Letters of the spring of 1917.\n\nSunday, 4th March\n\nYour parcel came on Friday.\n\nEaster Day, 8th April\n\nWe had Communion at half past six and I came off nights on Thursday.\n\nTuesday, 10th April\n\nThe push began yesterday at half past five in the morning.", time.Date(2016, 11, 11, 0, 0, 0, 0, time.UTC),
		[]want{{"the spring of 1917", "DATE 1917-SP"}, {"Sunday, 4th March", "DATE 1917-03-04"}, {"Friday", "DATE 1917-03-02"}, {"Easter Day", "DATE 1917-04-08"}, {"8th April", "DATE 1917-04-08"}, {"half past six", "TIME 1917-04-08T06:30"}, {"Thursday", "DATE 1917-04-05"},
			{"Tuesday, 10th April", "DATE 1917-04-10"}, {"yesterday", "DATE 1917-04-09"}, {"half past five in the morning", "TIME 1917-04-09T05:30"}})
	// a letter headed by its place and day, with a stop; its past days
	// told the old way, and the hours of the day it has just told
	check(t, "Camp before Sebastopol, 27th October 1854.\n\nMy dear Mother,\nThe bombardment opened on the 17th at half past six in the morning.\n\nCamp before Sebastopol, 8th November 1854.\n\nDear Mother,\nOn Sunday morning last, in a fog, the Russians came up. We stood to arms at five. Pike died on Thursday last.", time.Date(2014, 10, 25, 0, 0, 0, 0, time.UTC),
		[]want{{"27th October 1854", "DATE 1854-10-27"}, {"the 17th", "DATE 1854-10-17"}, {"half past six in the morning", "TIME 1854-10-17T06:30"},
			{"8th November 1854", "DATE 1854-11-08"}, {"Sunday morning last", "TIME 1854-11-05TMO"}, {"five", "TIME 1854-11-05T05:00"}, {"Thursday last", "DATE 1854-11-02"}})
	// a journal's "in ten days" measures from its day; it does not move the story
	check(t, "Journal of the brigade, in the summer of 1834.\n\nMonday, 16th June 1834. Mr. Ross says we shall be at the Factory in ten days, though last summer the passage took a fortnight.\n\nTuesday, 17th. Rain from four in the morning until noon.", time.Date(2011, 6, 14, 0, 0, 0, 0, time.UTC),
		[]want{{"the summer of 1834", "DATE 1834-SU"}, {"Monday, 16th June 1834", "DATE 1834-06-16"}, {"ten days", "DURATION P10D"}, {"last summer", "DATE 1833-SU"}, {"a fortnight", "DURATION P2W"},
			{"Tuesday, 17th", "DATE 1834-06-17"}, {"four in the morning", "TIME 1834-06-17T04:00"}, {"noon", "TIME 1834-06-17T12:00"}})
	check(t, "Journal of the mission\n\nNain, Labrador. Thursday, 1st November 1906. All Saints. The Harmony sailed on the 28th of last month. Yesterday it snowed.", time.Date(2012, 11, 19, 0, 0, 0, 0, time.UTC),
		[]want{{"Thursday, 1st November 1906", "DATE 1906-11-01"}, {"the 28th of last month", "DATE 1906-10-28"}, {"Yesterday", "DATE 1906-10-31"}})
	// a journal's first entry headed by its place and day, on the line of its text
	check(t, "From the journal of the surgeon\n\nWinter quarters, Cape Harwood, 15th October 1894. The sun showed itself at noon today. We shall not see it again until February.\n\n2nd November. Darkness now nearly complete.", time.Date(2016, 11, 8, 0, 0, 0, 0, time.UTC),
		[]want{{"15th October 1894", "DATE 1894-10-15"}, {"noon today", "TIME 1894-10-15T12:00"}, {"February", "DATE 1895-02"}, {"2nd November", "DATE 1894-11-02"}, {"now", "DATE PRESENT_REF"}})
	// a travel blog's days, numbered before their dates
	check(t, "A week on the local lines.\n\nDay 1, Monday 11 September 2023\nThe bus dropped me at the station at twenty to seven this morning.\n\nDay 2, Tuesday\nI reached Sapporo by half past three.", time.Date(2023, 9, 17, 0, 0, 0, 0, time.UTC),
		[]want{{"A week", "DURATION P1W"}, {"Monday 11 September 2023", "DATE 2023-09-11"}, {"twenty to seven this morning", "TIME 2023-09-11T06:40"}, {"Tuesday", "DATE 2023-09-12"}, {"half past three", "TIME 2023-09-12T15:30"}})
	// an entry headed by its day and the clock it is told by, years ahead
	check(t, "From the station log\n\nTuesday 2 March 2117, 06:40 station time.\nThe supply window closes on the 19th. I have told him to rest until tomorrow.\n\nSaturday.\nTold the others this morning.", time.Date(2023, 10, 19, 0, 0, 0, 0, time.UTC),
		[]want{{"Tuesday 2 March 2117, 06:40", "TIME 2117-03-02T06:40"}, {"the 19th", "DATE 2117-03-19"}, {"tomorrow", "DATE 2117-03-03"}, {"Saturday", "DATE 2117-03-06"}, {"this morning", "TIME 2117-03-06TMO"}})
	// a log's watches, four digits heading its entries; a timeline's years
	check(t, "LOG OF THE CURLEW, August 1935\n\nSaturday, 10 August. Starting gun at 11.30.\n\n1600. Anvil Point abeam.\n\nSunday, 11 August. 0400. Handed over. Start Point abeam at 0540.", time.Date(2015, 8, 10, 0, 0, 0, 0, time.UTC),
		[]want{{"August 1935", "DATE 1935-08"}, {"Saturday, 10 August", "DATE 1935-08-10"}, {"11.30", "TIME 1935-08-10T11:30"}, {"1600", "TIME 1935-08-10T16:00"},
			{"Sunday, 11 August", "DATE 1935-08-11"}, {"0400", "TIME 1935-08-11T04:00"}, {"0540", "TIME 1935-08-11T05:40"}})
	check(t, "Wednesday, 12 May 1926. The strike was called off at noon. The law was not repealed until 1946.", time.Date(2018, 5, 4, 0, 0, 0, 0, time.UTC),
		[]want{{"Wednesday, 12 May 1926", "DATE 1926-05-12"}, {"noon", "TIME 1926-05-12T12:00"}, {"1946", "DATE 1946"}})
	check(t, "Timeline of the airlift\n\n12 May 1949 – The blockade is lifted.\n2008 – Pilots return to Berlin.", time.Date(2019, 5, 8, 0, 0, 0, 0, time.UTC),
		[]want{{"12 May 1949", "DATE 1949-05-12"}, {"2008", "DATE 2008"}})
	check(t, "Colomb-Béchar, Monday, 12th January 1925.\n\nArrived last night. We leave at five tomorrow morning.", time.Date(2011, 8, 20, 0, 0, 0, 0, time.UTC),
		[]want{{"Monday, 12th January 1925", "DATE 1925-01-12"}, {"last night", "TIME 1925-01-11TNI"}, {"five tomorrow morning", "TIME 1925-01-13T05:00"}})
	// a day of long ago named in passing, then told of: the story's
	check(t, "These recollections were recorded in the autumn of 2012, sixty years after the surge of 31 January 1953. Fifty-eight people died on the island that night.\n\nJOAN (born 1938): We'd been to the pictures on the Saturday afternoon, and came home on the five o'clock bus. It was blowing a gale that evening.", time.Date(2013, 1, 31, 0, 0, 0, 0, time.UTC),
		[]want{{"the autumn of 2012", "DATE 2012-FA"}, {"sixty years", "DURATION P60Y"}, {"31 January 1953", "DATE 1953-01-31"}, {"that night", "TIME 1953-01-31TNI"}, {"1938", "DATE 1938"},
			{"Saturday afternoon", "TIME 1953-01-31TAF"}, {"five o'clock", "TIME 1953-01-31T17:00"}, {"that evening", "TIME 1953-01-31TEV"}})
	// a title naming a time of long ago: what the text tells is of then
	check(t, "Voices from the flood of Easter 1998\n\nMARGARET: It rained all through Maundy Thursday. He went out at nine o'clock at night. By half past eleven it was in the kitchen.", time.Date(2018, 4, 20, 0, 0, 0, 0, time.UTC),
		[]want{{"Easter 1998", "DATE 1998-04-12"}, {"Maundy Thursday", "DATE 1998-04-09"}, {"nine o'clock at night", "TIME 1998-04-09T21:00"}, {"half past eleven", "TIME 1998-04-09T23:30"}})
	// a letter's "next year" is from its own; a range of hours in parts of
	// the day; a timetable's departure
	check(t, "Aldershot, 6th February 1953.\n\nDear Mum,\nDemob is in February next year. I will get the 4.40 from Andover. Breakfast is between ten in the morning and five in the afternoon.", time.Date(2016, 3, 2, 0, 0, 0, 0, time.UTC),
		[]want{{"6th February 1953", "DATE 1953-02-06"}, {"February next year", "DATE 1954-02"}, {"4.40", "TIME 1953-02-06T16:40"}, {"ten in the morning", "TIME 1953-02-06T10:00"}, {"five in the afternoon", "TIME 1953-02-06T17:00"}})
	// a blog post's header dates it; a diary's heading is of the year its
	// title wrote, though the DCT's year has the same calendar
	check(t, "Chamonix\n\nPosted Wednesday 17 July 2013 by Kat\n\nYesterday was a write-off. We fly home on Sunday the 21st.", time.Date(2019, 3, 4, 0, 0, 0, 0, time.UTC),
		[]want{{"Wednesday 17 July 2013", "DATE 2013-07-17"}, {"Yesterday", "DATE 2013-07-16"}, {"Sunday the 21st", "DATE 2013-07-21"}})
	check(t, "Bramley's, Oldgate. Diary for 1934.\n\nMonday, 10th December.\nBack behind the glove counter at half past eight.\n\nTuesday, 11th.\nQuiet.", time.Date(2013, 5, 14, 0, 0, 0, 0, time.UTC),
		[]want{{"1934", "DATE 1934"}, {"Monday, 10th December", "DATE 1934-12-10"}, {"half past eight", "TIME 1934-12-10T08:30"}, {"Tuesday, 11th", "DATE 1934-12-11"}})
	// a heading naming a year of long ago: its section tells of then
	check(t, "The Pendle witches\n\nThe trials took place in 1612.\n\nEvents of spring 1612\nOn 18 March Alizon Device met a pedlar.", time.Date(2011, 8, 20, 0, 0, 0, 0, time.UTC),
		[]want{{"1612", "DATE 1612"}, {"spring 1612", "DATE 1612-SP"}, {"18 March", "DATE 1612-03-18"}})
	// a weekday's date of the year its paragraph goes on to write
	check(t, "Chapter Nine\n\nFriday, the sixth of July, and the heat is already coming up off the field at half past eight. The radio said it would be the hottest day of 1984 so far.", time.Date(2015, 6, 29, 0, 0, 0, 0, time.UTC),
		[]want{{"Friday, the sixth of July", "DATE 1984-07-06"}, {"half past eight", "TIME 1984-07-06T08:30"}, {"1984", "DATE 1984"}})
	// a letter's place may end in an abbreviation
	check(t, "Camp near Falmouth, Va., April 14th, 1863.\n\nDear Henry,\n\nYour letter came yesterday. Last week we had a grand review.", time.Date(2012, 11, 5, 0, 0, 0, 0, time.UTC),
		[]want{{"April 14th, 1863", "DATE 1863-04-14"}, {"yesterday", "DATE 1863-04-13"}, {"Last week", "DATE 1863-W15"}})
	// or start with a house's number
	check(t, "France, Saturday 3rd June 1916\n\nDear Edie,\n\nAll well.\n\n14 Chapel Street, Oldham, 8th June 1916\n\nDear Tom,\n\nWhen word came on Tuesday afternoon, the mill stopped.", time.Date(2014, 7, 1, 0, 0, 0, 0, time.UTC),
		[]want{{"Saturday 3rd June 1916", "DATE 1916-06-03"}, {"8th June 1916", "DATE 1916-06-08"}, {"Tuesday afternoon", "TIME 1916-06-06TAF"}})
	// an e-mail's header dates its letter
	check(t, "From: Kate\nDate: Tue, 4 Nov 1997\nSubject: Varanasi!\n\nHi Mum,\n\nLast night I slept on a luggage rack. We stay until Friday. Tell Gran I'll ring on the 19th.\n\nFrom: Kate\nDate: Sat, 8 Nov 1997\n\nThe office is shut until Monday.", time.Date(2017, 3, 7, 0, 0, 0, 0, time.UTC),
		[]want{{"Tue, 4 Nov 1997", "DATE 1997-11-04"}, {"Last night", "TIME 1997-11-03TNI"}, {"Friday", "DATE 1997-11-07"}, {"the 19th", "DATE 1997-11-19"},
			{"Sat, 8 Nov 1997", "DATE 1997-11-08"}, {"Monday", "DATE 1997-11-10"}})
	check(t, "Shanghai, 20th September 1939.\n\nDear Mother,\nIn November we shall move house. Peter turned four on the 11th.", time.Date(2017, 11, 8, 0, 0, 0, 0, time.UTC),
		[]want{{"20th September 1939", "DATE 1939-09-20"}, {"November", "DATE 1939-11"}, {"the 11th", "DATE 1939-09-11"}})
	// a long letter's days are the letter's to its end
	check(t, "Ealing, Friday, 5th June 1953.\n\nDearest Peg,\nWell, it is over. I am tired. It rained. Nobody cared. We were up early. We iced the cakes. We watched the set. I cried. The picture was small. We saw it all. The party moved indoors. The boys ran races. Michael won. Wednesday and Thursday were ordinary again. Mother's birthday is on the 19th, and we might do it all again next year.", time.Date(2013, 6, 2, 0, 0, 0, 0, time.UTC),
		[]want{{"Friday, 5th June 1953", "DATE 1953-06-05"}, {"Wednesday", "DATE 1953-06-03"}, {"Thursday", "DATE 1953-06-04"}, {"the 19th", "DATE 1953-06-19"}, {"next year", "DATE 1954"}})
	check(t, "The ship sailed on 1 March 1821.\n\nThursday, 29th. At midnight the wind shifted.\n\nSaturday, 31st. Shipped a heavy sea at 4 p.m. on the 31st which stove the boat.", time.Date(2014, 11, 20, 0, 0, 0, 0, time.UTC),
		[]want{{"1 March 1821", "DATE 1821-03-01"}, {"Thursday, 29th", "DATE 1821-03-29"}, {"midnight", "TIME 1821-03-29T24:00"}, {"Saturday, 31st", "DATE 1821-03-31"}, {"4 p.m. on the 31st", "TIME 1821-03-31T16:00"}})
	// entries headed by a weekday or a day alone, once the diary has dated
	// one; a future told in an entry does not move the diary on; the
	// entry's week is the diary's, however far down the entry it is named
	check(t, "Mudros, Tuesday 3rd August 1915.\nArrived this morning. Ships everywhere. We are not let ashore. Rumour says we go in at the end of the week.\n\nThursday.\nThe sergeant says we will be home by Christmas.\n\n7th.\nLanded last night about ten o'clock.\n\nSunday.\nWater came up at four o'clock this afternoon.\n\n2nd.\nQuiet.", time.Date(2015, 8, 6, 0, 0, 0, 0, time.UTC),
		[]want{{"Tuesday 3rd August 1915", "DATE 1915-08-03"}, {"this morning", "TIME 1915-08-03TMO"}, {"the end of the week", "DATE 1915-W31 END"},
			{"Thursday", "DATE 1915-08-05"}, {"Christmas", "DATE 1915-12-25"}, {"7th", "DATE 1915-08-07"}, {"last night", "TIME 1915-08-06TNI"}, {"ten o'clock", "TIME 1915-08-06T22:00 APPROX"},
			{"Sunday", "DATE 1915-08-08"}, {"four o'clock this afternoon", "TIME 1915-08-08T16:00"}, {"2nd", "DATE 1915-09-02"}})
	// a day alone may head its entry's first words on the same line
	check(t, "28 August 1891. The ship left at noon.\n\n29th. Rain. Unloaded coal until eight in the evening.\n\n21 September. First snow.\n\n30th. The fjord froze last night.", time.Date(1987, 11, 20, 0, 0, 0, 0, time.UTC),
		[]want{{"28 August 1891", "DATE 1891-08-28"}, {"noon", "TIME 1891-08-28T12:00"}, {"29th", "DATE 1891-08-29"}, {"eight in the evening", "TIME 1891-08-29T20:00"},
			{"21 September", "DATE 1891-09-21"}, {"30th", "DATE 1891-09-30"}, {"last night", "TIME 1891-09-29TNI"}})
}

// TestSinceOwnsItsTime: "since" binds the time after it, not a later one
// in its clause, which the story moves to.
func TestSinceOwnsItsTime(t *testing.T) {
	check(t, "Residents who had been out since Tuesday began returning Saturday afternoon. The highway reopened at 11:30 a.m.", time.Date(2013, 9, 14, 0, 0, 0, 0, time.UTC),
		[]want{{"Tuesday", "DATE 2013-09-10"}, {"Saturday afternoon", "TIME 2013-09-14TAF"}, {"11:30 a.m.", "TIME 2013-09-14T11:30"}})
}

// TestHourOfNightTold: an hour "on the night of" a day is one time, of
// that night (as "08:00 on 20 May" is one); the hours after it stay in
// that evening.
func TestHourOfNightTold(t *testing.T) {
	check(t, "Keeling took the call at twenty past eleven on the night of Friday 7 March 1986. He was in the yard by a quarter to twelve.", time.Date(2012, 8, 17, 0, 0, 0, 0, time.UTC),
		[]want{{"twenty past eleven on the night of Friday 7 March 1986", "TIME 1986-03-07T23:20"}, {"a quarter to twelve", "TIME 1986-03-07T23:45"}})
}

// TestNightHours: before a midnight told, eleven is the evening's; after
// a night told, twelve is past its midnight, and the hours go on from it.
func TestNightHours(t *testing.T) {
	check(t, "It was November 1994. They met on the night of Wednesday, the 16th of November; he would be at the quarry by midnight. He was there at half past eleven.\n\nOn Thursday night the ferry sailed. He checked his watch at 12:40, and again at 12:55. At seventeen minutes past one the car came.", time.Date(2015, 3, 11, 0, 0, 0, 0, time.UTC),
		[]want{{"November 1994", "DATE 1994-11"}, {"the night of Wednesday, the 16th of November", "TIME 1994-11-16TNI"}, {"midnight", "TIME 1994-11-16T24:00"}, {"half past eleven", "TIME 1994-11-16T23:30"},
			{"Thursday night", "TIME 1994-11-17TNI"}, {"12:40", "TIME 1994-11-18T00:40"}, {"12:55", "TIME 1994-11-18T00:55"}, {"seventeen minutes past one", "TIME 1994-11-18T01:17"}})
}

// TestPresentTenseStory: a story that tells its day as its present ("It
// is Monday, the thirtieth of June, 1997") keeps its future and its
// "today"; "that year" is the year just named, even in passing.
func TestPresentTenseStory(t *testing.T) {
	check(t, "It is Monday, the thirtieth of June, 1997, and it is raining. Her aunt has lived here since 1962; she came in the spring of that year. Her boss is going home on Friday. Today is a holiday.", time.Date(2017, 6, 30, 0, 0, 0, 0, time.UTC),
		[]want{{"Monday, the thirtieth of June, 1997", "DATE 1997-06-30"}, {"1962", "DATE 1962"}, {"the spring of that year", "DATE 1962-SP"}, {"Friday", "DATE 1997-07-04"}, {"Today", "DATE 1997-06-30"}})
	// however near the DCT; and the hours its people say are of its days
	check(t, "It is Friday, the fourteenth of October 2022, and the traffic has not moved. \"You said 6 p.m.,\" she says. They reach the park at 8.15pm. Saturday morning is bright.", time.Date(2023, 4, 20, 0, 0, 0, 0, time.UTC),
		[]want{{"Friday, the fourteenth of October 2022", "DATE 2022-10-14"}, {"6 p.m.", "TIME 2022-10-14T18:00"}, {"8.15pm", "TIME 2022-10-14T20:15"}, {"Saturday morning", "TIME 2022-10-15TMO"}})
}

// TestLaterToThePresent: "Forty years later" that reaches the writer's
// present leaves the story where it was.
func TestLaterToThePresent(t *testing.T) {
	check(t, "The lights went out at 9:27 p.m. on Wednesday, July 13, 1977. Forty years later, those who lived through it remember that night.", time.Date(2017, 7, 13, 0, 0, 0, 0, time.UTC),
		[]want{{"9:27 p.m. on Wednesday, July 13, 1977", "TIME 1977-07-13T21:27"}, {"Forty years", "DURATION P40Y"}, {"that night", "TIME 1977-07-13TNI"}})
}

// TestChapterDay: a chapter headed by its day tells its past from it,
// however long its first pages; "the first Sunday" and "the Thursday" of
// a story are of the days and weeks it has told.
func TestChapterDay(t *testing.T) {
	check(t, "Thursday, 9 November 1989\n\nKatrin wakes early. The flat is cold. The radiator knocks. She makes coffee. The radio talks. The news is old. The tram is late. The office is quiet. On Saturday she stood on the Alexanderplatz.", time.Date(2019, 11, 9, 0, 0, 0, 0, time.UTC),
		[]want{{"Thursday, 9 November 1989", "DATE 1989-11-09"}, {"Saturday", "DATE 1989-11-04"}})
	check(t, "We arrived on Saturday, 31 July 1976. On the first Sunday we walked to the cove. The light lasted late. On the second Sunday it rained.", time.Date(2018, 7, 22, 0, 0, 0, 0, time.UTC),
		[]want{{"Saturday, 31 July 1976", "DATE 1976-07-31"}, {"the first Sunday", "DATE 1976-08-01"}, {"the second Sunday", "DATE 1976-08-08"}})
	check(t, "The storm came thirty years ago this week. That week the wind rose. I came on at nine on the Thursday.", time.Date(2017, 10, 16, 0, 0, 0, 0, time.UTC),
		[]want{{"thirty years ago this week", "DATE 1987-W42"}, {"That week", "DATE 1987-W42"}, {"Thursday", "DATE 1987-10-15"}})
}

// TestMinutesToAfterAt: "at twenty to seven" is a time after "at" even
// without a part of the day; "Christmas morning" is a part of that day.
func TestMinutesToAfterAt(t *testing.T) {
	check(t, "In December 1986 we waited. On Christmas morning we woke at six. The call came at twenty to seven, and lunch at ten to one. He stood at ten to twenty paces.", time.Date(2012, 12, 18, 0, 0, 0, 0, time.UTC),
		[]want{{"December 1986", "DATE 1986-12"}, {"Christmas morning", "TIME 1986-12-25TMO"}, {"six", "TIME 1986-12-25T06:00"}, {"twenty to seven", "TIME 1986-12-25T06:40"}, {"ten to one", "TIME 1986-12-25T12:50"}})
}

// TestBareHours: in a story, an hour with nothing to mark it ("at six",
// "from ten until two", "at half four", "at 6.15") is a time of the day the
// story is at, in the part of the day it has told; in news, and where the
// number counts something, it is none.
func TestBareHours(t *testing.T) {
	checkSequels(t, "On 3 March 1921 the ship docked at Bremen. ", time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC), []want{{"3 March 1921", "DATE 1921-03-03"}}, []sequel{
		{"We went ashore at six and dined at half past eight.", []want{{"six", "TIME 1921-03-03T06:00"}, {"half past eight", "TIME 1921-03-03T08:30"}}},
		{"That evening we dined at eight.", []want{{"That evening", "TIME 1921-03-03TEV"}, {"eight", "TIME 1921-03-03T20:00"}}},
		{"We spent the morning at the docks. At two we drove inland.", []want{{"the morning", "TIME 1921-03-03TMO"}, {"two", "TIME 1921-03-03T14:00"}}},
		{"The morning was slow. My father took the afternoon off.", []want{{"The morning", "TIME 1921-03-03TMO"}, {"the afternoon", "TIME 1921-03-03TAF"}}},
		{"The busiest time was between eleven and one. By three there was a queue at the gate.", []want{{"eleven", "TIME 1921-03-03T11:00"}, {"one", "TIME 1921-03-03T13:00"}, {"three", "TIME 1921-03-03T15:00"}}},
		{"My day started at six with dressings. He woke at five to the gulls. She arrived at ten to, and left at ten to three.", []want{{"six", "TIME 1921-03-03T06:00"}, {"five", "TIME 1921-03-03T05:00"}, {"ten to three", "TIME 1921-03-03T14:50"}}},
		{"By half past four we could smell the smoke. He did not come back until half past one in the morning.", []want{{"half past four", "TIME 1921-03-03T16:30"}, {"half past one in the morning", "TIME 1921-03-04T01:30"}}},
		{"We spent the morning at the docks. At nine we drove inland.", []want{{"the morning", "TIME 1921-03-03TMO"}, {"nine", "TIME 1921-03-03T09:00"}}},
		{"That night I was on watch from ten until two.", []want{{"That night", "TIME 1921-03-03TNI"}, {"ten", "TIME 1921-03-03T22:00"}, {"two", "TIME 1921-03-04T02:00"}}},
		{"We landed at 2 p.m. and by four the cargo was out.", []want{{"2 p.m.", "TIME 1921-03-03T14:00"}, {"four", "TIME 1921-03-03T16:00"}}},
		{"At eleven the bell rang.", []want{{"eleven", "TIME 1921-03-03T11:00"}}},
		{"The train left at 6.15 and the post came at half four.", []want{{"6.15", "TIME 1921-03-03T06:15"}, {"half four", "TIME 1921-03-03T16:30"}}},
		{"I had been up since six, and was in bed by one. The camels were eaten one by one.", []want{{"six", "TIME 1921-03-03T06:00"}, {"one", "TIME 1921-03-04T01:00"}}},
		// an hour in words with nothing to place it is of a waking day's
		// afternoon; not in the dark, at waking, or after a night told
		{"Tea was served at half past four.", []want{{"half past four", "TIME 1921-03-03T16:30"}}},
		{"He came back at ten past three.", []want{{"ten past three", "TIME 1921-03-03T15:10"}}},
		{"We woke at half past four.", []want{{"half past four", "TIME 1921-03-03T04:30"}}},
		{"I had been awake since four. The boat sailed at half past two.", []want{{"four", "TIME 1921-03-03T04:00"}, {"half past two", "TIME 1921-03-03T14:30"}}},
		{"The men formed up in darkness, and the assault began at three o'clock.", []want{{"three o'clock", "TIME 1921-03-03T03:00"}}},
		{"That night the wind rose. At a quarter past two the mast broke.", []want{{"That night", "TIME 1921-03-03TNI"}, {"a quarter past two", "TIME 1921-03-04T02:15"}}},
		// the words around an hour tell its half of the day: a night's, an
		// evening's, a waking's
		{"Bed at nine, too tired to write more.", []want{{"nine", "TIME 1921-03-03T21:00"}}},
		{"The night shift began at ten.", []want{{"ten", "TIME 1921-03-03T22:00"}}},
		{"We had supper at eight.", []want{{"eight", "TIME 1921-03-03T20:00"}}},
		{"On Fridays the pubs empty at eleven.", []want{{"Fridays", "SET XXXX-WXX-5"}, {"eleven", "TIME XXXX-XX-XXT23:00"}}},
		{"They were still dancing at eleven, when I went up to bed.", []want{{"eleven", "TIME 1921-03-03T23:00"}}},
		{"Nurse sat up with him till three.", []want{{"three", "TIME 1921-03-03T03:00"}}},
		{"The alarm went at 6.15, but I had been awake since five.", []want{{"6.15", "TIME 1921-03-03T06:15"}, {"five", "TIME 1921-03-03T05:00"}}},
		{"The next morning she was still asleep at eleven.", []want{{"The next morning", "TIME 1921-03-04TMO"}, {"eleven", "TIME 1921-03-04T11:00"}}},
		{"I sat in the launderette until it closed at ten.", []want{{"ten", "TIME 1921-03-03T22:00"}}},
		{"Home by a quarter to seven, feet aching.", []want{{"a quarter to seven", "TIME 1921-03-03T18:45"}}},
		{"We started building at nine, and by midnight there were sixty barricades.", []want{{"nine", "TIME 1921-03-03T21:00"}, {"midnight", "TIME 1921-03-03T24:00"}}},
		{"Handed over at 7.30 this morning, home by eight.", []want{{"7.30 this morning", "TIME 1921-03-03T07:30"}, {"eight", "TIME 1921-03-03T08:00"}}},
		{"I did not get to bed until eleven the next morning.", []want{{"eleven the next morning", "TIME 1921-03-04T11:00"}}},
		// what goes on after an hour: a purpose, a companion, a cause
		{"Mum rang at nine to check I was alive.", []want{{"nine", "TIME 1921-03-03T09:00"}}},
		{"Out at six with Hartley.", []want{{"six", "TIME 1921-03-03T06:00"}}},
		{"We came in at five as usual.", []want{{"five", "TIME 1921-03-03T17:00"}}},
		{"They moved into the hall at two because of the rain.", []want{{"two", "TIME 1921-03-03T14:00"}}},
		// what an evening holds: a night out, the last bus, dusk
		{"Fireworks over the river at about half past ten.", []want{{"half past ten", "TIME 1921-03-03T22:30 APPROX"}}},
		{"The last bus went past at twenty to twelve.", []want{{"twenty to twelve", "TIME 1921-03-03T23:40"}}},
		{"We sat on the wall until the sun went down at half past nine.", []want{{"half past nine", "TIME 1921-03-03T21:30"}}},
		{"By the time they reach the site it is a quarter past eight and fully dark.", []want{{"a quarter past eight", "TIME 1921-03-03T20:15"}}},
		{"At ten a man from the Party comes in.", []want{{"ten", "TIME 1921-03-03T10:00"}}},
		// the day goes on from the last hour it reached, not from one it
		// looks ahead to
		{"She came home on the four o'clock bus. Her mother was shelling peas. Nobody spoke of it. She laid the table at six.", []want{{"four o'clock", "TIME 1921-03-03T16:00"}, {"six", "TIME 1921-03-03T18:00"}}},
		{"We woke at five. The service is at two. Aunt May came. The car was washed. By seven the house was full.", []want{{"five", "TIME 1921-03-03T05:00"}, {"two", "TIME 1921-03-03T14:00"}, {"seven", "TIME 1921-03-03T07:00"}}},
		// counts and prices
		{"The score was tied at six, and the ship was sold at 6.15 a share.", nil},
		// a timetable's hours after a point, in news as in a story
		{"The last train will leave at 23.15. Trains leave Heuston for Cork at 17.45 and for Galway at 18.10; the 17.32 express is cut.", []want{{"23.15", "TIME 1921-03-03T23:15"}, {"17.45", "TIME 1921-03-03T17:45"}, {"18.10", "TIME 1921-03-03T18:10"}, {"17.32", "TIME 1921-03-03T17:32"}}},
		{"They walked at ten paces and won by three.", nil},
	})
	// news has no bare hours, but for a timetable's
	check(t, "The vote on Monday passed by ten, and shares closed at 6.15.", time.Date(2013, 3, 22, 0, 0, 0, 0, time.UTC),
		[]want{{"Monday", "DATE 2013-03-18"}})
	check(t, "The last train will leave at 23.15. Shares closed at 17.45.", time.Date(2013, 3, 22, 0, 0, 0, 0, time.UTC),
		[]want{{"23.15", "TIME 2013-03-22T23:15"}})
}

// TestHabitHours: an hour a habit is kept at is of every such day, in
// the half of the day the habit says: "I still wake at half past four most
// mornings", "he'd light it as soon as it got dark", "you used to clock on
// at seven"; not one whose habit is someone else's ("the band starts, a
// band who play most weekends").
func TestHabitHours(t *testing.T) {
	checkSequels(t, "The mill shut on Friday the 15th of April 1983, and at half past three they rang the bell for the last time. ", time.Date(2015, 11, 12, 0, 0, 0, 0, time.UTC),
		[]want{{"Friday the 15th of April 1983", "DATE 1983-04-15"}, {"half past three", "TIME 1983-04-15T15:30"}}, []sequel{
			{"I still wake at half past five most mornings.", []want{{"half past five", "TIME XXXX-XX-XXT05:30"}, {"most mornings", "SET XXXX-XX-XXTMO"}}},
			{"She worked on the quays, often rising at four in the morning to meet the boats.", []want{{"four in the morning", "TIME XXXX-XX-XXT04:00"}}},
			{"For weeks after that he woke at a quarter past five.", []want{{"weeks", "DURATION PXW"}, {"a quarter past five", "TIME XXXX-XX-XXT05:15"}}},
			{"When the power went, my dad would sit with us, and he'd light the lamp at half past four, as soon as it got dark.", []want{{"half past four", "TIME XXXX-XX-XXT16:30"}}},
			{"You used to clock on at seven.", []want{{"seven", "TIME XXXX-XX-XXT07:00"}}},
			{"The buses ran at weekends until eleven.", []want{{"weekends", "SET XXXX-WXX-WE"}, {"eleven", "TIME XXXX-XX-XXT11:00"}}},
			{"At nine the band started, a band who played most weekends.", []want{{"nine", "TIME 1983-04-15T21:00"}}},
		})
}

// TestStoryLooksBack: a relative clause looking back leaves the story's
// time alone, one going on moves it; a clause's month later than the
// story's last day moves the story's year.
func TestStoryLooksBack(t *testing.T) {
	jul := time.Date(2011, 7, 22, 0, 0, 0, 0, time.UTC)
	check(t, "Rule, Britannia! was first performed on 1 August 1740. The fleet reached Jamaica in January 1741, having lost its commander, Lord Cathcart, who died on 20 December 1740. Vernon's ships anchored off Cartagena on 13 March.", jul,
		[]want{{"1 August 1740", "DATE 1740-08-01"}, {"January 1741", "DATE 1741-01"}, {"20 December 1740", "DATE 1740-12-20"}, {"13 March", "DATE 1741-03-13"}})
	check(t, "He saved for four years to bring over Zofia, who landed in the summer of 1911. They married that September.", jul,
		[]want{{"four years", "DURATION P4Y"}, {"the summer of 1911", "DATE 1911-SU"}, {"that September", "DATE 1911-09"}})
	// a death told years ahead, and a time compared with, leave the story
	// where it was; a death within its time does not
	check(t, "Sussex entered the town on 21 January 1570. Conyers fled to Scotland, where he died in 1581. Garth was captured in early February.", jul,
		[]want{{"21 January 1570", "DATE 1570-01-21"}, {"1581", "DATE 1581"}, {"early February", "DATE 1570-02 START"}})
	check(t, "The war dragged on through 1569. Its leader fled to Scotland, where he died in 1570. That autumn the rebels gave up.", jul,
		[]want{{"1569", "DATE 1569"}, {"1570", "DATE 1570"}, {"That autumn", "DATE 1570-FA"}})
	// and its next entry headed by its weekday and date, after a year of
	// long ago its last told
	check(t, "My Normandy and Paris Diary - Joanne Pickering, 3C\n\nSaturday 26th March 1983\nCoach left school at 5.30am. Then we saw the place where Joan of Arc was burnt in 1431. After that we went to Arromanches, where the Allies landed on 6th June 1944. I thought about Grandad the whole time.\n\nTuesday 29th March\nRain.", jul,
		[]want{{"Saturday 26th March 1983", "DATE 1983-03-26"}, {"5.30am", "TIME 1983-03-26T05:30"}, {"1431", "DATE 1431"}, {"6th June 1944", "DATE 1944-06-06"}, {"Tuesday 29th March", "DATE 1983-03-29"}})
	// a diary's next entry goes on from the last one's day, whatever year
	// the entry looked back or compared to
	check(t, "Wednesday 8 May 1974. Gale since dawn. Yesterday's count was 212, against 231 on 7 May last year.\n\n14 May. Plots marked out.\n\n21 May. First egg this morning, a week earlier than in 1973.\n\n2 June. Boat did not come.", jul,
		[]want{{"Wednesday 8 May 1974", "DATE 1974-05-08"}, {"dawn", "TIME 1974-05-08TMO"}, {"Yesterday", "DATE 1974-05-07"}, {"7 May last year", "DATE 1973-05-07"}, {"14 May", "DATE 1974-05-14"},
			{"21 May", "DATE 1974-05-21"}, {"this morning", "TIME 1974-05-21TMO"}, {"a week", "DURATION P1W"}, {"1973", "DATE 1973"}, {"2 June", "DATE 1974-06-02"}})
	// a flashback entered in the pluperfect goes on in its own months
	check(t, "Whitby, October 2012\n\nThe letter came on Tuesday the 9th. But before that there had been the summer of 1986.\n\nThat August they had the house to themselves. In the evenings they sat on the pier. Kit was fifteen and Nell eleven. On the last Saturday of the month there was a dance.", time.Date(2014, 9, 4, 0, 0, 0, 0, time.UTC),
		[]want{{"October 2012", "DATE 2012-10"}, {"Tuesday the 9th", "DATE 2012-10-09"}, {"the summer of 1986", "DATE 1986-SU"}, {"That August", "DATE 1986-08"}, {"the evenings", "SET XXXX-XX-XXTEV"}, {"the last Saturday of the month", "DATE 1986-08-30"}})
}

// TestNewsDaysAndHours: the days and hours of news told around the DCT:
// timelines, nights, datelines, headlines and what was said or heard.
func TestNewsDaysAndHours(t *testing.T) {
	checkDated(t, []dated{
		// the night news told gone by, of a morning it has just named, ended that morning.
		{"Marsh appeared early today to have unseated Sheriff Tolliver, after a count that ran through the night and was not finished until nearly 6 a.m.", time.Date(1974, 11, 6, 0, 0, 0, 0, time.UTC),
			[]want{{"early today", "DATE 1974-11-06 START"}, {"the night", "TIME 1974-11-05TNI"}, {"nearly 6 a.m.", "TIME 1974-11-06T06:00 APPROX"}}},
		// an hour told a sentence or two after an evening's, and no earlier than it, is of that evening,
		// not the next morning.
		{"Turnout was heavy on Tuesday. The polls closed at 7 p.m. and the first returns reached the courthouse at 8:15. They gave Tolliver an early lead.\n\nBy 10 o'clock the lead had narrowed. At 11:45 p.m. a machine jammed. Marsh went ahead at 1:50 a.m.", time.Date(1974, 11, 6, 0, 0, 0, 0, time.UTC),
			[]want{{"Tuesday", "DATE 1974-11-05"}, {"7 p.m.", "TIME 1974-11-05T19:00"}, {"8:15", "TIME 1974-11-05T20:15"}, {"10 o'clock", "TIME 1974-11-05T22:00"},
				{"11:45 p.m.", "TIME 1974-11-05T23:45"}, {"1:50 a.m.", "TIME 1974-11-06T01:50"}}},
		// a weekday alone heads its entry before a dash, and the days run on.
		{"Five gunmen surrendered early Friday. The ordeal began Sunday afternoon, when the gunmen seized the flight. This is how it unfolded:\n\nSUNDAY - The plane lands at Larnaca at 5:48 p.m.\n\nMONDAY - The gunmen demand the release of prisoners.", time.Date(1979, 9, 14, 0, 0, 0, 0, time.UTC),
			[]want{{"early Friday", "DATE 1979-09-14 START"}, {"Sunday afternoon", "TIME 1979-09-09TAF"}, {"SUNDAY", "DATE 1979-09-09"}, {"5:48 p.m.", "TIME 1979-09-09T17:48"}, {"MONDAY", "DATE 1979-09-10"}}},
		// a timeline's entries headed by days of a weekend the news told gone by, and the days after it up
		// to the DCT, are those days, though told in the present.
		{"Two inmates who broke out at the weekend were back in custody last night.\n\nTimeline\n\nSaturday, 7.40pm - Colley and Spratt ask to go to the laundry.\n\nSunday afternoon - A stolen car is found burnt out.\n\nMonday, 11.15am - Spratt is arrested.\n\nMonday, 10.50pm - Colley is detained.", time.Date(2012, 10, 23, 0, 0, 0, 0, time.UTC),
			[]want{{"the weekend", "DATE 2012-W42-WE"}, {"last night", "TIME 2012-10-22TNI"}, {"Saturday, 7.40pm", "TIME 2012-10-20T19:40"}, {"Sunday afternoon", "TIME 2012-10-21TAF"},
				{"Monday, 11.15am", "TIME 2012-10-22T11:15"}, {"Monday, 10.50pm", "TIME 2012-10-22T22:50"}}},
		// a timeline's hours head their entries after a double hyphen too, and after "About".
		{"Here is how yesterday's blaze developed.\n\n5:52 a.m. -- The watchman telephones the brigade.\n\nAbout 7:15 a.m. -- Police begin clearing the street.", time.Date(1979, 11, 14, 0, 0, 0, 0, time.UTC),
			[]want{{"yesterday", "DATE 1979-11-13"}, {"5:52 a.m.", "TIME 1979-11-13T05:52"}, {"7:15 a.m.", "TIME 1979-11-13T07:15 APPROX"}}},
		// a time told in a participle describing a clause's subject ("Sandbags laid by volunteers on
		// Friday afternoon were swept away") leaves the news at the day it was telling.
		{"The river burst its banks on Saturday evening, peaking at 11:20 p.m. Sandbags laid by volunteers on Friday afternoon were swept away within minutes. Police began evacuating the estate at about 7:30 p.m.", time.Date(1998, 10, 26, 0, 0, 0, 0, time.UTC),
			[]want{{"Saturday evening", "TIME 1998-10-24TEV"}, {"11:20 p.m.", "TIME 1998-10-24T23:20"}, {"Friday afternoon", "TIME 1998-10-23TAF"}, {"minutes", "DURATION PTXM"}, {"7:30 p.m.", "TIME 1998-10-24T19:30 APPROX"}}},
		// news recalling a day of long ago looks ahead from its own day.
		{"By Kate Morrow in Berlin\nMonday 9 November 2009\n\nOn this day in 1989, shortly before 7pm, the Politburo spokesman Günter Schabowski told a rambling press conference that East Germans would be free to travel abroad.\n\nWithin hours, thousands had gathered at the Bornholmer Strasse crossing. At about 11.30pm, with the crowd chanting “Open the gate!”, the officer in charge gave up trying to check papers and let them through. By midnight, crossings all along the Wall were open.\n\nTonight, Angela Merkel, who crossed into the West as a 35-year-old physicist, will lead the celebrations at the Brandenburg Gate, and the first domino is due to be pushed shortly after 8.30pm.", time.Date(2009, 11, 9, 0, 0, 0, 0, time.UTC),
			[]want{{"Monday 9 November 2009", "DATE 2009-11-09"}, {"this day in 1989", "DATE 1989-11-09"}, {"7pm", "TIME 1989-11-09T19:00"}, {"hours", "DURATION PTXH"}, {"11.30pm", "TIME 1989-11-09T23:30 APPROX"}, {"midnight", "TIME 1989-11-09T24:00"},
				{"Tonight", "TIME 2009-11-09TNI"}, {"8.30pm", "TIME 2009-11-09T20:30"}}},
		// "the Sunday" a day or two after a day news has just told is the first such from it.
		{"The ferry left at 9.40 p.m. on Saturday 14 February and struck the reef at 10.17 p.m. The last survivors were brought ashore on the Sunday.", time.Date(1998, 10, 22, 0, 0, 0, 0, time.UTC),
			[]want{{"9.40 p.m. on Saturday 14 February", "TIME 1998-02-14T21:40"}, {"10.17 p.m.", "TIME 1998-02-14T22:17"}, {"Sunday", "DATE 1998-02-15"}}},
		// news goes on from the last time it told, on a day gone by, to one a little later.
		{"Police appeal for help to find missing student, 19\n\nPolice in Carlisle have appealed for help in tracing a 19-year-old student who has not been seen since the weekend.\n\nEllie Marchant was last seen at about 9.30pm on Saturday leaving the Crown and Thistle pub on Botchergate, where she had been celebrating a friend's birthday. It is completely out of character for her not to be in touch with them, and she has never gone missing before. We are keeping an open mind, but we need to hear from anyone who saw her after she left the pub.\"\n\nCCTV footage shows her walking south along Botchergate at 9.41pm.", time.Date(2008, 11, 11, 0, 0, 0, 0, time.UTC),
			[]want{{"the weekend", "DATE 2008-W45-WE"}, {"9.30pm on Saturday", "TIME 2008-11-08T21:30 APPROX"}, {"9.41pm", "TIME 2008-11-08T21:41"}}},
		// news's dateline is of the DCT's year, whatever year its headline named.
		{"Appeal judges quash convictions of warehouse owner over 2014 fire\n\nLONDON, Nov 9 - The Court of Appeal on Wednesday quashed the convictions of a warehouse owner, ruling that the judge at his trial had misdirected the jury.\n\nHe was found guilty at Leeds Crown Court in 2016. The fire broke out on 17 August 2014. At the 2016 trial, prosecutors argued that he had ordered the exits locked in 2013.", time.Date(2022, 11, 9, 0, 0, 0, 0, time.UTC),
			[]want{{"2014", "DATE 2014"}, {"Nov 9", "DATE 2022-11-09"}, {"Wednesday", "DATE 2022-11-09"}, {"2016", "DATE 2016"}, {"17 August 2014", "DATE 2014-08-17"}, {"2016", "DATE 2016"}, {"2013", "DATE 2013"}}},
		// a live blog running newest first crosses midnight backwards.
		{"Last updated 2:10am, Friday 4 May\n\n2:10am — A recount is asked for.\n\n1:25am — Turnout figures are in.\n\n12:40am — First totals are pinned up.\n\nMidnight — Counters stop for a break.\n\n11:20pm — The first boxes arrive.", time.Date(2012, 5, 3, 0, 0, 0, 0, time.UTC),
			[]want{{"2:10am, Friday 4 May", "TIME 2012-05-04T02:10"}, {"2:10am", "TIME 2012-05-04T02:10"}, {"1:25am", "TIME 2012-05-04T01:25"}, {"12:40am", "TIME 2012-05-04T00:40"},
				{"Midnight", "TIME 2012-05-03T24:00"}, {"11:20pm", "TIME 2012-05-03T23:20"}}},
		// a headline's present tells of the nearest feast.
		{"Black Friday crowds thin as early deals spread holiday sales\n\nNEW YORK - Americans spent less, a trade group said.", time.Date(2013, 12, 2, 0, 0, 0, 0, time.UTC),
			[]want{{"Black Friday", "DATE 2013-11-29"}}},
		// a month's day told of "the current" spell after a month of another year is around the DCT, not
		// within that month.
		{"The last comparable heatwave, in July 2000, lasted eight days; the current spell began on July 10 and has now lasted longer.", time.Date(2007, 7, 19, 0, 0, 0, 0, time.UTC),
			[]want{{"July 2000", "DATE 2000-07"}, {"eight days", "DURATION P8D"}, {"current", "DATE PRESENT_REF"}, {"July 10", "DATE 2007-07-10"}, {"now", "DATE PRESENT_REF"}}},
		// a market's mark the day is set against is no day the news goes to.
		{"Canadian stocks suffered their steepest fall on Wednesday. It left the benchmark 22 per cent below its record close of March 29. The index fell 3.9 per cent after the opening bell at 9:30 a.m. ET.", time.Date(2022, 9, 28, 0, 0, 0, 0, time.UTC),
			[]want{{"Wednesday", "DATE 2022-09-28"}, {"March 29", "DATE 2022-03-29"}, {"9:30 a.m. ET", "TIME 2022-09-28T09:30"}}},
		// a news timeline's "Thursday, March 3" is of the year near the DCT where it is a Thursday, not of
		// a year the article wrote.
		{"Peter Hallam resigned as Transport Minister last night. Mr Hallam, who entered Parliament in 1983, will remain an MP.\n\nHOW IT UNFOLDED\n\nThursday, March 3: The Western Courier reports the contract.", time.Date(1994, 3, 11, 0, 0, 0, 0, time.UTC),
			[]want{{"last night", "TIME 1994-03-10TNI"}, {"1983", "DATE 1983"}, {"Thursday, March 3", "DATE 1994-03-03"}}},
		// the day a court heard of events is no day of theirs.
		{"Daniel Whitlock was last seen leaving the Wharf Tavern at about 11.40pm on Saturday 14 February, the inquest heard yesterday.\n\nCCTV footage showed him walking along the towpath at 11.52pm.", time.Date(2009, 11, 19, 0, 0, 0, 0, time.UTC),
			[]want{{"11.40pm on Saturday 14 February", "TIME 2009-02-14T23:40 APPROX"}, {"yesterday", "DATE 2009-11-18"}, {"11.52pm", "TIME 2009-02-14T23:52"}}},
	})
}

// TestStoryDaysAndHours: the days and hours a story, a diary or a log
// tells from its own day.
func TestStoryDaysAndHours(t *testing.T) {
	checkDated(t, []dated{
		// the small hours a day's doings went on until are the next day's; a bare hour after midnight
		// stays on its night's day.
		{"Monday 11 November 1940\nSirens again.\n\nTuesday\nWet all day. Fire-watching rota at the college until 2 a.m. Nothing to watch but rain.", time.Date(2010, 11, 12, 0, 0, 0, 0, time.UTC),
			[]want{{"Monday 11 November 1940", "DATE 1940-11-11"}, {"Tuesday", "DATE 1940-11-12"}, {"all day", "DURATION P1D"}, {"2 a.m.", "TIME 1940-11-13T02:00"}}},
		{"On Saturday 30 August 1986 there was a dance, and Kit did not come home. Nell sat up in the kitchen until their father came in at four in the morning.", time.Date(2014, 9, 4, 0, 0, 0, 0, time.UTC),
			[]want{{"Saturday 30 August 1986", "DATE 1986-08-30"}, {"four in the morning", "TIME 1986-08-31T04:00"}}},
		{"Tuesday 4 February 2014\nDidn't sleep. At 2am the woman across the bay started calling, and kept on until four.", time.Date(2014, 3, 1, 0, 0, 0, 0, time.UTC),
			[]want{{"Tuesday 4 February 2014", "DATE 2014-02-04"}, {"2am", "TIME 2014-02-04T02:00"}, {"four", "TIME 2014-02-04T04:00"}}},
		// "the Saturday" after a weekend a story told is its.
		{"Friday, 9 March 1962\nThe water fell back in the evening.\n\nThe weekend brought the clear-up. On the Saturday the mayor opened a relief fund.", time.Date(1987, 3, 7, 0, 0, 0, 0, time.UTC),
			[]want{{"Friday, 9 March 1962", "DATE 1962-03-09"}, {"the evening", "TIME 1962-03-09TEV"}, {"The weekend", "DATE 1962-W10-WE"}, {"Saturday", "DATE 1962-03-10"}}},
		// a story that never tells its year, told in the present from "It is Friday, the fourth of
		// October", has that day as its present: its "Today" is no writer's present.
		{"It is Friday, the fourth of October, and Bernie is awake before the alarm. It is set for ten to five, as it has been every weekday for thirty-one years, and this morning she lies in the dark and lets it ring.\n\nAt twenty past five she is walking to the depot. The first Nine leaves the depot at 5:52. Mr Anand has caught this bus every morning for nine years and has never once had the right change.\n\nToday he has the right change.", time.Date(2018, 11, 22, 0, 0, 0, 0, time.UTC),
			[]want{{"Friday, the fourth of October", "DATE XXXX-10-04"}, {"every weekday", "SET XXXX-WXX-WD"}, {"thirty-one years", "DURATION P31Y"}, {"this morning", "TIME XXXX-10-04TMO"},
				{"twenty past five", "TIME XXXX-10-04T05:20"}, {"5:52", "TIME XXXX-10-04T05:52"}, {"every morning", "SET XXXX-XX-XXTMO"}, {"nine years", "DURATION P9Y"}, {"Today", "DATE XXXX-10-04"}}},
		// a log's heading with its hour in four figures ("Monday 11 November 2346, 0610 ship time.") is
		// one time; once the log writes "0400", "2230" after a heading's day is its hour, not a year.
		{"Monday 11 November 2346, 0610 ship time.\nUndocked at 0400.\n\n1615.\nBurn completed.\n\nThursday 14 November, 2230 ship time.\nAlarm.", time.Date(2021, 9, 16, 0, 0, 0, 0, time.UTC),
			[]want{{"Monday 11 November 2346, 0610", "TIME 2346-11-11T06:10"}, {"0400", "TIME 2346-11-11T04:00"}, {"1615", "TIME 2346-11-11T16:15"}, {"Thursday 14 November, 2230", "TIME 2346-11-14T22:30"}}},
	})
}

// TestAwaitedDay: a story's day comes before the day it awaits, and its
// weekdays told in the present or the past are before that day.
func TestAwaitedDay(t *testing.T) {
	check(t, "Completion will take place on Friday 10 March 2017 at 12 noon. It is a little after nine on Thursday evening when she lets herself in. The boiler has been off since Monday.", time.Date(2019, 8, 15, 0, 0, 0, 0, time.UTC),
		[]want{{"Friday 10 March 2017", "DATE 2017-03-10"}, {"12 noon", "TIME 2017-03-10T12:00"}, {"Thursday evening", "TIME 2017-03-09TEV"}, {"Monday", "DATE 2017-03-06"}})
}

// TestTimeTalkedAbout: a time talked about is no time the story goes to,
// unless a clause after it tells of it.
func TestTimeTalkedAbout(t *testing.T) {
	check(t, "I was ten in 1976. People still talk about it the way our parents talked about the winter of 1947. I was sent to the boatyard on the third Friday in July. It had not rained since May.", time.Date(2009, 8, 14, 0, 0, 0, 0, time.UTC),
		[]want{{"1976", "DATE 1976"}, {"the winter of 1947", "DATE 1947-WI"}, {"the third Friday in July", "DATE 1976-07-16"}, {"May", "DATE 1976-05"}})
	check(t, "He talked about the summer of 1976, when the water butts ran dry in June.", time.Date(2009, 8, 14, 0, 0, 0, 0, time.UTC),
		[]want{{"the summer of 1976", "DATE 1976-SU"}, {"June", "DATE 1976-06"}})
}

// TestQuarterOfAnHour: "the last quarter of an hour" is fifteen minutes,
// no quarter of a year, with or without its article.
func TestQuarterOfAnHour(t *testing.T) {
	check(t, "The engine misfired twice in the preceding quarter of an hour.", fri, []want{{"the preceding quarter of an hour", "DURATION PT15M"}})
	check(t, "In the last quarter of an hour it rained.", fri, []want{{"the last quarter of an hour", "DURATION PT15M"}})
	check(t, "After quarter of an hour the bus came.", fri, []want{{"quarter of an hour", "DURATION PT15M"}})
}

// TestEventDay: a story's day, or news, dated from an event ("three days
// after Colonel Ashby died", "Two days after fire swept through the
// nightclub") tells the event's day, which its weekdays name, and a
// timeline's entries headed by weekday and hour.
func TestEventDay(t *testing.T) {
	check(t, "On Wednesday, 18 November 1936, three days after Colonel Ashby died, Inspector Carrow began to put Sunday back together. The day had begun with the bell at a quarter to eight.", time.Date(2025, 10, 2, 0, 0, 0, 0, time.UTC),
		[]want{{"Wednesday, 18 November 1936", "DATE 1936-11-18"}, {"three days", "DURATION P3D"}, {"Sunday", "DATE 1936-11-15"}, {"a quarter to eight", "TIME 1936-11-15T07:45"}})
	check(t, "GATESHEAD - Two days after fire swept through the Carousel nightclub, investigators have begun to piece together the events.\n\nSaturday, 8:00 p.m.\nStaff arrive to set up.\n\nSunday, 12:47 a.m.\nA fire starts.", time.Date(1998, 11, 2, 0, 0, 0, 0, time.UTC),
		[]want{{"Two days", "DURATION P2D"}, {"Saturday, 8:00 p.m.", "TIME 1998-10-31T20:00"}, {"Sunday, 12:47 a.m.", "TIME 1998-11-01T00:47"}})
}

// TestDatedOnlyByWeekday: a paper dated only by its weekday names some
// such day, and the story goes on from its own.
func TestDatedOnlyByWeekday(t *testing.T) {
	check(t, "On the last Monday of August 1958 she arrived. On Thursday she found four letters, the last of them dated only \"Sunday night\". On Friday night there was a dance.", time.Date(1995, 4, 6, 0, 0, 0, 0, time.UTC),
		[]want{{"the last Monday of August 1958", "DATE 1958-08-25"}, {"Thursday", "DATE 1958-08-28"}, {"Sunday night", "TIME XXXX-WXX-7TNI"}, {"Friday night", "TIME 1958-08-29TNI"}})
}

// TestYearOwning: a day of the thing of a year just told is in that year.
func TestYearOwning(t *testing.T) {
	check(t, "She was born in 1912, married in 1936, moved to Bucharest in 1945 and won the state prize in 1962. She died on 3 March 1988. A lecture in her name has been given annually since 1990; this year's, on 21 October, will be the fourteenth.", time.Date(2003, 10, 14, 0, 0, 0, 0, time.UTC),
		[]want{{"1912", "DATE 1912"}, {"1936", "DATE 1936"}, {"1945", "DATE 1945"}, {"1962", "DATE 1962"}, {"3 March 1988", "DATE 1988-03-03"},
			{"annually", "SET P1Y"}, {"1990", "DATE 1990"}, {"this year", "DATE 2003"}, {"21 October", "DATE 2003-10-21"}})
}

// TestWeekendDays: the days of a weekend written with its date are its own,
// and a range of weekdays ends on the first after its start.
func TestWeekendDays(t *testing.T) {
	check(t, "Sent: Sunday 27 January 2008, 20:41\n\nWould the weekend of 21 June work for people? Friday night to Sunday afternoon.", time.Date(2008, 2, 29, 0, 0, 0, 0, time.UTC),
		[]want{{"Sunday 27 January 2008, 20:41", "TIME 2008-01-27T20:41"}, {"the weekend of 21 June", "DATE 2008-W25-WE"}, {"Friday night", "TIME 2008-06-20TNI"}, {"Sunday afternoon", "TIME 2008-06-22TAF"}})
}

// TestOneYearOfLongAgo: the one year a text of long ago writes is its
// story's, however it writes it.
func TestOneYearOfLongAgo(t *testing.T) {
	check(t, "Charleston smallpox epidemic of 1738\n\nThe smallpox epidemic of 1738 in Charles Town killed three hundred people. The disease arrived in late April, and by the autumn it had passed.", time.Date(2012, 2, 20, 0, 0, 0, 0, time.UTC),
		[]want{{"1738", "DATE 1738"}, {"1738", "DATE 1738"}, {"late April", "DATE 1738-04 END"}, {"the autumn", "DATE 1738-FA"}})
	// written as the day it was set down ("Written up Tuesday 24 November
	// 1931"): the days after it take its year and month
	check(t, "Written up Tuesday 24 November 1931, for the Chief Constable.\n\nCrale was found at 8.10 on Sunday morning, 22 November.\n\nMonday 16th. Crale tuned two pianos in the morning.", time.Date(1998, 9, 24, 0, 0, 0, 0, time.UTC),
		[]want{{"Tuesday 24 November 1931", "DATE 1931-11-24"}, {"Sunday morning", "TIME 1931-11-22TMO"}, {"22 November", "DATE 1931-11-22"}, {"Monday 16th", "DATE 1931-11-16"}, {"the morning", "TIME 1931-11-16TMO"}})
}

// TestStoryTimes: how a story's years, days, feasts and parts of the day
// follow from what it has told.
func TestStoryTimes(t *testing.T) {
	checkDated(t, []dated{
		// a notice "dated the previous Monday" looks back: the story stays on
		// its day.
		{"On the evening of 14 July 2089, a Thursday, the trams were not running. A notice on the shelter was dated the previous Monday. By 19:40 she was at the bridge.", time.Date(2021, 9, 14, 0, 0, 0, 0, time.UTC),
			[]want{{"the evening of 14 July 2089", "TIME 2089-07-14TEV"}, {"a Thursday", "DATE 2089-07-14"}, {"the previous Monday", "DATE 2089-07-11"}, {"19:40", "TIME 2089-07-14T19:40"}}},
		// a feast opening a sentence of a story that tells no year is its day
		// ("Christmas Eve at the Brennans' began"), not one it passes by.
		{"Gravy\n\nChristmas Eve at the Brennans' began, as it had for thirty years, with Nan ringing at seven in the morning. By half past nine he was in the queue, and by a quarter to twelve he was home. That evening the twins asked whether it was tomorrow yet.", time.Date(2019, 12, 20, 0, 0, 0, 0, time.UTC),
			[]want{{"Christmas Eve", "DATE XXXX-12-24"}, {"thirty years", "DURATION P30Y"}, {"seven in the morning", "TIME XXXX-12-24T07:00"}, {"half past nine", "TIME XXXX-12-24T09:30"},
				{"a quarter to twelve", "TIME XXXX-12-24T11:45"}, {"That evening", "TIME XXXX-12-24TEV"}, {"tomorrow", "DATE XXXX-12-25"}}},
		// a place in capitals heads its year ("SALAMANCA 1978"), which a diary's
		// weekday then confirms; "Windows 2000" is still a name's number.
		{"The first page says SALAMANCA 1978 in capitals; it ran on Windows 2000 later.\n\nMonday 2 October\nArrived at six this morning.", time.Date(2019, 2, 10, 0, 0, 0, 0, time.UTC),
			[]want{{"1978", "DATE 1978"}, {"Monday 2 October", "DATE 1978-10-02"}, {"six this morning", "TIME 1978-10-02T06:00"}}},
		// a story's "By the Thursday morning" is no news day (its own day is
		// told only later, so it takes the DCT's Thursday for want of one), and
		// a quotation that opens on a day written out heads its account: its
		// hours are of that day.
		{"Chapter Nine\n\nBy the Thursday morning the whiteboard was full.\n\n\"Tuesday, 8 March 2016. Pike leaves his flat at 6:45 a.m. We have him on the bus camera at 6:58.\"", time.Date(2018, 6, 14, 0, 0, 0, 0, time.UTC),
			[]want{{"Thursday morning", "TIME 2018-06-14TMO"}, {"Tuesday, 8 March 2016", "DATE 2016-03-08"}, {"6:45 a.m.", "TIME 2016-03-08T06:45"}, {"6:58", "TIME 2016-03-08T06:58"}}},
		// a log's day written short heads its entry on the same line ("14 Apr.
		// Launched off the slip 0600."), whose 24-hour times are that day's.
		{"Log of the Morwenna, 1962\n\n14 Apr. Launched off the slip 0600. In by 1330.\n\n16 Apr. Hauled from 0545.", time.Date(2021, 3, 8, 0, 0, 0, 0, time.UTC),
			[]want{{"1962", "DATE 1962"}, {"14 Apr.", "DATE 1962-04-14"}, {"0600", "TIME 1962-04-14T06:00"}, {"1330", "TIME 1962-04-14T13:30"}, {"16 Apr.", "DATE 1962-04-16"}, {"0545", "TIME 1962-04-16T05:45"}}},
		// and anywhere in its entry, once it has written one with a leading
		// zero its others too, but for a reading ("barometer 1021") and a
		// telephone number
		{"Monday 1 January. Mechanic checked engines 0930.\n\nThursday 4 January. Exercise launch 1100, returned 1245. Barometer 1021.\n\nMonday 8 January. 0214 maroons fired. Lifeboat launched 0227 with seven crew. Call 0800 555 111.", time.Date(1990, 1, 31, 0, 0, 0, 0, time.UTC),
			[]want{{"Monday 1 January", "DATE 1990-01-01"}, {"0930", "TIME 1990-01-01T09:30"}, {"Thursday 4 January", "DATE 1990-01-04"}, {"1100", "TIME 1990-01-04T11:00"}, {"1245", "TIME 1990-01-04T12:45"},
				{"Monday 8 January", "DATE 1990-01-08"}, {"0214", "TIME 1990-01-08T02:14"}, {"0227", "TIME 1990-01-08T02:27"}}},
		// a day a century or more ahead is a story's, whatever the verb before
		// it; its hours after are of that day.
		// ("'88" there is its century's)
		{"The builders never expected to grow old there, and so at 03:58 on 14 March 2291, by the station clock, it was still night.\n\nThe clock had stopped at 03:58. She went up at 04:10. Nobody had burned by hand since the drills in '88.", time.Date(2023, 8, 17, 0, 0, 0, 0, time.UTC),
			[]want{{"03:58 on 14 March 2291", "TIME 2291-03-14T03:58"}, {"03:58", "TIME 2291-03-14T03:58"}, {"04:10", "TIME 2291-03-14T04:10"}, {"'88", "DATE 2288"}}},
		// a note before a diary ("turned up last weekend") does not keep its
		// first day, on its weekday in no year near the DCT, from telling no year.
		{"Typed up from an exercise book that turned up in the loft last weekend.\n\nWednesday 6 January\nBack to school at ten to eight.", time.Date(2022, 10, 17, 0, 0, 0, 0, time.UTC),
			[]want{{"last weekend", "DATE 2022-W41-WE"}, {"Wednesday 6 January", "DATE XXXX-01-06"}, {"ten to eight", "TIME XXXX-01-06T07:50"}}},
		// a story that never tells its year may recall others ("a magazine
		// dated June 1994"); one that opens on its year tells it, in its title
		// or at its first day.
		{"Chapter Nine\n\nThey reached the cottage at seven o'clock on Friday evening. Helen opened the windows. In the drawer was a magazine dated June 1994. That night Helen slept badly, and on Sunday afternoon they left.", time.Date(2011, 8, 26, 0, 0, 0, 0, time.UTC),
			[]want{{"seven o'clock on Friday evening", "TIME XXXX-WXX-5T19:00"}, {"June 1994", "DATE 1994-06"}, {"That night", "TIME XXXX-WXX-5TNI"}, {"Sunday afternoon", "TIME XXXX-WXX-7TAF"}}},
		{"The Scholarship Year\n\nI started at the grammar school on Wednesday, 4 September 1957. That autumn ran on until the week before Christmas, and at half past three we were let out.", time.Date(2017, 5, 1, 0, 0, 0, 0, time.UTC),
			[]want{{"Wednesday, 4 September 1957", "DATE 1957-09-04"}, {"That autumn", "DATE 1957-FA"}, {"the week before Christmas", "DATE 1957-W51"}, {"half past three", "TIME 1957-09-04T15:30"}}},
		// a story that writes no year and opens its sentences on its days ("On
		// Monday there was no wind") tells no year; news sets such a day off
		// with a comma ("On Monday, the council voted").
		{"On Sunday Grandpa gave Tilly a kite.\n\"Tomorrow,\" said Grandpa, \"we shall fly it.\"\nOn Monday there was no wind at all.\nOn Tuesday there was far too much wind.", time.Date(2019, 4, 11, 0, 0, 0, 0, time.UTC),
			[]want{{"Sunday", "DATE XXXX-WXX-7"}, {"Tomorrow", "DATE XXXX-WXX-1"}, {"Monday", "DATE XXXX-WXX-1"}, {"Tuesday", "DATE XXXX-WXX-2"}}},
		{"In the spring the mole came up. On Monday he brought a worm. On Tuesday he brought a shell. At noon he slept.", time.Date(2021, 3, 4, 0, 0, 0, 0, time.UTC),
			[]want{{"the spring", "DATE XXXX-SP"}, {"Monday", "DATE XXXX-WXX-1"}, {"Tuesday", "DATE XXXX-WXX-2"}, {"noon", "TIME XXXX-WXX-2T12:00"}}},
		{"On Sunday, the council met.\nOn Monday, it voted to close the pool.\nOn Tuesday, the mayor resigned.", time.Date(2019, 4, 11, 0, 0, 0, 0, time.UTC),
			[]want{{"Sunday", "DATE 2019-04-07"}, {"Monday", "DATE 2019-04-08"}, {"Tuesday", "DATE 2019-04-09"}}},
		// a story told in the present has yet to reach the hour it tells of
		// "tonight": the hours after are still of its day.
		{"It is Thursday, 17 October 2024. The lease runs out at midnight tonight. By ten the customers come, and at one o'clock she eats.", time.Date(2025, 2, 6, 0, 0, 0, 0, time.UTC),
			[]want{{"Thursday, 17 October 2024", "DATE 2024-10-17"}, {"midnight tonight", "TIME 2024-10-17T24:00"}, {"ten", "TIME 2024-10-17T10:00"}, {"one o'clock", "TIME 2024-10-17T13:00"}}},
		// a relative clause after a time gives its year: "The summer I turned
		// ten, which was 1958".
		{"The summer I turned ten, which was 1958, I went north.", time.Date(2019, 4, 16, 0, 0, 0, 0, time.UTC),
			[]want{{"The summer", "DATE 1958-SU"}, {"1958", "DATE 1958"}}},
		// the first day a story writes out is its day, in the pluperfect too
		// ("School had let out on Friday, June 6"); a month written with its
		// year after that day moves the story's year on ("early in August
		// 322 BC ... in September").
		{"My mother sent me north to the farm in 1958. School had let out on Friday, June 6. By Sunday afternoon I was in a barn.", time.Date(2019, 4, 16, 0, 0, 0, 0, time.UTC),
			[]want{{"1958", "DATE 1958"}, {"Friday, June 6", "DATE 1958-06-06"}, {"Sunday afternoon", "TIME 1958-06-08TAF"}}},
		{"News that Alexander had died on 10 June 323 BC reached Athens weeks later. The fleet was beaten early in August 322 BC. Athens surrendered in September.", time.Date(2016, 3, 14, 0, 0, 0, 0, time.UTC),
			[]want{{"10 June 323 BC", "DATE BC0323-06-10"}, {"weeks", "DURATION PXW"}, {"early in August 322 BC", "DATE BC0322-08 START"}, {"September", "DATE BC0322-09"}}},
		// a story opening on a day in the past that would be after the DCT in
		// its year is of a year it does not tell, though it names another.
		{"It was the twenty-first of December, and snow had fallen since noon. He took the night turn at ten o'clock that night. It was worse than the winter of 1947.", time.Date(2015, 12, 18, 0, 0, 0, 0, time.UTC),
			[]want{{"the twenty-first of December", "DATE XXXX-12-21"}, {"noon", "TIME XXXX-12-21T12:00"}, {"ten o'clock that night", "TIME XXXX-12-21T22:00"}, {"the winter of 1947", "DATE 1947-WI"}}},
		// a weekday opening a sentence in the pluperfect is before the story's
		// day ("On Friday she had been at home"); "By Monday morning the rain
		// had eased" is a perfect of then, ahead.
		{"It was Saturday 10 November 1962. On Friday she had been at home from five until ten. By Monday morning the rain had eased.", time.Date(1988, 3, 17, 0, 0, 0, 0, time.UTC),
			[]want{{"Saturday 10 November 1962", "DATE 1962-11-10"}, {"Friday", "DATE 1962-11-09"}, {"five", "TIME 1962-11-09T17:00"}, {"ten", "TIME 1962-11-09T22:00"}, {"Monday morning", "TIME 1962-11-12TMO"}}},
		// a list of days a narrator has opened in the past ("Here is how the
		// week went, as I typed it") tells days gone by, each on from the one
		// before, and its entries are told from their day; a forecast's
		// "Here's the day-by-day outlook, based on our guidance" looks ahead.
		{"Here is how the week went, as I typed it on the way.\n\nMonday: Vienna to Budapest\nThe train leaves at 9:42 and the night train goes at 19:10.\n\nTuesday: Transylvania\nThis afternoon I sleep.", time.Date(2019, 9, 22, 0, 0, 0, 0, time.UTC),
			[]want{{"the week", "DATE 2019-W38"}, {"Monday", "DATE 2019-09-16"}, {"9:42", "TIME 2019-09-16T09:42"}, {"19:10", "TIME 2019-09-16T19:10"}, {"Tuesday", "DATE 2019-09-17"}, {"This afternoon", "TIME 2019-09-17TAF"}}},
		{"Here they are, day by day, as I scribbled them each evening.\n\nDay 1, Saturday 10 June: Tralee to Camp\nWalking by 10:40, in by half past four.\n\nDay 2, Sunday: Camp to Annascaul\nToday was wet.\n\nDay 3, Monday 12th: Annascaul to Dingle\nIt rained from half nine this morning.", time.Date(2023, 6, 21, 0, 0, 0, 0, time.UTC),
			[]want{{"each evening", "SET XXXX-XX-XXTEV"}, {"Saturday 10 June", "DATE 2023-06-10"}, {"10:40", "TIME 2023-06-10T10:40"}, {"half past four", "TIME 2023-06-10T16:30"},
				{"Sunday", "DATE 2023-06-11"}, {"Today", "DATE 2023-06-11"}, {"Monday 12th", "DATE 2023-06-12"}, {"half nine this morning", "TIME 2023-06-12T09:30"}}},
		// so does a news timeline's heading "How the search unfolded:" (a
		// verb in "un-" is past as "-ed" tells, and "how" tells of it).
		{"How the search unfolded:\n\nFRIDAY\n\n2:15 p.m. — The skipper reports a building wind.\n\nSATURDAY\n\n7:05 a.m. — A helicopter joins the search.", time.Date(2011, 10, 17, 0, 0, 0, 0, time.UTC),
			[]want{{"FRIDAY", "DATE 2011-10-14"}, {"2:15 p.m.", "TIME 2011-10-14T14:15"}, {"SATURDAY", "DATE 2011-10-15"}, {"7:05 a.m.", "TIME 2011-10-15T07:05"}}},
		// a journey's days counted in words head their entries as figures do
		{"In September 1993, I took the train from Moscow.\n\nDay One - Monday, 13 September\nThe train leaves at 14:10. By evening we are past Yaroslavl.\n\nDay Two - Tuesday\nWoke at six.", time.Date(1994, 3, 10, 0, 0, 0, 0, time.UTC),
			[]want{{"September 1993", "DATE 1993-09"}, {"Monday, 13 September", "DATE 1993-09-13"}, {"14:10", "TIME 1993-09-13T14:10"}, {"evening", "TIME 1993-09-13TEV"}, {"Tuesday", "DATE 1993-09-14"}, {"six", "TIME 1993-09-14T06:00"}}},
		{"Here's the day-by-day outlook, based on guidance from our forecast team.\n\nMonday: Partly cloudy.\n\nTuesday: Light snow after 3 p.m.", time.Date(2006, 1, 15, 0, 0, 0, 0, time.UTC),
			[]want{{"Monday", "DATE 2006-01-16"}, {"Tuesday", "DATE 2006-01-17"}, {"3 p.m.", "TIME 2006-01-17T15:00"}}},
		// a letter headed by its place and a day without a year was written by
		// the DCT, and what it tells is told from its day.
		{"Skipton, 9 January\nDear Tom,\nThe letter came on Monday.\nRuth", time.Date(2009, 10, 14, 0, 0, 0, 0, time.UTC),
			[]want{{"9 January", "DATE 2009-01-09"}, {"Monday", "DATE 2009-01-05"}}},
		// a log whose first day falls on its weekday in no year near the DCT
		// never tells its year: its days show their month and day, and go on
		// from each other; its hours head their lines ("0200."), never a year.
		{"Log of the schooner\n\nMonday 4 August\n0400. Wind NW. Noon. Run since noon yesterday 86 miles.\n\nTuesday 5 August\n0200. Blowing a gale.\n\nWednesday 6 August\nThe boat damaged on Monday.", time.Date(2012, 2, 3, 0, 0, 0, 0, time.UTC),
			[]want{{"Monday 4 August", "DATE XXXX-08-04"}, {"0400", "TIME XXXX-08-04T04:00"}, {"Noon", "TIME XXXX-08-04T12:00"}, {"noon yesterday", "TIME XXXX-08-03T12:00"},
				{"Tuesday 5 August", "DATE XXXX-08-05"}, {"0200", "TIME XXXX-08-05T02:00"}, {"Wednesday 6 August", "DATE XXXX-08-06"}, {"Monday", "DATE XXXX-08-04"}}},
		// "had until" a day is a deadline ahead of the story's day, not a look
		// back.
		{"I was given the file on Tuesday, 24 October 1961, and told I had until the weekend to bring him out.", time.Date(2008, 3, 11, 0, 0, 0, 0, time.UTC),
			[]want{{"Tuesday, 24 October 1961", "DATE 1961-10-24"}, {"the weekend", "DATE 1961-W43-WE"}}},
		// what a story's people say is told from its day, in a quotation
		// resumed after its speaker too ('"...," Lanyon said, "looking at
		// Thursday, when'); a day beside a clause in the past is before it.
		{"It was the evening of Saturday, 17 November 1934.\n\n\"We have spent three days,\" Lanyon said, \"looking at Thursday, when Sir Gerald was found.\"", time.Date(2008, 10, 2, 0, 0, 0, 0, time.UTC),
			[]want{{"the evening of Saturday, 17 November 1934", "TIME 1934-11-17TEV"}, {"three days", "DURATION P3D"}, {"Thursday", "DATE 1934-11-15"}}},
		// an event named by its year that a clause is set in moves the story there
		// ("In the drought of 1934"); so does a date a quarter without a year
		// follows.
		{"The dam was built in 1863. In the drought of 1934 the reservoirs fell to a fifth of capacity, and from 6 August the supply was cut every night.", time.Date(2024, 2, 20, 0, 0, 0, 0, time.UTC),
			[]want{{"1863", "DATE 1863"}, {"1934", "DATE 1934"}, {"6 August", "DATE 1934-08-06"}, {"every night", "SET XXXX-XX-XXTNI"}}},
		{"The attacks of 11 September 2001 hit the airline hard. Traffic fell by a third in the fourth quarter, and it lost $88 million that year. It made a profit in the first half of 2007 but lost $37 million in Q3.", time.Date(2024, 2, 20, 0, 0, 0, 0, time.UTC),
			[]want{{"11 September 2001", "DATE 2001-09-11"}, {"the fourth quarter", "DATE 2001-Q4"}, {"that year", "DATE 2001"}, {"the first half of 2007", "DATE 2007-H1"}, {"Q3", "DATE 2007-Q3"}}},
		// "the year of Our Lord 1598" is a year, however long ago, and a story's.
		{"The year of Our Lord 1598 came in wet at Ashcombe. It rained on Candlemas. In the year of our Lord 1348 the plague came in June. Our Lord 1500 tickets", time.Date(2009, 2, 26, 0, 0, 0, 0, time.UTC),
			[]want{{"The year of Our Lord 1598", "DATE 1598"}, {"Candlemas", "DATE 1598-02-02"}, {"the year of our Lord 1348", "DATE 1348"}, {"June", "DATE 1348-06"}}},
		// a log of a year past 2200, its days headed by a line with their clock
		// ("Tuesday 12 April 2231, 07:10 ring time"), tells its "this morning" and
		// "tonight" of the day at its head.
		{"Tuesday 12 April 2231, 07:10 ring time\nFound rust on the wheat this morning. Results by tonight.\n\n12 April, 23:40\nIt came on the seed that docked on 2 April. In 2250 troops", time.Date(2020, 8, 20, 0, 0, 0, 0, time.UTC),
			[]want{{"Tuesday 12 April 2231, 07:10", "TIME 2231-04-12T07:10"}, {"this morning", "TIME 2231-04-12TMO"}, {"tonight", "TIME 2231-04-12TNI"}, {"12 April, 23:40", "TIME 2231-04-12T23:40"}, {"2 April", "DATE 2231-04-02"}}},
		// a story's "would" after its time is the past's future, not news's: the
		// feast stays in the story's year.
		{"The year of Our Lord 1598 came in wet. In June the hay lay black in the fields. On St John's Eve the bonfire on the hill would not take.", time.Date(2009, 2, 26, 0, 0, 0, 0, time.UTC),
			[]want{{"The year of Our Lord 1598", "DATE 1598"}, {"June", "DATE 1598-06"}, {"St John's Eve", "DATE 1598-06-23"}}},
		// a story's feast is the next from its day, or one up to two months before
		// it; one written with its day is that day.
		{"In 1598 the rain came. At Michaelmas wheat stood at eleven shillings, and by Martinmas at fourteen. That autumn the justices sent round their men. They came to the mill three days after Michaelmas.", time.Date(2009, 2, 26, 0, 0, 0, 0, time.UTC),
			[]want{{"1598", "DATE 1598"}, {"Michaelmas", "DATE 1598-09-29"}, {"Martinmas", "DATE 1598-11-11"}, {"That autumn", "DATE 1598-FA"}, {"three days", "DURATION P3D"}, {"Michaelmas", "DATE 1598-09-29"}}},
		{"Harthacnut died in June 1042. Edward was crowned at Winchester on Easter Day, 3 April 1043, and that autumn he rode to Gloucester.", time.Date(2016, 3, 1, 0, 0, 0, 0, time.UTC),
			[]want{{"June 1042", "DATE 1042-06"}, {"Easter Day", "DATE 1043-04-03"}, {"3 April 1043", "DATE 1043-04-03"}, {"that autumn", "DATE 1043-FA"}}},
		// a story's "by the morning" after its evening or night is the next day's.
		{"On Friday 14 March 1913 Nurse went to bed at eight, so I had both children to myself until the morning.", time.Date(2015, 6, 10, 0, 0, 0, 0, time.UTC),
			[]want{{"Friday 14 March 1913", "DATE 1913-03-14"}, {"eight", "TIME 1913-03-14T20:00"}, {"the morning", "TIME 1913-03-15TMO"}}},
		{"On Saturday 14 September 1968 the river rose, and by the evening it was up to the bridge. Ron went down to look at about nine o'clock and said it would go down by the morning.", time.Date(2008, 9, 12, 0, 0, 0, 0, time.UTC),
			[]want{{"Saturday 14 September 1968", "DATE 1968-09-14"}, {"the evening", "TIME 1968-09-14TEV"}, {"nine o'clock", "TIME 1968-09-14T21:00 APPROX"}, {"the morning", "TIME 1968-09-15TMO"}}},
		// a story's parts of the day told by how much of them passed, or going on
		// from one just told, are its day's.
		{"On Monday 3 March 2014 we arrived. Spent the afternoon in the library and the evening trying to register. I slept for most of the afternoon. Over the course of the morning the ships were taken. The cake did not last the evening. The morning paper came.", time.Date(2020, 6, 10, 0, 0, 0, 0, time.UTC),
			[]want{{"Monday 3 March 2014", "DATE 2014-03-03"}, {"the afternoon", "TIME 2014-03-03TAF"}, {"the evening", "TIME 2014-03-03TEV"}, {"the afternoon", "TIME 2014-03-03TAF"},
				{"the morning", "TIME 2014-03-03TMO"}, {"the evening", "TIME 2014-03-03TEV"}}},
		// "one January", "one July", "One Sunday" are some one of them, of no year
		// or date told.
		{"These are pages from the notebook I carried through Chile one January. I want to come back one July. One Sunday he came. It was one of the January storms.", time.Date(2016, 8, 20, 0, 0, 0, 0, time.UTC),
			[]want{{"January", "DATE XXXX-01"}, {"July", "DATE XXXX-07"}, {"Sunday", "DATE XXXX-WXX-7"}, {"January", "DATE 2016-01"}}},
		// a day someone was asked or arranged to do something on leaves the story
		// where it is; a day a vote was taken on moves it.
		{"On Monday, the eleventh of April 1994, he came. On Friday he telephoned the clearance people and arranged for them to come the following Tuesday. Saturday morning was bright and cold.", time.Date(2012, 3, 8, 0, 0, 0, 0, time.UTC),
			[]want{{"Monday, the eleventh of April 1994", "DATE 1994-04-11"}, {"Friday", "DATE 1994-04-15"}, {"the following Tuesday", "DATE 1994-04-19"}, {"Saturday morning", "TIME 1994-04-16TMO"}}},
		{"The breakthrough came in May 1982. The women voted to accept on Friday, May 21, and went back to work the following Monday.", time.Date(2012, 5, 21, 0, 0, 0, 0, time.UTC),
			[]want{{"May 1982", "DATE 1982-05"}, {"Friday, May 21", "DATE 1982-05-21"}, {"the following Monday", "DATE 1982-05-24"}}},
	})
}

// TestNewsTimes: how news places its days and hours: quotations, timelines,
// lists, deadlines and the tense a clause gives.
func TestNewsTimes(t *testing.T) {
	checkDated(t, []dated{
		// a day one plans to do something on is to come, as one agreed to is.
		{"The district, which had planned to open classrooms on Monday, pushed the start back a week.", time.Date(2021, 8, 18, 0, 0, 0, 0, time.UTC),
			[]want{{"Monday", "DATE 2021-08-23"}, {"a week", "DURATION P1W"}}},
		// a timeline's entry headed by a day and an hour is of the day the news
		// told gone by, though its entries tell in the present.
		{"Seven Polish miners brought up alive after roof fall at Rybnik colliery\n\nRYBNIK, Poland - Seven coal miners trapped by a roof fall at the Stanislaw colliery near Rybnik were brought to the surface alive early Wednesday, after a rescue that lasted more than 30 hours and kept hundreds of relatives at the pithead through Monday night and Tuesday night.\n\nDoctors at the regional hospital in Rybnik said on Thursday that two of the men had broken bones and all seven were suffering from exhaustion and cold, but none was in danger. \"They are tired, hungry and very lucky,\" said Dr. Ewa Dudek, the hospital's head of surgery.\n\nThis account of the rescue is based on interviews with mine officials, rescuers and relatives.\n\nMonday, 9:40 p.m. A section of roof collapses along a coal face 740 metres underground, less than two hours after the start of the shift.", time.Date(1993, 11, 18, 0, 0, 0, 0, time.UTC),
			[]want{{"early Wednesday", "DATE 1993-11-17 START"}, {"more than 30 hours", "DURATION PT30H MORE_THAN"}, {"Monday night", "TIME 1993-11-15TNI"}, {"Tuesday night", "TIME 1993-11-16TNI"},
				{"Thursday", "DATE 1993-11-18"}, {"Monday, 9:40 p.m.", "TIME 1993-11-15T21:40"}, {"less than two hours", "DURATION PT2H LESS_THAN"}}},
		// a quarter named by its last month needs no "the" ("grows 0.6% in
		// December quarter"), but a match's "March quarter-final" is none.
		{"NZ economy grows 0.6% in December quarter. The March quarter-final was lost.", time.Date(2026, 3, 19, 0, 0, 0, 0, time.UTC),
			[]want{{"December quarter", "DATE 2025-Q4"}}},
		// a habit of the past ("used to") is of no year; "was used to" is no habit.
		{"Birds that used to turn up in mid-April are now here by March. The hall was used to store grain in April. They are routinely here by the start of April.", time.Date(2012, 4, 14, 0, 0, 0, 0, time.UTC),
			[]want{{"mid-April", "DATE XXXX-04 MID"}, {"now", "DATE PRESENT_REF"}, {"March", "DATE 2012-03"}, {"April", "DATE 2012-04"}, {"the start of April", "DATE XXXX-04 START"}}},
		// a clause in the past set beside a weekday ("Thursday, when the body
		// was found") tells its tense, not the verb before it; a present
		// perfect there is of what is to come.
		{"Police are looking at Thursday, when the body was found. The real test will come on Friday, when people have voted.", time.Date(2008, 10, 4, 0, 0, 0, 0, time.UTC),
			[]want{{"Thursday", "DATE 2008-10-02"}, {"Friday", "DATE 2008-10-10"}}},
		// news that opens on a night of long ago dates what its people say now by
		// the DCT: '"...," she said on Thursday'.
		{"The sea came over the wall on the night of 11 January 1974. \"The whole lane was a lake,\" she said on Thursday, standing on the new wall.", time.Date(2014, 2, 9, 0, 0, 0, 0, time.UTC),
			[]want{{"the night of 11 January 1974", "TIME 1974-01-11TNI"}, {"Thursday", "DATE 2014-02-06"}}},
		// a day at the end of the phrase a sentence opens with takes the tense of
		// the verb after it, past an apposition ("At a meeting in the hall on
		// Tuesday evening, the manager, Philip Dunmore, told residents"); not
		// after "After", whose day is before the verb's.
		{"At a packed meeting in the village hall on Tuesday evening, the manager, Philip Dunmore, told residents that no home would be lost. After mild conditions over the weekend, temperatures will drop.", time.Date(2014, 2, 9, 0, 0, 0, 0, time.UTC),
			[]want{{"Tuesday evening", "TIME 2014-02-04TEV"}, {"the weekend", "DATE 2014-W06-WE"}}},
		// a commodity's month of delivery is the next such month from the DCT's.
		{"Crude oil for January delivery rose $1.86. The November contract expired.", time.Date(2004, 11, 19, 0, 0, 0, 0, time.UTC),
			[]want{{"January", "DATE 2005-01"}, {"November", "DATE 2004-11"}}},
		// "have until" a day gives a deadline still to come, whatever verb came
		// before it.
		{"Under the timetable approved overnight, departments have until noon on Monday to submit plans.", time.Date(2019, 3, 1, 0, 0, 0, 0, time.UTC),
			[]want{{"overnight", "TIME 2019-02-28TNI"}, {"noon on Monday", "TIME 2019-03-04T12:00"}}},
		// a list whose entries are each headed by a day and a colon goes on from
		// the day before ("Good Friday: 8am-6pm. Saturday: 8am-4pm."), or stays on
		// it ("March 13: ... 9:05 p.m. Wednesday:").
		{"Easter opening hours\nGood Friday: 8am-6pm. Saturday: 8am-4pm. Sunday: closed. Monday: 9am-5pm.", time.Date(2018, 3, 28, 0, 0, 0, 0, time.UTC),
			[]want{{"Easter", "DATE 2018-04-01"}, {"Good Friday", "DATE 2018-03-30"}, {"8am", "TIME 2018-03-30T08:00"}, {"6pm", "TIME 2018-03-30T18:00"},
				{"Saturday", "DATE 2018-03-31"}, {"8am", "TIME 2018-03-31T08:00"}, {"4pm", "TIME 2018-03-31T16:00"}, {"Sunday", "DATE 2018-04-01"},
				{"Monday", "DATE 2018-04-02"}, {"9am", "TIME 2018-04-02T09:00"}, {"5pm", "TIME 2018-04-02T17:00"}}},
		// a match's or a race's half is no half of the year; a company's is.
		{"Reid scored midway through the first half. Nash equalised early in the second half. Thistle laboured for most of the first half. Profit rose in the first half, and the second half will be tougher.", time.Date(2014, 8, 4, 0, 0, 0, 0, time.UTC),
			[]want{{"the first half", "DATE 2014-H1"}, {"the second half", "DATE 2014-H2"}}},
		// "could be" looks ahead ("could be without power until Wednesday or even
		// Thursday"), but for being reached or seen; "the worst in years" measures
		// back.
		{"This afternoon utility officials warned that some customers could be without power until Wednesday or even Thursday. Smith could not be reached Friday. Authorities warned that the season could be the worst in years.", time.Date(2006, 11, 13, 0, 0, 0, 0, time.UTC),
			[]want{{"This afternoon", "TIME 2006-11-13TAF"}, {"Wednesday", "DATE 2006-11-15"}, {"Thursday", "DATE 2006-11-16"}, {"Friday", "DATE 2006-11-10"}, {"years", "DURATION PXY"}}},
		// a timeline's next head goes on from the heads before it, not from a
		// bound an entry told ("until at least Sunday").
		{"The timeline\n3:30 a.m. Tuesday: The last passenger was freed.\nTuesday afternoon: Network Rail confirmed the line would remain closed until at least Sunday.\nWednesday: The RAIB formally opened its inquiry.", time.Date(2022, 11, 17, 0, 0, 0, 0, time.UTC),
			[]want{{"3:30 a.m. Tuesday", "TIME 2022-11-15T03:30"}, {"Tuesday afternoon", "TIME 2022-11-15TAF"}, {"Sunday", "DATE 2022-11-20"}, {"Wednesday", "DATE 2022-11-16"}}},
		// a future told in a timeline's entry is counted from the entry's day, not
		// the DCT's.
		{"Here is how it unfolded.\n\nThursday, 10 a.m. — Heavy snow falls across Illinois.\n\n7 p.m. — The watch becomes a warning. Schools across the state announce they will close on Friday.", time.Date(2018, 3, 3, 0, 0, 0, 0, time.UTC),
			[]want{{"Thursday, 10 a.m.", "TIME 2018-03-01T10:00"}, {"7 p.m.", "TIME 2018-03-01T19:00"}, {"Friday", "DATE 2018-03-02"}}},
		// an adjective in -ed after a preposition tells no tense: "will be
		// reflected in printed listings from Saturday".
		{"The changes will be reflected in printed listings from Saturday.", time.Date(2016, 2, 24, 0, 0, 0, 0, time.UTC),
			[]want{{"Saturday", "DATE 2016-02-27"}}},
		// news's parts of the day after a day it told are that day's: "worked
		// through the night", "spent the night in the terminal", "grounded for
		// most of the afternoon".
		{"Heavy snow fell on Monday. Rescuers worked through the night, and about 600 passengers spent the night in the terminal. The helicopter was grounded for most of the afternoon.", time.Date(2010, 12, 3, 0, 0, 0, 0, time.UTC),
			[]want{{"Monday", "DATE 2010-11-29"}, {"the night", "TIME 2010-11-29TNI"}, {"the night", "TIME 2010-11-29TNI"}, {"the afternoon", "TIME 2010-11-29TAF"}}},
	})
}

// TestYearAsName: a law or a treaty named by its year does not move a
// story there.
func TestYearAsName(t *testing.T) {
	check(t, "In 1372 the English fleet sailed for La Rochelle. Enrique II, bound to France by the treaty of 1368, sent a squadron. On 22 June the fleets met.", time.Date(2016, 3, 1, 0, 0, 0, 0, time.UTC),
		[]want{{"1372", "DATE 1372"}, {"1368", "DATE 1368"}, {"22 June", "DATE 1372-06-22"}})
}

// TestStoryNextYear: a story just past a late month goes on into the next
// year ("Christmas 1890 ... late January"), unless it looks back.
func TestStoryNextYear(t *testing.T) {
	jan := time.Date(2019, 1, 15, 0, 0, 0, 0, time.UTC)
	check(t, "At Christmas 1890 she was in Paris. In late January she fell ill, and on Friday, 6 February she gave a lecture.", jan,
		[]want{{"Christmas 1890", "DATE 1890-12-25"}, {"late January", "DATE 1891-01 END"}, {"Friday, 6 February", "DATE 1891-02-06"}})
	check(t, "At Christmas 1890 she was in Paris. She had fallen ill in late January.", jan,
		[]want{{"Christmas 1890", "DATE 1890-12-25"}, {"late January", "DATE 1890-01 END"}})
}

// TestAfternoonHours: an hour without a.m. or p.m. after an afternoon or
// an afternoon hour just told is in the afternoon.
func TestAfternoonHours(t *testing.T) {
	check(t, "On 6 April 1862 the fighting began. That afternoon fifty guns were massed, and at 5:30 Prentiss surrendered. By early afternoon Beauregard saw he could not hold; he began to withdraw at about 2:30, and by 5 o'clock his army was falling back. He woke at 6 a.m. the next day.", time.Date(2014, 10, 2, 0, 0, 0, 0, time.UTC),
		[]want{{"6 April 1862", "DATE 1862-04-06"}, {"That afternoon", "TIME 1862-04-06TAF"}, {"5:30", "TIME 1862-04-06T17:30"}, {"early afternoon", "TIME 1862-04-06TAF START"},
			{"2:30", "TIME 1862-04-06T14:30 APPROX"}, {"5 o'clock", "TIME 1862-04-06T17:00"}, {"6 a.m. the next day", "TIME 1862-04-07T06:00"}})
}

// TestBareParts: a part of the day without an article is a time after a
// preposition or as an adverb: "at dawn", "by dusk", "all morning",
// "Overnight"; not a noun's modifier ("morning trading").
func TestBareParts(t *testing.T) {
	check(t, "On 6 April 1862 the attack began at dawn. By dusk the army was spent. Fair wind all morning. Overnight the rain fell.", time.Date(2014, 10, 2, 0, 0, 0, 0, time.UTC),
		[]want{{"6 April 1862", "DATE 1862-04-06"}, {"dawn", "TIME 1862-04-06TMO"}, {"dusk", "TIME 1862-04-06TEV"}, {"all morning", "TIME 1862-04-06TMO"}, {"Overnight", "TIME 1862-04-06TNI"}})
	check(t, "Rebels attacked at dawn Saturday. Shares fell in morning trading.", fri,
		[]want{{"dawn Saturday", "TIME 2013-03-16TMO"}})
}

// TestNovelWeek: "It was Monday, ..." sets a novel's day; "since the
// weekend" is the one before it; a day its people look ahead to, or its
// "last night", does not move it.
func TestNovelWeek(t *testing.T) {
	// "last night" is the present-tense story's yesterday: its day stays
	check(t, "It is Tuesday, the seventh of June, 1977. Dennis put the bunting up last night. Now it hangs like washing. Maureen stands at the window. It is just after half past ten.", time.Date(2012, 6, 4, 0, 0, 0, 0, time.UTC),
		[]want{{"Tuesday, the seventh of June, 1977", "DATE 1977-06-07"}, {"last night", "TIME 1977-06-06TNI"}, {"Now", "DATE PRESENT_REF"}, {"half past ten", "TIME 1977-06-07T10:30"}})

	check(t, "It was Monday, the twenty-second of October, 1962, and the schoolhouse had been cold since the weekend. At recess Mrs. Leary said that it would all be settled by Wednesday morning.\n\nThe next morning the radio said the blockade would begin.", time.Date(2010, 11, 4, 0, 0, 0, 0, time.UTC),
		[]want{{"Monday, the twenty-second of October, 1962", "DATE 1962-10-22"}, {"the weekend", "DATE 1962-W42-WE"}, {"Wednesday morning", "TIME 1962-10-24TMO"}, {"The next morning", "TIME 1962-10-23TMO"}})
}

// TestEarlierDurations: "six hours earlier" and "a day earlier" are
// durations before the last date, as "three days later" is after it; "a
// year earlier" of a report is a date.
func TestEarlierDurations(t *testing.T) {
	check(t, "The storm hit at noon. Six hours earlier, forecasters had warned. Profit rose from a year earlier.", fri,
		[]want{{"noon", "TIME 2013-03-22T12:00"}, {"Six hours", "DURATION PT6H"}, {"a year earlier", "DATE 2012"}})
}

// TestWeekdaysWithoutTense: a weekday with no tense to go by is the nearer
// one; "into Thursday's semifinals" looks ahead.
func TestWeekdaysWithoutTense(t *testing.T) {
	wed := time.Date(2010, 2, 24, 0, 0, 0, 0, time.UTC)
	check(t, "The women's semifinals are followed by the men's semifinals Thursday evening.", wed, []want{{"Thursday evening", "TIME 2010-02-25TEV"}})
	check(t, "Rasmussen beat Germany, sending the Danes into Thursday's semifinals.", wed, []want{{"Thursday", "DATE 2010-02-25"}})
	check(t, "The men's final, Monday.", wed, []want{{"Monday", "DATE 2010-02-22"}})
}

// TestPlanAsNoun: "a spending plan" is a noun and tells no tense; "plans
// to" does.
func TestPlanAsNoun(t *testing.T) {
	tue := time.Date(2012, 5, 8, 0, 0, 0, 0, time.UTC)
	check(t, "The mayor unveiled a spending plan for fiscal 2013 on Monday night.", tue, []want{{"fiscal 2013", "DATE 2013"}, {"Monday night", "TIME 2012-05-07TNI"}})
	check(t, "The mayor plans to unveil it Monday.", tue, []want{{"Monday", "DATE 2012-05-14"}})
}

// TestHourWithItsDay: an hour joined to the day after it ("9 a.m. next
// Tuesday"), or placed by a part of the day ("six this morning", "ten
// that night").
func TestHourWithItsDay(t *testing.T) {
	tue := time.Date(2012, 5, 8, 0, 0, 0, 0, time.UTC)
	check(t, "The committee meets at 9 a.m. next Tuesday; the show aired at 8 p.m. last Friday.", tue,
		[]want{{"9 a.m. next Tuesday", "TIME 2012-05-15T09:00"}, {"8 p.m. last Friday", "TIME 2012-05-04T20:00"}})
	check(t, "They pushed off at six this morning. The polls closed Tuesday, and at ten that night the count began.", tue,
		[]want{{"six this morning", "TIME 2012-05-08T06:00"}, {"Tuesday", "DATE 2012-05-08"}, {"ten that night", "TIME 2012-05-08T22:00"}})
}

// TestSoon: "soon" in a clause looking ahead is FUTURE_REF; "as soon as he
// left", "soon after" and "was soon released" are not times.
func TestSoon(t *testing.T) {
	check(t, "The bank may soon seek a partner. As soon as he left, it rained; soon after, it stopped. He was soon released.", fri,
		[]want{{"soon", "DATE FUTURE_REF"}})
}

// TestDaysAWeek: "six days a week" is one SET, as "twice a week" is.
func TestDaysAWeek(t *testing.T) {
	check(t, "He worked six days a week; they face one day a week of unpaid leave; the plant runs 24 hours a day.", fri,
		[]want{{"six days a week", "SET P1W"}, {"one day a week", "SET P1W"}, {"24 hours a day", "SET P1D"}})
	check(t, "Residents get water on only two days a week from Monday.", fri, []want{{"two days a week", "SET P1W"}, {"Monday", "DATE 2013-03-18"}})
	// a week on from a day, British, is a day
	check(t, "He could play a week on Saturday against Kingsmead, and a fortnight on Sunday at home.", fri,
		[]want{{"a week on Saturday", "DATE 2013-03-30"}, {"a fortnight on Sunday", "DATE 2013-04-07"}})
	// a flyby that had "gone to plan" is past
	check(t, "The probe swept past the asteroid on Thursday at 14:27 UTC. Controllers did not learn that the flyby had gone to plan until 4:46 p.m.", fri,
		[]want{{"Thursday", "DATE 2013-03-21"}, {"14:27 UTC", "TIME 2013-03-21T14:27"}, {"4:46 p.m.", "TIME 2013-03-21T16:46"}})
}

// TestWithinPeriodJustTold: a day in the season (quarter, half) of another
// year told a sentence before is in that year.
func TestWithinPeriodJustTold(t *testing.T) {
	check(t, "The court ruled Friday that police need a warrant. Detectives followed his pickup for 28 days in the spring of 2008. The device, attached on April 3, logged the truck until officers removed it on May 1.\n\nThe state will appeal by July 9.", time.Date(2012, 6, 25, 0, 0, 0, 0, time.UTC),
		[]want{{"Friday", "DATE 2012-06-22"}, {"28 days", "DURATION P28D"}, {"the spring of 2008", "DATE 2008-SP"}, {"April 3", "DATE 2008-04-03"}, {"May 1", "DATE 2008-05-01"}, {"July 9", "DATE 2012-07-09"}})
}

// TestLogDays: a log's "this day" and "three weeks hence" are told from
// its entry's day.
func TestLogDays(t *testing.T) {
	check(t, "The ship sailed on 1 March 1821.\n\nSunday, 1st April. Gale abating. Easter falls three weeks hence.\n\nMonday, 2nd. Made good progress. This day we have been 178 days out.", time.Date(2014, 11, 20, 0, 0, 0, 0, time.UTC),
		[]want{{"1 March 1821", "DATE 1821-03-01"}, {"Sunday, 1st April", "DATE 1821-04-01"}, {"Easter", "DATE 1821-04-22"}, {"three weeks hence", "DATE 1821-W16"},
			{"Monday, 2nd", "DATE 1821-04-02"}, {"This day", "DATE 1821-04-02"}, {"178 days", "DURATION P178D"}})
}

// TestLiveBlog: a live blog's entries follow each other from the DCT's
// day, past midnight into the next, whatever days the entries name.
func TestLiveBlog(t *testing.T) {
	check(t, "8:02 p.m. Polls have closed.\n\n10:05 p.m. The measure would take effect on January 1, 2024.\n\n11:22 p.m. The AP calls the race.\n\n12:35 a.m. The governor concedes.", time.Date(2022, 11, 8, 0, 0, 0, 0, time.UTC),
		[]want{{"8:02 p.m.", "TIME 2022-11-08T20:02"}, {"10:05 p.m.", "TIME 2022-11-08T22:05"}, {"January 1, 2024", "DATE 2024-01-01"},
			{"11:22 p.m.", "TIME 2022-11-08T23:22"}, {"12:35 a.m.", "TIME 2022-11-09T00:35"}})
	// latest first, on the 24-hour clock, under key points that look ahead
	check(t, "Key points\n- Six schools will stay closed tomorrow\n\n19:40\nWe pause our coverage here.\n\n12:48\nThe street flooded.\n\n11:15\nA briefing was held.\n\n09:30\nCommuters report delays.", time.Date(2019, 10, 17, 0, 0, 0, 0, time.UTC),
		[]want{{"tomorrow", "DATE 2019-10-18"}, {"19:40", "TIME 2019-10-17T19:40"}, {"12:48", "TIME 2019-10-17T12:48"}, {"11:15", "TIME 2019-10-17T11:15"}, {"09:30", "TIME 2019-10-17T09:30"}})
}

// TestEarlyLateParts: "in the late afternoon", "through the late morning"
// are parts of the day; "in the late afternoon trading" is a session.
func TestEarlyLateParts(t *testing.T) {
	check(t, "The decisive ballot came in the late afternoon. He left in the early evening. Shares rose in the late afternoon trading.", fri,
		[]want{{"the late afternoon", "TIME 2013-03-22TAF END"}, {"the early evening", "TIME 2013-03-22TEV START"}})
}

// TestUnitInApposition: "1919, the year their child was born" names 1919.
func TestUnitInApposition(t *testing.T) {
	check(t, "They bought the house in 1919, the year their third child was born. In 44 BC, the year Caesar was murdered, he moved to Rome.", fri,
		[]want{{"1919", "DATE 1919"}, {"the year", "DATE 1919"}, {"44 BC", "DATE BC0044"}, {"the year", "DATE BC0044"}})
}

// TestMemoirYear: "when 1979 began" sets a memoir's year; its holidays are
// the ones nearest the day it has told.
func TestMemoirYear(t *testing.T) {
	check(t, "I was nine when 1979 began. St Anne's stayed shut until the fifteenth of January. Easter fell on the fifteenth of April, and on Good Friday we took the bus to Blackpool. On Bonfire Night the street was lit.", time.Date(2019, 2, 11, 0, 0, 0, 0, time.UTC),
		[]want{{"1979", "DATE 1979"}, {"the fifteenth of January", "DATE 1979-01-15"}, {"Easter", "DATE 1979-04-15"}, {"the fifteenth of April", "DATE 1979-04-15"},
			{"Good Friday", "DATE 1979-04-13"}, {"Bonfire Night", "DATE 1979-11-05"}})
}

// TestDaysOfAnEra: a day or month of a year before Christ or of the
// Christian era is one date.
func TestDaysOfAnEra(t *testing.T) {
	check(t, "Tiberius was born on 16 November 42 BC and died on 16 March AD 37; in January 38 BC his mother remarried.", fri,
		[]want{{"16 November 42 BC", "DATE BC0042-11-16"}, {"16 March AD 37", "DATE 0037-03-16"}, {"January 38 BC", "DATE BC0038-01"}})
}

// TestAncientYears: once a text has written a year of the first centuries,
// its bare one- and two-digit years are years: "in 23", "18 October 31".
func TestAncientYears(t *testing.T) {
	check(t, "Augustus died on 19 August AD 14. In 23 his son Drusus died. Sejanus fell on 18 October 31. It happened in 23 cases.", fri,
		[]want{{"19 August AD 14", "DATE 0014-08-19"}, {"23", "DATE 0023"}, {"18 October 31", "DATE 0031-10-18"}})
	check(t, "In 23 cases the drug failed.", fri, nil)
}

// TestBulletedTimeline: a bulleted timeline's times follow the day the
// story has just told.
func TestBulletedTimeline(t *testing.T) {
	check(t, "The train left the tracks early Monday, the railroad said late Monday.\n\nA timeline shows how the day unfolded:\n\n- 4:52 a.m.: The brakes engage.\n- 9:40 p.m.: The evacuation order is lifted.", time.Date(2013, 2, 12, 0, 0, 0, 0, time.UTC),
		[]want{{"early Monday", "DATE 2013-02-11 START"}, {"late Monday", "DATE 2013-02-11 END"}, {"4:52 a.m.", "TIME 2013-02-11T04:52"}, {"9:40 p.m.", "TIME 2013-02-11T21:40"}})
}

// TestIrregularPasts: "I never thought about it until Monday" is past.
func TestIrregularPasts(t *testing.T) {
	check(t, "I never thought about it until Monday.", time.Date(2013, 2, 12, 0, 0, 0, 0, time.UTC), []want{{"Monday", "DATE 2013-02-11"}})
}

// TestCompoundDurations: "two hours and 41 minutes" is one duration.
func TestCompoundDurations(t *testing.T) {
	check(t, "The final lasted two hours and 41 minutes; he reigned 22 years and six months; it took a day and six hours; two decades and three years.", fri,
		[]want{{"two hours and 41 minutes", "DURATION PT2H41M"}, {"22 years and six months", "DURATION P22Y6M"}, {"a day and six hours", "DURATION P1DT6H"},
			{"two decades", "DURATION P20Y"}, {"three years", "DURATION P3Y"}})
}

// TestNotTimesAfterAll: an acronym that spells a month, "current" as a
// noun, "the future" before a name.
func TestNotTimesAfterAll(t *testing.T) {
	check(t, "The FEB, the employers' federation, objected. A strong current must run. An electric current deflects a needle near a current-carrying wire. Octavian, the future Augustus, won. On FEB 12 it rained; current prices rose.", fri,
		[]want{{"FEB 12", "DATE 2013-02-12"}, {"current", "DATE PRESENT_REF"}})
	// an ordinal in a title is no day
	check(t, "Log of the barque, kept by the Second Mate\n\nMonday 26th March 1866. At 4 a.m. all hands. On the Second of May we sailed.", fri,
		[]want{{"Monday 26th March 1866", "DATE 1866-03-26"}, {"4 a.m.", "TIME 1866-03-26T04:00"}, {"the Second of May", "DATE 1866-05-02"}})
	check(t, "Prime Minister Theresa May first promised the cap; she will visit in May.", fri, []want{{"May", "DATE 2013-05"}})
	check(t, "A vote is planned for March. There was support for May's deal.", fri, []want{{"March", "DATE 2013-03"}})
	check(t, "A widower in his late thirties, she was in her twenties; in the late thirties the town grew.", fri, []want{{"the late thirties", "DATE 193 END"}})
	check(t, "Children aged nine months to 10 years are at risk; one aged two years died. He waited nine months.", fri, []want{{"nine months", "DURATION P9M"}})
	// compounds and names: a thing, not a time
	check(t, "A Sunday-school train left after my twenty-second birthday; I read The Daily Mail. The current on Bridge Street was strong under the midnight sun. We took a day trip, then a twenty-second pause.", fri,
		[]want{{"twenty-second", "DURATION PT20S"}})
}

// TestTodayOfHistorians: a history's sentence opened by "Today" is the
// writer's present, whatever its tense.
func TestTodayOfHistorians(t *testing.T) {
	check(t, "Mack surrendered at Ulm on 20 October 1805. On 2 December 1805 Napoleon won at Austerlitz, and peace came in 1806. The campaign of 1805 and 1807 set the pattern. Today historians place more weight on the marches that preceded the battle.", time.Date(2012, 3, 14, 0, 0, 0, 0, time.UTC),
		[]want{{"20 October 1805", "DATE 1805-10-20"}, {"2 December 1805", "DATE 1805-12-02"}, {"1806", "DATE 1806"}, {"1805", "DATE 1805"}, {"1807", "DATE 1807"}, {"Today", "DATE PRESENT_REF"}})
}

// TestVagueSpans: "would take weeks", "will last years" are vague
// durations; "last" there is the verb.
func TestVagueSpans(t *testing.T) {
	check(t, "Cleanup would take weeks, and the rebuilding will last years. He stayed the last three years.", fri,
		[]want{{"weeks", "DURATION PXW"}, {"years", "DURATION PXY"}, {"the last three years", "DURATION P3Y"}})
}

// TestAnniversaries: "Fifty years ago today" is that day fifty years
// back, "Two weeks ago today" that day two weeks back; "twenty-five years
// ago this week" that week.
func TestAnniversaries(t *testing.T) {
	jan := time.Date(2010, 1, 23, 0, 0, 0, 0, time.UTC)
	check(t, "Fifty years ago today, the wall fell. Twenty-five years ago this week, the lanterns went up. A hundred years ago this month he was born.", jan,
		[]want{{"Fifty years ago today", "DATE 1960-01-23"}, {"Twenty-five years ago this week", "DATE 1985-W04"}, {"A hundred years ago this month", "DATE 1910-01"}})
	check(t, "I started there forty years ago this spring.", time.Date(2014, 4, 2, 0, 0, 0, 0, time.UTC), []want{{"forty years ago this spring", "DATE 1974-SP"}})
	check(t, "Two weeks ago today I stood outside Porto cathedral at 7:30 in the morning.", time.Date(2017, 5, 23, 0, 0, 0, 0, time.UTC),
		[]want{{"Two weeks ago today", "DATE 2017-05-09"}, {"7:30 in the morning", "TIME 2017-05-09T07:30"}})
}

// TestWeekdayOfDayWritten: "the twelfth of June, a Saturday" names the
// weekday of the day just written, not another day.
func TestWeekdayOfDayWritten(t *testing.T) {
	check(t, "It was the twelfth of June, a Saturday, and by nine in the morning it was hot.", time.Date(2019, 7, 20, 0, 0, 0, 0, time.UTC),
		[]want{{"the twelfth of June", "DATE 2019-06-12"}, {"a Saturday", "DATE 2019-06-12"}, {"nine in the morning", "TIME 2019-06-12T09:00"}})
	check(t, "On Tuesday, 4 March 1884, a Tuesday of rain, she wrote.", time.Date(2016, 9, 15, 0, 0, 0, 0, time.UTC),
		[]want{{"Tuesday, 4 March 1884", "DATE 1884-03-04"}, {"a Tuesday", "DATE 1884-03-04"}})
}

// TestThatSeasonLookedBack: "that winter" looked back to in the past
// perfect is the winter told before, not the one of a spring told since,
// and the story stays in its spring; told on, it is the season of the
// year the story is in.
func TestThatSeasonLookedBack(t *testing.T) {
	may := time.Date(2017, 5, 1, 0, 0, 0, 0, time.UTC)
	check(t, "The bell cracked in the hard winter of 1947, and by the spring of 1971 few remembered it. Olwen had been sixteen that winter. In early March a letter came.", may,
		[]want{{"winter of 1947", "DATE 1947-WI"}, {"the spring of 1971", "DATE 1971-SP"}, {"that winter", "DATE 1947-WI"}, {"early March", "DATE 1971-03 START"}})
	check(t, "The bell cracked in the winter of 1947, and in the spring of 1971 it was recast. We rang it every night that summer.", may,
		[]want{{"the winter of 1947", "DATE 1947-WI"}, {"the spring of 1971", "DATE 1971-SP"}, {"every night", "SET XXXX-XX-XXTNI"}, {"that summer", "DATE 1971-SU"}})
}

// TestTimelineHeads: a timeline's entry headed by its month and year
// gives its days that year; a list's figure at a line's end is no day of
// the next line's month.
func TestTimelineHeads(t *testing.T) {
	nov := time.Date(2019, 11, 14, 0, 0, 0, 0, time.UTC)
	check(t, "How it unraveled\n\nJANUARY 2019: The chain skipped a payment due Jan. 15; by the end of the month suppliers had stopped.", nov,
		[]want{{"JANUARY 2019", "DATE 2019-01"}, {"Jan. 15", "DATE 2019-01-15"}, {"the end of the month", "DATE 2019-01 END"}})
	check(t, "The tour dates:\nOctober 13 - London, The O2\nOctober 14 - Brighton Centre", nov,
		[]want{{"October 13", "DATE 2019-10-13"}, {"October 14", "DATE 2019-10-14"}})
}

// TestYearsAgoAfter: a date without its year takes the one the years since
// it, in apposition, tell.
func TestYearsAgoAfter(t *testing.T) {
	jul := time.Date(2021, 7, 29, 0, 0, 0, 0, time.UTC)
	check(t, "We left Cardiff on Friday 29 July, ten years ago today.", jul,
		[]want{{"Friday 29 July", "DATE 2011-07-29"}, {"ten years ago today", "DATE 2011-07-29"}})
	check(t, "The mine closed on March 4, 30 years ago this week.", jul,
		[]want{{"March 4", "DATE 1991-03-04"}, {"30 years ago this week", "DATE 1991-W31"}})
}

// TestAgoInStoryNow: a story told in the present of its day counts "two
// years ago" from that day, not from the DCT.
func TestAgoInStoryNow(t *testing.T) {
	check(t, "Thursday, August 14, 2003, and it is ninety-one degrees when the lights go out. Two years ago nobody would have needed to say it.", time.Date(2012, 6, 20, 0, 0, 0, 0, time.UTC),
		[]want{{"Thursday, August 14, 2003", "DATE 2003-08-14"}, {"Two years ago", "DATE 2001"}})
	// and a day so counted back leaves the story at its day
	check(t, "Saturday, 3 May 1941. Her sister wakes her with a letter posted ten days ago. He has leave at the end of the month.", time.Date(2019, 4, 11, 0, 0, 0, 0, time.UTC),
		[]want{{"Saturday, 3 May 1941", "DATE 1941-05-03"}, {"ten days ago", "DATE 1941-04-23"}, {"the end of the month", "DATE 1941-05 END"}})
}

// TestEveryDayOfTheYear: "every 30 April" is a day of every year.
func TestEveryDayOfTheYear(t *testing.T) {
	check(t, "Every 30 April students gather; every March 5 the town feasts.", fri,
		[]want{{"Every 30 April", "SET XXXX-04-30"}, {"every March 5", "SET XXXX-03-05"}})
}

// TestNewYearAndSpring: "in the new year" is the next year; a sentence
// opened by "Spring came" tells a season.
func TestNewYearAndSpring(t *testing.T) {
	dec := time.Date(2014, 12, 15, 0, 0, 0, 0, time.UTC)
	check(t, "Talks will resume in the new year.", dec, []want{{"the new year", "DATE 2015"}})
	check(t, "Spring came late and all at once. Prices fall when it rains.", dec, []want{{"Spring", "DATE 2014-SP"}})
}

// TestMeasureRates: "30 kilometres a day", "12 per cent a year" and
// "0.04C per year" are rates, SETs.
func TestMeasureRates(t *testing.T) {
	check(t, "They covered 30 kilometres a day, barely a mile a day at the end.", fri,
		[]want{{"a day", "SET P1D"}, {"a day", "SET P1D"}})
	check(t, "Returns of 12 per cent a year, losses near 7 per cent per year, and seas warming by 0.04C per year.", fri,
		[]want{{"a year", "SET P1Y"}, {"per year", "SET P1Y"}, {"per year", "SET P1Y"}})
}

// TestMillenniumYearsAndMeasures: in a text of the first millennium,
// "April 960" and "the summer of 986" are dates; "a single day" and "3
// hours 52 minutes" are durations; "38 seconds back" is no date.
func TestMillenniumYearsAndMeasures(t *testing.T) {
	check(t, "Basil was born in 958 and crowned in April 960. In the summer of 986 he marched. The siege lasted a single day.", fri,
		[]want{{"958", "DATE 0958"}, {"April 960", "DATE 0960-04"}, {"the summer of 986", "DATE 0986-SU"}, {"a single day", "DURATION P1D"}})
	check(t, "He won in 3 hours 52 minutes and finished 38 seconds back.", fri,
		[]want{{"3 hours 52 minutes", "DURATION PT3H52M"}, {"38 seconds", "DURATION PT38S"}})
}

// TestLateAndNamedSeasons: "I'll be late tonight" is someone late, and "The
// Winter Palace" a name.
func TestLateAndNamedSeasons(t *testing.T) {
	check(t, "I'll be late tonight. The Winter Palace fell. Late last night the storm hit.", time.Date(2017, 11, 7, 0, 0, 0, 0, time.UTC),
		[]want{{"tonight", "TIME 2017-11-07TNI"}, {"Late last night", "TIME 2017-11-06TNI END"}})
}

// TestStoryYearKept: a relative date inside a clause does not reset a
// history's year; what was "due to open" and "was postponed" stays in it.
func TestStoryYearKept(t *testing.T) {
	check(t, "The Bolsheviks seized power on 25 October 1917, which was 7 November in the calendar that Russia adopted the following February.\n\nNicholas II had abdicated on 2 March. Lenin returned on 3 April. A committee was formed on 16 October. The Congress, due to open on 20 October, was postponed.", time.Date(2017, 11, 7, 0, 0, 0, 0, time.UTC),
		[]want{{"25 October 1917", "DATE 1917-10-25"}, {"7 November", "DATE 1917-11-07"}, {"the following February", "DATE 1918-02"},
			{"2 March", "DATE 1917-03-02"}, {"3 April", "DATE 1917-04-03"}, {"16 October", "DATE 1917-10-16"}, {"20 October", "DATE 1917-10-20"}})
	check(t, "In 1863 the war turned. The following year, in May, Grant crossed the Rapidan.", time.Date(2013, 5, 1, 0, 0, 0, 0, time.UTC),
		[]want{{"1863", "DATE 1863"}, {"The following year", "DATE 1864"}, {"May", "DATE 1864-05"}})
}

// TestUntoldYear: a story that never tells its year is not of the DCT's:
// its dates show what it told of them, the month and day ("Monday, the
// third of October", and the days after it), the weekday alone, or
// nothing. News without figures (a broadcast's transcript) keeps its DCT.
func TestUntoldYear(t *testing.T) {
	check(t, "It was Monday, the third of October. At a quarter to five the bell rang. The next day she came back, and on Wednesday she left. Her mother said she would ring at Christmas.", fri,
		[]want{{"Monday, the third of October", "DATE XXXX-10-03"}, {"a quarter to five", "TIME XXXX-10-03T16:45"}, {"The next day", "DATE XXXX-10-04"},
			{"Wednesday", "DATE XXXX-10-05"}, {"Christmas", "DATE XXXX-12-25"}})
	check(t, "They drove up on Saturday morning. That evening they ate at half past seven, and the next day it rained. By the end of the month the cabin was sold. In June, he said, the lake would be warm.", fri,
		[]want{{"Saturday morning", "TIME XXXX-WXX-6TMO"}, {"That evening", "TIME XXXX-WXX-6TEV"}, {"half past seven", "TIME XXXX-WXX-6T19:30"},
			{"the next day", "DATE XXXX-WXX-7"}, {"the end of the month", "DATE XXXX-XX END"}, {"June", "DATE XXXX-06"}})
	check(t, "At nine o'clock she woke. That morning the letter came, and by ten she had read it twice.", fri,
		[]want{{"nine o'clock", "TIME XXXX-XX-XXT09:00"}, {"That morning", "TIME XXXX-XX-XXTMO"}, {"ten", "TIME XXXX-XX-XXT10:00"}})
	// the weekday set after a time on its day names that day
	check(t, "The alarm went off at ten past five on the nineteenth of August, a Saturday, and Nell remembered that she was getting married. By half past six the rain had stopped. That evening they danced, and the next morning they left.", fri,
		[]want{{"ten past five on the nineteenth of August", "TIME XXXX-08-19T05:10"}, {"a Saturday", "DATE XXXX-08-19"}, {"half past six", "TIME XXXX-08-19T06:30"},
			{"That evening", "TIME XXXX-08-19TEV"}, {"the next morning", "TIME XXXX-08-20TMO"}})
	// a novel's chapter heading counts for a story
	check(t, "Chapter Eleven\n\nThe call comes at twenty past eleven at night. Inspector Varga is still at her desk.\n\nBy a quarter to twelve she is standing on the wet stones. The watchman saw nobody tonight.", fri,
		[]want{{"twenty past eleven at night", "TIME XXXX-XX-XXT23:20"}, {"a quarter to twelve", "TIME XXXX-XX-XXT23:45"}, {"tonight", "TIME XXXX-XX-XXTNI"}})
	// a story may think of tomorrow now and then, and of a year it remembers
	check(t, "Tomorrow, she thought, she would not go. That evening at half past six she came home; the next morning she left, as in the spring of '62.", fri,
		[]want{{"Tomorrow", "DATE XXXX-XX-XX"}, {"That evening", "TIME XXXX-XX-XXTEV"}, {"half past six", "TIME XXXX-XX-XXT18:30"},
			{"the next morning", "TIME XXXX-XX-XXTMO"}, {"the spring of '62", "DATE 1962-SP"}})
	// news: days told against the day of airing, or counts in figures
	check(t, "The talks resumed today. That evening the envoy flew home. The next morning the rebels shelled the city.", fri,
		[]want{{"today", "DATE 2013-03-22"}, {"That evening", "TIME 2013-03-22TEV"}, {"The next morning", "TIME 2013-03-23TMO"}})
	check(t, "The storm killed 120 people. That evening the river rose, and at half past nine the next morning the dam broke.", fri,
		[]want{{"That evening", "TIME 2013-03-22TEV"}, {"half past nine the next morning", "TIME 2013-03-23T09:30"}})
}

// TestHistoryWithItsAnniversary: a history that names the DCT's year once,
// for a remembrance, is still a history; after a winter of two years its
// spring and summer are of the second.
func TestHistoryWithItsAnniversary(t *testing.T) {
	check(t, "The siege of Belgrade took place between 4 July and 22 July 1456. Three years after the fall of Constantinople in 1453, the sultan, who had come to the throne in 1451, marched.\n\n"+
		"Throughout the winter of 1455–56 the sultan gathered troops. Capistrano had been preaching since February, and by early summer he had raised a force. On 29 June the Pope ordered the bells rung.\n\n"+
		"The peace held until 1521, and in 2011 the parliament made 22 July a day of remembrance.", time.Date(2011, 7, 22, 0, 0, 0, 0, time.UTC),
		[]want{{"4 July", "DATE 1456-07-04"}, {"22 July 1456", "DATE 1456-07-22"}, {"Three years", "DURATION P3Y"}, {"1453", "DATE 1453"}, {"1451", "DATE 1451"},
			{"the winter of 1455–56", "DATE 1455-WI"}, {"February", "DATE 1456-02"}, {"early summer", "DATE 1456-SU START"}, {"29 June", "DATE 1456-06-29"},
			{"1521", "DATE 1521"}, {"2011", "DATE 2011"}, {"22 July", "DATE 2011-07-22"}})
}

// TestHolesAndHalfHours: "the 13th" a golfer three-putted is a hole, not a
// day; "half-hourly" is every thirty minutes.
func TestHolesAndHalfHours(t *testing.T) {
	check(t, "Kessler three-putted the 13th. He found a bunker off the tee at the 17th. The final is on the 20th.", time.Date(2017, 7, 17, 0, 0, 0, 0, time.UTC),
		[]want{{"the 20th", "DATE 2017-07-20"}})
	check(t, "Trains will run half-hourly, and hourly after 8 p.m.", time.Date(2017, 7, 17, 0, 0, 0, 0, time.UTC),
		[]want{{"half-hourly", "SET PT30M"}, {"hourly", "SET PT1H"}, {"8 p.m.", "TIME XXXX-XX-XXT20:00"}})
}

// TestYearsOfTheFirstMillennium: a three-digit year after "in", or "in
// about", going on into the rest of its clause.
func TestYearsOfTheFirstMillennium(t *testing.T) {
	check(t, "The abbey was founded in 744 at the wish of Boniface. In about 802 Abbot Ratgar sent him to Tours. He died in 856 at Winkel, and in 300 cases nobody knows.", fri,
		[]want{{"744", "DATE 0744"}, {"802", "DATE 0802 APPROX"}, {"856", "DATE 0856"}})
	// in a history of the first millennium: "by 710", "in 746 or 747", "the 720s and 730s"
	check(t, "Boniface died on 5 June 754. By 710 he had been ordained. In 746 or 747 he became bishop. During the 720s and 730s he founded monasteries, and by 300 votes the synod agreed.", fri,
		[]want{{"5 June 754", "DATE 0754-06-05"}, {"710", "DATE 0710"}, {"746", "DATE 0746"}, {"747", "DATE 0747"}, {"the 720s", "DATE 072"}, {"730s", "DATE 073"}})
}

// TestQuarterHoursAndSomeWeekday: "2 hours and a quarter" is PT2H15M; "on
// a Monday morning" is some Monday's, "a Sunday night memorial service" the
// last Sunday's.
func TestQuarterHoursAndSomeWeekday(t *testing.T) {
	check(t, "Locking through took 2 hours and a quarter, the return an hour and three quarters, and two hours and a quarter of the crew slept.", fri,
		[]want{{"2 hours and a quarter", "DURATION PT2H15M"}, {"an hour and three quarters", "DURATION PT1H45M"}, {"two hours", "DURATION PT2H"}})
	check(t, "Nobody walked into a trade on a Monday morning then. About 500 people attended a Sunday night memorial service.", fri,
		[]want{{"Monday morning", "TIME XXXX-WXX-1TMO"}, {"Sunday night", "TIME 2013-03-17TNI"}})
	check(t, "She was born on 12 May 1938. “You learn more from a Tuesday in Wigan than from a year on the telly,” she said.", fri,
		[]want{{"12 May 1938", "DATE 1938-05-12"}, {"Tuesday", "DATE XXXX-WXX-2"}, {"a year", "DURATION P1Y"}})
}

// TestStoriesAndLogs: how a story, an obituary or a log tells its days and
// hours, each case with the rule it holds.
func TestStoriesAndLogs(t *testing.T) {
	tue := time.Date(2013, 3, 19, 0, 0, 0, 0, time.UTC)
	checkDated(t, []dated{
		// a story that opens on its day ("It was the morning of ...") tells "today" and its hours
		// of that day.
		{"The Oaks\n\nIt was the morning of Thursday 15 October 1987, and Margaret Hale had decided, over her first cup of tea, that today she would finally tell Dennis about the house.\n\nThe kitchen clock said twenty past seven.", fri,
			[]want{{"the morning of Thursday 15 October 1987", "TIME 1987-10-15TMO"}, {"today", "DATE 1987-10-15"}, {"twenty past seven", "TIME 1987-10-15T07:20"}}},
		// the months after a season of another year are of that year, the season told as the time
		// of a clause or not.
		{"Everyone my age remembers the summer of 1976. It hardly rained from late June until the end of August.", fri,
			[]want{{"the summer of 1976", "DATE 1976-SU"}, {"late June", "DATE 1976-06 END"}, {"the end of August", "DATE 1976-08 END"}}},
		// a blog's "Day 3 — Wednesday 10 October 2012" heads an entry, whose "this morning" is of
		// that day.
		{"Slow train to Syracuse\n\nDay 3 — Wednesday 10 October 2012\nWe left Noto this morning.\n", fri,
			[]want{{"Wednesday 10 October 2012", "DATE 2012-10-10"}, {"this morning", "TIME 2012-10-10TMO"}}},
		// "the weekend" told in no tense is the nearer one: on a Friday the one to come, on a
		// Tuesday the one gone.
		{"What about the weekend?", fri,
			[]want{{"the weekend", "DATE 2013-W12-WE"}}},
		{"What about the weekend?", tue,
			[]want{{"the weekend", "DATE 2013-W11-WE"}}},
		// a forecast's list of days told on a Sunday runs to the next Sunday;
		// a part of its day is the entry's, past a figure that is no hour
		{"Outlook\n\nSaturday: Highs climb back into the low 20s.\n\nSunday: Milder still, with a chance of flurries by evening. Temperatures peak near 20 in the morning.", time.Date(2006, 1, 15, 0, 0, 0, 0, time.UTC),
			[]want{{"Saturday", "DATE 2006-01-21"}, {"Sunday", "DATE 2006-01-22"}, {"evening", "TIME 2006-01-22TEV"}, {"the morning", "TIME 2006-01-22TMO"}}},
		// a log's hour heading its line is of the log's day, not of the night it looked back to
		{"Thursday 4 July 2024. The church hall.\n\n5.40am. The alarm goes. Last night I slept badly.\n\n6.15am. I unlock the hall.", time.Date(2024, 7, 6, 0, 0, 0, 0, time.UTC),
			[]want{{"Thursday 4 July 2024", "DATE 2024-07-04"}, {"5.40am", "TIME 2024-07-04T05:40"}, {"Last night", "TIME 2024-07-03TNI"}, {"6.15am", "TIME 2024-07-04T06:15"}}},
		// a late evening hour told in the small hours after it is that evening's
		{"Saturday 3 November 2007\n\n23:55 - The coach leaves.\n\nSunday 4 November\n\n00:15 - CCTV reviewed: he boards the 23:55.\n\n01:30 - The coach is stopped.", time.Date(2014, 1, 22, 0, 0, 0, 0, time.UTC),
			[]want{{"Saturday 3 November 2007", "DATE 2007-11-03"}, {"23:55", "TIME 2007-11-03T23:55"}, {"Sunday 4 November", "DATE 2007-11-04"}, {"00:15", "TIME 2007-11-04T00:15"}, {"23:55", "TIME 2007-11-03T23:55"}, {"01:30", "TIME 2007-11-04T01:30"}}},
		// an itinerary's day heading may name its feast
		{"The itinerary\n\nMonday: Meetings with congressional leaders.\n\nTuesday, St. Patrick's Day: Breakfast with the vice president at 8 a.m.", time.Date(2026, 3, 14, 0, 0, 0, 0, time.UTC),
			[]want{{"Monday", "DATE 2026-03-16"}, {"Tuesday", "DATE 2026-03-17"}, {"St. Patrick's Day", "DATE 2026-03-17"}, {"8 a.m.", "TIME 2026-03-17T08:00"}}},
		// and its "Friday to Sunday:" heading ends after its Friday
		{"Thursday: Patchy rain.\n\nFriday to Sunday: High pressure builds.", time.Date(2012, 10, 21, 0, 0, 0, 0, time.UTC),
			[]want{{"Thursday", "DATE 2012-10-25"}, {"Friday", "DATE 2012-10-26"}, {"Sunday", "DATE 2012-10-28"}}},
		// done for the weekend on its eve is for the one at hand; a thaw by the
		// weekend told on a Sunday is the next one
		{"Jurors went home for the weekend Friday.", fri,
			[]want{{"the weekend", "DATE 2013-W12-WE"}, {"Friday", "DATE 2013-03-22"}}},
		{"Arctic blast arrives Wednesday, thaw by the weekend.", time.Date(2006, 1, 15, 0, 0, 0, 0, time.UTC),
			[]want{{"Wednesday", "DATE 2006-01-18"}, {"the weekend", "DATE 2006-W03-WE"}}},
		// a memoir's hours of no day it told are of some day, not the DCT's; nor do they end the
		// time the story told, which its day without a year then takes.
		{"I started at the bakery in the spring of 1962. The night shift began at ten, and the first dough was mixed by half past ten. The ovens were hot by midnight.", fri,
			[]want{{"the spring of 1962", "DATE 1962-SP"}, {"ten", "TIME XXXX-XX-XXT22:00"}, {"half past ten", "TIME XXXX-XX-XXT22:30"}, {"midnight", "TIME XXXX-XX-XXT24:00"}}},
		{"Chapter Twelve\n\nLondon, 1851\n\nJem had been awake since four, and at half past five he gave up on sleep.\n\nIt was Thursday, the first of May.", fri,
			[]want{{"1851", "DATE 1851"}, {"four", "TIME XXXX-XX-XXT04:00"}, {"half past five", "TIME XXXX-XX-XXT05:30"}, {"Thursday, the first of May", "DATE 1851-05-01"}}},
		// a diary's entries headed by their days, their year not written, tell "yesterday" and
		// "today" of the entry's day, not the DCT's.
		{"From the Patagonia notebooks\n\n12 January — Torres del Paine\nStarted the trek yesterday. Today was harder.\n\n14 January\nRain. We left at nine.\n", fri,
			[]want{{"12 January", "DATE 2013-01-12"}, {"yesterday", "DATE 2013-01-11"}, {"Today", "DATE 2013-01-12"}, {"14 January", "DATE 2013-01-14"}, {"nine", "TIME 2013-01-14T09:00"}}},
		// so are a diary's entries headed by days with their weekdays, written up months before the
		// DCT; its hours are of its days.
		{"My hospital diary of the fall of 2008, Oct. 13–23, published now. I still go to therapy every Tuesday and Thursday.\n\nMonday, Oct. 13\nChecked in at 5:30 a.m. I woke around 1 p.m.\n\nTuesday, Oct. 14\nDad called this afternoon.\n", time.Date(2009, 2, 10, 0, 0, 0, 0, time.UTC),
			[]want{{"the fall of 2008", "DATE 2008-FA"}, {"Oct. 13", "DATE 2008-10-13"}, {"23", "DATE 2008-10-23"}, {"now", "DATE PRESENT_REF"}, {"every Tuesday", "SET XXXX-WXX-2"}, {"Thursday", "SET XXXX-WXX-4"},
				{"Monday, Oct. 13", "DATE 2008-10-13"}, {"5:30 a.m.", "TIME 2008-10-13T05:30"}, {"around 1 p.m.", "TIME 2008-10-13T13:00 APPROX"}, {"Tuesday, Oct. 14", "DATE 2008-10-14"}, {"this afternoon", "TIME 2008-10-14TAF"}}},
		// a date looked back to after a colon leaves the story's day where it was.
		{"On Monday, the eleventh of April 1994, he drove up from London.\n\nOn the back of the tin she had written the date it arrived: 14 June 1983.\n\nOn Friday he telephoned the house clearance people.\n", time.Date(2012, 3, 8, 0, 0, 0, 0, time.UTC),
			[]want{{"Monday, the eleventh of April 1994", "DATE 1994-04-11"}, {"14 June 1983", "DATE 1983-06-14"}, {"Friday", "DATE 1994-04-15"}}},
		// a diary's small hours after the evening it has just told are of the next day.
		{"Monday 9 December 1996\nCame on at nine last night to a full ward. Mrs Aldous pulled her drip out at 2.40 and again just before 4. Handed over at 7.30 this morning.\n", time.Date(2017, 10, 12, 0, 0, 0, 0, time.UTC),
			[]want{{"Monday 9 December 1996", "DATE 1996-12-09"}, {"nine last night", "TIME 1996-12-08T21:00"}, {"2.40", "TIME 1996-12-09T02:40"}, {"4", "TIME 1996-12-09T04:00"}, {"7.30 this morning", "TIME 1996-12-09T07:30"}}},
		// a blog's entries written up more than a week later are of their own days, its byline's
		// date notwithstanding.
		{"Four Days on The Canadian\n\nPosted October 22, 2018\n\nMy notes from the train, typed up as I wrote them.\n\nTuesday, Oct. 9 — Toronto\nBy noon we are past the suburbs.\n\nWednesday, Oct. 10 — Sioux Lookout\nI wake at 5:40. The dome car is quiet this morning.\n", time.Date(2018, 10, 22, 0, 0, 0, 0, time.UTC),
			[]want{{"October 22, 2018", "DATE 2018-10-22"}, {"Tuesday, Oct. 9", "DATE 2018-10-09"}, {"noon", "TIME 2018-10-09T12:00"}, {"Wednesday, Oct. 10", "DATE 2018-10-10"}, {"5:40", "TIME 2018-10-10T05:40"}, {"this morning", "TIME 2018-10-10TMO"}}},
		// a live blog's entries are headed by their times on lines of their own, latest first.
		{"Tidal surge live\n\nThursday 5 December 2013\n\n21.40\nThat is where we will pause.\n\n20.55\nPolice say 9,000 homes have been evacuated.\n", time.Date(2013, 12, 5, 0, 0, 0, 0, time.UTC),
			[]want{{"Thursday 5 December 2013", "DATE 2013-12-05"}, {"21.40", "TIME 2013-12-05T21:40"}, {"20.55", "TIME 2013-12-05T20:55"}}},
		// a byline's date, the DCT written out, makes the text news: a year of long ago it tells
		// does not take its weekdays.
		{"Peg Ellison is calling it a career\n\nBy Jonah Feld | Feb. 19, 2026\n\nShe won her first race in 1982, when she was 29. On Tuesday, at a union hall, she announced that she will not run this fall.\n", time.Date(2026, 2, 19, 0, 0, 0, 0, time.UTC),
			[]want{{"Feb. 19, 2026", "DATE 2026-02-19"}, {"1982", "DATE 1982"}, {"Tuesday", "DATE 2026-02-17"}, {"this fall", "DATE 2026-FA"}}},
		// a day of long ago told after "after", or after an anniversary's "a century ago today",
		// is the story's: its days' headings take its year.
		{"The siege, 1811\n\nFrench columns appeared shortly after eleven in the morning on Saturday, 4 May 1811.\n\n6–8 May. For three days the batteries fired.\n", time.Date(2016, 6, 14, 0, 0, 0, 0, time.UTC),
			[]want{{"1811", "DATE 1811"}, {"eleven in the morning on Saturday, 4 May 1811", "TIME 1811-05-04T11:00"}, {"6", "DATE 1811-05-06"}, {"8 May", "DATE 1811-05-08"}, {"three days", "DURATION P3D"}}},
		{"Exactly a century ago today, on 3 April 1909, the party left Srinagar.\n\n3–14 April: the valley roads. Rowe’s diary for 9 April complains of snow.\n", time.Date(2009, 4, 3, 0, 0, 0, 0, time.UTC),
			[]want{{"a century ago today", "DATE 1909-04-03"}, {"3 April 1909", "DATE 1909-04-03"}, {"3", "DATE 1909-04-03"}, {"14 April", "DATE 1909-04-14"}, {"9 April", "DATE 1909-04-09"}}},
		// a day set off by commas takes the tense of the verb after it; a weekday in apposition
		// to a part of a day is that day.
		{"The siege of 1811 ended on 20 May 1811. The town still remembers it every May, and this year's procession, on Saturday, is expected to draw thousands.", time.Date(2016, 5, 4, 0, 0, 0, 0, time.UTC),
			[]want{{"1811", "DATE 1811"}, {"20 May 1811", "DATE 1811-05-20"}, {"every May", "SET XXXX-05"}, {"this year", "DATE 2016"}, {"Saturday", "DATE 2016-05-07"}}},
		{"Tuesday, July 14, 1925: Darrow objected to the prayer.\nThe next morning, Wednesday, Raulston denied the motion.\n", time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC),
			[]want{{"Tuesday, July 14, 1925", "DATE 1925-07-14"}, {"The next morning", "TIME 1925-07-15TMO"}, {"Wednesday", "DATE 1925-07-15"}}},
		// a day of the month alone after "the night of", or before "that", is of the month told.
		{"On 4 May 1811 the French arrived. The governor reported on the 7th that a breach was opening. On the night of the 18th the sappers cut the aqueduct.", time.Date(2016, 5, 4, 0, 0, 0, 0, time.UTC),
			[]want{{"4 May 1811", "DATE 1811-05-04"}, {"the 7th", "DATE 1811-05-07"}, {"the night of the 18th", "TIME 1811-05-18TNI"}}},
		// a fixture list's time of day ends its line: it is not of the next line's day.
		{"Fixtures ahead\nWednesday 21 August: Sussex v Worcestershire, Hove, 2pm\nSunday 25 August: Worcestershire v Scotland, New Road, 1.40pm\n", time.Date(2013, 8, 19, 0, 0, 0, 0, time.UTC),
			[]want{{"Wednesday 21 August", "DATE 2013-08-21"}, {"2pm", "TIME 2013-08-21T14:00"}, {"Sunday 25 August", "DATE 2013-08-25"}, {"1.40pm", "TIME 2013-08-25T13:40"}}},
		// a year written short is the one written out before with its digits.
		{"I started at the mill on Saturday 1 September 1951 and stayed until 1977. We knew something was up in the spring of '77.", fri,
			[]want{{"Saturday 1 September 1951", "DATE 1951-09-01"}, {"1977", "DATE 1977"}, {"the spring of '77", "DATE 1977-SP"}}},
		// a log's lines open with the hour on a 24-hour clock, with a leading zero or, under a
		// dated heading, without one.
		{"Sunday 12 June 2016\n0400 Wind backed W 5.\n1600 Pod of common dolphins alongside.\n2000 Wind W 4.\n", fri,
			[]want{{"Sunday 12 June 2016", "DATE 2016-06-12"}, {"0400", "TIME 2016-06-12T04:00"}, {"1600", "TIME 2016-06-12T16:00"}, {"2000", "TIME 2016-06-12T20:00"}}},
		{"1600 Queen Elizabeth charters the East India Company.\n1602 The Dutch follow.\n", fri,
			[]want{{"1600", "DATE 1600"}, {"1602", "DATE 1602"}}},
		// a story's bare hour after its afternoon, told sentences before, is of the evening.
		{"Rapid Creek flooded on the night of June 9, 1972.\n\nIt started raining that afternoon, and it just didn’t quit. We didn’t think anything of it. It was a Friday. Mom said no to the drive-in, and I sulked in my room.\n\nAround ten o’clock Dad was listening to the radio.", fri,
			[]want{{"the night of June 9, 1972", "TIME 1972-06-09TNI"}, {"that afternoon", "TIME 1972-06-09TAF"}, {"Friday", "DATE 1972-06-09"}, {"Around ten o’clock", "TIME 1972-06-09T22:00 APPROX"}}},
		// a time of day on a holiday is of that day.
		{"Carols will end at 3pm on Christmas Eve.", fri,
			[]want{{"3pm on Christmas Eve", "TIME 2013-12-24T15:00"}}},
		// a text of no figures that opens a paragraph on "It is Thursday" is a story that never
		// tells its year.
		{"It is Thursday, and the rain has not stopped since Tuesday night. Tomorrow she will ring the school.", fri,
			[]want{{"Thursday", "DATE XXXX-WXX-4"}, {"Tuesday night", "TIME XXXX-WXX-2TNI"}, {"Tomorrow", "DATE XXXX-WXX-5"}}},
		// "Saturday the 6th" sentences after "that August" of a story's year is of that August
		// when the 6th was a Saturday.
		{"Every family has its golden year, and ours was the summer of 1994. I was nine, and Dad had been made redundant that March.\n\n" + "So that August we went to Cornwall for a month. Not a week, the way the other families on our road did, but a whole month: a static caravan above Polzeath, " + "rented from a farmer called Mr Trebilcock, who charged Dad £40 a week and threw in the eggs. We left Reading on Saturday the 6th.", fri,
			[]want{{"the summer of 1994", "DATE 1994-SU"}, {"that March", "DATE 1994-03"}, {"that August", "DATE 1994-08"}, {"a month", "DURATION P1M"}, {"a week", "DURATION P1W"}, {"a whole month", "DURATION P1M"}, {"a week", "SET P1W"}, {"Saturday the 6th", "DATE 1994-08-06"}}},
		// a bare hour before an evening's hour in its sentence is of the evening too.
		{"Monday 4 February 2013\nMy sister brought my glasses at six and stayed until visiting ended at 8pm.", fri,
			[]want{{"Monday 4 February 2013", "DATE 2013-02-04"}, {"six", "TIME 2013-02-04T18:00"}, {"8pm", "TIME 2013-02-04T20:00"}}},
		// "the '20s" not yet come are of the century before; in a life told from long ago, a
		// decade is the one after the year it has reached.
		{"A night of jazz from the ’20s and ’30s.", fri,
			[]want{{"the ’20s", "DATE 192"}, {"’30s", "DATE 193"}}},
		{"She was born on 12 May 1938. By the late ’50s she was singing in clubs. In the spring of 1960 she recorded. The ’70s were lean.", fri,
			[]want{{"12 May 1938", "DATE 1938-05-12"}, {"the late ’50s", "DATE 195 END"}, {"the spring of 1960", "DATE 1960-SP"}, {"The ’70s", "DATE 197"}}},
		// a story's "last week" is of its day while it tells that day's year; once it has gone on
		// to later years it is the teller's.
		{"She was born on 12 May 1938 in Salford. She retired in 2001. She died last week.", fri,
			[]want{{"12 May 1938", "DATE 1938-05-12"}, {"2001", "DATE 2001"}, {"last week", "DATE 2013-W11"}}},
		{"On 12 May 1938 she wrote to her sister. She had seen him last week.", fri,
			[]want{{"12 May 1938", "DATE 1938-05-12"}, {"last week", "DATE 1938-W18"}}},
	})
}

// TestFeastsKeptAndFutureTitles: a feast kept every year on a day is of
// every year; "the future emperor Nero" and "the current there" are no
// times; "fortnightly" is every two weeks.
func TestFeastsKeptAndFutureTitles(t *testing.T) {
	check(t, "Cuthbert died on 20 March 687. His feast is kept on 20 March, and the city commemorates him annually on 4 September.", fri,
		[]want{{"20 March 687", "DATE 0687-03-20"}, {"20 March", "DATE XXXX-03-20"}, {"annually", "SET P1Y"}, {"4 September", "DATE XXXX-09-04"}})
	check(t, "She adopted the future emperor Nero. The current there would carry the ships. In the future, he said, the men would be paid fortnightly.", fri,
		[]want{{"the future", "DATE FUTURE_REF"}, {"fortnightly", "SET P2W"}})
}

// TestWholeDaysAndSeasonsAgo: "the whole day" lasts a day; "two summers
// ago" is a summer; "16-year-olds" are an age, a school's "first
// half-term" no half of the year, and a speaker's "(b. 1937)" no time of
// the story.
func TestWholeDaysAndSeasonsAgo(t *testing.T) {
	check(t, "We queued the whole day. The wreck was surveyed two summers ago. Three 16-year-olds sat the exam before the first half-term break.", time.Date(2018, 11, 23, 0, 0, 0, 0, time.UTC),
		[]want{{"the whole day", "DURATION P1D"}, {"two summers ago", "DATE 2016-SU"}})
	check(t, "[Recorded in March 2008.]\n\nDEREK POWELL (b. 1950): On Wednesday the tenth of July 1968 the river rose. MARGARET COLE (b. 1937): By Friday it was down.", time.Date(2013, 9, 1, 0, 0, 0, 0, time.UTC),
		[]want{{"March 2008", "DATE 2008-03"}, {"1950", "DATE 1950"}, {"Wednesday the tenth of July 1968", "DATE 1968-07-10"}, {"1937", "DATE 1937"}, {"Friday", "DATE 1968-07-12"}})
}

// TestDiaryLooksBack: a diary's look back to last year leaves its year
// where it is, and a feast heading its next entry comes after the last.
func TestDiaryLooksBack(t *testing.T) {
	check(t, "Thursday, 2 January 1936\nBack to work.\n\nMonday, 2 March\nMrs Porter says we did it in nine days last year.\n\nEaster Sunday\nAlbert came to chapel. We are to be engaged at Whitsun.", time.Date(2014, 5, 2, 0, 0, 0, 0, time.UTC),
		[]want{{"Thursday, 2 January 1936", "DATE 1936-01-02"}, {"Monday, 2 March", "DATE 1936-03-02"}, {"nine days", "DURATION P9D"}, {"last year", "DATE 1935"},
			{"Easter Sunday", "DATE 1936-04-12"}, {"Whitsun", "DATE 1936-05-31"}})
}

// TestPastVerbsOwnDay: a day a past verb tells of, weeks ahead of the DCT,
// is of the year before; one a plan was set for is not.
func TestPastVerbsOwnDay(t *testing.T) {
	check(t, "The treasurer, who resigned Nov. 3, was charged. A vote scheduled Nov. 8 was cancelled.", time.Date(2016, 9, 14, 0, 0, 0, 0, time.UTC),
		[]want{{"Nov. 3", "DATE 2015-11-03"}, {"Nov. 8", "DATE 2016-11-08"}})
}

// TestListsOfDaysAndHours: a list of a tour's days repeats the day told
// before and goes on from the last; a timeline's "15:00 - " entries are
// hours of the day heading them.
func TestListsOfDaysAndHours(t *testing.T) {
	check(t, "The tour opens in Dublin on September 28 and will end in Manchester.\n\nThe full dates are:\n\nSeptember 28 - Dublin\nSeptember 30 - Belfast\nJanuary 3 - Glasgow\n", time.Date(2023, 3, 2, 0, 0, 0, 0, time.UTC),
		[]want{{"September 28", "DATE 2023-09-28"}, {"September 28", "DATE 2023-09-28"}, {"September 30", "DATE 2023-09-30"}, {"January 3", "DATE 2024-01-03"}})
	// a heading's year is its section's: next year's term dates
	check(t, "The council published its term dates today.\n\nSpring term 2012\nSchools reopen on Tuesday 3 January. The February half-term is 13-17 February, and the term ends on Friday 30 March.", time.Date(2011, 5, 17, 0, 0, 0, 0, time.UTC),
		[]want{{"today", "DATE 2011-05-17"}, {"2012", "DATE 2012"}, {"Tuesday 3 January", "DATE 2012-01-03"}, {"13", "DATE 2012-02-13"}, {"17 February", "DATE 2012-02-17"}, {"Friday 30 March", "DATE 2012-03-30"}})
	// a line holding a range goes on from its first day
	check(t, "KEY DATES\nMay 23 to June 13 - Giro d'Italia\nJune 6 - US championship\nJuly 3-25 - Tour de France\nAug. 29 - World championship\n", time.Date(1993, 2, 18, 0, 0, 0, 0, time.UTC),
		[]want{{"May 23", "DATE 1993-05-23"}, {"June 13", "DATE 1993-06-13"}, {"June 6", "DATE 1993-06-06"}, {"July 3", "DATE 1993-07-03"}, {"25", "DATE 1993-07-25"}, {"Aug. 29", "DATE 1993-08-29"}})
	check(t, "Friday, September 18\n\n15:00 - Meteo-France places Gard on orange alert.\n\n21:30 - The prefecture urges residents to stay in.\n", time.Date(2020, 9, 21, 0, 0, 0, 0, time.UTC),
		[]want{{"Friday, September 18", "DATE 2020-09-18"}, {"15:00", "TIME 2020-09-18T15:00"}, {"21:30", "TIME 2020-09-18T21:30"}})
	// a timeline's hours heading their lines go on from the last, whatever day an entry told of
	check(t, "Tuesday, 14 March 2006\n\n10:00 a.m.\nDanny has highlighted a transfer, paid on 30 June 2003 to a company that did not exist until the day before.\n\n11:00 a.m.\nA grey Volvo waits.", time.Date(2009, 4, 2, 0, 0, 0, 0, time.UTC),
		[]want{{"Tuesday, 14 March 2006", "DATE 2006-03-14"}, {"10:00 a.m.", "TIME 2006-03-14T10:00"}, {"30 June 2003", "DATE 2003-06-30"}, {"the day before", "DATE 2003-06-29"}, {"11:00 a.m.", "TIME 2006-03-14T11:00"}})
	// but not from an entry told before the story told its year
	check(t, "Nights\n\n19:40\n\nIt is Friday, 14 March 2025, and Nadia is early.\n\n21:00\n\nMedication round.", time.Date(2026, 1, 20, 0, 0, 0, 0, time.UTC),
		[]want{{"19:40", "TIME XXXX-XX-XXT19:40"}, {"Friday, 14 March 2025", "DATE 2025-03-14"}, {"21:00", "TIME 2025-03-14T21:00"}})
	// the morning after a night it followed, news's timeline of the evening is of that night
	check(t, "Our reporters followed the count through Tuesday night. Here is how it unfolded. This summary was written this morning.\n\n6:40 p.m. Lines are still 40 deep.\n\n11:15 p.m. Ballots remain.\n\n12:08 a.m. Third update.", time.Date(2022, 11, 9, 0, 0, 0, 0, time.UTC),
		[]want{{"Tuesday night", "TIME 2022-11-08TNI"}, {"this morning", "TIME 2022-11-09TMO"}, {"6:40 p.m.", "TIME 2022-11-08T18:40"}, {"11:15 p.m.", "TIME 2022-11-08T23:15"}, {"12:08 a.m.", "TIME 2022-11-09T00:08"}})
}

// TestFallsAndCodes: "the fall in bad debts" is a decline and
// "EXT/1127/2013" a case's number; "the fall of 1998" is a season.
func TestFallsAndCodes(t *testing.T) {
	check(t, "He warned the fall in bad debts could not go on. In the fall of 1998 it rained. See Case No. EXT/1127/2013, filed 3/22/2013.", fri,
		[]want{{"the fall of 1998", "DATE 1998-FA"}, {"3/22/2013", "DATE 2013-03-22"}})
}

// TestOvernight: "overnight" before a past verb is the night before; its
// small hours are of the next day; "overnight losses" is a modifier.
func TestOvernight(t *testing.T) {
	check(t, "A fire in a plastics factory overnight killed 11 workers. It started at 2:15 a.m. Overnight losses mounted.", time.Date(2019, 2, 14, 0, 0, 0, 0, time.UTC),
		[]want{{"overnight", "TIME 2019-02-13TNI"}, {"2:15 a.m.", "TIME 2019-02-14T02:15"}})
	// a night's range goes on past midnight
	check(t, "The party ran from 10 p.m. until 2 a.m.", time.Date(2020, 8, 11, 0, 0, 0, 0, time.UTC),
		[]want{{"10 p.m.", "TIME 2020-08-11T22:00"}, {"2 a.m.", "TIME 2020-08-12T02:00"}})
	// one to come is tonight; "night-time" is no night
	check(t, "One appliance will remain at the site overnight. Closures at night-time continue.", time.Date(2013, 6, 20, 0, 0, 0, 0, time.UTC),
		[]want{{"overnight", "TIME 2013-06-20TNI"}})
}

// TestSlashDateByWeekday: the weekday before a slash date, or the diary
// heading before it, says whether its day or its month comes first.
func TestSlashDateByWeekday(t *testing.T) {
	check(t, "Issued: 11:00 Monday 03/04/2023. Filed Saturday, 03/04/2023.", time.Date(2023, 4, 3, 0, 0, 0, 0, time.UTC),
		[]want{{"11:00 Monday", "TIME 2023-04-03T11:00"}, {"03/04/2023", "DATE 2023-04-03"}, {"Saturday", "DATE 2023-03-04"}, {"03/04/2023", "DATE 2023-03-04"}})
	// so does a diary's last heading: the next follows it
	check(t, "Sat 31st July '99, St Ives\nWe got here at last.\n\n6/8/99\nThere is a boy at the surf hire place.", time.Date(1999, 8, 13, 0, 0, 0, 0, time.UTC),
		[]want{{"Sat 31st July '99", "DATE 1999-07-31"}, {"6/8/99", "DATE 1999-08-06"}})
}

// TestTwentyFourHourClock: a 24-hour time is one whatever comes before it
// ("a deadline of 15:00", "12:57 local time"); not a verse nor a race's
// seconds; AST is a zone.
func TestTwentyFourHourClock(t *testing.T) {
	check(t, "The hijackers set a deadline of 15:00. At 12:57 local time the plane left. John 3:16 says so; he won in 2:06:29. Aug. 26, 11 a.m. AST: the storm grew.", time.Date(1977, 10, 20, 0, 0, 0, 0, time.UTC),
		[]want{{"15:00", "TIME 1977-10-20T15:00"}, {"12:57", "TIME 1977-10-20T12:57"}, {"2:06:29", "DURATION PT2H6M29S"}, {"Aug. 26, 11 a.m. AST", "TIME 1977-08-26T11:00"}})
	// a time told to the second keeps its seconds
	check(t, "At 01:23:04 the test began; at 9:04:35 a.m. the ship blew up.", time.Date(1986, 4, 26, 0, 0, 0, 0, time.UTC),
		[]want{{"01:23:04", "TIME 1986-04-26T01:23:04"}, {"9:04:35 a.m.", "TIME 1986-04-26T09:04:35"}})
}

// TestChapterHeadedByItsDay: a chapter headed by a day of long ago tells
// that day as its present.
func TestChapterHeadedByItsDay(t *testing.T) {
	check(t, "Chapter Seven: Saturday, 30th July 1966\n\nKenny wakes early. Today is the day. Tonight there will be dancing, and tomorrow nobody will work.", time.Date(2015, 7, 28, 0, 0, 0, 0, time.UTC),
		[]want{{"Saturday, 30th July 1966", "DATE 1966-07-30"}, {"Today", "DATE 1966-07-30"}, {"Tonight", "TIME 1966-07-30TNI"}, {"tomorrow", "DATE 1966-07-31"}})
}

// TestTimelineDayHeadings: a timeline's entries under a new day's heading
// are of that day, not of the last entry's.
func TestTimelineDayHeadings(t *testing.T) {
	check(t, "Monday, April 26\n11:30 a.m. — Forecasters raise the risk.\n\nTuesday, April 27\n12:55 p.m. — A tornado watch is issued.\n", time.Date(2021, 4, 30, 0, 0, 0, 0, time.UTC),
		[]want{{"Monday, April 26", "DATE 2021-04-26"}, {"11:30 a.m.", "TIME 2021-04-26T11:30"}, {"Tuesday, April 27", "DATE 2021-04-27"}, {"12:55 p.m.", "TIME 2021-04-27T12:55"}})
	// a timeline's hours written with a point: "16.30: Roads close"
	check(t, "Saturday 15 February\n10.00: The Met Office issues an amber warning.\n16.30: Roads close.\n", time.Date(2020, 2, 17, 0, 0, 0, 0, time.UTC),
		[]want{{"Saturday 15 February", "DATE 2020-02-15"}, {"10.00", "TIME 2020-02-15T10:00"}, {"16.30", "TIME 2020-02-15T16:30"}})
	// told in the present, "By 10am" is of its heading's day; a year a
	// bound names ("since 2007") is no year of the headings
	check(t, "Sunday 25 November\nBy 10am, pumps are working in the town centre.\n\nMonday 26 November\nAt 1pm the agency issues its first severe warning since 2007.\n\nTuesday 27 November\nThe water begins to fall.\n", time.Date(2012, 11, 28, 0, 0, 0, 0, time.UTC),
		[]want{{"Sunday 25 November", "DATE 2012-11-25"}, {"10am", "TIME 2012-11-25T10:00"}, {"Monday 26 November", "DATE 2012-11-26"}, {"1pm", "TIME 2012-11-26T13:00"},
			{"2007", "DATE 2007"}, {"Tuesday 27 November", "DATE 2012-11-27"}})
}

// TestPresentCopulaSchedulesWeekdays: a weekday a present copula tells
// of is to come ("On Tuesday there is a bat walk"); one a past verb tells
// of is gone.
func TestPresentCopulaSchedulesWeekdays(t *testing.T) {
	check(t, "On Tuesday there is a dusk bat walk. There is a quiz on Wednesday. The walk on Monday was cancelled.", time.Date(2018, 10, 19, 0, 0, 0, 0, time.UTC),
		[]want{{"Tuesday", "DATE 2018-10-23"}, {"Wednesday", "DATE 2018-10-24"}, {"Monday", "DATE 2018-10-15"}})
	// a listing's "closed" is a state, not a past: its feast is to come
	check(t, "Leisure centre: closed on Christmas Day. The trail runs nightly (closed on Boxing Day).", time.Date(2023, 12, 20, 0, 0, 0, 0, time.UTC),
		[]want{{"Christmas Day", "DATE 2023-12-25"}, {"nightly", "SET P1D"}, {"Boxing Day", "DATE 2023-12-26"}})
}

// TestLettersOfTheNth: "Yours of the 2nd", "your letter of the 28th" are
// days of the letter's month, or of the month before; "till the 2nd", of
// the month after.
func TestLettersOfTheNth(t *testing.T) {
	check(t, "London, 14th March 1918\n\nDear Mother,\n\nYours of the 2nd came on Thursday. Your letter of the 28th arrived too.", time.Date(2016, 5, 20, 0, 0, 0, 0, time.UTC),
		[]want{{"14th March 1918", "DATE 1918-03-14"}, {"the 2nd", "DATE 1918-03-02"}, {"Thursday", "DATE 1918-03-14"}, {"the 28th", "DATE 1918-02-28"}})
	check(t, "7th March 1944\n\nDear Jean,\n\nThank you for yours of the 27th.", time.Date(2016, 5, 20, 0, 0, 0, 0, time.UTC),
		[]want{{"7th March 1944", "DATE 1944-03-07"}, {"the 27th", "DATE 1944-02-27"}})
	// a day alone may be written in words of two parts
	check(t, "London, 14th March 1918\n\nI am not due until the twenty-ninth.", time.Date(2016, 5, 20, 0, 0, 0, 0, time.UTC),
		[]want{{"14th March 1918", "DATE 1918-03-14"}, {"the twenty-ninth", "DATE 1918-03-29"}})
	// a day gone by in the letter's month, told ahead, is next month's; one told of is not
	check(t, "London, 14th March 1918\n\nWe are here till the 2nd, and I shall write again on the 9th. You will have read of the action of the 1st.", time.Date(2016, 5, 20, 0, 0, 0, 0, time.UTC),
		[]want{{"14th March 1918", "DATE 1918-03-14"}, {"the 2nd", "DATE 1918-04-02"}, {"the 9th", "DATE 1918-04-09"}, {"the 1st", "DATE 1918-03-01"}})
}

// TestEarlierAsLater: "five years earlier" measures, as "three days later"
// does; "a year earlier" is TimeBank's date.
func TestEarlierAsLater(t *testing.T) {
	check(t, "The passes had been opened eleven years earlier; six weeks earlier the army had rested. Sales fell from a year earlier.", fri,
		[]want{{"eleven years", "DURATION P11Y"}, {"six weeks", "DURATION P6W"}, {"a year earlier", "DATE 2012"}})
}

// TestHistoryHourOfNoDay: in a memoir's years an hour alone is an hour of
// a day it does not tell; news keeps "passed by ten" no time.
func TestHistoryHourOfNoDay(t *testing.T) {
	check(t, "I started at the exchange in 1951 and left in 1958, after the strike of 1956; my sister joined in 1953 and my father had worked there from 1922. The shift began at seven.", fri,
		[]want{{"1951", "DATE 1951"}, {"1958", "DATE 1958"}, {"1956", "DATE 1956"}, {"1953", "DATE 1953"}, {"1922", "DATE 1922"}, {"seven", "TIME XXXX-XX-XXT07:00"}})
	check(t, "The bill passed by ten on Tuesday, and the vote was won by ten.", fri,
		[]want{{"Tuesday", "DATE 2013-03-19"}})
}

// TestMonthOfALetter: "inst.", "ult." and "prox." count a day's month from
// the month a letter is written in.
func TestMonthOfALetter(t *testing.T) {
	check(t, "Camp Hope, 5th June 1854. We left on the 2nd inst. Your letter of the 28th ultimo came, and I shall write on the 3rd prox.", time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC),
		[]want{{"5th June 1854", "DATE 1854-06-05"}, {"the 2nd inst.", "DATE 1854-06-02"}, {"the 28th ultimo", "DATE 1854-05-28"}, {"the 3rd prox.", "DATE 1854-07-03"}})
}
