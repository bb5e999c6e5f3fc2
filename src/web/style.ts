// The UI's stylesheet, served as /assets/style.css. One column on a phone, findings beside the
// articles on a wide screen; focus always visible; severity colours with text labels, never colour alone.
export const STYLE = `
:root{--fg:#1b1b1b;--muted:#5f6368;--line:#d6d6d6;--bg:#fff;--panel:#f7f7f5;--focus:#1a57d6;
--high:#b00020;--medium:#a35a00;--low:#52606d;--info:#1f5fa8;--mark:#fff1a6;--lit:#ffb347;--ins:#d9f5d3;--del:#ffd9d9}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
a{color:#1a4fb8}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:-999px;top:0}.skip:focus{left:.5rem;background:#fff;padding:.25rem .5rem;z-index:10}
.top{display:flex;flex-wrap:wrap;gap:.5rem 1.25rem;align-items:baseline;padding:.6rem 1rem;border-bottom:1px solid var(--line);background:var(--panel)}
.brand{font-weight:700;font-size:1.15rem;text-decoration:none;color:var(--fg)}
.top nav{display:flex;gap:1rem;flex-wrap:wrap}
main{max-width:1400px;margin:0 auto;padding:1rem}
main:focus{outline:none}
h1{font-size:1.5rem;line-height:1.25;margin:.25rem 0 .5rem}h2{font-size:1.2rem;margin:1.5rem 0 .5rem}h3{font-size:1rem;margin:1rem 0 .4rem}
.muted{color:var(--muted)}
nav.jump{display:flex;flex-wrap:wrap;gap:.3rem 1rem;margin:.25rem 0 .5rem}
h2[id]{scroll-margin-top:.5rem}
details.reasons{margin:.25rem 0 .75rem}details.reasons summary{cursor:pointer;color:#1a4fb8}
.error{border:1px solid var(--high);background:#fff5f5;padding:.5rem .75rem;border-radius:4px}
.badges{display:inline-flex;flex-wrap:wrap;gap:.3rem}
.sev{display:inline-block;font-size:.72rem;font-weight:700;text-transform:uppercase;letter-spacing:.03em;padding:.05rem .4rem;border-radius:3px;color:#fff;white-space:nowrap}
.sev-high{background:var(--high)}.sev-medium{background:var(--medium)}.sev-low{background:var(--low)}.sev-info{background:var(--info)}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{border:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
thead th{background:var(--panel)}
tr.contested th{background:#fff0f0}
button.cell{display:block;font:inherit;text-align:left;background:none;border:0;padding:0;color:#1a4fb8;cursor:pointer;text-decoration:underline dotted}
button.cell.disputed{color:var(--high);font-weight:700;text-decoration:underline solid}
button.cell.disputed::before{content:"≠ "}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.story-grid{display:grid;grid-template-columns:minmax(280px,38%) 1fr;gap:1.25rem;align-items:start}
.findings{position:sticky;top:.5rem;max-height:calc(100vh - 1rem);overflow:auto;padding-right:.25rem}
.group{margin:0 0 1rem}
.group h3{display:flex;gap:.5rem;align-items:center}
.finding-list{list-style:none;margin:0;padding:0;display:grid;gap:.4rem}
button.finding{display:block;width:100%;text-align:left;font:inherit;color:inherit;background:#fff;border:1px solid var(--line);border-left:5px solid var(--low);border-radius:4px;padding:.45rem .6rem;cursor:pointer}
button.finding.sev-high{border-left-color:var(--high)}button.finding.sev-medium{border-left-color:var(--medium)}button.finding.sev-info{border-left-color:var(--info)}
button.finding:hover{background:var(--panel)}
button.finding[aria-pressed="true"]{background:#fff7e6;border-color:var(--lit);box-shadow:0 0 0 1px var(--lit)}
.finding .meta{display:flex;gap:.4rem;align-items:center;font-size:.8rem;color:var(--muted);margin-bottom:.15rem}
.finding .says{display:block;font-size:.85rem;color:var(--muted);margin-top:.2rem}
ul.chips{list-style:none;margin:.3rem 0 .2rem;padding:0 0 0 .6rem;display:flex;flex-wrap:wrap;gap:.3rem}
button.chip{font:inherit;font-size:.8rem;background:#fff;color:#1a4fb8;border:1px solid var(--line);border-radius:999px;padding:.05rem .55rem;cursor:pointer}
button.chip:hover{background:var(--panel)}
.articles{display:grid;gap:1rem}
article.art{border:1px solid var(--line);border-radius:6px;padding:.75rem 1rem;scroll-margin-top:1rem}
article.art header{margin-bottom:.5rem}
.label{display:inline-block;min-width:1.6rem;text-align:center;font-weight:700;background:var(--fg);color:#fff;border-radius:3px;padding:0 .3rem;margin-right:.4rem}
.art-text{white-space:pre-wrap;overflow-wrap:anywhere;margin:0}
mark{background:var(--mark);color:inherit;border-bottom:2px solid transparent;border-radius:2px;scroll-margin:30vh 0}
mark.ev-high{border-bottom-color:var(--high)}
mark.lit{background:var(--lit);box-shadow:0 0 0 2px var(--lit);font-weight:600}
.deriv{border:1px solid var(--line);border-radius:6px;padding:.5rem .75rem;margin-bottom:1rem}
details.deriv>summary{cursor:pointer}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:.75rem;border-top:1px solid var(--line);padding:.5rem 0}
.pair p{margin:0;white-space:pre-wrap;overflow-wrap:anywhere}
ins{background:var(--ins);text-decoration:none;border-bottom:2px solid #2e7d32}
del{background:var(--del);text-decoration:line-through}
.changes{font-size:.85rem;color:var(--muted);grid-column:1/-1}
.cards{list-style:none;padding:0;margin:0;display:grid;gap:.6rem}
.card{border:1px solid var(--line);border-radius:6px;padding:.6rem .8rem}
.card a{font-weight:600;font-size:1.05rem}
textarea{width:100%;min-height:14rem;font:14px/1.4 ui-monospace,Menlo,Consolas,monospace;padding:.5rem}
.form-row{margin:.6rem 0;display:flex;flex-wrap:wrap;gap:.6rem;align-items:center}
button.primary,button.secondary{font:inherit;padding:.45rem .9rem;border-radius:4px;border:1px solid #1a4fb8;cursor:pointer}
button.primary{background:#1a4fb8;color:#fff}button.secondary{background:#fff;color:#1a4fb8}
.status{min-height:1.5em}
.small{font-size:.85rem}
form.filters{display:flex;flex-wrap:wrap;gap:.5rem .8rem;align-items:flex-end;margin:.5rem 0 1rem;padding:.6rem .8rem;background:var(--panel);border:1px solid var(--line);border-radius:6px}
.field{display:flex;flex-direction:column;font-size:.85rem;gap:.15rem}
.field input,.field select,.findings select{font:inherit;padding:.3rem .4rem;border:1px solid #9a9a9a;border-radius:4px;background:#fff;max-width:100%}
.field input[type=search]{min-width:min(18rem,80vw)}
.reset{align-self:center}
.pager{display:flex;justify-content:space-between;gap:1rem;margin:1rem 0}
.pager a[rel=next]{margin-left:auto}
.ev-nav{display:flex;align-items:center;gap:.5rem;margin:.25rem 0 .75rem}
.ev-nav[hidden]{display:none}
.ev-at{font-size:.85rem;color:var(--muted)}
mark.here{outline:3px solid var(--focus)}
.articles-head{display:flex;gap:.5rem;align-items:center;flex-wrap:wrap}
.articles-head h2{margin-right:auto}
details.art-body>summary{cursor:pointer;color:#1a4fb8;font-size:.85rem;margin-bottom:.3rem}
details.reviewer{margin:.3rem 0 .6rem;padding:.3rem .5rem;border:1px solid var(--line);border-radius:4px}
details.reviewer label{display:block;font-size:.85rem;margin-top:.3rem}
details.reviewer input{font:inherit;width:100%;padding:.25rem .4rem}
details.review{margin:.2rem 0 .3rem .6rem;font-size:.85rem}
details.review summary{cursor:pointer}
.review-note{min-height:3rem;width:100%;font:inherit}
.review-buttons{display:flex;flex-wrap:wrap;gap:.3rem;margin:.3rem 0}
.review-buttons button{padding:.2rem .5rem}
.review-buttons button[aria-pressed=true]{background:#1a4fb8;color:#fff}
.review-state{font-weight:700}
.rs-confirmed.review-state{color:#2e7d32}.rs-dismissed.review-state{color:var(--muted);text-decoration:line-through}.rs-needs-work.review-state{color:var(--medium)}
.reviewed{color:#2e7d32}
.result-links{overflow-wrap:anywhere}
.live-notice{background:#eef6ee;border:1px solid #2e7d32;border-radius:4px;padding:.4rem .6rem}
button.to-findings{display:none}
@media (max-width:800px){
  body{font-size:15px}
  main{padding:.6rem}
  .story-grid{grid-template-columns:1fr}
  .findings{position:static;max-height:none;overflow:visible}
  button.to-findings{display:block;position:fixed;right:.8rem;bottom:.8rem;z-index:5;font:inherit;padding:.5rem .8rem;border-radius:999px;border:1px solid #1a4fb8;background:#1a4fb8;color:#fff;box-shadow:0 2px 6px rgba(0,0,0,.25)}
  .pair{grid-template-columns:1fr}
  th,td{padding:.25rem .35rem}
}
`;
