// Story assignment with analyze's clusterer (store/grouping.ts): each placed article keeps its
// grouping features (story_articles.keys) and a place in assignment order (seq); each feature
// keeps the first MAX_POSTING articles that have it (feature_postings, counted in
// feature_df.posted), the sub-linear index new articles find their candidates through. Story sums
// (story_terms) belonged to the rule this replaces. Articles placed before have no features kept
// and are found by no posting until `triangulate regroup` fills them in.
export const sql = `
DROP TABLE story_terms;
ALTER TABLE story_articles ADD COLUMN seq bigserial;
ALTER TABLE story_articles ADD COLUMN keys text[];
CREATE UNIQUE INDEX story_articles_seq ON story_articles (seq);
CREATE INDEX story_articles_story_seq ON story_articles (story_id, seq);
DROP INDEX story_articles_story;
ALTER TABLE feature_df ADD COLUMN posted int NOT NULL DEFAULT 0;
CREATE TABLE feature_postings (
  feature text COLLATE "C" NOT NULL,
  article_seq bigint NOT NULL,
  PRIMARY KEY (feature, article_seq)
)
`;
