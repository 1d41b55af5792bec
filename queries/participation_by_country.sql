-- name: participation_by_country
-- description: How often each country is reported acting: one row per country
-- description: with activities, highest total first, then a column per action
-- description: (attended, trained, informed, urged, discussed, assisted, hosted,
-- description: then any other action the data holds).
-- pivot: iso2,country,total action n
--
-- The long rows are country x action counts, zeros included, so every
-- country has every action column; the pivot turns them into columns in
-- the order below.
WITH known(action, ord) AS (
  VALUES ('attended', 1), ('trained', 2), ('informed', 3), ('urged', 4),
         ('discussed', 5), ('assisted', 6), ('hosted', 7)
),
actions(action, ord) AS (
  SELECT action, ord FROM known
  UNION ALL
  SELECT DISTINCT action, 100 FROM activities WHERE action NOT IN (SELECT action FROM known)
),
per_country AS (
  SELECT iso2, min(country) AS country, count(*) AS total
  FROM activities
  GROUP BY iso2
),
counts AS (
  SELECT iso2, action, count(*) AS n FROM activities GROUP BY iso2, action
)
SELECT p.iso2, p.country, p.total, a.action, coalesce(c.n, 0) AS n
FROM per_country p
CROSS JOIN actions a
LEFT JOIN counts c ON c.iso2 = p.iso2 AND c.action = a.action
ORDER BY p.total DESC, p.country, p.iso2, a.ord, a.action;
