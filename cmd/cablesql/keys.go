package main

import (
	"bytes"
	"io"
)

// homeEndKeys are the sequences that terminals send for Home and End
// which chzyer/readline does not read (tmux and screen send ESC[1~ and
// ESC[4~, rxvt ESC[7~ and ESC[8~, the Linux console and PuTTY one pair
// or the other, some terminals in application mode ESC O H and ESC O F),
// and the keys readline has for them: Ctrl-A and Ctrl-E.
var homeEndKeys = []struct{ seq, key []byte }{
	{[]byte("\x1b[1~"), []byte{0x01}}, {[]byte("\x1b[7~"), []byte{0x01}}, {[]byte("\x1bOH"), []byte{0x01}},
	{[]byte("\x1b[4~"), []byte{0x05}}, {[]byte("\x1b[8~"), []byte{0x05}}, {[]byte("\x1bOF"), []byte{0x05}},
}

// keyReader translates Home and End in front of readline. A sequence cut
// by the end of a read is kept for the next one.
type keyReader struct {
	r     io.ReadCloser
	carry []byte
}

func (k *keyReader) Read(p []byte) (int, error) {
	if len(p) <= len(k.carry) {
		return 0, io.ErrShortBuffer
	}
	buf := make([]byte, len(p)-len(k.carry))
	n, err := k.r.Read(buf)
	data := append(k.carry, buf[:n]...)
	k.carry = nil
	data, k.carry = translateKeys(data)
	return copy(p, data), err
}

func (k *keyReader) Close() error { return k.r.Close() }

// translateKeys replaces the Home and End sequences in data and returns
// apart the end of data that may begin one (ESC, ESC[, ESC[1, ESC O).
func translateKeys(data []byte) (out, carry []byte) {
	if bytes.IndexByte(data, 0x1b) < 0 {
		return data, nil
	}
	for _, k := range homeEndKeys {
		data = bytes.ReplaceAll(data, k.seq, k.key)
	}
	// A lone ESC is kept too: readline waits for the key after it anyway.
	if i := bytes.LastIndexByte(data, 0x1b); i >= 0 {
		tail := data[i:]
		for _, k := range homeEndKeys {
			if len(tail) < len(k.seq) && bytes.HasPrefix(k.seq, tail) {
				return data[:i], append([]byte(nil), tail...)
			}
		}
	}
	return data, nil
}
