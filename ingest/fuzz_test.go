package ingest

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/cablesql/cablesql/ingest/source"
)

// FuzzRead feeds arbitrary bytes to the readers and the parser: they
// must not panic, and every error must name the file.
func FuzzRead(f *testing.F) {
	for _, p := range []string{"../testdata/09STATE111693.txt", "../sample/09STATE111693.scoop.txt",
		"testdata/corpus/csv/GavinMendelGleason+mapper/cables_sample.csv",
		"testdata/corpus/json/javiervegas+qwikileaks/public/json/cable.json",
		"testdata/corpus/html/avilaroman+Wikileaks-Mirror/cable/2007/03/07BANDARSERIBEGAWAN112.html"} {
		b := mustReadFile(&testing.T{}, p)
		f.Add(b)
		f.Add(b[:len(b)/3])
	}
	f.Add([]byte(`"1","1/1/2009 1:00","09X1","o","c","","","\`))
	f.Add([]byte("C O N F I D E N T I A L SECTION 01 OF\n\n¶1. (C)"))
	f.Fuzz(func(t *testing.T, b []byte) {
		err := source.Read("fuzz", bytes.NewReader(b), func(d *source.Document, err error) error {
			if err != nil {
				checkError(t, err)
				return nil
			}
			if _, err := Parse(d); err != nil {
				checkError(t, err)
			}
			return nil
		})
		if err != nil {
			t.Fatalf("Read returned %v", err)
		}
	})
}

func checkError(t *testing.T, err error) {
	var e *source.Error
	if !errors.As(err, &e) || !strings.HasPrefix(err.Error(), "fuzz") {
		t.Fatalf("error %q is not a file:line error", err)
	}
}
