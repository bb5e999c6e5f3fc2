// First schema: articles, stories and their assignments, story keys, the job queue, feed state.
export const sql = `
CREATE TABLE articles (
  id text PRIMARY KEY,
  seq bigserial UNIQUE,
  source_id text,
  title text NOT NULL,
  outlet text,
  url text,
  canonical_url text,
  byline text,
  published_at text,
  path text,
  text text NOT NULL,
  ingested_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX articles_canonical_url ON articles (canonical_url);

CREATE TABLE stories (
  id text PRIMARY KEY,
  seq bigserial UNIQUE,
  title text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE story_articles (
  article_id text PRIMARY KEY REFERENCES articles (id),
  story_id text NOT NULL REFERENCES stories (id),
  n_keys int NOT NULL
);
CREATE INDEX story_articles_story ON story_articles (story_id);

CREATE TABLE article_keys (
  article_id text NOT NULL REFERENCES articles (id),
  key text NOT NULL,
  PRIMARY KEY (article_id, key)
);
CREATE INDEX article_keys_key ON article_keys (key);

CREATE TABLE jobs (
  id bigserial PRIMARY KEY,
  kind text NOT NULL,
  key text NOT NULL UNIQUE,
  payload jsonb NOT NULL,
  state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'failed')),
  rerun boolean NOT NULL DEFAULT false,
  attempts int NOT NULL DEFAULT 0,
  max_attempts int NOT NULL DEFAULT 5,
  run_at timestamptz NOT NULL DEFAULT now(),
  locked_by text,
  locked_until timestamptz,
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz
);
CREATE INDEX jobs_waiting ON jobs (id) WHERE state IN ('queued', 'running');

CREATE TABLE feeds (
  url text PRIMARY KEY,
  etag text,
  last_modified text,
  checked_at timestamptz
);
`;
