package shell

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// dotCommand is one shell command starting with a dot.
type dotCommand struct {
	usage string
	help  string
	run   func(s *Shell, ctx context.Context, args []string) error
}

var dotCommands map[string]dotCommand

func init() {
	dotCommands = map[string]dotCommand{
		".help":      {".help", "show this message", (*Shell).dotHelp},
		".tables":    {".tables [PATTERN]", "list tables and views", (*Shell).dotTables},
		".schema":    {".schema [TABLE]", "show CREATE statements", (*Shell).dotSchema},
		".mode":      {".mode list|table|box|csv|tsv|json|markdown|line", "set the output format", (*Shell).dotMode},
		".headers":   {".headers on|off", "show column names in list, csv and tsv output", (*Shell).dotHeaders},
		".nullvalue": {".nullvalue TEXT", "text shown for NULL", (*Shell).dotNullValue},
		".output":    {".output [FILE]", "send results to FILE, or back to the screen", (*Shell).dotOutput},
		".once":      {".once FILE", "send the next result to FILE", (*Shell).dotOnce},
		".read":      {".read FILE", "run the SQL in FILE", (*Shell).dotRead},
		".timer":     {".timer on|off", "report how long each statement takes", (*Shell).dotTimer},
		".bail":      {".bail on|off", "stop a script at the first error", (*Shell).dotBail},
		".queries":   {".queries", "list saved queries", (*Shell).dotQueries},
		".run":       {".run NAME [param=value ...]", "run a saved query", (*Shell).dotRun},
		".export":    {".export FILE", "write the last result to FILE (format from extension or mode)", (*Shell).dotExport},
		".quit":      {".quit", "exit the shell", func(*Shell, context.Context, []string) error { return errQuit }},
		".exit":      {".exit", "exit the shell", func(*Shell, context.Context, []string) error { return errQuit }},
	}
}

// DotCommands returns the names of the dot-commands, for completion.
func DotCommands() []string {
	names := make([]string, 0, len(dotCommands))
	for n := range dotCommands {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Dot runs a dot-command line such as ".mode csv".
func (s *Shell) Dot(ctx context.Context, line string) error {
	s.init()
	args, err := splitArgs(line)
	if err != nil {
		return err
	}
	if len(args) == 0 {
		return nil
	}
	cmd, ok := dotCommands[args[0]]
	if !ok {
		return fmt.Errorf("unknown command %s: enter .help for the list", args[0])
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
	if len(args) != 1 {
		return false, fmt.Errorf("usage: %s on|off", name)
	}
	switch strings.ToLower(args[0]) {
	case "on", "yes", "1", "true":
		return true, nil
	case "off", "no", "0", "false":
		return false, nil
	}
	return false, fmt.Errorf("usage: %s on|off", name)
}

func (s *Shell) dotHelp(_ context.Context, _ []string) error {
	for _, n := range DotCommands() {
		c := dotCommands[n]
		fmt.Fprintf(s.Out, "%-44s %s\n", c.usage, c.help)
	}
	return nil
}

func (s *Shell) dotTables(ctx context.Context, args []string) error {
	pattern := "%"
	if len(args) > 0 {
		pattern = args[0]
	}
	res, err := Collect(ctx, s.DB, `SELECT name FROM sqlite_schema WHERE type IN ('table','view')
		AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts_%' AND name LIKE ? ORDER BY name`, pattern)
	if err != nil {
		return err
	}
	var names []string
	for _, r := range res.Rows {
		names = append(names, FormatValue(r[0]))
	}
	fmt.Fprintln(s.out, strings.Join(names, "  "))
	return nil
}

func (s *Shell) dotSchema(ctx context.Context, args []string) error {
	q := `SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts_%'`
	var qargs []any
	if len(args) > 0 {
		q += ` AND (name LIKE ? OR tbl_name LIKE ?)`
		qargs = append(qargs, args[0], args[0])
	}
	res, err := Collect(ctx, s.DB, q+` ORDER BY tbl_name, type DESC, name`, qargs...)
	if err != nil {
		return err
	}
	if len(res.Rows) == 0 && len(args) > 0 {
		return fmt.Errorf("no such table: %s", args[0])
	}
	for _, r := range res.Rows {
		fmt.Fprintf(s.out, "%s;\n", FormatValue(r[0]))
	}
	return nil
}

func (s *Shell) dotMode(_ context.Context, args []string) error {
	if len(args) == 0 {
		fmt.Fprintf(s.Out, "current output mode: %s\n", s.opts.Format)
		return nil
	}
	return s.SetMode(args[0])
}

func (s *Shell) dotHeaders(_ context.Context, args []string) error {
	on, err := onOff(args, ".headers")
	s.opts.Headers = on
	return err
}

func (s *Shell) dotNullValue(_ context.Context, args []string) error {
	if len(args) != 1 {
		return fmt.Errorf("usage: .nullvalue TEXT")
	}
	s.opts.NullValue = args[0]
	return nil
}

func (s *Shell) dotTimer(_ context.Context, args []string) error {
	on, err := onOff(args, ".timer")
	s.timer = on
	return err
}

func (s *Shell) dotBail(_ context.Context, args []string) error {
	on, err := onOff(args, ".bail")
	s.Bail = on
	return err
}

func (s *Shell) dotOutput(_ context.Context, args []string) error {
	s.closeOutput()
	if len(args) == 0 || args[0] == "stdout" {
		return nil
	}
	f, err := os.Create(args[0])
	if err != nil {
		return err
	}
	s.outFile, s.out = f, f
	return nil
}

func (s *Shell) dotOnce(ctx context.Context, args []string) error {
	if len(args) != 1 {
		return fmt.Errorf("usage: .once FILE")
	}
	if err := s.dotOutput(ctx, args); err != nil {
		return err
	}
	s.once = true
	return nil
}

func (s *Shell) dotRead(ctx context.Context, args []string) error {
	if len(args) != 1 {
		return fmt.Errorf("usage: .read FILE")
	}
	f, err := os.Open(args[0])
	if err != nil {
		return err
	}
	defer f.Close()
	sub := *s
	sub.In = &ScriptReader{Scanner: bufio.NewScanner(f)}
	sub.Interactive = false
	sub.failed = false
	err = sub.Run(ctx)
	s.last, s.lastSQL, s.opts, s.timer = sub.last, sub.lastSQL, sub.opts, sub.timer
	return err
}

func (s *Shell) dotExport(_ context.Context, args []string) error {
	if len(args) != 1 {
		return fmt.Errorf("usage: .export FILE")
	}
	if s.last == nil {
		return fmt.Errorf("no result to export yet: run a query first")
	}
	opts := s.opts
	opts.MaxRows, opts.MaxWidth = 0, 0
	switch strings.ToLower(filepath.Ext(args[0])) {
	case ".csv":
		opts.Format, opts.Headers = "csv", true
	case ".tsv", ".tab":
		opts.Format, opts.Headers = "tsv", true
	case ".json":
		opts.Format = "json"
	case ".md", ".markdown":
		opts.Format = "markdown"
	}
	f, err := os.Create(args[0])
	if err != nil {
		return err
	}
	if err := Write(f, s.last, opts); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Fprintf(s.Err, "wrote %d rows to %s\n", len(s.last.Rows), args[0])
	return nil
}

// ScriptReader reads lines from a scanner, ignoring the prompt.
type ScriptReader struct{ Scanner *bufio.Scanner }

// Readline returns the next line, or io.EOF.
func (r *ScriptReader) Readline(string) (string, error) {
	if r.Scanner.Scan() {
		return r.Scanner.Text(), nil
	}
	if err := r.Scanner.Err(); err != nil {
		return "", err
	}
	return "", ioEOF
}
