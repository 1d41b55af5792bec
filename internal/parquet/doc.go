// Package parquet writes Parquet files, and only the small part of the
// format that cablesql's exports need:
//
//   - one file, written front to back through an io.Writer (no seeking);
//     "PAR1" at both ends;
//   - a flat schema of OPTIONAL columns: INT64, DOUBLE, BYTE_ARRAY with
//     the logical type STRING (and converted type UTF8), and plain
//     BYTE_ARRAY for bytes; NULL is a definition level of 0;
//   - row groups of at most Options.RowGroupRows rows (131,072) and about
//     Options.RowGroupBytes (64 MiB) of pages, so that a Writer holds at
//     most one row group, whatever the number of rows;
//   - data pages version 1 of about Options.PageBytes (1 MiB) of values,
//     PLAIN encoded, their definition levels in the RLE/bit-packed hybrid
//     encoding of bit width 1 (no repetition levels: nothing repeats);
//     no dictionary pages, no page index, no bloom filters;
//   - GZIP compression by the standard library's compress/gzip, at
//     gzip.BestSpeed: the corpus store's export is 24 MB (59 MB
//     uncompressed) in the CPU time zstd took with parquet-go; the
//     default level makes it 20 MB in twice the time. cablesql links
//     compress/gzip and compress/flate already (net/http, archive/zip),
//     and their package initialisation takes about 0.1 ms;
//   - statistics of each column chunk: null_count, and min_value and
//     max_value of INT64 and DOUBLE columns (NaN left out, -0 as a minimum
//     and +0 as a maximum), with column_orders TYPE_ORDER as the format
//     asks; none for BYTE_ARRAY;
//   - the footer, FileMetaData version 1, created_by "cablesql", written
//     by hand in the Thrift compact protocol (field ids of parquet.thrift).
//
// Package parquettest reads the files back, for tests.
package parquet
