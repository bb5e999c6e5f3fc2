// A year of news in one store (store/grouping.ts, "time window"): each placed article keeps its
// publication day (story_articles.day, days since 1970-01-01; null when unknown), each story the
// day of its latest article (stories.last_day, indexed: stories quiet for longer than the window
// are closed to new articles, and counted cheaply), and each posting the day of its article, so a
// new article's candidate search reads only the postings of the window before it (an index on
// (feature, day)) and its cost does not grow with the archive. A feature's posting list holds the
// first MAX_POSTING articles of each period of the window's length (feature_df.epoch_day: the day
// the current period began), so a name or word seen a month ago still finds today's articles.
// Existing rows get their day from the publication day among their grouping features. Rows
// without features (placed before 0009) are found through a partial index: regroup looks for them
// in every window's transaction, under the story lock.
export const sql = `
ALTER TABLE story_articles ADD COLUMN day int;
UPDATE story_articles SET day = (SELECT substr(k, 6)::int FROM unnest(keys) AS k WHERE k LIKE '@pub:%' LIMIT 1) WHERE keys IS NOT NULL;
CREATE INDEX story_articles_day ON story_articles (day);
ALTER TABLE stories ADD COLUMN last_day int;
UPDATE stories s SET last_day = (SELECT max(x.day) FROM story_articles x WHERE x.story_id = s.id);
CREATE INDEX stories_last_day ON stories (last_day);
ALTER TABLE feature_postings ADD COLUMN day int;
UPDATE feature_postings p SET day = x.day FROM story_articles x WHERE x.seq = p.article_seq;
CREATE INDEX feature_postings_day ON feature_postings (feature, day);
ALTER TABLE feature_df ADD COLUMN epoch_day int;
CREATE INDEX story_articles_no_keys ON story_articles (seq) WHERE keys IS NULL;
`;
