// Story assignment by similarity (store/grouping.ts): each article leaves postings for its
// heaviest features (article_terms, with the story it joined: stories are never merged), the
// store counts in how many articles each feature occurs (feature_df, over grouping_totals'
// articles), and stories keep their size. Articles stored before keep their stories and stay
// findable by their entity keys (as event features "n:<key>", weighed 1/√keys); the key table
// they came from is no longer needed.
export const sql = `
CREATE TABLE article_terms (
  pos bigserial PRIMARY KEY,
  story_id text NOT NULL,
  feature text NOT NULL,
  weight real NOT NULL
);
CREATE INDEX article_terms_recent ON article_terms (feature, pos DESC) INCLUDE (story_id, weight);
CREATE TABLE feature_df (
  feature text PRIMARY KEY,
  df int NOT NULL
);
CREATE TABLE grouping_totals (
  id int PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  articles bigint NOT NULL
);
ALTER TABLE stories ADD COLUMN articles int NOT NULL DEFAULT 0;
UPDATE stories s SET articles = c.n FROM (SELECT story_id, count(*)::int AS n FROM story_articles GROUP BY story_id) c WHERE c.story_id = s.id;
INSERT INTO article_terms (story_id, feature, weight)
  SELECT sa.story_id, 'n:' || ak.key, 1 / sqrt(greatest(ak.n_keys, 1)) FROM article_keys ak JOIN story_articles sa ON sa.article_id = ak.article_id ORDER BY ak.pos;
INSERT INTO feature_df (feature, df) SELECT 'n:' || key, count(DISTINCT article_id)::int FROM article_keys GROUP BY key;
INSERT INTO grouping_totals (articles) SELECT count(*) FROM story_articles;
DROP TABLE article_keys
`;
