-- name: event_attendees
-- description: The countries that attended each event whose name contains the
-- description: given text (any case), with the dates, the cables and a sentence
-- description: that says so; events by date, countries by name.
-- param: event part of the event's name, e.g. "Export Control" (any case)
WITH matched AS (
  SELECT event, min(date_from) AS first
  FROM activities
  WHERE event IS NOT NULL AND instr(lower(event), lower(:event)) > 0
  GROUP BY event
)
SELECT a.event, a.iso2, min(a.country) AS country,
       min(a.date_from) AS date_from, max(a.date_to) AS date_to,
       group_concat(DISTINCT a.cable_id ORDER BY a.cable_id) AS cables,
       (SELECT b.sentence FROM activities b
        WHERE b.event = a.event AND b.iso2 = a.iso2 AND b.action = 'attended'
        ORDER BY b.cable_id, b.paragraph LIMIT 1) AS sentence
FROM activities a
JOIN matched m ON m.event = a.event
WHERE a.action = 'attended'
GROUP BY a.event, a.iso2
ORDER BY m.first IS NULL, m.first, a.event, country, a.iso2;
