package source

import "testing"

func TestDetect(t *testing.T) {
	tests := []struct {
		name, head, want string
	}{
		{"cable page", "<?xml version='1.0' encoding='utf-8' ?>\n<!DOCTYPE html PUBLIC>\n<html lang='en'>", FormatHTML},
		{"bare pre", "<pre>C O N F I D E N T I A L STATE 111693</pre>", FormatHTML},
		{"cables.csv", `"1","12/28/1966 18:48","66BUENOSAIRES2481","Embassy Buenos Aires"`, FormatCablesCSV},
		{"cables.csv, numbers bare", `1,12/28/1966 18:48,"66BUENOSAIRES2481"`, FormatCablesCSV},
		{"cables.csv with a header row", "\"id\",\"date\",\"refid\",\"origin\"\n\"1\",\"12/28/1966 18:48\",\"66X1\"", FormatCablesCSV},
		{"JSON lines", `{ "_id" : "04ANKARA348", "origin" : "Embassy Ankara"}`, FormatJSON},
		{"JSON array", "\n[{\"id\": 1}]", FormatJSON},
		{"JSONP", `cablegrab({"info":{}})`, FormatJSON},
		{"news site", "Celebrating 25 Years of Scoop\n\nCablegate: Missile Technology\n\nDE RUEHC", FormatNewsSite},
		{"cable text", "VZCZCXYZ0003\nPP RUEHWEB\n", FormatText},
		{"UTF-16 text", "\xff\xfeV\x00Z\x00C\x00Z\x00", FormatText},
		{"UTF-8 BOM", "\xef\xbb\xbfC O N F I D E N T I A L STATE 111693", FormatText},
		{"empty", " \n\t", ""},
		{"binary", "\x7fELF\x02\x01\x01\x00\x00\x00", ""},
		{"other markup", "<svg xmlns='x'/>", ""},
	}
	for _, tt := range tests {
		if got := Detect([]byte(tt.head)); got != tt.want {
			t.Errorf("%s: Detect = %q, want %q", tt.name, got, tt.want)
		}
	}
}
