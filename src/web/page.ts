// The one HTML page of the UI: a shell with no inline script or style (the CSP forbids both);
// client/main.js reads the URL and builds the view from the API's report JSON.
export function pageHtml(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Triangulate</title>
<link rel="stylesheet" href="/assets/style.css">
<script type="module" src="/assets/main.js"></script>
</head>
<body>
<a class="skip" href="#app">Skip to content</a>
<header class="top">
<a class="brand" href="/">Triangulate</a>
<nav aria-label="Main"><a href="/">Stories</a><a href="/analyze">Analyze articles</a><a href="/api/openapi.json">API</a></nav>
</header>
<main id="app" tabindex="-1"><p class="muted">Loading…</p></main>
<noscript><p>This page needs JavaScript. The same report is available as JSON from <a href="/api/stories">/api/stories</a>.</p></noscript>
</body>
</html>
`;
}
