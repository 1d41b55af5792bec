-- name: cables_by_origin
-- description: Number of cables per origin, most first.
SELECT coalesce(origin, station) AS origin, count(*) AS cables,
       min(substr(dtg, 1, 10)) AS first, max(substr(dtg, 1, 10)) AS last
FROM cables
GROUP BY 1
ORDER BY cables DESC, origin;
