package source

import (
	"strings"

	"github.com/cablesql/cablesql/internal/lazyre"
	"github.com/cablesql/cablesql/internal/textmatch"
)

// Dates as cables and their publishers write them: the month words of a
// DTG or a date line, the two-digit years of the cable era, and the
// publishers' time stamps turned into ISO 8601.

// isoStampRE matches a publisher's time stamp: "2008-10-14 20:08".
var isoStampRE = lazyre.New(`\b(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})`)

// isoStamp turns "2008-10-14 20:08" into "2008-10-14T20:08"; other
// forms are kept.
func isoStamp(s string) string {
	if m := isoStampRE.FindStringSubmatch(s); m != nil {
		return m[1] + "-" + m[2] + "-" + m[3] + "T" + m[4] + ":" + m[5]
	}
	return s
}

// csvDate turns cables.csv's "12/28/1966 18:48" into "1966-12-28T18:48";
// text of another form is returned trimmed. It reads what the
// expression ^(\d{1,2})/(\d{1,2})/(\d{4})[ T](\d{1,2}):(\d{2}) matches
// (anything after the minutes is ignored) by hand: it runs on every row.
func csvDate(s string) string {
	t := strings.TrimSpace(s)
	month, i, ok := digitRun(t, 0, 1, 2, "/")
	if !ok {
		return t
	}
	day, i, ok := digitRun(t, i, 1, 2, "/")
	if !ok {
		return t
	}
	year, i, ok := digitRun(t, i, 4, 4, " T")
	if !ok {
		return t
	}
	hour, i, ok := digitRun(t, i, 1, 2, ":")
	if !ok {
		return t
	}
	minute, _, ok := digitRun(t, i, 2, 2, "")
	if !ok {
		return t
	}
	return year + "-" + twoWide(month) + "-" + twoWide(day) + "T" + twoWide(hour) + ":" + minute
}

// digitRun reads least to most digits of s at i, then one byte of
// after (none when after is ""), and returns the digits and the index
// after them and that byte.
func digitRun(s string, i, least, most int, after string) (digits string, next int, ok bool) {
	j := i
	for j < len(s) && j-i < most && textmatch.IsDigit(s[j]) {
		j++
	}
	if j-i < least {
		return "", 0, false
	}
	if after == "" {
		return s[i:j], j, true
	}
	if j == len(s) || strings.IndexByte(after, s[j]) < 0 {
		return "", 0, false // a digit past most, or no separator
	}
	return s[i:j], j + 1, true
}

// twoWide pads one digit with a zero, as %02d does.
func twoWide(d string) string {
	if len(d) == 1 {
		return "0" + d
	}
	return d
}
