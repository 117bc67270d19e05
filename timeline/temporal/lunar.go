package temporal

import (
	"math"
	"time"
)

// lunarNewYear is the first day of the Chinese (lunar) year that begins in
// Gregorian year y: the second new moon after the one that opens the month
// holding the winter solstice, by days of China's time (UTC+8). (A leap
// month after the solstice, as in 2033, would make it the third; none
// falls from 1900 to 2032.)
func lunarNewYear(y int) (int, int) {
	solstice := chinaDay(decemberSolstice(y - 1))
	// the lunation of mid-December of year y-1, counted from the new moon
	// of 6 January 2000, and the one that opens the solstice's month
	k := math.Floor((float64(y)-1+11.5/12-2000)*12.3685) - 1
	for !chinaDay(newMoon(k + 1)).After(solstice) {
		k++
	}
	for chinaDay(newMoon(k)).After(solstice) {
		k--
	}
	d := chinaDay(newMoon(k + 2))
	return int(d.Month()), d.Day()
}

// chinaDay is the day of t in China's time.
func chinaDay(t time.Time) time.Time {
	t = t.Add(8 * time.Hour)
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// jd is the time of Julian day jd (in TT, which these centuries differ
// from UT by about a minute).
func jd(d float64) time.Time {
	days := math.Floor(d - 2451545.0)
	j2000 := time.Date(2000, 1, 1, 12, 0, 0, 0, time.UTC) // JD 2451545.0
	// (whole days apart: a Duration spans less than 300 years)
	return j2000.AddDate(0, 0, int(days)).Add(time.Duration((d - 2451545.0 - days) * 24 * float64(time.Hour)))
}

func rad(deg float64) float64 { return math.Mod(deg, 360) * math.Pi / 180 }

// newMoon is the time of new moon number k after that of 6 January 2000,
// by the mean lunation and its 25 largest periodic terms (J. Meeus,
// Astronomical Algorithms, ch. 49): to a minute or two.
func newMoon(k float64) time.Time {
	t := k / 1236.85
	jde := 2451550.09766 + 29.530588861*k + 0.00015437*t*t - 0.000000150*t*t*t + 0.00000000073*t*t*t*t
	e := 1 - 0.002516*t - 0.0000074*t*t
	m := rad(2.5534 + 29.10535670*k - 0.0000014*t*t - 0.00000011*t*t*t)
	mp := rad(201.5643 + 385.81693528*k + 0.0107582*t*t + 0.00001238*t*t*t - 0.000000058*t*t*t*t)
	f := rad(160.7108 + 390.67050284*k - 0.0016118*t*t - 0.00000227*t*t*t + 0.000000011*t*t*t*t)
	om := rad(124.7746 - 1.56375588*k + 0.0020672*t*t + 0.00000215*t*t*t)
	s := math.Sin
	jde += -0.40720*s(mp) + 0.17241*e*s(m) + 0.01608*s(2*mp) + 0.01039*s(2*f) +
		0.00739*e*s(mp-m) - 0.00514*e*s(mp+m) + 0.00208*e*e*s(2*m) - 0.00111*s(mp-2*f) -
		0.00057*s(mp+2*f) + 0.00056*e*s(2*mp+m) - 0.00042*s(3*mp) + 0.00042*e*s(m+2*f) +
		0.00038*e*s(m-2*f) - 0.00024*e*s(2*mp-m) - 0.00017*s(om) - 0.00007*s(mp+2*m) +
		0.00004*s(2*mp-2*f) + 0.00004*s(3*m) + 0.00003*s(mp+m-2*f) + 0.00003*s(2*mp+2*f) -
		0.00003*s(mp+m+2*f) + 0.00003*s(mp-m+2*f) - 0.00002*s(mp-m-2*f) - 0.00002*s(3*mp+m) +
		0.00002*s(4*mp)
	return jd(jde)
}

// decemberSolstice is the time of the December solstice of year y (Meeus,
// ch. 27, with the periodic terms of table 27.C): to a minute or so.
func decemberSolstice(y int) time.Time {
	yy := (float64(y) - 2000) / 1000
	jde0 := 2451900.05952 + 365242.74049*yy - 0.06223*yy*yy - 0.00823*yy*yy*yy + 0.00032*yy*yy*yy*yy
	t := (jde0 - 2451545.0) / 36525
	w := rad(35999.373*t - 2.47)
	dl := 1 + 0.0334*math.Cos(w) + 0.0007*math.Cos(2*w)
	s := 0.0
	for _, a := range solsticeTerms {
		s += a[0] * math.Cos(rad(a[1]+a[2]*t))
	}
	return jd(jde0 + 0.00001*s/dl)
}

// solsticeTerms are the periodic terms of an equinox or a solstice: A, B, C.
var solsticeTerms = [...][3]float64{
	{485, 324.96, 1934.136}, {203, 337.23, 32964.467}, {199, 342.08, 20.186}, {182, 27.85, 445267.112},
	{156, 73.14, 45036.886}, {136, 171.52, 22518.443}, {77, 222.54, 65928.934}, {74, 296.72, 3034.906},
	{70, 243.58, 9037.513}, {58, 119.81, 33718.147}, {52, 297.17, 150.678}, {50, 21.02, 2281.232},
	{45, 247.54, 29929.562}, {44, 325.15, 31555.956}, {29, 60.93, 4443.417}, {18, 155.12, 67555.328},
	{17, 288.79, 4562.452}, {16, 198.04, 62894.029}, {14, 199.76, 31436.921}, {12, 95.39, 14577.848},
	{12, 287.11, 31931.756}, {12, 320.81, 34777.259}, {9, 227.73, 1222.114}, {8, 15.45, 16859.074},
}
