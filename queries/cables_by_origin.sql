-- name: cables_by_origin
-- description: Number of cables per origin (the embassy, consulate or
-- description: office that sent them), most first, with the first and last date.
--
-- A cable read from text has no publisher's origin, only the station of its
-- id (NEWDELHI): it takes the origin the publisher gives the station's other
-- cables (Embassy New Delhi), so one post is one origin; a station no
-- publisher names stays as it is. Dates are cables.date (the DTG, else the
-- publisher's created date).
WITH post(station, origin) AS (
  SELECT station, origin FROM (
    SELECT station, origin,
           row_number() OVER (PARTITION BY station ORDER BY count(*) DESC, origin) AS pick
    FROM cables
    WHERE origin IS NOT NULL AND station IS NOT NULL
    GROUP BY station, origin)
  WHERE pick = 1
)
SELECT coalesce(c.origin, p.origin, c.station) AS origin, count(*) AS cables,
       min(c.date) AS first, max(c.date) AS last
FROM cables c LEFT JOIN post p ON p.station = c.station
GROUP BY 1
ORDER BY cables DESC, origin;
