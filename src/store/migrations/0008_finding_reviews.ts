// A person's review of a finding: confirmed, dismissed or needs work, with a note, who and when.
// Keyed by the finding's fingerprint (its rule and evidence spans), not by its id: ids are
// positions in a story's findings and move when the story is analyzed again; the spans do not.
// One row per finding (the latest review); the story id is kept to list a story's reviews.
export const sql = `
CREATE TABLE finding_reviews (
  story_id text NOT NULL,
  fingerprint text NOT NULL,
  finding_id text NOT NULL,
  state text NOT NULL CHECK (state IN ('confirmed', 'dismissed', 'needs-work')),
  note text NOT NULL DEFAULT '',
  reviewer text NOT NULL,
  reviewed_at timestamptz NOT NULL,
  PRIMARY KEY (story_id, fingerprint)
)
`;
