package source

import (
	"bufio"
	"strings"
	"testing"
)

func TestCablesCSVFieldLimit(t *testing.T) {
	body := "C O N F I D E N T I A L STATE 000111\n\nE.O. 12958: DECL: 10/29/2029\nTAGS: PREL\nSUBJECT: A \"QUOTED\" SUBJECT \\ WITH A BACKSLASH\n\n1. (C) Text.\n"
	escaped := strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(body)
	good := `"1","10/29/2009 15:42","09STATE111","Secretary of State","CONFIDENTIAL","","P 291542Z OCT 09","` + escaped + "\"\n"
	long := `"2","10/29/2009 15:42","09STATE112","Secretary of State","SECRET","","","` + strings.Repeat("word\n", 400) + "\"\n"
	var docs []*Document
	var errs []error
	err := readCablesCSVLimit("c.csv", bufio.NewReader(strings.NewReader(good+long+good)), 1000, func(d *Document, err error) error {
		if err != nil {
			errs = append(errs, err)
		} else {
			docs = append(docs, d)
		}
		return nil
	})
	if err != nil || len(docs) != 2 || len(errs) != 1 || errs[0].Error() != "c.csv:9: cables.csv field longer than 1000 bytes (a quote left open?)" {
		t.Errorf("field limit: %d docs, errors %v, %v", len(docs), errs, err)
	}
	if len(docs) == 2 && docs[1].Line != 410 {
		t.Errorf("row after the long one starts at line %d, want 410", docs[1].Line)
	}
}
