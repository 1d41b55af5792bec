-- name: country_activities
-- description: Everything the cables report one country doing: each activity
-- description: with its dates, event, cable and sentence, oldest first.
-- param: country an ISO code (AL), a name (Albania), an alias or a demonym (Albanian), any case
--
-- The country is looked up by code or name; else by the gazetteer's aliases,
-- demonyms and abbreviations (country_names); else by the names the
-- activities carry. A name that stands for several countries (GOI: India,
-- Israel, Iran, ...) is an error listing them with their codes, never a
-- mix of their activities: cablesql_error (a cablesql function) fails the
-- query with that message.
WITH by_code(iso2) AS (
  SELECT iso2 FROM countries
  WHERE iso2 = upper(trim(:country)) OR name = trim(:country) COLLATE NOCASE
),
by_name(iso2) AS (
  SELECT iso2 FROM country_names WHERE name = trim(:country) COLLATE NOCASE
),
by_activity(iso2) AS (
  SELECT iso2 FROM activities
  WHERE iso2 = upper(trim(:country)) OR country = trim(:country) COLLATE NOCASE
),
wanted(iso2) AS (
  SELECT iso2 FROM by_code
  UNION SELECT iso2 FROM by_name WHERE NOT EXISTS (SELECT 1 FROM by_code)
  UNION SELECT iso2 FROM by_activity
  WHERE NOT EXISTS (SELECT 1 FROM by_code) AND NOT EXISTS (SELECT 1 FROM by_name)
),
ambiguous(message) AS (
  SELECT 'country "' || trim(:country) || '" stands for ' || count(*) || ' countries: '
         || group_concat(coalesce(c.name, w.iso2) || ' (' || w.iso2 || ')', ', ')
         || '; give one of the codes'
  FROM (SELECT iso2 FROM wanted ORDER BY iso2) w LEFT JOIN countries c ON c.iso2 = w.iso2
  HAVING count(*) > 1
)
SELECT a.iso2, a.country, a.action, a.event, a.date_from, a.date_to, a.date_text,
       a.cable_id, a.paragraph, a.sentence
FROM activities a
WHERE a.iso2 IN (SELECT iso2 FROM wanted)
  AND (SELECT cablesql_error(message) FROM ambiguous) IS NULL
ORDER BY a.date_from IS NULL, a.date_from, a.cable_id, a.paragraph, a.id;
