package shell

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"sort"
	"strconv"
	"strings"

	"github.com/cablesql/cablesql/internal/lazyre"
	"github.com/cablesql/cablesql/store"
)

// This file holds the dot-commands that follow sqlite3's habits beyond
// the core of dot.go: settings (.show .separator .width .echo .eqp),
// parameters, .dump, .indexes, .databases, .system, .cd, .once --bom,
// .excel and .open.

// extras is the state of these commands, kept apart from Shell's fields.
type extras struct {
	echo    bool
	eqp     bool
	params  map[string]any // .parameter values by name as written (":name", "$name", "@name")
	excel   *Options       // the mode to restore after .excel's result
	opened  *store.DB      // the store .open opened, closed with the shell
	rowsSet bool           // .maxrows set the row cap: the window's height no longer does
}

// addMoreCommands returns the table of dot-commands with those of this
// file added before .help (dotCommands builds the table).
func addMoreCommands(cmds []dotCommand) []dotCommand {
	more := []dotCommand{
		{".show", ".show", "show the current settings", (*Shell).dotShow},
		{".separator", ".separator SEP", "separator between values in list mode (default |)", (*Shell).dotSeparator},
		{".width", ".width [N ...]", "column widths for column, table and box; negative aligns right; none: natural", (*Shell).dotWidth},
		{".print", ".print [TEXT ...]", "print the text", (*Shell).dotPrint},
		{".echo", ".echo on|off", "print each command before running it", (*Shell).dotEcho},
		{".eqp", ".eqp on|off", "show each statement's query plan before its result", (*Shell).dotEQP},
		{".parameter", ".parameter set|list|unset|clear [NAME] [VALUE]", "values bound to :NAME in SQL (VALUE is an SQL expression)", (*Shell).dotParameter},
		{".dump", ".dump [TABLE]", "the SQL that rebuilds the database, or a table", (*Shell).dotDump},
		{".indexes", ".indexes [TABLE]", "list indexes, of all tables or of TABLE", (*Shell).dotIndexes},
		{".databases", ".databases", "list the attached databases and their files", (*Shell).dotDatabases},
		{".import", ".import [--csv|--tsv] [--skip N] [--schema temp] FILE TABLE", "load CSV or TSV into TABLE (created from the header row when new)", (*Shell).dotImport},
		{".excel", ".excel", "open the next result in a spreadsheet (CSV with a byte-order mark)", (*Shell).dotExcel},
		{".open", ".open [--readonly] FILE", "close the store and open another", (*Shell).dotOpen},
		{".system", ".system COMMAND [ARG ...]", "run a command of the operating system", (*Shell).dotSystem},
		{".shell", ".shell COMMAND [ARG ...]", "the same as .system", (*Shell).dotSystem},
		{".cd", ".cd DIR", "change the working directory", (*Shell).dotCd},
	}
	at := len(cmds)
	for i, c := range cmds {
		if c.name == ".help" {
			at = i
		}
	}
	return append(cmds[:at], append(more, cmds[at:]...)...)
}

// arity returns how many arguments a command's usage allows: each word
// outside brackets is needed, each word inside them is optional, and
// "..." or "[NAME] [VALUE]"-style lists of choices count as written.
func arity(usage string) (least, most int) {
	words := strings.Fields(usage)[1:]
	depth := 0
	for _, w := range words {
		opens := strings.Count(w, "[")
		depth += opens
		if strings.Contains(w, "...") {
			return least, -1
		}
		if depth == 0 {
			least++
		}
		most++
		depth -= strings.Count(w, "]")
	}
	return least, most
}

// checkArity makes extra or missing arguments a usage error.
func checkArity(c dotCommand, args []string) error {
	least, most := arity(c.usage)
	if len(args) < least || (most >= 0 && len(args) > most) {
		return fmt.Errorf("usage: %s", c.usage)
	}
	return nil
}

func (s *Shell) dotShow(ctx context.Context, _ []string) error {
	onoff := map[bool]string{true: "on", false: "off"}
	mode := s.opts.Format
	if s.opts.Wrap > 0 {
		mode += fmt.Sprintf(" --wrap %d", s.opts.Wrap)
	}
	sep := s.opts.Separator
	if sep == "" {
		sep = "|"
	}
	widths := make([]string, len(s.opts.Widths))
	for i, w := range s.opts.Widths {
		widths[i] = strconv.Itoa(w)
	}
	output := "stdout"
	if s.outFile != nil {
		output = s.outFile.Name()
	}
	rows := [][2]string{
		{"echo", onoff[s.x.echo]}, {"eqp", onoff[s.x.eqp]}, {"bail", onoff[s.Bail]},
		{"headers", onoff[s.opts.Headers]}, {"mode", mode}, {"nullvalue", strconv.Quote(s.opts.NullValue)},
		{"output", output}, {"separator", strconv.Quote(sep)}, {"timer", onoff[s.timer]},
		{"changes", onoff[s.changes]}, {"maxrows", strconv.Itoa(s.maxRows())},
		{"width", strings.Join(widths, " ")}, {"filename", s.fileName(ctx)},
	}
	for _, r := range rows {
		fmt.Fprintf(s.out, "%12s: %s\n", r[0], r[1])
	}
	return nil
}

// fileName returns the main database's file, or ":memory:".
func (s *Shell) fileName(ctx context.Context) string {
	conn, err := s.connection(ctx)
	if err != nil {
		return "?"
	}
	var seq int
	var name, file string
	if err := conn.QueryRowContext(ctx, "PRAGMA database_list").Scan(&seq, &name, &file); err != nil || file == "" {
		return ":memory:"
	}
	return file
}

func (s *Shell) dotSeparator(_ context.Context, args []string) error {
	s.opts.Separator = unescape(args[0])
	return nil
}

// unescape reads the backslash escapes \t \n \r \\ in a dot-command's
// argument, as sqlite3 does.
func unescape(s string) string {
	return strings.NewReplacer(`\t`, "\t", `\n`, "\n", `\r`, "\r", `\\`, `\`).Replace(s)
}

func (s *Shell) dotWidth(_ context.Context, args []string) error {
	widths := make([]int, len(args))
	for i, a := range args {
		n, err := strconv.Atoi(a)
		if err != nil {
			return fmt.Errorf("usage: .width [N ...]: %q is not a number", a)
		}
		widths[i] = n
	}
	s.opts.Widths = widths
	return nil
}

func (s *Shell) dotPrint(_ context.Context, args []string) error {
	fmt.Fprintln(s.out, strings.Join(args, " "))
	return nil
}

func (s *Shell) dotEcho(_ context.Context, args []string) error {
	on, err := onOff(args, ".echo")
	if err == nil {
		s.x.echo = on
	}
	return err
}

// SetEcho turns on printing each command before it runs (-echo).
func (s *Shell) SetEcho(on bool) { s.x.echo = on }

// echo prints an input as the shell runs it, when .echo is on.
func (s *Shell) echo(text string) {
	if s.x.echo {
		fmt.Fprintln(s.out, text)
	}
}

func (s *Shell) dotEQP(_ context.Context, args []string) error {
	on, err := onOff(args, ".eqp")
	if err == nil {
		s.x.eqp = on
	}
	return err
}

// showPlan prints the query plan of stmt as sqlite3's .eqp does: a tree
// under "QUERY PLAN".
func (s *Shell) showPlan(ctx context.Context, stmt string, args []any) {
	if !s.x.eqp || strings.EqualFold(firstWord(stmt), "EXPLAIN") {
		return
	}
	conn, err := s.connection(ctx)
	if err != nil {
		return
	}
	res, err := collect(ctx, conn, "EXPLAIN QUERY PLAN "+stmt, args...)
	if err != nil || len(res.Rows) == 0 {
		return // the statement's own run reports the error
	}
	type node struct {
		id, parent int64
		text       string
	}
	var nodes []node
	for _, r := range res.Rows {
		id, _ := r[0].(int64)
		parent, _ := r[1].(int64)
		nodes = append(nodes, node{id, parent, formatValue(r[3])})
	}
	fmt.Fprintln(s.out, "QUERY PLAN")
	var walk func(parent int64, prefix string)
	walk = func(parent int64, prefix string) {
		var kids []node
		for _, n := range nodes {
			if n.parent == parent {
				kids = append(kids, n)
			}
		}
		for i, n := range kids {
			branch, more := "|--", "|  "
			if i == len(kids)-1 {
				branch, more = "`--", "   "
			}
			fmt.Fprintf(s.out, "%s%s%s\n", prefix, branch, n.text)
			walk(n.id, prefix+more)
		}
	}
	walk(0, "")
}

// paramRE is a parameter name as .parameter takes it.
var paramRE = lazyre.New(`^[:@$][A-Za-z_][A-Za-z0-9_]*$`)

func (s *Shell) dotParameter(ctx context.Context, args []string) error {
	usage := fmt.Errorf("usage: .parameter set NAME VALUE | list | unset NAME | clear")
	if len(args) == 0 {
		return usage
	}
	switch sub := args[0]; {
	case sub == "list" && len(args) == 1:
		names := make([]string, 0, len(s.x.params))
		for n := range s.x.params {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			fmt.Fprintf(s.out, "%s %s\n", n, sqlLiteral(s.x.params[n]))
		}
	case sub == "clear" && len(args) == 1:
		s.x.params = nil
	case sub == "unset" && len(args) == 2:
		delete(s.x.params, args[1])
	case sub == "set" && len(args) == 3:
		if !paramRE.MatchString(args[1]) {
			return fmt.Errorf(".parameter set: %q is not a parameter name (:name, $name or @name)", args[1])
		}
		v, err := s.evalValue(ctx, args[2])
		if err != nil {
			return err
		}
		if s.x.params == nil {
			s.x.params = map[string]any{}
		}
		s.x.params[args[1]] = v
	default:
		return usage
	}
	return nil
}

// evalValue reads a .parameter value as sqlite3 does: as an SQL
// expression (123, 'text', date('now')), else as the text itself.
func (s *Shell) evalValue(ctx context.Context, expr string) (any, error) {
	conn, err := s.connection(ctx)
	if err != nil {
		return nil, err
	}
	res, err := collect(ctx, conn, "SELECT "+expr)
	if err != nil || len(res.Rows) != 1 || len(res.Columns) != 1 || strings.Contains(expr, ";") {
		return expr, nil
	}
	return res.Rows[0][0], nil
}

// paramArgs returns the .parameter values stmt refers to, as named
// arguments; the parameters it refers to that are not set stay NULL.
func (s *Shell) paramArgs(stmt string) []any {
	if len(s.x.params) == 0 {
		return nil
	}
	var args []any
	seen := map[string]bool{}
	for i := 0; i < len(stmt); {
		_, next := scanToken(stmt, i)
		if next < 0 {
			break
		}
		if c := stmt[i]; (c == ':' || c == '@' || c == '$') && next == i+1 {
			j := next
			for j < len(stmt) && isIdentChar(stmt[j]) {
				j++
			}
			// A parameter not set is NULL, as in sqlite3 (the driver
			// wants every named parameter once some are given).
			if name := stmt[i:j]; j > i+1 && !seen[name[1:]] {
				seen[name[1:]] = true
				args = append(args, sql.Named(name[1:], s.x.params[name]))
			}
			next = j
		}
		i = next
	}
	return args
}

func (s *Shell) dotIndexes(ctx context.Context, args []string) error {
	q := `SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name LIKE ?
	UNION ALL SELECT name FROM sqlite_temp_schema WHERE type = 'index' AND tbl_name LIKE ? ORDER BY 1`
	pattern := "%"
	if len(args) == 1 {
		pattern = args[0]
	}
	conn, err := s.connection(ctx)
	if err != nil {
		return err
	}
	res, err := collect(ctx, conn, q, pattern, pattern)
	if err != nil {
		return err
	}
	names := make([]string, len(res.Rows))
	for i, r := range res.Rows {
		names[i] = formatValue(r[0])
	}
	width := 80
	if s.Width != nil && s.Width() > 0 {
		width = s.Width()
	}
	fmt.Fprint(s.out, columns(names, width))
	return nil
}

func (s *Shell) dotDatabases(ctx context.Context, _ []string) error {
	conn, err := s.connection(ctx)
	if err != nil {
		return err
	}
	res, err := collect(ctx, conn, "PRAGMA database_list")
	if err != nil {
		return err
	}
	for _, r := range res.Rows {
		name, file := formatValue(r[1]), formatValue(r[2])
		access := "r/w"
		if s.readOnly(ctx, name) {
			access = "r/o"
		}
		fmt.Fprintf(s.out, "%s: %s %s\n", name, file, access)
	}
	return nil
}

// readOnly reports whether the schema name of the connection refuses
// writes (opened read-only, or query_only).
func (s *Shell) readOnly(ctx context.Context, schema string) bool {
	conn, err := s.connection(ctx)
	if err != nil {
		return false
	}
	var q int
	if conn.QueryRowContext(ctx, "PRAGMA query_only").Scan(&q); q == 1 {
		return true
	}
	return s.Store != nil && s.Store.ReadOnly && schema == "main"
}

func (s *Shell) dotSystem(_ context.Context, args []string) error {
	cmd := exec.Command("sh", "-c", strings.Join(args, " "))
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, s.out, s.Err
	if err := cmd.Run(); err != nil {
		return fmt.Errorf(".system %s: %w", args[0], err)
	}
	return nil
}

func (s *Shell) dotCd(_ context.Context, args []string) error {
	return os.Chdir(args[0])
}

// dotOnceBOM is .once with --bom: the file starts with a UTF-8
// byte-order mark, which spreadsheets need to read UTF-8 CSV right.
func (s *Shell) dotOnceBOM(ctx context.Context, file string) error {
	if err := s.dotOutput(ctx, []string{file}); err != nil {
		return err
	}
	s.once = true
	_, err := s.outFile.WriteString("\uFEFF")
	return err
}

func (s *Shell) dotExcel(ctx context.Context, _ []string) error {
	f, err := os.CreateTemp("", "cablesql-*.csv")
	if err != nil {
		return err
	}
	name := f.Name()
	f.Close()
	if err := s.dotOnceBOM(ctx, name); err != nil {
		return err
	}
	saved := s.opts
	s.x.excel = &saved
	s.opts.Format, s.opts.Headers = "csv", true
	return nil
}

// finishOnce ends a .once or .excel: the mode .excel changed comes back,
// and .excel's file is opened in the desktop's spreadsheet, or named.
func (s *Shell) finishOnce(file string) {
	if s.x.excel == nil {
		return
	}
	s.opts, s.x.excel = *s.x.excel, nil
	for _, opener := range []string{"xdg-open", "open"} {
		if path, err := exec.LookPath(opener); err == nil {
			if exec.Command(path, file).Start() == nil {
				return
			}
		}
	}
	fmt.Fprintf(s.Err, "Wrote %s (no xdg-open here to open it with a spreadsheet).\n", file)
}

func (s *Shell) dotOpen(ctx context.Context, args []string) error {
	readOnly := false
	if args[0] == "--readonly" {
		if len(args) != 2 {
			return fmt.Errorf("usage: .open [--readonly] FILE")
		}
		readOnly, args = true, args[1:]
	} else if len(args) != 1 || strings.HasPrefix(args[0], "-") {
		return fmt.Errorf("usage: .open [--readonly] FILE")
	}
	file := args[0]
	if _, err := os.Stat(file); err != nil {
		return fmt.Errorf(".open %s: no such store (cablesql ingest -db %s PATH creates one)", file, file)
	}
	db, err := store.Open(ctx, file, store.Options{ReadOnly: readOnly})
	if err != nil {
		return err
	}
	if s.conn != nil {
		s.conn.Close()
		s.conn = nil
	}
	if s.x.opened != nil {
		s.x.opened.Close()
	}
	s.mu.Lock()
	s.DB, s.Store, s.x.opened, s.schema, s.last = db.SQL(), db, db, nil, nil
	s.mu.Unlock()
	s.lastErr = "another store was opened"
	_, err = s.connection(ctx)
	return err
}

// closeOpened closes the store .open opened, if any.
func (s *Shell) closeOpened() {
	if s.x.opened != nil {
		s.x.opened.Close()
		s.x.opened = nil
	}
}

// setModeArgs reads .mode's arguments: MODE, then TABLE for insert, and
// --wrap N.
func (s *Shell) setModeArgs(args []string) error {
	usage := fmt.Errorf("usage: .mode [MODE] [TABLE] [--wrap N]")
	mode, table, wrap := "", "", -1
	for i := 0; i < len(args); i++ {
		switch a := args[i]; {
		case a == "--wrap" && i+1 < len(args):
			n, err := strconv.Atoi(args[i+1])
			if err != nil || n < 0 {
				return fmt.Errorf(".mode --wrap %s: want a number of cells, 0 for off", args[i+1])
			}
			wrap, i = n, i+1
		case strings.HasPrefix(a, "-"):
			return usage
		case mode == "":
			mode = a
		case mode == "insert" && table == "":
			table = a
		default:
			return usage
		}
	}
	if mode != "" {
		if err := s.SetMode(mode); err != nil {
			return err
		}
		s.opts.Table = table
	}
	if wrap >= 0 {
		s.opts.Wrap = wrap
	}
	return nil
}

// trimDotSemicolon drops a ";" typed out of SQL habit at the end of a
// dot-command (".tables;"), but not one that is an argument of its own
// (".separator ;").
func trimDotSemicolon(line string) string {
	line = strings.TrimSpace(line)
	if strings.HasSuffix(line, ";") && !strings.HasSuffix(line, " ;") && !strings.HasSuffix(line, "\t;") {
		return line[:len(line)-1]
	}
	return line
}

// ErrQuit is returned by RunScript when the script ran .quit.
var ErrQuit = errQuit

// RunScript runs the SQL and dot-commands read from r, as .read runs a
// file, naming name in error positions: -init files and -cmd commands.
// It returns ErrFailed when a statement failed (reported already), and
// ErrQuit after .quit.
func (s *Shell) RunScript(ctx context.Context, r io.Reader, name string) error {
	s.init()
	err := s.readFrom(ctx, r, name)
	if errors.Is(err, errReported) {
		return ErrFailed
	}
	return err
}

// Failed reports whether a statement or command has failed so far.
func (s *Shell) Failed() bool { return s.failed }

// maxRows is the row cap of tables on the terminal: .maxrows when set,
// else as many rows as leave the header and the footer in view of the
// window as it is now, at most MaxRows.
func (s *Shell) maxRows() int {
	if s.x.rowsSet || s.Height == nil {
		return s.MaxRows
	}
	h := s.Height()
	if h <= 0 {
		return s.MaxRows
	}
	return min(s.MaxRows, max(10, h-8))
}

// paramValueColumns are where the values of the saved queries'
// parameters are, for completion after ".run NAME param=".
var paramValueColumns = map[string][2]string{
	"country": {"countries", "name"},
	"event":   {"events", "name"},
}

// completeParamValue completes "name=value" from the values the
// parameter can take, in any case. A value holding a space completes
// after an opening quote ("country=\"United"), as .run reads it.
func completeParamValue(v *vocabulary, name, typed string) []string {
	col, ok := paramValueColumns[name]
	if !ok || v.Values == nil {
		return nil
	}
	quoted := strings.HasPrefix(typed, `"`)
	var out []string
	for _, val := range v.Values(col[0], col[1]) {
		switch {
		case quoted:
			out = append(out, name+`="`+val+`"`)
		case !strings.ContainsAny(val, " \t\"'"):
			out = append(out, name+"="+val)
		}
	}
	return matchPrefix(out, name+"="+typed, true)
}
