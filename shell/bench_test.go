package shell

import (
	"context"
	"io"
	"runtime"
	"sync"
	"testing"
	"time"
)

// BenchmarkStreamTable runs a 1,000,000-row query into an interactive
// table capped at 100 rows and reports the peak heap in use: it stays
// flat because the rows past the cap (and past KeepRows) are counted, not
// kept. Run: go test -bench StreamTable -benchtime 3x ./shell
func BenchmarkStreamTable(b *testing.B) {
	const query = "WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM r WHERE i < 1000000) SELECT i, 'cable text ' || i AS body FROM r"
	for _, keep := range []int{1000, defaultKeepRows} {
		b.Run(map[int]string{1000: "keep1k", defaultKeepRows: "keep100k"}[keep], func(b *testing.B) {
			s := &Shell{DB: testDB(b), Out: io.Discard, Err: io.Discard, Interactive: true, MaxRows: 100, KeepRows: keep}
			defer s.Close()
			s.init()
			var peak uint64
			var mu sync.Mutex
			stop := make(chan struct{})
			go func() {
				var m runtime.MemStats
				for {
					select {
					case <-stop:
						return
					case <-time.After(5 * time.Millisecond):
					}
					runtime.ReadMemStats(&m)
					mu.Lock()
					peak = max(peak, m.HeapInuse)
					mu.Unlock()
				}
			}()
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if err := s.Exec(context.Background(), query); err != nil {
					b.Fatal(err)
				}
			}
			close(stop)
			mu.Lock()
			b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
			mu.Unlock()
		})
	}
}
