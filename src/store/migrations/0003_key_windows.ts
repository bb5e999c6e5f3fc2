// Story assignment looks up each key's most recent articles, not all of them, so its cost stays
// flat as the corpus grows: article_keys gets an insertion order (pos, which under the story lock
// is also commit order), the article's key count, and an index that reads a key's newest postings
// without touching the table. Its rows are written only under the story lock, next to the
// article's story_articles row (which keeps the foreign key); the primary key and foreign key
// checks it drops were most of that locked write's cost.
export const sql = `
ALTER TABLE article_keys DROP CONSTRAINT article_keys_pkey;
ALTER TABLE article_keys DROP CONSTRAINT article_keys_article_id_fkey;
ALTER TABLE article_keys ADD COLUMN pos bigserial;
ALTER TABLE article_keys ADD COLUMN n_keys int;
UPDATE article_keys ak SET n_keys = sa.n_keys FROM story_articles sa WHERE sa.article_id = ak.article_id;
ALTER TABLE article_keys ALTER COLUMN n_keys SET NOT NULL;
CREATE UNIQUE INDEX article_keys_pos ON article_keys (pos);
CREATE INDEX article_keys_recent ON article_keys (key, pos DESC) INCLUDE (article_id, n_keys);
DROP INDEX article_keys_key
`;
