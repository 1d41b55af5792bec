package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/cablesql/cablesql"
)

// PutResult says what Put did with a cable.
type PutResult int

// What Put did with a cable.
const (
	Unchanged PutResult = iota // the same source was already in the store
	New                        // the cable was not in the store
	Updated                    // the cable was merged with another source
)

func (r PutResult) String() string {
	switch r {
	case New:
		return "new"
	case Updated:
		return "merged"
	}
	return "unchanged"
}

// Put writes one cable with its activities in one transaction: all of it
// goes in or none of it does. When the store already holds the cable from
// the same source bytes, Put changes nothing and returns Unchanged. When it
// holds the cable from another source, the two are merged: fields the
// stored cable lacks are filled from c, the paragraphs (and the activities
// extracted from them) come from the more complete text, and both sources
// are recorded. To write many cables, a [Writer] batches them.
func (db *DB) Put(ctx context.Context, c *cablesql.Cable, acts []cablesql.Activity) (PutResult, error) {
	w, err := db.NewWriter(ctx)
	if err != nil {
		return Unchanged, fmt.Errorf("put cable %s: %w", c.ID, err)
	}
	defer w.Close()
	res, err := w.Put(ctx, c, acts)
	if err != nil {
		return Unchanged, err
	}
	if err := w.Commit(ctx); err != nil {
		return Unchanged, fmt.Errorf("put cable %s: %w", c.ID, err)
	}
	return res, nil
}

// moreComplete reports whether paragraphs a hold more text than b.
func moreComplete(a, b []cablesql.Paragraph) bool {
	n := func(ps []cablesql.Paragraph) (total int) {
		for _, p := range ps {
			total += len(p.Raw)
		}
		return total
	}
	return n(a) > n(b)
}

// querier is what getCable reads through: a *sql.Tx or a *sql.Conn.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

type storedCable struct {
	cablesql.Cable
	sources    []cablesql.Source
	activities []cablesql.Activity
}

// mergeCable fills the fields old lacks from c. The paragraphs of the
// result are old's; the caller chooses between the two texts.
func mergeCable(old *storedCable, c *cablesql.Cable) *cablesql.Cable {
	m := old.Cable
	fill := func(dst *string, src string) {
		if *dst == "" {
			*dst = src
		}
	}
	fill(&m.DTG, c.DTG)
	fill(&m.Precedence, c.Precedence)
	fill(&m.Classification, c.Classification)
	fill(&m.Station, c.Station)
	fill(&m.Origin, c.Origin)
	if m.Subject == "" || (m.SubjectSource != "subject" && c.SubjectSource == "subject" && c.Subject != "") {
		m.Subject, m.SubjectSource = c.Subject, c.SubjectSource
	}
	fill(&m.DeclassifyOn, c.DeclassifyOn)
	fill(&m.DeclassifyText, c.DeclassifyText)
	fill(&m.ClassifiedBy, c.ClassifiedBy)
	fill(&m.Reason, c.Reason)
	fill(&m.Signer, c.Signer)
	fill(&m.Created, c.Created)
	fill(&m.Released, c.Released)
	fill(&m.PublishedID, c.PublishedID)
	fill(&m.Header, c.Header)
	if len(m.Caveats) == 0 {
		m.Caveats = c.Caveats
	}
	if len(m.Tags) == 0 {
		m.Tags = c.Tags
	}
	m.Refs = unionStrings(m.Refs, c.Refs)
	if len(c.Body) > len(m.Body) {
		m.Body = c.Body
	}
	return &m
}

func unionStrings(a, b []string) []string {
	seen := make(map[string]bool, len(a)+len(b))
	var out []string
	for _, s := range append(append([]string{}, a...), b...) {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

func nullIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// getCable reads back a stored cable with its sources and activities, for
// merging. It returns cablesql.ErrNotFound when there is none.
func getCable(ctx context.Context, tx querier, id string) (*storedCable, error) {
	c, err := getCableRow(ctx, tx, id)
	if err != nil {
		return nil, err
	}
	for _, get := range []func(context.Context, querier, *storedCable) error{getTags, getRefs, getSources, getParagraphs, getActivities} {
		if err := get(ctx, tx, c); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// getCableRow reads the cables row of id. Its tags column, the TAGS
// line, is written from the tags (getTags).
func getCableRow(ctx context.Context, tx querier, id string) (*storedCable, error) {
	var c storedCable
	var caveats sql.NullString
	ns := make([]sql.NullString, 17)
	err := tx.QueryRowContext(ctx, `SELECT dtg, precedence, classification, caveats, station, origin, subject,
		subject_source, declassify_on, declassify_text, classified_by, reason, signer, created, released,
		header, body, published_id FROM cables WHERE id = ?`, id).Scan(&ns[0], &ns[1], &ns[2], &caveats, &ns[3], &ns[4], &ns[5],
		&ns[6], &ns[7], &ns[8], &ns[9], &ns[10], &ns[11], &ns[12], &ns[13], &ns[14], &ns[15], &ns[16])
	if errors.Is(err, sql.ErrNoRows) {
		return nil, cablesql.ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	c.ID = id
	for i, dst := range []*string{&c.DTG, &c.Precedence, &c.Classification, &c.Station, &c.Origin, &c.Subject,
		&c.SubjectSource, &c.DeclassifyOn, &c.DeclassifyText, &c.ClassifiedBy, &c.Reason, &c.Signer,
		&c.Created, &c.Released, &c.Header, &c.Body, &c.PublishedID} {
		*dst = ns[i].String
	}
	c.Caveats = strings.Fields(caveats.String)
	return &c, nil
}

// getTags reads the cable's tags with their kinds, in the order of its
// TAGS line: the writer inserts them in that order. The line itself
// cannot be split back into tags: a person tag holds a space ("CLINTON,
// HILLARY").
func getTags(ctx context.Context, tx querier, c *storedCable) error {
	return scanRows(ctx, tx, `SELECT tag, kind FROM cable_tags WHERE cable_id = ? ORDER BY rowid`, c.ID, func(r *sql.Rows) error {
		var t cablesql.Tag
		if err := r.Scan(&t.Name, &t.Kind); err != nil {
			return err
		}
		c.Tags = append(c.Tags, t)
		return nil
	})
}

// getRefs reads the cable's references.
func getRefs(ctx context.Context, tx querier, c *storedCable) error {
	return scanRows(ctx, tx, `SELECT ref_id FROM cable_refs WHERE cable_id = ?`, c.ID, func(r *sql.Rows) error {
		var s string
		if err := r.Scan(&s); err != nil {
			return err
		}
		c.Refs = append(c.Refs, s)
		return nil
	})
}

// getSources reads the files the cable was read from.
func getSources(ctx context.Context, tx querier, c *storedCable) error {
	return scanRows(ctx, tx, `SELECT path, format, sha256, coalesce(line, 0) FROM cable_sources WHERE cable_id = ?`, c.ID, func(r *sql.Rows) error {
		var s cablesql.Source
		if err := r.Scan(&s.Path, &s.Format, &s.SHA256, &s.Line); err != nil {
			return err
		}
		c.sources = append(c.sources, s)
		return nil
	})
}

// getParagraphs reads the cable's paragraphs in order.
func getParagraphs(ctx context.Context, tx querier, c *storedCable) error {
	return scanRows(ctx, tx, `SELECT seq, coalesce(num, 0), coalesce(marking, ''), text, raw FROM paragraphs WHERE cable_id = ? ORDER BY seq`, c.ID, func(r *sql.Rows) error {
		var p cablesql.Paragraph
		if err := r.Scan(&p.Seq, &p.Num, &p.Marking, &p.Text, &p.Raw); err != nil {
			return err
		}
		c.Paragraphs = append(c.Paragraphs, p)
		return nil
	})
}

// getActivities reads the cable's activities with their topics.
func getActivities(ctx context.Context, tx querier, c *storedCable) error {
	byID := map[int64]int{}
	if err := scanRows(ctx, tx, `SELECT a.id, a.iso2, a.country, a.action, coalesce(a.event, ''), coalesce(e.kind, ''),
		coalesce(a.date_from, ''), coalesce(a.date_to, ''), coalesce(a.date_text, ''), a.sentence, coalesce(a.paragraph, 0)
		FROM activities a LEFT JOIN events e ON e.id = a.event_id WHERE a.cable_id = ? ORDER BY a.id`, c.ID, func(r *sql.Rows) error {
		var a cablesql.Activity
		var aid int64
		if err := r.Scan(&aid, &a.ISO2, &a.Country, &a.Action, &a.Event, &a.EventKind, &a.DateFrom, &a.DateTo,
			&a.DateText, &a.Sentence, &a.Paragraph); err != nil {
			return err
		}
		byID[aid] = len(c.activities)
		c.activities = append(c.activities, a)
		return nil
	}); err != nil {
		return err
	}
	return scanRows(ctx, tx, `SELECT t.activity_id, t.topic FROM activity_topics t JOIN activities a ON a.id = t.activity_id
		WHERE a.cable_id = ? ORDER BY t.rowid`, c.ID, func(r *sql.Rows) error {
		var aid int64
		var topic string
		if err := r.Scan(&aid, &topic); err != nil {
			return err
		}
		if i, ok := byID[aid]; ok {
			c.activities[i].Topics = append(c.activities[i].Topics, topic)
		}
		return nil
	})
}

func scanRows(ctx context.Context, tx querier, query string, arg any, fn func(*sql.Rows) error) error {
	rows, err := tx.QueryContext(ctx, query, arg)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// PutCountries replaces the gazetteer in the store with countries.
func (db *DB) PutCountries(ctx context.Context, countries []cablesql.Country) (err error) {
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("put countries: %w", err)
	}
	defer func() {
		if err != nil {
			tx.Rollback()
		}
	}()
	if _, err := tx.ExecContext(ctx, `DELETE FROM country_names`); err != nil {
		return fmt.Errorf("put countries: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM countries`); err != nil {
		return fmt.Errorf("put countries: %w", err)
	}
	for _, c := range countries {
		if _, err := tx.ExecContext(ctx, `INSERT INTO countries(iso2, name, fips) VALUES (?, ?, ?)`,
			c.ISO2, c.Name, nullIfEmpty(c.FIPS)); err != nil {
			return fmt.Errorf("put country %s: %w", c.ISO2, err)
		}
		for kind, names := range map[string][]string{"alias": append([]string{c.Name}, c.Aliases...), "demonym": c.Demonyms, "gov": c.GovAbbr} {
			for _, n := range names {
				if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO country_names(iso2, name, kind) VALUES (?, ?, ?)`,
					c.ISO2, n, kind); err != nil {
					return fmt.Errorf("put country %s: %w", c.ISO2, err)
				}
			}
		}
	}
	return tx.Commit()
}
