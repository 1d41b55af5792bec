package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/cablesql/cablesql"
	"modernc.org/sqlite"
)

// ErrBatchLost is returned (wrapped) by [Writer.Put] and [Writer.Commit]
// when the open transaction was rolled back as a whole, as SQLite does on
// a full disk or an I/O error: every cable put since the last commit is
// gone, not just the one that failed.
var ErrBatchLost = errors.New("transaction rolled back: the uncommitted cables were not written")

// Writer writes cables in batched transactions on a connection of its
// own, with prepared statements. A cable that fails in [Writer.Put] is
// taken out again while the rest of the batch stays: a new cable's rows
// are deleted (undo), a merge rolls back to its savepoint.
// [Writer.Commit] makes the batch durable. A committed batch holds whole
// cables only: each with its paragraphs, tags, references, sources,
// activities and full-text rows.
//
// The full-text rows of a batch are written just before it commits, not
// cable by cable: FTS5 writes its pending terms to disk at every savepoint
// of a transaction it takes part in, which would make a tiny index
// segment per cable and spend most of the ingest merging them. One
// statement indexes them all, reading the text back from paragraphs: the
// writer numbers the paragraphs itself, so the rows of the batch are a
// range of rowids.
//
// The caller decides how many cables go in a batch (a few hundred, or
// what arrived in the last second): bigger batches are faster, and an
// interrupted run loses at most the uncommitted batch. A Writer is not
// safe for concurrent use; SQLite has one writer at a time.
type Writer struct {
	conn    *sql.Conn
	stmts   []*sql.Stmt // every prepared statement, for Close
	st      writerStmts
	inTx    bool
	pending int

	// events caches the event each name stands for. Names first met by
	// the current cable are listed in newEvents, and the keys of the
	// events it inserted in newKeys, to forget if it is taken out.
	events    map[string]eventRef
	newEvents []string
	newKeys   []string // the eventKeys the current cable added
	// eventKeys maps cablesql.EventKey of every event in the store to its
	// id and name, read when first needed, so that another spelling of an
	// event stored before is that event.
	eventKeys map[string]eventRef

	// nextRowid is the rowid of the next paragraph, counted from the
	// greatest in the store when the batch began; the paragraphs from
	// rowid unindexed on are not in the full-text index yet.
	nextRowid, unindexed int64

	// insertTrigger is the SQL of the paragraphs insert trigger the open
	// batch dropped, to restore before it commits ("" when none).
	insertTrigger string

	// args is the argument list of multi-row inserts, reused.
	args []any

	// rolledBack is set when SQLite rolls the open transaction back, as
	// it may on its own after an error (a full disk, an I/O error).
	// takeOut reads it after a failed put.
	rolledBack bool

	// broken is why the connection's transaction state is unknown: a
	// ROLLBACK after a lost batch failed, so the batch may still be open
	// and no later one may begin on this connection.
	broken error
}

// writerStmts are the statements of the write path, prepared once.
type writerStmts struct {
	known, delete, lastRowid *sql.Stmt
	deleteEvent              *sql.Stmt
	cable, ref, source, fts  *sql.Stmt
	event, activity, topic   *sql.Stmt
	tags, paragraphs         multiRowInsert
}

// The SQL of the write path, prepared by NewWriter.
const (
	// knownSQL: is the cable in the store, and from these source bytes?
	knownSQL = `SELECT EXISTS (SELECT 1 FROM cables WHERE id = ?1),
		EXISTS (SELECT 1 FROM cable_sources WHERE cable_id = ?1 AND sha256 = ?2)`
	deleteSQL      = `DELETE FROM cables WHERE id = ?`
	deleteEventSQL = `DELETE FROM events WHERE id = ?`
	cableSQL       = `INSERT INTO cables(id, dtg, precedence, classification, caveats, station, origin,
		subject, subject_source, tags, declassify_on, declassify_text, classified_by, reason, signer,
		created, released, header, body, published_id, date) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`
	refSQL       = `INSERT OR IGNORE INTO cable_refs(cable_id, ref_id) VALUES (?, ?)`
	sourceSQL    = `INSERT OR IGNORE INTO cable_sources(cable_id, path, format, sha256, line) VALUES (?, ?, ?, ?, ?)`
	lastRowidSQL = `SELECT max(rowid) FROM paragraphs`
	ftsSQL       = `INSERT INTO paragraphs_fts(rowid, text) SELECT rowid, text FROM paragraphs WHERE rowid >= ? AND rowid < ?`
	eventsSQL    = `SELECT id, name FROM events`
	eventSQL     = `INSERT INTO events(name, kind) VALUES (?, ?)`
	activitySQL  = `INSERT INTO activities(cable_id, iso2, country, action, event_id, event,
		date_from, date_to, date_text, sentence, paragraph) VALUES (?,?,?,?,?,?,?,?,?,?,?)`
	topicSQL = `INSERT OR IGNORE INTO activity_topics(activity_id, topic) VALUES (?, ?)`
)

// writerPragmas tune the writer's connection, and resetPragmas put it
// back as the DSN left it before it returns to the pool:
//   - a 16 MB page cache, for the index pages that random reference ids
//     touch (SQLite's allocator here rounds a 4 KB page up to 8 KB, so it
//     costs about 32 MB of RSS). 24 MB read 40% fewer pages on 12,000
//     cables, but once the extractor found four times the activities it
//     took the peak RSS of an ingest of the corpus to 160 MB, over the
//     150 MB budget; 16 MB kept it about 135 MB then (105-120 MB since);
//   - the savepoints' journal in memory, not in a temporary file;
//   - a checkpoint every walCheckpointBytes of WAL rather than every 1000
//     pages, which copies the pages every batch changes (index and FTS
//     pages) fewer times; set in pages, so from the store's page size.
//
// https://sqlite.org/pragma.html#pragma_cache_size
var (
	writerPragmas = []string{"PRAGMA cache_size = -16384", "PRAGMA temp_store = MEMORY"}
	resetPragmas  = []string{"PRAGMA cache_size = -2000", "PRAGMA temp_store = DEFAULT", "PRAGMA wal_autocheckpoint = 1000"}
)

// walCheckpointBytes is how much WAL the writer lets grow before a
// checkpoint copies it into the store.
const walCheckpointBytes = 64 << 20

// NewWriter takes a connection from the pool for writing and prepares the
// statements of the write path. Close returns the connection.
func (db *DB) NewWriter(ctx context.Context) (*Writer, error) {
	if db.ReadOnly {
		return nil, errors.New("new writer: the store is open read-only")
	}
	conn, err := db.db.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("new writer: %w", err)
	}
	w := &Writer{conn: conn, events: map[string]eventRef{}}
	w.st.tags = multiRowInsert{conn: conn, insert: `INSERT OR IGNORE INTO cable_tags(cable_id, tag, kind) VALUES `, row: "(?, ?, ?)"}
	w.st.paragraphs = multiRowInsert{conn: conn,
		insert: `INSERT INTO paragraphs(rowid, cable_id, seq, num, marking, text, raw) VALUES `, row: "(?, ?, ?, ?, ?, ?, ?)"}
	// Settings of this connection only, undone by Close.
	var pageSize int
	if err := conn.QueryRowContext(ctx, "PRAGMA page_size").Scan(&pageSize); err != nil || pageSize <= 0 {
		w.Close()
		return nil, fmt.Errorf("new writer: page size %d: %v", pageSize, err)
	}
	// PRAGMA takes no bound parameters; the number is ours.
	checkpoint := fmt.Sprintf("PRAGMA wal_autocheckpoint = %d", walCheckpointBytes/pageSize)
	for _, pragma := range append(slices.Clip(writerPragmas), checkpoint) {
		if _, err := conn.ExecContext(ctx, pragma); err != nil {
			w.Close()
			return nil, fmt.Errorf("new writer: %s: %w", pragma, err)
		}
	}
	if err := w.watchRollbacks(func() { w.rolledBack = true }); err != nil {
		w.Close()
		return nil, fmt.Errorf("new writer: %w", err)
	}
	for _, p := range []struct {
		dst **sql.Stmt
		sql string
	}{
		{&w.st.known, knownSQL}, {&w.st.delete, deleteSQL},
		{&w.st.lastRowid, lastRowidSQL}, {&w.st.cable, cableSQL}, {&w.st.ref, refSQL},
		{&w.st.source, sourceSQL}, {&w.st.fts, ftsSQL},
		{&w.st.event, eventSQL}, {&w.st.deleteEvent, deleteEventSQL},
		{&w.st.activity, activitySQL}, {&w.st.topic, topicSQL},
	} {
		s, err := conn.PrepareContext(ctx, p.sql)
		if err != nil {
			w.Close()
			return nil, fmt.Errorf("new writer: prepare %.40q: %w", p.sql, err)
		}
		*p.dst = s
		w.stmts = append(w.stmts, s)
	}
	return w, nil
}

// watchRollbacks has fn called whenever SQLite rolls back a transaction
// of the writer's connection (nil: no more).
func (w *Writer) watchRollbacks(fn func()) error {
	return w.conn.Raw(func(dc any) error {
		h, ok := dc.(sqlite.HookRegisterer)
		if !ok {
			return fmt.Errorf("the driver's connection (%T) has no rollback hook", dc)
		}
		h.RegisterRollbackHook(fn)
		return nil
	})
}

// Pending is the number of cables put since the last commit.
func (w *Writer) Pending() int { return w.pending }

// exec runs one statement of the script that frames transactions.
func (w *Writer) exec(ctx context.Context, query string) error {
	_, err := w.conn.ExecContext(ctx, query)
	return err
}

// Put writes one cable with its activities inside the open batch,
// beginning one when none is open, with the semantics of [DB.Put]: new,
// merged with another source of the same id (also one put earlier in the
// same batch), or unchanged. A cable that fails leaves nothing behind and
// the batch goes on, unless the error wraps ErrBatchLost.
func (w *Writer) Put(ctx context.Context, c *cablesql.Cable, acts []cablesql.Activity) (PutResult, error) {
	if c.ID == "" {
		return Unchanged, errors.New("put cable: no reference id")
	}
	if err := ctx.Err(); err != nil {
		return Unchanged, err
	}
	// modernc.org/sqlite watches a cancellable context with a goroutine
	// per statement; a cable is short, so cancellation is checked above
	// and the statements run without it.
	ctx = context.WithoutCancel(ctx)
	if !w.inTx {
		if err := w.begin(ctx); err != nil {
			return Unchanged, fmt.Errorf("put cable %s: begin: %w", c.ID, err)
		}
	}
	var exists, seen bool
	if err := w.st.known.QueryRowContext(ctx, c.ID, c.Source.SHA256).Scan(&exists, &seen); err != nil {
		return Unchanged, fmt.Errorf("put cable %s: %w", c.ID, err)
	}
	if seen {
		w.pending++
		return Unchanged, nil
	}
	w.newEvents, w.newKeys = w.newEvents[:0], w.newKeys[:0]
	if exists {
		return w.putMerged(ctx, c, acts)
	}
	return w.putNew(ctx, c, acts)
}

// putNew writes a cable the store does not hold. It takes no savepoint:
// SQLite would copy every page the cable changes into the savepoint's
// journal first (a seventh of the writer's CPU), only to undo a failure
// that never comes. When a statement fails, undo takes out what the
// cable wrote, leaving the store as a rollback to a savepoint would.
func (w *Writer) putNew(ctx context.Context, c *cablesql.Cable, acts []cablesql.Activity) (PutResult, error) {
	start := w.nextRowid
	err := w.insertNew(ctx, c, acts)
	if err == nil {
		w.pending++
		return New, nil
	}
	return Unchanged, w.takeOut(ctx, fmt.Errorf("put cable %s: %w", c.ID, err), "undoing it", func() error {
		return w.undo(ctx, c.ID, start)
	})
}

// takeOut takes a cable whose put failed with err out of the batch, by
// undo (a new cable) or by its savepoint (a merge), and returns the error
// of its put. When SQLite rolled the whole transaction back on its own,
// as it may on a full disk or an I/O error (the rollback hook saw it),
// the cable is gone with the batch, and the error wraps ErrBatchLost; so
// it does when taking it out fails (how names that step in the error).
func (w *Writer) takeOut(ctx context.Context, err error, how string, fn func() error) error {
	if w.rolledBack {
		return w.lost(ctx, err)
	}
	if terr := fn(); terr != nil {
		return w.lost(ctx, fmt.Errorf("%w; %s: %w", err, how, terr))
	}
	return err
}

// undo takes out what the failed put of a new cable wrote: its rows
// (deleting the cables row deletes the rest), the events it added, its
// paragraphs' rowids from start on. Its paragraphs are indexed first, so
// that the delete trigger takes them out of the full-text index again.
// The rowids the store gives next are those it would give after a
// rollback: SQLite numbers a row one past the greatest.
func (w *Writer) undo(ctx context.Context, id string, start int64) error {
	var last sql.NullInt64
	if err := w.st.lastRowid.QueryRowContext(ctx).Scan(&last); err != nil {
		return err
	}
	w.nextRowid = max(w.nextRowid, last.Int64+1)
	if err := w.indexParagraphs(ctx); err != nil {
		return err
	}
	if _, err := w.st.delete.ExecContext(ctx, id); err != nil {
		return err
	}
	for _, key := range w.newKeys {
		if _, err := w.st.deleteEvent.ExecContext(ctx, w.eventKeys[key].id); err != nil {
			return err
		}
	}
	w.forgetEvents()
	w.nextRowid, w.unindexed = start, start
	return nil
}

// forgetEvents forgets the event names and keys the current cable added,
// whose rows are gone.
func (w *Writer) forgetEvents() {
	for _, name := range w.newEvents {
		delete(w.events, name)
	}
	for _, key := range w.newKeys {
		delete(w.eventKeys, key)
	}
}

// putMerged merges c with the stored cable of its id, inside a savepoint:
// a failure must bring the stored cable back, which undo cannot.
func (w *Writer) putMerged(ctx context.Context, c *cablesql.Cable, acts []cablesql.Activity) (PutResult, error) {
	// A merge deletes the old paragraphs' full-text rows, which must be
	// in the index by then, and outside the cable's savepoint.
	if err := w.indexParagraphs(ctx); err != nil {
		return Unchanged, w.lost(ctx, fmt.Errorf("put cable %s: %w", c.ID, err))
	}
	if err := w.exec(ctx, "SAVEPOINT cable"); err != nil {
		return Unchanged, w.lost(ctx, fmt.Errorf("put cable %s: %w", c.ID, err))
	}
	nextRowid := w.nextRowid
	if err := w.merge(ctx, c, acts); err != nil {
		return Unchanged, w.takeOut(ctx, fmt.Errorf("put cable %s: %w", c.ID, err), "rolling it back", func() error {
			w.forgetEvents()
			w.nextRowid = nextRowid
			if err := w.exec(ctx, "ROLLBACK TO cable"); err != nil {
				return err
			}
			return w.exec(ctx, "RELEASE cable")
		})
	}
	if err := w.exec(ctx, "RELEASE cable"); err != nil {
		return Unchanged, w.lost(ctx, fmt.Errorf("put cable %s: %w", c.ID, err))
	}
	w.pending++
	return Updated, nil
}

// begin opens a batch, and finds the rowid its paragraphs start from.
func (w *Writer) begin(ctx context.Context) error {
	if w.broken != nil {
		return fmt.Errorf("%w (%w)", w.broken, ErrBatchLost)
	}
	if err := w.exec(ctx, "BEGIN IMMEDIATE"); err != nil {
		return err
	}
	w.inTx, w.rolledBack = true, false
	var last sql.NullInt64
	if err := w.st.lastRowid.QueryRowContext(ctx).Scan(&last); err != nil {
		return w.lost(ctx, err)
	}
	if last.Int64 == math.MaxInt64 {
		return w.lost(ctx, errors.New("paragraph rowids exhausted"))
	}
	w.nextRowid = last.Int64 + 1
	w.unindexed = w.nextRowid
	// The insert trigger indexes a paragraph per statement; the batch
	// indexes its paragraphs itself (indexParagraphs). Dropped inside the
	// transaction, it is restored before the commit, so no other
	// connection sees the store without it.
	w.insertTrigger = ""
	var trig sql.NullString
	err := w.conn.QueryRowContext(ctx, `SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = 'paragraphs_ai'`).Scan(&trig)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return w.lost(ctx, err)
	}
	if trig.Valid {
		if err := w.exec(ctx, "DROP TRIGGER paragraphs_ai"); err != nil {
			return w.lost(ctx, err)
		}
		w.insertTrigger = trig.String
	}
	return nil
}

// lost ends the transaction after a failure that took the batch with it.
// A ROLLBACK that fails where SQLite had not rolled back on its own
// leaves the writer broken: its error is joined to err, and every later
// batch fails with it.
func (w *Writer) lost(ctx context.Context, err error) error {
	if w.inTx && !w.rolledBack {
		if rerr := w.exec(context.WithoutCancel(ctx), "ROLLBACK"); rerr != nil {
			w.broken = fmt.Errorf("roll back the lost batch: %w", rerr)
			err = fmt.Errorf("%w; %w", err, w.broken)
		}
	}
	w.inTx, w.pending = false, 0
	clear(w.events)
	w.eventKeys = nil
	return fmt.Errorf("%w (%w)", err, ErrBatchLost)
}

// Commit commits the open batch, if any. On failure the batch is rolled
// back and the error wraps ErrBatchLost.
func (w *Writer) Commit(ctx context.Context) error {
	if !w.inTx {
		return nil
	}
	ctx = context.WithoutCancel(ctx)
	if err := w.indexParagraphs(ctx); err != nil {
		return w.lost(ctx, fmt.Errorf("commit: %w", err))
	}
	if w.insertTrigger != "" {
		if err := w.exec(ctx, w.insertTrigger); err != nil {
			return w.lost(ctx, fmt.Errorf("commit: restore the insert trigger: %w", err))
		}
	}
	if err := w.exec(ctx, "COMMIT"); err != nil {
		return w.lost(ctx, fmt.Errorf("commit: %w", err))
	}
	w.inTx, w.pending = false, 0
	return nil
}

// Close rolls back what was not committed, and releases the statements
// and the connection.
func (w *Writer) Close() error {
	if w.inTx {
		w.exec(context.Background(), "ROLLBACK")
		w.inTx, w.pending = false, 0
	}
	for _, s := range w.stmts {
		s.Close()
	}
	w.st.tags.close()
	w.st.paragraphs.close()
	for _, pragma := range resetPragmas {
		w.conn.ExecContext(context.Background(), pragma)
	}
	w.watchRollbacks(nil)
	return w.conn.Close()
}

// insertNew writes c, which the store does not hold.
func (w *Writer) insertNew(ctx context.Context, c *cablesql.Cable, acts []cablesql.Activity) error {
	if err := w.insertCable(ctx, c); err != nil {
		return err
	}
	if err := w.insertParagraphs(ctx, c.ID, c.Paragraphs); err != nil {
		return err
	}
	if err := w.insertActivities(ctx, c.ID, acts); err != nil {
		return err
	}
	return w.insertSource(ctx, c.ID, c.Source)
}

// merge writes c merged with the stored cable of its id, inside the
// current savepoint.
func (w *Writer) merge(ctx context.Context, c *cablesql.Cable, acts []cablesql.Activity) error {
	old, err := getCable(ctx, w.conn, c.ID)
	if err != nil {
		return err
	}
	merged := mergeCable(old, c)
	// The delete cascades to paragraphs (and their full-text rows), tags,
	// refs, sources and activities: the sources are re-inserted, the rest
	// rewritten from the merge.
	if _, err := w.st.delete.ExecContext(ctx, c.ID); err != nil {
		return err
	}
	if err := w.insertCable(ctx, merged); err != nil {
		return err
	}
	for _, s := range old.sources {
		if err := w.insertSource(ctx, c.ID, s); err != nil {
			return err
		}
	}
	paras, keepActs := merged.Paragraphs, old.activities
	if moreComplete(c.Paragraphs, old.Paragraphs) {
		paras, keepActs = c.Paragraphs, acts
	}
	if err := w.insertParagraphs(ctx, c.ID, paras); err != nil {
		return err
	}
	if err := w.insertActivities(ctx, c.ID, keepActs); err != nil {
		return err
	}
	return w.insertSource(ctx, c.ID, c.Source)
}

func (w *Writer) insertCable(ctx context.Context, c *cablesql.Cable) error {
	tags := make([]string, len(c.Tags))
	for i, t := range c.Tags {
		tags[i] = t.Name
	}
	_, err := w.st.cable.ExecContext(ctx,
		c.ID, nullIfEmpty(c.DTG), nullIfEmpty(c.Precedence), nullIfEmpty(c.Classification),
		nullIfEmpty(strings.Join(c.Caveats, " ")), nullIfEmpty(c.Station), nullIfEmpty(c.Origin),
		nullIfEmpty(c.Subject), nullIfEmpty(c.SubjectSource), nullIfEmpty(strings.Join(tags, " ")),
		nullIfEmpty(c.DeclassifyOn), nullIfEmpty(c.DeclassifyText), nullIfEmpty(c.ClassifiedBy),
		nullIfEmpty(c.Reason), nullIfEmpty(c.Signer), nullIfEmpty(c.Created), nullIfEmpty(c.Released),
		nullIfEmpty(c.Header), nullIfEmpty(c.Body), nullIfEmpty(c.PublishedID), nullIfEmpty(cableDate(c)))
	if err != nil {
		return err
	}
	w.args = w.args[:0]
	for _, t := range c.Tags {
		w.args = append(w.args, c.ID, t.Name, t.Kind)
	}
	if err := w.st.tags.exec(ctx, w.args); err != nil {
		return err
	}
	for _, r := range c.Refs {
		if _, err := w.st.ref.ExecContext(ctx, c.ID, r); err != nil {
			return err
		}
	}
	return nil
}

func (w *Writer) insertSource(ctx context.Context, id string, s cablesql.Source) error {
	_, err := w.st.source.ExecContext(ctx, id, s.Path, s.Format, s.SHA256, s.Line)
	return err
}

// insertParagraphs writes ps under the next rowids of the batch.
func (w *Writer) insertParagraphs(ctx context.Context, id string, ps []cablesql.Paragraph) error {
	w.args = w.args[:0]
	for i, p := range ps {
		var num any
		if p.Num > 0 {
			num = p.Num
		}
		w.args = append(w.args, w.nextRowid+int64(i), id, p.Seq, num, nullIfEmpty(p.Marking), p.Text, p.Raw)
	}
	if err := w.st.paragraphs.exec(ctx, w.args); err != nil {
		return err
	}
	w.nextRowid += int64(len(ps))
	return nil
}

// indexParagraphs adds the paragraphs written since the last call to the
// full-text index.
func (w *Writer) indexParagraphs(ctx context.Context) error {
	if w.unindexed == w.nextRowid {
		return nil
	}
	if _, err := w.st.fts.ExecContext(ctx, w.unindexed, w.nextRowid); err != nil {
		return fmt.Errorf("index paragraphs: %w", err)
	}
	w.unindexed = w.nextRowid
	return nil
}

func (w *Writer) insertActivities(ctx context.Context, id string, acts []cablesql.Activity) error {
	for _, a := range acts {
		var eventID any
		if a.Event != "" {
			ref, err := w.eventID(ctx, a.Event, a.EventKind)
			if err != nil {
				return err
			}
			eventID, a.Event = ref.id, ref.name
		}
		r, err := w.st.activity.ExecContext(ctx,
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
			if _, err := w.st.topic.ExecContext(ctx, aid, t); err != nil {
				return err
			}
		}
	}
	return nil
}

// eventRef is an event of the store.
type eventRef struct {
	id   int64
	name string
}

// eventID returns the id and the stored name of the event called name:
// the event of that name, else the one stored under another spelling of
// it (cablesql.EventKey), else a new one (of kind, "other" when empty).
func (w *Writer) eventID(ctx context.Context, name, kind string) (eventRef, error) {
	if ref, ok := w.events[name]; ok {
		return ref, nil
	}
	if err := w.readEventKeys(ctx); err != nil {
		return eventRef{}, err
	}
	key := cablesql.EventKey(name)
	ref, ok := w.eventKeys[key]
	if !ok {
		if kind == "" {
			kind = "other"
		}
		r, err := w.st.event.ExecContext(ctx, name, kind)
		if err != nil {
			return eventRef{}, err
		}
		id, err := r.LastInsertId()
		if err != nil {
			return eventRef{}, err
		}
		ref = eventRef{id, name}
		w.eventKeys[key] = ref
		w.newKeys = append(w.newKeys, key)
	}
	w.events[name] = ref
	w.newEvents = append(w.newEvents, name)
	return ref, nil
}

// readEventKeys reads the keys of the store's events, once.
func (w *Writer) readEventKeys(ctx context.Context) error {
	if w.eventKeys != nil {
		return nil
	}
	rows, err := w.conn.QueryContext(ctx, eventsSQL)
	if err != nil {
		return fmt.Errorf("read events: %w", err)
	}
	defer rows.Close()
	keys := map[string]eventRef{}
	for rows.Next() {
		var ref eventRef
		if err := rows.Scan(&ref.id, &ref.name); err != nil {
			return fmt.Errorf("read events: %w", err)
		}
		if _, ok := keys[cablesql.EventKey(ref.name)]; !ok {
			keys[cablesql.EventKey(ref.name)] = ref
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read events: %w", err)
	}
	w.eventKeys = keys
	return nil
}

// cableDate is cables.date: the date of the DTG, else of the publisher's
// created date (a partial extract has no DTG), as YYYY-MM-DD.
func cableDate(c *cablesql.Cable) string {
	d := c.DTG
	if d == "" {
		d = c.Created
	}
	return d[:min(len(d), 10)]
}
