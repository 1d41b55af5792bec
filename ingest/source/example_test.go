package source_test

import (
	"bytes"
	"fmt"
	"log"

	"github.com/cablesql/cablesql"
	"github.com/cablesql/cablesql/ingest/source"
)

// Read the bundled sample, a news site's re-publication of a cable: the
// format is detected from the content, and fn is called once per cable.
func ExampleRead() {
	err := source.Read(cablesql.SampleName, bytes.NewReader(cablesql.Sample), func(d *source.Document, err error) error {
		if err != nil {
			return err // a cable that could not be read; returning it stops the reading
		}
		fmt.Println("format:", d.Format)
		fmt.Printf("where: %s:%d\n", d.Path, d.Line)
		fmt.Println("title:", d.Meta.Title)
		return nil
	})
	if err != nil {
		log.Fatal(err)
	}
	// Output:
	// format: newssite
	// where: sample/09STATE111693.scoop.txt:9
	// title: Missile Technology Control Regime (Mtcr): U.S.
}

// Detect names the format from a file's first bytes: "" for what
// cablesql does not read.
func ExampleDetect() {
	for _, head := range []string{
		`"1","12/28/1966 18:48","66BUENOSAIRES2481","Embassy Buenos Aires","UNCLASSIFIED","",...`,
		`<!DOCTYPE html><html><body><pre>...`,
		`{"id": "09STATE111693", "body": "..."}`,
		"C O N F I D E N T I A L STATE 111693\n",
		"\x00\x01\x02binary",
	} {
		fmt.Printf("%q\n", source.Detect([]byte(head)))
	}
	// Output:
	// "cablescsv"
	// "html"
	// "json"
	// "text"
	// ""
}
