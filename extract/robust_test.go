package extract_test

import (
	"os"
	"strings"
	"testing"

	"github.com/cablesql/cablesql/extract"
)

// TestOddShapes runs the extractor over cut, capitalised and mangled
// versions of the test cables: ingest meets every shape in 251k cables and
// must not stop on one. Every row must still be well formed.
func TestOddShapes(t *testing.T) {
	var texts []string
	for _, f := range []string{"10STATE48213.txt", "10NAIROBI412.txt", "10BAKU287.txt", "05STATE176512.txt"} {
		texts = append(texts, string(mustRead(t, "testdata/"+f)))
	}
	texts = append(texts, seedText(t))
	var shapes []string
	for _, s := range texts {
		for cut := 1; cut < len(s); cut += len(s)/23 + 1 {
			shapes = append(shapes, s[:cut], s[cut:])
		}
		shapes = append(shapes, strings.ToUpper(s), strings.ToLower(s),
			strings.ReplaceAll(s, "\n", " "), strings.ReplaceAll(s, ".", ""), strings.ReplaceAll(s, ",", ""),
			strings.ReplaceAll(s, " ", "\n"), strings.Repeat(s[:len(s)/3], 3))
	}
	shapes = append(shapes, "", "(", ")", "1. (C)", "1. (C) (", "1. (C) In", "Kenya\n-----\n", "1. (C) -- KENYA:",
		"1. (C) Since the", "1. (C) the United States urged", "1. (C) Albania attended the \"", "1. (C) 's 's")
	for i, s := range shapes {
		acts := extract.Activities(cableFromText("X", seedDTG, s))
		for _, a := range acts {
			if a.ISO2 == "" || a.ISO2 == "US" || a.Action == "" || a.Sentence == "" || (a.DateFrom == "") != (a.DateTo == "") {
				t.Errorf("shape %d: bad row %+v", i, a)
			}
		}
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
