// `status` counts failed jobs and `retry` lists them; both read only the failed ones through this
// index instead of scanning every job the store ever ran.
export const sql = `
CREATE INDEX jobs_failed ON jobs (id) WHERE state = 'failed'
`;
