// How many articles a story held when its kept report was made, so that a growing story can be
// analyzed again once per N new articles (worker --reanalyze-every). Null for reports kept before.
export const sql = `
ALTER TABLE stories ADD COLUMN report_articles integer;
`;
