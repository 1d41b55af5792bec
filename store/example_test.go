package store_test

import (
	"bytes"
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/cablesql/cablesql"
	"github.com/cablesql/cablesql/extract"
	"github.com/cablesql/cablesql/ingest"
	"github.com/cablesql/cablesql/ingest/source"
	"github.com/cablesql/cablesql/store"
)

// theSample reads and parses the bundled sample cable, as the ingest
// pipeline does for every file: source.Read, then ingest.Parse.
func theSample() *cablesql.Cable {
	var c *cablesql.Cable
	err := source.Read(cablesql.SampleName, bytes.NewReader(cablesql.Sample), func(d *source.Document, err error) error {
		if err != nil {
			return err
		}
		c, err = ingest.Parse(d)
		return err
	})
	if err != nil {
		log.Fatal(err)
	}
	return c
}

// tempStore opens a new store in a temporary directory; call the
// returned function to close it and remove the directory.
func tempStore(ctx context.Context) (*store.DB, func()) {
	dir, err := os.MkdirTemp("", "cablesql-example")
	if err != nil {
		log.Fatal(err)
	}
	// A path that does not exist yet becomes a new store with the
	// current schema.
	db, err := store.Open(ctx, filepath.Join(dir, "cables.db"), store.Options{})
	if err != nil {
		os.RemoveAll(dir)
		log.Fatal(err)
	}
	return db, func() {
		db.Close()
		os.RemoveAll(dir)
	}
}

// Open a new store, write the sample cable with the activities extracted
// from its prose, and query it with SQL.
func Example() {
	ctx := context.Background()
	db, done := tempStore(ctx)
	defer done()

	c := theSample()
	res, err := db.Put(ctx, c, extract.Activities(c))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("put:", res)

	var id, date, class, subject string
	err = db.SQL().QueryRowContext(ctx,
		"SELECT id, date, classification, subject FROM cables").Scan(&id, &date, &class, &subject)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(id, date, class)
	fmt.Println(subject)

	var event, from string
	err = db.SQL().QueryRowContext(ctx, `SELECT event, date_from FROM activities
		WHERE iso2 = 'AL' AND action = 'attended' AND date_from IS NOT NULL
		ORDER BY id LIMIT 1`).Scan(&event, &from)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("Albania attended:", event, from)
	// Output:
	// put: new
	// 09STATE111693 2009-10-29 CONFIDENTIAL
	// MISSILE TECHNOLOGY CONTROL REGIME (MTCR): U.S.
	// Albania attended: 10th International Export Control Conference 2009-06-01
}

// Put writes one cable in its own transaction; the same source written
// again changes nothing.
func ExampleDB_Put() {
	ctx := context.Background()
	db, done := tempStore(ctx)
	defer done()

	c := theSample()
	for range 2 {
		res, err := db.Put(ctx, c, nil)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(res)
	}
	// Output:
	// new
	// unchanged
}

// A Writer batches many cables into one transaction; nothing is visible
// to readers until Commit.
func ExampleDB_NewWriter() {
	ctx := context.Background()
	db, done := tempStore(ctx)
	defer done()

	w, err := db.NewWriter(ctx)
	if err != nil {
		log.Fatal(err)
	}
	defer w.Close()
	c := theSample()
	if _, err := w.Put(ctx, c, nil); err != nil {
		log.Fatal(err)
	}
	fmt.Println("pending:", w.Pending())
	if err := w.Commit(ctx); err != nil {
		log.Fatal(err)
	}

	var n int
	err = db.SQL().QueryRowContext(ctx,
		"SELECT count(*) FROM paragraphs WHERE cable_id = ?", c.ID).Scan(&n)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("paragraphs:", n)
	// Output:
	// pending: 1
	// paragraphs: 4
}

// Run a built-in saved query: load the catalogue, bind the parameters
// and execute its SQL.
func ExampleLoadQueryDirs() {
	ctx := context.Background()
	db, done := tempStore(ctx)
	defer done()
	if _, err := db.Put(ctx, theSample(), nil); err != nil {
		log.Fatal(err)
	}

	cat, err := store.LoadQueryDirs(store.QueryDir{Name: "queries", FS: cablesql.Queries(), Builtin: true})
	if err != nil {
		log.Fatal(err)
	}
	q, err := cat.Lookup("search")
	if err != nil {
		log.Fatal(err)
	}
	args, err := q.Bind(map[string]string{"q": "Tracker", "limit": "3"})
	if err != nil {
		log.Fatal(err)
	}
	rows, err := db.SQL().QueryContext(ctx, q.SQL, args...)
	if err != nil {
		log.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, date, snippet string
		var seq int
		var num, score any
		if err := rows.Scan(&id, &date, &seq, &num, &snippet, &score); err != nil {
			log.Fatal(err)
		}
		fmt.Println(id, date, "paragraph", seq)
	}
	if err := rows.Err(); err != nil {
		log.Fatal(err)
	}
	// Output:
	// 09STATE111693 2009-10-29 paragraph 3
}
