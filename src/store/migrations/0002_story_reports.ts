// Workers keep each story's latest report, so `triangulate report` and the server can serve it
// without re-running the analysis when nothing changed.
export const sql = `
ALTER TABLE stories ADD COLUMN report jsonb;
ALTER TABLE stories ADD COLUMN report_at timestamptz
`;
