// The API described for clients (OpenAPI 3.1), written by hand next to the routes it describes.
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const error = (description: string) => ({ description, content: { "application/json": { schema: ref("Error") } } });
const json = (description: string, schema: object) => ({ description, content: { "application/json": { schema } } });
const idParam = (what: string) => ({ name: "id", in: "path", required: true, description: `${what} id`, schema: { type: "string" } });

function query(name: string, description: string) {
  return { name, in: "query", required: false, description, schema: { type: name === "limit" || name === "offset" ? "integer" : "string" } };
}

export function openApiDocument(limits: { maxBody: number; maxArticles: number }): object {
  const common = { "413": error(`body larger than ${limits.maxBody} bytes`), "429": error("rate limit reached; see Retry-After") };
  const articlesBody = { required: true, content: { "application/json": { schema: ref("ArticlesBody") } } };
  return {
    openapi: "3.1.0",
    info: {
      title: "Triangulate API",
      version: "1",
      description: "Cross-checks news coverage of one event. Every report follows the report contract (DESIGN.md): articles, stories, claims, findings with evidence spans.",
    },
    servers: [{ url: "/" }],
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "TRIANGULATE_API_TOKEN" } },
      schemas: {
        Error: { type: "object", required: ["error"], properties: { error: { type: "string" } } },
        ArticleInput: {
          type: "object", required: ["text"],
          properties: {
            id: { type: ["string", "number", "null"], description: "your own id, kept as sourceId" },
            title: { type: ["string", "null"], maxLength: 2000, description: "defaults to the first line of text" },
            text: { type: "string", maxLength: 2_000_000 },
            url: { type: ["string", "null"] }, publishedAt: { type: ["string", "null"], description: "ISO-8601" },
            outlet: { type: ["string", "null"] }, byline: { type: ["string", "null"] },
          },
        },
        ArticlesBody: { type: "object", required: ["articles"], properties: { articles: { type: "array", minItems: 1, maxItems: limits.maxArticles, items: ref("ArticleInput") } } },
        Article: {
          type: "object",
          required: ["id", "sourceId", "title", "outlet", "url", "byline", "publishedAt", "path", "text"],
          properties: Object.fromEntries(["id", "sourceId", "title", "outlet", "url", "byline", "publishedAt", "path", "text"].map((k) => [k, { type: k === "id" || k === "title" || k === "text" ? "string" : ["string", "null"] }])),
        },
        Report: {
          type: "object", required: ["version", "generatedAt", "articles", "stories"],
          description: "The report contract, version 1 (DESIGN.md). Evidence offsets are UTF-16 offsets into the article's text.",
          properties: { version: { const: 1 }, generatedAt: { type: "string" }, articles: { type: "array", items: ref("Article") }, stories: { type: "array", items: { type: "object" } } },
        },
        StorySummary: {
          type: "object", required: ["id", "title", "articleCount", "timeframe", "findings"],
          properties: {
            id: { type: "string" }, title: { type: "string" }, articleCount: { type: "integer" },
            timeframe: { type: "object", properties: { from: { type: ["string", "null"] }, to: { type: ["string", "null"] } } },
            findings: { type: "object", properties: Object.fromEntries(["high", "medium", "low", "info"].map((s) => [s, { type: "integer" }])) },
          },
        },
        PutResult: { type: "object", properties: { added: { type: "array", items: { type: "string" } }, existing: { type: "array", items: { type: "string" } }, storyIds: { type: "array", items: { type: "string" } } } },
      },
    },
    paths: {
      "/api/analyze": {
        post: {
          summary: "Analyze articles in memory (nothing is stored) and return the report",
          parameters: [
            { name: "format", in: "query", required: false, schema: { enum: ["json", "claimreview"] }, description: "claimreview: schema.org ClaimReview JSON-LD instead of the report" },
            query("keep", "keep the result in memory for a while (the latest 200) and name its address in the Content-Location header: /api/analyses/{id}"),
          ],
          requestBody: articlesBody,
          responses: { "200": json("the report", ref("Report")), "400": error("invalid body; the message names the field"), "415": error("body is not JSON"), "503": error("busy; see Retry-After"), ...common },
        },
      },
      "/api/analyses/{id}": {
        get: {
          summary: "A result kept by POST /api/analyze?keep (while the server runs)",
          parameters: [idParam("analysis"), { name: "format", in: "query", required: false, schema: { enum: ["json", "markdown", "claimreview"] } }, query("download", "send as a file (Content-Disposition: attachment)")],
          responses: { "200": json("the report", ref("Report")), "400": error("unknown format"), "404": error("not kept (any more)"), ...common },
        },
      },
      "/api/articles": {
        post: {
          summary: "Add articles to the store; they are grouped into stories",
          security: [{ bearer: [] }], requestBody: articlesBody,
          responses: { "201": json("what was added", ref("PutResult")), "400": error("invalid body"), "401": error("missing or wrong token"), "405": error("read-only store"), "503": error("no store configured"), ...common },
        },
      },
      "/api/articles/{id}": {
        get: { summary: "One stored article", parameters: [idParam("article")], responses: { "200": json("the article", ref("Article")), "404": error("unknown id"), "503": error("no store configured"), ...common } },
      },
      "/api/stories": {
        get: {
          summary: "Stories in the store: searched, filtered, sorted, one page at a time",
          parameters: [
            query("q", "words that must all occur in the title or a person's or place's name (case and accents ignored)"),
            query("since", "stories whose time frame reaches this day or later (2025-05-16 or an ISO date-time)"),
            query("until", "stories whose time frame begins this day or earlier"),
            query("severity", "stories with a finding of one of these severities: comma list of high, medium, low, info"),
            query("type", "stories with a finding of one of these types: comma list of contradiction, corroboration, single-source, arithmetic, anachronism, derivation, content-farm, framing"),
            query("review", "stories with a finding in one of these review states: comma list of unreviewed, confirmed, dismissed, needs-work (with severity: a finding of both)"),
            query("sort", "newest (default: latest time frame first) or findings (most findings first)"),
            query("limit", "stories per page, 1-200 (default 50)"),
            query("offset", "stories to skip (default 0); the answer's nextOffset gives the next page"),
          ],
          responses: { "200": json("one page of stories", { type: "object", properties: { stories: { type: "array", items: ref("StorySummary") }, total: { type: "integer" }, limit: { type: "integer" }, offset: { type: "integer" }, nextOffset: { type: ["integer", "null"] } } }), "400": error("a parameter out of its range; the message names it"), "503": error("no store configured"), ...common },
        },
      },
      "/api/stories/{id}": {
        get: { summary: "The report for one story", parameters: [idParam("story")], responses: { "200": json("the report with this story and its articles", ref("Report")), "304": { description: "unchanged (If-None-Match)" }, "404": error("unknown id"), "503": error("no store configured"), ...common } },
      },
      "/api/stories/{id}/claimreview": {
        get: { summary: "The story's findings as schema.org ClaimReview JSON-LD", parameters: [idParam("story")], responses: { "200": { description: "JSON-LD", content: { "application/ld+json": { schema: { type: "object" } } } }, "404": error("unknown id"), "503": error("no store configured"), ...common } },
      },
      "/api/status": { get: { summary: "A persistent store's counts (articles, stories, queued, failed) and problems its checks found", responses: { "200": { description: "counts" }, "404": { description: "stories are kept in memory" } } } },
      "/api/info": { get: { summary: "What this server offers (store, writable, auth)", responses: { "200": { description: "capabilities" } } } },
      "/api/openapi.json": { get: { summary: "This document", responses: { "200": { description: "OpenAPI 3.1" } } } },
    },
  };
}
