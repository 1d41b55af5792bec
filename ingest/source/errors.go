package source

import "github.com/cablesql/cablesql"

var errUnknown = cablesql.ErrUnknownFormat
