-- name: country_activities
-- description: Everything the cables report one country doing: each activity
-- description: with its dates, event, cable and sentence, oldest first.
-- param: country an ISO code (AL), a name (Albania), an alias or a demonym (Albanian), any case
--
-- The country is looked up by code, by the gazetteer's names, aliases and
-- demonyms (country_names), and by the names the activities carry.
WITH wanted(iso2) AS (
  SELECT iso2 FROM countries
  WHERE iso2 = upper(trim(:country)) OR name = trim(:country) COLLATE NOCASE
  UNION
  SELECT iso2 FROM country_names WHERE name = trim(:country) COLLATE NOCASE
  UNION
  SELECT iso2 FROM activities
  WHERE iso2 = upper(trim(:country)) OR country = trim(:country) COLLATE NOCASE
)
SELECT a.iso2, a.country, a.action, a.event, a.date_from, a.date_to, a.date_text,
       a.cable_id, a.paragraph, a.sentence
FROM activities a
WHERE a.iso2 IN (SELECT iso2 FROM wanted)
ORDER BY a.date_from IS NULL, a.date_from, a.cable_id, a.paragraph, a.id;
