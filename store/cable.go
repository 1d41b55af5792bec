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
		return "updated"
	}
	return "unchanged"
}

// Put writes one cable with its activities in one transaction: all of it
// goes in or none of it does. When the store already holds the cable from
// the same source bytes, Put changes nothing and returns Unchanged. When it
// holds the cable from another source, the two are merged: fields the
// stored cable lacks are filled from c, the paragraphs (and the activities
// extracted from them) come from the more complete text, and both sources
// are recorded.
func (db *DB) Put(ctx context.Context, c *cablesql.Cable, acts []cablesql.Activity) (res PutResult, err error) {
	if c.ID == "" {
		return Unchanged, errors.New("put cable: no reference id")
	}
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return Unchanged, fmt.Errorf("put cable %s: %w", c.ID, err)
	}
	defer func() {
		if err != nil {
			tx.Rollback()
		}
	}()
	res, err = putCable(ctx, tx, c, acts)
	if err != nil {
		return Unchanged, fmt.Errorf("put cable %s: %w", c.ID, err)
	}
	if err := tx.Commit(); err != nil {
		return Unchanged, fmt.Errorf("put cable %s: %w", c.ID, err)
	}
	return res, nil
}

func putCable(ctx context.Context, tx *sql.Tx, c *cablesql.Cable, acts []cablesql.Activity) (PutResult, error) {
	var seen int
	err := tx.QueryRowContext(ctx,
		`SELECT count(*) FROM cable_sources WHERE cable_id = ? AND sha256 = ?`,
		c.ID, c.Source.SHA256).Scan(&seen)
	if err != nil {
		return Unchanged, err
	}
	if seen > 0 {
		return Unchanged, nil
	}
	old, err := getCable(ctx, tx, c.ID)
	if errors.Is(err, cablesql.ErrNotFound) {
		if err := insertCable(ctx, tx, c); err != nil {
			return Unchanged, err
		}
		if err := insertParagraphs(ctx, tx, c.ID, c.Paragraphs); err != nil {
			return Unchanged, err
		}
		if err := insertActivities(ctx, tx, c.ID, acts); err != nil {
			return Unchanged, err
		}
		return New, insertSource(ctx, tx, c)
	}
	if err != nil {
		return Unchanged, err
	}
	merged := mergeCable(old, c)
	if _, err := tx.ExecContext(ctx, `DELETE FROM cables WHERE id = ?`, c.ID); err != nil {
		return Unchanged, err
	}
	// The delete cascaded to paragraphs, tags, refs, sources and activities:
	// the sources are re-inserted, the rest rewritten from the merge.
	if err := insertCable(ctx, tx, merged); err != nil {
		return Unchanged, err
	}
	for _, s := range old.sources {
		if _, err := tx.ExecContext(ctx,
			`INSERT INTO cable_sources(cable_id, path, format, sha256, line) VALUES (?, ?, ?, ?, ?)`,
			c.ID, s.Path, s.Format, s.SHA256, s.Line); err != nil {
			return Unchanged, err
		}
	}
	paras, keepActs := merged.Paragraphs, old.activities
	if moreComplete(c.Paragraphs, old.Paragraphs) {
		paras, keepActs = c.Paragraphs, acts
	}
	if err := insertParagraphs(ctx, tx, c.ID, paras); err != nil {
		return Unchanged, err
	}
	if err := insertActivities(ctx, tx, c.ID, keepActs); err != nil {
		return Unchanged, err
	}
	return Updated, insertSource(ctx, tx, c)
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

func insertCable(ctx context.Context, tx *sql.Tx, c *cablesql.Cable) error {
	tags := make([]string, len(c.Tags))
	for i, t := range c.Tags {
		tags[i] = t.Name
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO cables(id, dtg, precedence, classification, caveats, station, origin,
		subject, subject_source, tags, declassify_on, declassify_text, classified_by, reason, signer,
		created, released, header, body) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
		c.ID, nullIfEmpty(c.DTG), nullIfEmpty(c.Precedence), nullIfEmpty(c.Classification),
		nullIfEmpty(strings.Join(c.Caveats, " ")), nullIfEmpty(c.Station), nullIfEmpty(c.Origin),
		nullIfEmpty(c.Subject), nullIfEmpty(c.SubjectSource), nullIfEmpty(strings.Join(tags, " ")),
		nullIfEmpty(c.DeclassifyOn), nullIfEmpty(c.DeclassifyText), nullIfEmpty(c.ClassifiedBy),
		nullIfEmpty(c.Reason), nullIfEmpty(c.Signer), nullIfEmpty(c.Created), nullIfEmpty(c.Released),
		nullIfEmpty(c.Header), nullIfEmpty(c.Body))
	if err != nil {
		return err
	}
	for _, t := range c.Tags {
		if _, err := tx.ExecContext(ctx,
			`INSERT OR IGNORE INTO cable_tags(cable_id, tag, kind) VALUES (?, ?, ?)`, c.ID, t.Name, t.Kind); err != nil {
			return err
		}
	}
	for _, r := range c.Refs {
		if _, err := tx.ExecContext(ctx,
			`INSERT OR IGNORE INTO cable_refs(cable_id, ref_id) VALUES (?, ?)`, c.ID, r); err != nil {
			return err
		}
	}
	return nil
}

func insertSource(ctx context.Context, tx *sql.Tx, c *cablesql.Cable) error {
	_, err := tx.ExecContext(ctx,
		`INSERT OR IGNORE INTO cable_sources(cable_id, path, format, sha256, line) VALUES (?, ?, ?, ?, ?)`,
		c.ID, c.Source.Path, c.Source.Format, c.Source.SHA256, c.Source.Line)
	return err
}

func insertParagraphs(ctx context.Context, tx *sql.Tx, id string, ps []cablesql.Paragraph) error {
	for _, p := range ps {
		var num any
		if p.Num > 0 {
			num = p.Num
		}
		if _, err := tx.ExecContext(ctx,
			`INSERT INTO paragraphs(cable_id, seq, num, marking, text, raw) VALUES (?, ?, ?, ?, ?, ?)`,
			id, p.Seq, num, nullIfEmpty(p.Marking), p.Text, p.Raw); err != nil {
			return err
		}
	}
	return nil
}

func insertActivities(ctx context.Context, tx *sql.Tx, id string, acts []cablesql.Activity) error {
	for _, a := range acts {
		var eventID any
		if a.Event != "" {
			kind := a.EventKind
			if kind == "" {
				kind = "other"
			}
			if _, err := tx.ExecContext(ctx,
				`INSERT INTO events(name, kind) VALUES (?, ?) ON CONFLICT(name) DO NOTHING`, a.Event, kind); err != nil {
				return err
			}
			var eid int64
			if err := tx.QueryRowContext(ctx, `SELECT id FROM events WHERE name = ?`, a.Event).Scan(&eid); err != nil {
				return err
			}
			eventID = eid
		}
		r, err := tx.ExecContext(ctx, `INSERT INTO activities(cable_id, iso2, country, action, event_id, event,
			date_from, date_to, date_text, sentence, paragraph) VALUES (?,?,?,?,?,?,?,?,?,?,?)`,
			id, a.ISO2, a.Country, a.Action, eventID, nullIfEmpty(a.Event), nullIfEmpty(a.DateFrom),
			nullIfEmpty(a.DateTo), nullIfEmpty(a.DateText), a.Sentence, a.Paragraph)
		if err != nil {
			return err
		}
		aid, err := r.LastInsertId()
		if err != nil {
			return err
		}
		for _, t := range a.Topics {
			if _, err := tx.ExecContext(ctx,
				`INSERT OR IGNORE INTO activity_topics(activity_id, topic) VALUES (?, ?)`, aid, t); err != nil {
				return err
			}
		}
	}
	return nil
}

// getCable reads back a stored cable with its sources and activities, for
// merging. It returns cablesql.ErrNotFound when there is none.
func getCable(ctx context.Context, tx *sql.Tx, id string) (*storedCable, error) {
	var c storedCable
	var caveats, tags sql.NullString
	ns := make([]sql.NullString, 17)
	err := tx.QueryRowContext(ctx, `SELECT dtg, precedence, classification, caveats, station, origin, subject,
		subject_source, tags, declassify_on, declassify_text, classified_by, reason, signer, created, released,
		header, body FROM cables WHERE id = ?`, id).Scan(&ns[0], &ns[1], &ns[2], &caveats, &ns[3], &ns[4], &ns[5],
		&ns[6], &tags, &ns[7], &ns[8], &ns[9], &ns[10], &ns[11], &ns[12], &ns[13], &ns[14], &ns[15])
	if errors.Is(err, sql.ErrNoRows) {
		return nil, cablesql.ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	c.ID = id
	for i, dst := range []*string{&c.DTG, &c.Precedence, &c.Classification, &c.Station, &c.Origin, &c.Subject,
		&c.SubjectSource, &c.DeclassifyOn, &c.DeclassifyText, &c.ClassifiedBy, &c.Reason, &c.Signer,
		&c.Created, &c.Released, &c.Header, &c.Body} {
		*dst = ns[i].String
	}
	c.Caveats = strings.Fields(caveats.String)
	if err := scanRows(ctx, tx, `SELECT tag, kind FROM cable_tags WHERE cable_id = ? ORDER BY rowid`, id, func(r *sql.Rows) error {
		var t cablesql.Tag
		if err := r.Scan(&t.Name, &t.Kind); err != nil {
			return err
		}
		c.Tags = append(c.Tags, t)
		return nil
	}); err != nil {
		return nil, err
	}
	if tags.Valid && len(c.Tags) > 0 {
		// Keep the TAGS order of the cables row.
		kinds := map[string]string{}
		for _, t := range c.Tags {
			kinds[t.Name] = t.Kind
		}
		c.Tags = c.Tags[:0]
		for _, name := range strings.Fields(tags.String) {
			c.Tags = append(c.Tags, cablesql.Tag{Name: name, Kind: kinds[name]})
		}
	}
	if err := scanRows(ctx, tx, `SELECT ref_id FROM cable_refs WHERE cable_id = ?`, id, func(r *sql.Rows) error {
		var s string
		if err := r.Scan(&s); err != nil {
			return err
		}
		c.Refs = append(c.Refs, s)
		return nil
	}); err != nil {
		return nil, err
	}
	if err := scanRows(ctx, tx, `SELECT path, format, sha256, coalesce(line, 0) FROM cable_sources WHERE cable_id = ?`, id, func(r *sql.Rows) error {
		var s cablesql.Source
		if err := r.Scan(&s.Path, &s.Format, &s.SHA256, &s.Line); err != nil {
			return err
		}
		c.sources = append(c.sources, s)
		return nil
	}); err != nil {
		return nil, err
	}
	if err := scanRows(ctx, tx, `SELECT seq, coalesce(num, 0), coalesce(marking, ''), text, raw FROM paragraphs WHERE cable_id = ? ORDER BY seq`, id, func(r *sql.Rows) error {
		var p cablesql.Paragraph
		if err := r.Scan(&p.Seq, &p.Num, &p.Marking, &p.Text, &p.Raw); err != nil {
			return err
		}
		c.Paragraphs = append(c.Paragraphs, p)
		return nil
	}); err != nil {
		return nil, err
	}
	byID := map[int64]int{}
	if err := scanRows(ctx, tx, `SELECT a.id, a.iso2, a.country, a.action, coalesce(a.event, ''), coalesce(e.kind, ''),
		coalesce(a.date_from, ''), coalesce(a.date_to, ''), coalesce(a.date_text, ''), a.sentence, coalesce(a.paragraph, 0)
		FROM activities a LEFT JOIN events e ON e.id = a.event_id WHERE a.cable_id = ? ORDER BY a.id`, id, func(r *sql.Rows) error {
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
		return nil, err
	}
	if err := scanRows(ctx, tx, `SELECT t.activity_id, t.topic FROM activity_topics t JOIN activities a ON a.id = t.activity_id
		WHERE a.cable_id = ? ORDER BY t.rowid`, id, func(r *sql.Rows) error {
		var aid int64
		var topic string
		if err := r.Scan(&aid, &topic); err != nil {
			return err
		}
		if i, ok := byID[aid]; ok {
			c.activities[i].Topics = append(c.activities[i].Topics, topic)
		}
		return nil
	}); err != nil {
		return nil, err
	}
	return &c, nil
}

func scanRows(ctx context.Context, tx *sql.Tx, query string, arg any, fn func(*sql.Rows) error) error {
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
