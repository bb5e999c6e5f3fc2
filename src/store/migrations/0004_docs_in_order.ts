// Annotated docs are kept (a story's analysis reads them instead of annotating again), and story
// assignment is decoupled from annotation: workers annotate in parallel and leave each article's
// keys in assign_pending; whoever holds the story lock assigns them in queue order, up to the
// first article still being annotated, so the stories do not depend on how many workers ran.
export const sql = `
CREATE TABLE article_docs (
  article_id text PRIMARY KEY REFERENCES articles (id),
  annotator text NOT NULL,
  doc bytea NOT NULL
);
CREATE TABLE assign_pending (
  job_id bigint PRIMARY KEY,
  article_id text NOT NULL,
  title text NOT NULL,
  keys text[] NOT NULL
)
`;
