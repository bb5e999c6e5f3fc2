// Story assignment by similarity (store/grouping.ts): each story keeps the sum of its articles'
// vectors (story_terms, in whole millionths; its key reads a feature's newest stories first), the
// store counts in how many articles each feature occurs (feature_df, over grouping_totals'
// articles), and stories keep their size. Stories stored before keep their articles and stay
// findable by their entity keys (as event features "n:<key>", each article weighing 1/√keys);
// the key table they came from is no longer needed. Features compare bytewise (COLLATE "C"): a
// server's language collation would cost time on every index step and order nothing useful.
// Both tables leave room in their pages, so a count's or a sum's new row version fits beside the
// old one and no index is touched (a HOT update): most of an assignment's rows are these updates.
export const sql = `
CREATE TABLE story_terms (
  feature text COLLATE "C" NOT NULL,
  story_seq bigint NOT NULL,
  weight float8 NOT NULL,
  PRIMARY KEY (feature, story_seq)
) WITH (fillfactor = 70);
CREATE TABLE feature_df (
  feature text COLLATE "C" PRIMARY KEY,
  df int NOT NULL
) WITH (fillfactor = 70);
CREATE TABLE grouping_totals (
  id int PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  articles bigint NOT NULL
);
ALTER TABLE stories ADD COLUMN articles int NOT NULL DEFAULT 0;
UPDATE stories s SET articles = c.n FROM (SELECT story_id, count(*)::int AS n FROM story_articles GROUP BY story_id) c WHERE c.story_id = s.id;
INSERT INTO story_terms (feature, story_seq, weight)
  SELECT 'n:' || ak.key, s.seq, sum(round(1e6 / sqrt(greatest(ak.n_keys, 1))))
  FROM article_keys ak JOIN story_articles sa ON sa.article_id = ak.article_id JOIN stories s ON s.id = sa.story_id
  GROUP BY s.seq, ak.key;
INSERT INTO feature_df (feature, df) SELECT 'n:' || key, count(DISTINCT article_id)::int FROM article_keys GROUP BY key;
INSERT INTO grouping_totals (articles) SELECT count(*) FROM story_articles;
DROP TABLE article_keys
`;
