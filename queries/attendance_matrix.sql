-- name: attendance_matrix
-- description: Who attended what: a row per country, a column per attended
-- description: event headed by its name (by date, then name), then the total.
-- description: 1/0 in CSV and JSON, ✓ in tables.
-- pivot: iso2,country event attended total=total mark=✓ sort=-total,country
--
-- The long rows are one (country, event) pair per attendance; the pivot
-- makes the columns in the order the events first appear, so the ORDER BY
-- below decides it: the event's earliest date (undated events last), then
-- its name.
WITH event_dates AS (
  SELECT event, min(date_from) AS first
  FROM activities
  WHERE event IS NOT NULL
  GROUP BY event
),
names AS (
  SELECT iso2, min(country) AS country FROM activities GROUP BY iso2
)
SELECT a.iso2, n.country, a.event, 1 AS attended
FROM activities a
JOIN event_dates d ON d.event = a.event
JOIN names n ON n.iso2 = a.iso2
WHERE a.action = 'attended'
GROUP BY a.iso2, a.event
ORDER BY d.first IS NULL, d.first, a.event, n.country;
