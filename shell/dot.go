package shell

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"sync"
)

// dotCommand is one shell command starting with a dot.
type dotCommand struct {
	name  string
	usage string
	help  string
	run   func(s *Shell, ctx context.Context, args []string) error
}

// dotCommands returns the dot-commands in the order .help lists them,
// built when first needed. Their names are sqlite3's, where sqlite3 has
// the command.
func dotCommands() []dotCommand {
	dotTable.once.Do(func() { dotTable.cmds = newDotCommands() })
	return dotTable.cmds
}

// dotTable holds the table dotCommands builds once. (A sync.OnceValue
// would not compile: the table holds .help, which reads the table, and
// a package-level variable may not depend on itself.)
var dotTable struct {
	once sync.Once
	cmds []dotCommand
}

// newDotCommands builds the table of dot-commands: those of this file,
// with those of dotchart.go, dotmore.go and pivot.go added in their places.
func newDotCommands() []dotCommand {
	cmds := []dotCommand{
		{".tables", ".tables [PATTERN]", "list tables and views (LIKE pattern)", (*Shell).dotTables},
		{".schema", ".schema [TABLE]", "show CREATE statements", (*Shell).dotSchema},
		{".queries", ".queries", "list saved queries and their parameters", (*Shell).dotQueries},
		{".run", ".run NAME [param=value ...]", "run a saved query", (*Shell).dotRun},
		{".mode", ".mode [MODE] [TABLE] [--wrap N]", "output format: " + strings.Join(formats, " ") + "; TABLE for insert; --wrap N wraps table, box and column values at N cells (0: off)", (*Shell).dotMode},
		{".headers", ".headers on|off", "column names in list, csv and tsv output", (*Shell).dotHeaders},
		{".nullvalue", ".nullvalue TEXT", "text shown for NULL (tables: NULL)", (*Shell).dotNullValue},
		{".maxrows", ".maxrows [N]", "rows a table shows on the terminal; 0 for all", (*Shell).dotMaxRows},
		{".output", ".output [FILE]", "send results to FILE, or back to the screen", (*Shell).dotOutput},
		{".once", ".once [--bom] FILE", "send the next result to FILE; --bom starts it with a byte-order mark (for spreadsheets)", (*Shell).dotOnce},
		{".export", ".export FILE", "write the last result again; .csv .tsv .json .md .html .svg .png .xlsx .parquet set the format", (*Shell).dotExport},
		{".read", ".read FILE", "run the SQL and dot-commands in FILE", (*Shell).dotRead},
		{".timer", ".timer on|off", "report how long each statement takes", (*Shell).dotTimer},
		{".changes", ".changes on|off", "report rows changed by INSERT, UPDATE, DELETE", (*Shell).dotChanges},
		{".bail", ".bail on|off", "stop at the first failed statement", (*Shell).dotBail},
		{".help", ".help [PATTERN]", "show this message, or the commands matching PATTERN", (*Shell).dotHelp},
		{".quit", ".quit [N]", "exit the shell (or Ctrl-D), with status N", (*Shell).dotExit},
		{".exit", ".exit [N]", "the same", (*Shell).dotExit},
	}
	cmds = addChartCommand(cmds)
	cmds = addMoreCommands(cmds)
	return addPivotCommand(cmds)
}

// dotCommandNames returns the names of the dot-commands, for completion.
func dotCommandNames() []string {
	cmds := dotCommands()
	names := make([]string, len(cmds))
	for i, c := range cmds {
		names[i] = c.name
	}
	return names
}

// lookupDot finds the command named name, or the only one it abbreviates.
func lookupDot(name string) (dotCommand, error) {
	var found []dotCommand
	for _, c := range dotCommands() {
		if c.name == name {
			return c, nil
		}
		if strings.HasPrefix(c.name, name) && len(name) > 1 {
			found = append(found, c)
		}
	}
	switch len(found) {
	case 1:
		return found[0], nil
	case 0:
		return dotCommand{}, fmt.Errorf("unknown command %s: enter .help for the list", name)
	}
	names := make([]string, len(found))
	for i, c := range found {
		names[i] = c.name
	}
	return dotCommand{}, fmt.Errorf("ambiguous command %s: %s", name, strings.Join(names, ", "))
}

// Dot runs a dot-command line such as ".mode csv".
func (s *Shell) Dot(ctx context.Context, line string) error {
	args, err := splitArgs(trimDotSemicolon(line))
	if err != nil {
		return err
	}
	if len(args) == 0 {
		return nil
	}
	s.echo(strings.TrimSpace(line))
	return s.DotArgs(ctx, args)
}

// DotArgs runs a dot-command given as its words: args[0] is the command
// (".mode"), the rest its arguments, taken as they are.
func (s *Shell) DotArgs(ctx context.Context, args []string) error {
	s.init()
	cmd, err := lookupDot(args[0])
	if err != nil {
		return err
	}
	if err := checkArity(cmd, args[1:]); err != nil {
		return err
	}
	if s.once {
		defer s.closeOutput() // .once covers one command
	}
	return cmd.run(s, ctx, args[1:])
}

// splitArgs splits a dot-command line at spaces, honouring quotes.
func splitArgs(line string) ([]string, error) {
	var args []string
	var cur strings.Builder
	inArg := false
	var quote rune
	for _, r := range line {
		switch {
		case quote != 0:
			if r == quote {
				quote = 0
			} else {
				cur.WriteRune(r)
			}
		case r == '"' || r == '\'':
			quote, inArg = r, true
		case r == ' ' || r == '\t':
			if inArg {
				args = append(args, cur.String())
				cur.Reset()
				inArg = false
			}
		default:
			cur.WriteRune(r)
			inArg = true
		}
	}
	if quote != 0 {
		return nil, fmt.Errorf("unterminated quote in %q", line)
	}
	if inArg {
		args = append(args, cur.String())
	}
	return args, nil
}

func onOff(args []string, name string) (bool, error) {
	if len(args) == 1 {
		switch strings.ToLower(args[0]) {
		case "on", "yes", "1", "true":
			return true, nil
		case "off", "no", "0", "false":
			return false, nil
		}
	}
	return false, fmt.Errorf("usage: %s on|off", name)
}

func (s *Shell) dotHelp(_ context.Context, args []string) error {
	all := dotCommands()
	shown := all
	if len(args) == 1 {
		// As sqlite3: the commands whose name starts with PATTERN, else
		// those whose line holds it.
		pattern := strings.TrimPrefix(strings.ToLower(args[0]), ".")
		shown = nil
		for _, c := range all {
			if strings.HasPrefix(c.name[1:], pattern) {
				shown = append(shown, c)
			}
		}
		for _, c := range all {
			if len(shown) == 0 && strings.Contains(strings.ToLower(c.usage+" "+c.help), pattern) {
				shown = append(shown, c)
			}
		}
		if len(shown) == 0 {
			return fmt.Errorf("no command matches %q: .help lists them all", args[0])
		}
	}
	w := 0
	for _, c := range shown {
		w = max(w, len(c.usage))
	}
	for _, c := range shown {
		fmt.Fprintf(s.out, "%-*s  %s\n", w, c.usage, c.help)
	}
	if len(args) == 0 {
		fmt.Fprint(s.out, helpKeys)
	}
	return nil
}

// helpKeys ends .help: what is not a dot-command.
const helpKeys = `
SQL statements end with ";" and may span lines. Keys: Tab completes,
Up/Down and Ctrl-R recall history, Ctrl-C cancels the line or a running
statement, Ctrl-D exits.
`

// tablesQuery lists user tables and views, without SQLite's own and the
// FTS index's shadow tables.
const tablesQuery = `SELECT name FROM sqlite_schema
WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite\_%' ESCAPE '\'
  AND NOT (name LIKE '%\_fts\_%' ESCAPE '\') AND name LIKE ?
UNION
SELECT name FROM sqlite_temp_schema WHERE type IN ('table', 'view') AND name LIKE ?
ORDER BY name`

func (s *Shell) dotTables(ctx context.Context, args []string) error {
	pattern := "%"
	if len(args) > 0 {
		pattern = args[0]
	}
	conn, err := s.connection(ctx)
	if err != nil {
		return err
	}
	res, err := collect(ctx, conn, tablesQuery, pattern, pattern)
	if err != nil {
		return err
	}
	var names []string
	for _, r := range res.Rows {
		names = append(names, formatValue(r[0]))
	}
	width := 80
	if s.Width != nil && s.Width() > 0 {
		width = s.Width()
	}
	fmt.Fprint(s.out, columns(names, width))
	return nil
}

// columns lays names out in columns, down then across, as sqlite3's
// .tables does.
func columns(names []string, width int) string {
	if len(names) == 0 {
		return ""
	}
	w := 0
	for _, n := range names {
		w = max(w, len(n))
	}
	w += 2
	ncol := max(1, width/w)
	nrow := (len(names) + ncol - 1) / ncol
	var b strings.Builder
	for r := 0; r < nrow; r++ {
		for c := 0; c < ncol; c++ {
			i := c*nrow + r
			if i >= len(names) {
				break
			}
			if c+1 < ncol && i+nrow < len(names) {
				fmt.Fprintf(&b, "%-*s", w, names[i])
			} else {
				b.WriteString(names[i])
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func (s *Shell) dotSchema(ctx context.Context, args []string) error {
	q := `SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite\_%' ESCAPE '\'
	AND NOT (name LIKE '%\_fts\_%' ESCAPE '\')`
	var qargs []any
	if len(args) > 0 {
		q += ` AND (name LIKE ? OR tbl_name LIKE ?)`
		qargs = append(qargs, args[0], args[0])
	}
	conn, err := s.connection(ctx)
	if err != nil {
		return err
	}
	res, err := collect(ctx, conn, q+` ORDER BY tbl_name, type DESC, name`, qargs...)
	if err != nil {
		return err
	}
	if len(res.Rows) == 0 && len(args) > 0 {
		return fmt.Errorf("no such table: %s", args[0])
	}
	for _, r := range res.Rows {
		fmt.Fprintf(s.out, "%s;\n", formatValue(r[0]))
	}
	return nil
}

func (s *Shell) dotMode(_ context.Context, args []string) error {
	if len(args) == 0 {
		fmt.Fprintf(s.out, "current output mode: %s\n", s.opts.Format)
		return nil
	}
	return s.setModeArgs(args)
}

func (s *Shell) dotHeaders(_ context.Context, args []string) error {
	on, err := onOff(args, ".headers")
	if err == nil {
		s.opts.Headers = on
	}
	return err
}

func (s *Shell) dotNullValue(_ context.Context, args []string) error {
	if len(args) != 1 {
		return fmt.Errorf("usage: .nullvalue TEXT")
	}
	s.opts.NullValue = args[0]
	return nil
}

func (s *Shell) dotMaxRows(_ context.Context, args []string) error {
	if len(args) == 0 {
		fmt.Fprintf(s.out, "tables show at most %d rows (0: all)\n", s.maxRows())
		return nil
	}
	n, err := strconv.Atoi(args[0])
	if len(args) != 1 || err != nil || n < 0 {
		return fmt.Errorf("usage: .maxrows N (0 for all rows)")
	}
	s.MaxRows, s.x.rowsSet = n, true
	return nil
}

func (s *Shell) dotTimer(_ context.Context, args []string) error {
	on, err := onOff(args, ".timer")
	if err == nil {
		s.timer = on
	}
	return err
}

func (s *Shell) dotChanges(_ context.Context, args []string) error {
	on, err := onOff(args, ".changes")
	if err == nil {
		s.changes = on
	}
	return err
}

func (s *Shell) dotBail(_ context.Context, args []string) error {
	on, err := onOff(args, ".bail")
	if err == nil {
		s.Bail = on
	}
	return err
}

func (s *Shell) dotOutput(_ context.Context, args []string) error {
	s.closeOutput()
	if len(args) == 0 || args[0] == "stdout" {
		return nil
	}
	if len(args) != 1 {
		return fmt.Errorf("usage: .output [FILE]")
	}
	f, err := os.Create(args[0])
	if err != nil {
		return err
	}
	s.outFile, s.out = f, f
	return nil
}

func (s *Shell) dotOnce(ctx context.Context, args []string) error {
	if len(args) == 2 && args[0] == "--bom" {
		return s.dotOnceBOM(ctx, args[1])
	}
	if len(args) != 1 || strings.HasPrefix(args[0], "-") {
		return fmt.Errorf("usage: .once [--bom] FILE")
	}
	if err := s.dotOutput(ctx, args); err != nil {
		return err
	}
	s.once = true
	return nil
}

// maxReadDepth bounds .read inside .read, against a file reading itself.
const maxReadDepth = 16

func (s *Shell) dotRead(ctx context.Context, args []string) error {
	if len(args) != 1 {
		return fmt.Errorf("usage: .read FILE")
	}
	if s.depth >= maxReadDepth {
		return fmt.Errorf(".read %s: files nested more than %d deep", args[0], maxReadDepth)
	}
	f, err := os.Open(args[0])
	if err != nil {
		return err
	}
	defer f.Close()
	return s.readFrom(ctx, f, args[0])
}

// readFrom runs the SQL and dot-commands read from r, named name in
// error positions, as .read does.
func (s *Shell) readFrom(ctx context.Context, r io.Reader, name string) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 64<<20)
	failed := s.failed
	s.failed = false
	s.depth++
	err := s.runInput(ctx, &ScriptReader{Scanner: sc, Name: name}, name)
	s.depth--
	fileFailed := s.failed
	s.failed = failed || fileFailed
	switch {
	case errors.Is(err, errQuit), errors.Is(err, errStatementInterrupted):
		return err
	case err != nil && !errors.Is(err, errReported):
		return err
	case fileFailed:
		return errReported
	}
	return nil
}

// ScriptReader reads lines from a scanner, ignoring the prompt.
type ScriptReader struct {
	Scanner *bufio.Scanner
	Name    string // for error positions: file name, or "" for standard input
}

// Readline returns the next line, or io.EOF.
func (r *ScriptReader) Readline(string) (string, error) {
	if r.Scanner.Scan() {
		return r.Scanner.Text(), nil
	}
	if err := r.Scanner.Err(); err != nil {
		return "", err
	}
	return "", io.EOF
}
