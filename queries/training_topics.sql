-- name: training_topics
-- description: Training topics by how often they come up: the activities and
-- description: countries per topic, most frequent first.
SELECT min(t.topic) AS topic, count(DISTINCT a.id) AS activities,
       count(DISTINCT a.iso2) AS countries,
       group_concat(DISTINCT a.iso2 ORDER BY a.iso2) AS iso2s
FROM activity_topics t
JOIN activities a ON a.id = t.activity_id
GROUP BY lower(trim(t.topic))
ORDER BY activities DESC, countries DESC, topic;
