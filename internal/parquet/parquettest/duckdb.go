package parquettest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"strings"
)

// DuckDBNeeds says what to install for DuckDB to run.
const DuckDBNeeds = "needs node and the npm package @duckdb/node-api " +
	"(npm install @duckdb/node-api in a directory DIR, then CABLESQL_DUCKDB_DIR=DIR, " +
	"or NODE_PATH=DIR/node_modules)"

// duckdbScript runs the queries it reads as JSON on stdin and writes
// each result's rows as JSON, BIGINTs as strings. Its module is found
// in $CABLESQL_DUCKDB_DIR, else as node finds it (NODE_PATH).
const duckdbScript = `
const dir = process.env.CABLESQL_DUCKDB_DIR;
const { DuckDBInstance } = require(dir ? require.resolve('@duckdb/node-api', { paths: [dir] }) : '@duckdb/node-api');
(async () => {
  const queries = JSON.parse(require('fs').readFileSync(0, 'utf8'));
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  const out = [];
  for (const q of queries) out.push((await c.runAndReadAll(q)).getRows());
  process.stdout.write(JSON.stringify(out, (k, v) => typeof v === 'bigint' ? v.toString() : v));
})().catch(e => { console.error(String(e)); process.exit(1); });
`

// HaveDuckDB says whether DuckDB runs, through node.
func HaveDuckDB() bool {
	if _, err := exec.LookPath("node"); err != nil {
		return false
	}
	script := "const d = process.env.CABLESQL_DUCKDB_DIR; require.resolve('@duckdb/node-api', d ? { paths: [d] } : undefined)"
	return exec.Command("node", "-e", script).Run() == nil
}

// DuckDB runs queries in DuckDB and returns each one's rows. A value
// is a string, a float64, a bool or nil (NULL); cast in the query what
// JSON does not hold exactly (DOUBLE, BLOB) to VARCHAR.
func DuckDB(queries ...string) ([][][]any, error) {
	in, err := json.Marshal(queries)
	if err != nil {
		return nil, err
	}
	cmd := exec.Command("node", "-e", duckdbScript)
	cmd.Stdin = bytes.NewReader(in)
	var out, errs bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errs
	cmd.Env = os.Environ()
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("duckdb: %v: %s", err, strings.TrimSpace(errs.String()))
	}
	var res [][][]any
	if err := json.Unmarshal(out.Bytes(), &res); err != nil {
		return nil, fmt.Errorf("duckdb: %v", err)
	}
	return res, nil
}
