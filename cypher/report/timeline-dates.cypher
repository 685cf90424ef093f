// name: timeline-dates
// description: How many dated bans, migrations and announcements each date holds: one row per (type, date), for the timeline picture and the timeline's total. Ordered by date, type.
MATCH (claim:Claim)
WHERE claim.type IN ['BANNED_BY', 'MIGRATED_TO', 'ANNOUNCED_ON'] AND claim.date IS NOT NULL
RETURN claim.type AS type, claim.date AS date, count(*) AS claims
ORDER BY date, type
