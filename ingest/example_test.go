package ingest_test

import (
	"bytes"
	"fmt"
	"log"

	"github.com/cablesql/cablesql"
	"github.com/cablesql/cablesql/ingest"
	"github.com/cablesql/cablesql/ingest/source"
)

// Read the bundled sample cable with package source and parse each
// document it holds into a cable.
func ExampleParse() {
	err := source.Read(cablesql.SampleName, bytes.NewReader(cablesql.Sample), func(d *source.Document, err error) error {
		if err != nil {
			return err // a cable that could not be read; returning it stops the reading
		}
		c, err := ingest.Parse(d)
		if err != nil {
			return err
		}
		fmt.Println("id:", c.ID)
		fmt.Println("dtg:", c.DTG)
		fmt.Println("classification:", c.Classification)
		fmt.Println("subject:", c.Subject)
		fmt.Println("paragraphs:", len(c.Paragraphs))
		return nil
	})
	if err != nil {
		log.Fatal(err)
	}
	// Output:
	// id: 09STATE111693
	// dtg: 2009-10-29T15:42Z
	// classification: CONFIDENTIAL
	// subject: MISSILE TECHNOLOGY CONTROL REGIME (MTCR): U.S.
	// paragraphs: 4
}

// Tags are split where glued (KNNPMNUC), and each is given its kind.
func ExampleParseTags() {
	for _, t := range ingest.ParseTags("PARM, MTCRE, KNNPMNUC, ETTC, OVIP (CLINTON, HILLARY), TU") {
		fmt.Println(t.Name, t.Kind)
	}
	// Output:
	// PARM subject
	// MTCRE organization
	// KNNP program
	// MNUC subject
	// ETTC subject
	// OVIP subject
	// CLINTON, HILLARY person
	// TU geo
}

// A reference without a year takes the citing cable's year.
func ExampleParseRefs() {
	fmt.Println(ingest.ParseRefs("A. STATE 112900 B. 08 BERLIN 1045", "09", "09STATE111693"))
	// Output:
	// [09STATE112900 08BERLIN1045]
}

// Lines are joined, and the telegram's comma-for-apostrophe and
// " ) "-for-dash are repaired.
func ExampleNormalizeText() {
	fmt.Println(ingest.NormalizeText("the MTCR,s partners and Cote d,Ivoire\nheld talks ) in both capi-\ntals"))
	// Output:
	// the MTCR's partners and Cote d'Ivoire held talks — in both capi-tals
}
