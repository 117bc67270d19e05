package ingest

import (
	"os"
	"strings"
	"testing"
	"time"
)

func TestParseWhen(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Mar 24, 2024 3:52 PM CDT", "2024-03-24T15:52:00-05:00"},
		{"10:04 AM EDT, March 24, 2024", "2024-03-24T10:04:00-04:00"},
		{"Sun 24 Mar 2024 15.52 GMT", "2024-03-24T15:52:00Z"},
		{"March 24, 2024", "2024-03-24T00:00:00Z"},
		{"24 March 2024 09:30 CET", "2024-03-24T09:30:00+01:00"},
		{"2024-03-24T15:52:00-05:00", "2024-03-24T15:52:00-05:00"},
		{"Mar. 24th, 2024 at 3:52 p.m. ET", "2024-03-24T15:52:00-04:00"},
		{"Jan 10, 2024 8:00 AM ET", "2024-01-10T08:00:00-05:00"},
	}
	for _, tt := range tests {
		got, ok := ParseTime(tt.in)
		if !ok || got.Format(time.RFC3339) != tt.want {
			t.Errorf("ParseTime(%q) = %s, %v; want %s", tt.in, got.Format(time.RFC3339), ok, tt.want)
		}
	}
	for _, in := range []string{"2024", "March 2024", "The attack happened on Friday", "Posted"} {
		if got, ok := ParseTime(in); ok {
			t.Errorf("ParseTime(%q) = %s, want no date", in, got)
		}
	}
}

func TestBylines(t *testing.T) {
	tests := []struct {
		name, header      string
		published, author string
		publisher         string
	}{
		{"newser", "By Bob Cronin,  Newser Staff\nPosted Mar 24, 2024 3:52 PM CDT", "2024-03-24T15:52:00-05:00", "Bob Cronin", "Newser"},
		{"cnn", "By Jane Doe, CNN\nPublished 10:04 AM EDT, March 24, 2024\nUpdated 11:30 AM EDT, March 24, 2024", "2024-03-24T10:04:00-04:00", "Jane Doe", "CNN"},
		{"pipe", "By Lena Ortiz | June 15, 2023", "2023-06-15T00:00:00Z", "Lena Ortiz", ""},
		{"updated only", "Updated: Jun 14, 2023 9:10 AM EDT", "2023-06-14T09:10:00-04:00", "", ""},
		{"date line", "March 24, 2024", "2024-03-24T00:00:00Z", "", ""},
		{"both on one line", "Published 9:00 AM BST 3 May 2022 | Updated 6:00 PM BST 3 May 2022", "2022-05-03T09:00:00+01:00", "", ""},
	}
	for _, tt := range tests {
		text := "A headline\n\n" + tt.header + "\n\nThe council met on Tuesday. It voted.\n"
		d, err := Parse(tt.name+".txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		if got := d.Published.Format(time.RFC3339); got != tt.published || d.Author != tt.author || d.Publisher != tt.publisher {
			t.Errorf("%s: published %s author %q publisher %q; want %s %q %q", tt.name, got, d.Author, d.Publisher, tt.published, tt.author, tt.publisher)
		}
		if d.Text != "The council met on Tuesday. It voted." {
			t.Errorf("%s: text %q still holds the byline", tt.name, d.Text)
		}
	}
}

func TestFurniture(t *testing.T) {
	furn := []string{
		"X", "Advertisement", "Share this article", "Sign up for our morning newsletter",
		"Get the news faster.", "Tap to install our app.", "Install the Daily Planet app",
		"2. Tap to Add to Home Screen.", "We use cookies to improve your experience",
		"In this photo taken from video released by the ministry on Sunday, a rescue worker examines the hall. (Ministry Press Service via AP)",
		"FILE - Police officers stand guard outside the court in 2021.",
		"(AP Photo/Evan Vucci)", "Story continues below advertisement", "© 2024 Example Media. All rights reserved.",
	}
	for _, l := range furn {
		if !furniture(l, false) {
			t.Errorf("%q is furniture", l)
		}
	}
	prose := []string{
		"The first of the four arrested suspects appeared in a district court on Sunday, per the AP.",
		"Police said the gunmen fled in a white car (AP).",
		"Get-out-the-vote groups knocked on 10,000 doors in the county last weekend, organizers said.",
		"Group considers Taliban rule of Afghanistan too soft",
		// A wire story on one line, closed by the desk's slug.
		"MOSCOW (AP)_ The mayor of Moscow has allocated funds to help build a museum in honor of the designer of the rifle, according to a news agency report Friday. " +
			"He designed the rifle in 1947, and it became famous for its reliability. Together with its derivatives, the rifle has been used by the police and armies " +
			"of 55 countries and by guerrillas around the globe. Seventy-five million copies of the rifle have been built since it entered production. (pvs/ji)",
	}
	for _, l := range prose {
		if furniture(l, false) {
			t.Errorf("%q is not furniture", l)
		}
	}
	if !furniture("in two easy steps:", true) || furniture("in two easy steps:", false) {
		t.Error("a lower-case line continues the furniture above it, and only then")
	}
}

// The seed: title, DCT and author from the header; the banner, caption,
// byline and "(More ... stories.)" gone; three prose paragraphs.
func TestSeed(t *testing.T) {
	d, err := ReadFile("testdata/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "What We Know About ISIS-K, Group Behind Moscow Attack" {
		t.Errorf("title %q", d.Title)
	}
	if got := d.Published.Format(time.RFC3339); got != "2024-03-24T15:52:00-05:00" {
		t.Errorf("published %s", got)
	}
	if d.Author != "Bob Cronin" || d.Publisher != "Newser" {
		t.Errorf("author %q publisher %q", d.Author, d.Publisher)
	}
	if len(d.Body) != 3 {
		t.Errorf("%d body paragraphs, want 3: %q", len(d.Body), d.Paragraphs())
	}
	for _, gone := range []string{"Tap", "Install", "In this photo", "via AP", "More Russia", "Posted", "Bob Cronin", "\nX\n"} {
		if strings.Contains(d.Text, gone) {
			t.Errorf("text still holds %q", gone)
		}
	}
	raw, _ := readRaw("testdata/seed.txt")
	for _, p := range strings.Split(d.Text, "\n\n") {
		if !strings.Contains(raw, p) {
			t.Errorf("paragraph %q is not a substring of the file", p)
		}
	}
	if !strings.HasSuffix(d.Text, "for pretrial motions, per the AP.") {
		t.Errorf("text ends %q", d.Text[len(d.Text)-60:])
	}
}

func TestMarkdown(t *testing.T) {
	md := "---\ntitle: Fire guts warehouse\ndate: 2023-06-11T08:30:00-04:00\nauthor: [Dev Raman, Ana Li]\npublisher: Harbor Weekly\nurl: https://example.org/fire\nretrieved: 2023-06-12\n---\n\n" +
		"# Fire guts warehouse\n\nA fire broke out at the **Harlow** warehouse on\nSaturday, the [fire department](https://example.org) said.\n\n![smoke](a.jpg)\n\n> \"It was huge,\" a witness said.\n\n```\ncode\n```\n"
	d, err := Parse("fire.md", []byte(md))
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "Fire guts warehouse" || d.Author != "Dev Raman, Ana Li" || d.Publisher != "Harbor Weekly" || d.URL != "https://example.org/fire" {
		t.Errorf("metadata: %+v", d)
	}
	if got := d.Published.Format(time.RFC3339); got != "2023-06-11T08:30:00-04:00" || d.Retrieved.IsZero() {
		t.Errorf("published %s retrieved %s", got, d.Retrieved)
	}
	want := []string{"A fire broke out at the Harlow warehouse on Saturday, the fire department said.", "\"It was huge,\" a witness said."}
	if got := d.Paragraphs(); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("paragraphs %q, want %q", got, want)
	}
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"empty.txt", "  \n\n", "empty.txt: the file is empty"},
		{"photo.txt", "\x89PNG\r\n\x1a\n\x00\x00", "photo.txt: this is an image (image/png), not text"},
		{"furniture.txt", "Headline\n\nAdvertisement\nShare this article\n", "furniture.txt: no article text"},
		{"shell.html", "<html><head><title>Live</title><script>load()</script></head><body><nav><a href=/>Home</a></nav></body></html>", "shell.html: no article text"},
		{"open.md", "---\ntitle: x\n\nText.\n", "open.md:1: the front matter opened with --- is never closed"},
		{"toml.md", "+++\ntitle = 'x'\n+++\nText.\n", "toml.md:1: TOML front matter"},
		{"baddate.md", "---\ndate: someday\n---\nThe text is here.\n", "baddate.md: front matter: date \"someday\" is not a date"},
	}
	for _, tt := range tests {
		_, err := Parse(tt.name, []byte(tt.data))
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want %q...", tt.name, err, tt.want)
		}
	}
}

func readRaw(name string) (string, error) {
	b, err := os.ReadFile(name)
	return string(b), err
}
