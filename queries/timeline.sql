-- name: timeline
-- description: Activities per month (the month each began; undated ones last),
-- description: with how many countries and events, and which actions.
SELECT substr(date_from, 1, 7) AS month, count(*) AS activities,
       count(DISTINCT iso2) AS countries, count(DISTINCT event) AS events,
       group_concat(DISTINCT action ORDER BY action) AS actions
FROM activities
GROUP BY month
ORDER BY month IS NULL, month;
