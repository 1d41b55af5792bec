-- name: cables_by_origin
-- description: Number of cables per origin (the embassy, consulate or
-- description: office that sent them), most first, with the first and last date.
SELECT coalesce(origin, station) AS origin, count(*) AS cables,
       min(substr(dtg, 1, 10)) AS first, max(substr(dtg, 1, 10)) AS last
FROM cables
GROUP BY 1
ORDER BY cables DESC, origin;
