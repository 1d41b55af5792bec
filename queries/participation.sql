-- name: participation_by_country
-- description: Activities per country, one column per action, highest total first.
SELECT a.iso2, a.country, count(*) AS total,
       sum(a.action = 'attended')  AS attended,
       sum(a.action = 'trained')   AS trained,
       sum(a.action = 'informed')  AS informed,
       sum(a.action = 'urged')     AS urged,
       sum(a.action = 'discussed') AS discussed,
       sum(a.action = 'assisted')  AS assisted,
       sum(a.action = 'hosted')    AS hosted
FROM activities a
GROUP BY a.iso2, a.country
ORDER BY total DESC, a.country;
