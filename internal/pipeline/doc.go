// Package pipeline runs an ingest: it walks the inputs, reads, parses and
// extracts their cables on one worker per CPU, and writes them to the
// store in input order and in batches, from one goroutine that owns the
// write connection. It joins ingest, extract and store, which do not
// import each other, and reports errors and progress through a Reporter,
// so that the command draws the progress bar and this package draws
// nothing.
//
// Files:
//
//   - pipeline.go: Run, Input, Reporter; Ingest starts the stages and
//     joins them with bounded channels; Finish optimizes the store and
//     records the run.
//   - read.go: the reader stage: walks files and folders in name order
//     (hidden and excluded names skipped), streams big files document by
//     document and hands small ones to the workers; InputBytes.
//   - work.go: the worker stage: reads a small file, parses each document
//     and extracts its activities (a panic is that cable's error).
//   - write.go: the writer stage: puts the cables back in input order and
//     stores them with store.Writer, a commit every 500 cables or second.
//   - cpushare.go: turns on the CPUs shared by the workers and the writer.
package pipeline
