/**
 * The archive's two static files, served from memory at /assets/: the style sheet (the CSP allows styles only
 * from 'self', so there is no inline style) and the tiny script that shows <time datetime> in the reader's own
 * zone (pages read fine without it: the server writes UTC and names the zone).
 */

const CSS = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #4a4a4a; --line: #d0d0d0; --link: #0b57b0; --bg: #ffffff;
  --panel: #f4f5f7; --accent: #8a1c1c; }
* { box-sizing: border-box; }
html { font-size: 100%; }
body { margin: 0; color: var(--ink); background: var(--bg); line-height: 1.5;
  font-family: system-ui, "DejaVu Sans", "Noto Sans", sans-serif; }
:lang(th) { font-family: "Loma", "Noto Sans Thai", "Tlwg Typo", sans-serif; }
:lang(km) { font-family: "Khmer OS", "Khmer OS System", "Noto Sans Khmer", sans-serif; }
:lang(my) { font-family: "Padauk", "Noto Sans Myanmar", "Myanmar Text", sans-serif; }
:lang(zh) { font-family: "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Noto Sans SC", sans-serif; }
:lang(zh-Hant), :lang(zh-TW) { font-family: "WenQuanYi Micro Hei", "Noto Sans CJK TC", sans-serif; }
a { color: var(--link); }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, summary:focus-visible {
  outline: 3px solid #f0a000; outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: var(--bg); padding: .5rem; }
.skip:focus { left: .5rem; }
header.site { background: #13233a; color: #fff; padding: .6rem 1rem; display: flex; flex-wrap: wrap; gap: .5rem 1.5rem;
  align-items: baseline; }
header.site a { color: #fff; }
header.site .brand { font-weight: 700; font-size: 1.15rem; text-decoration: none; }
header.site nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem 1rem; margin: 0; padding: 0; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
footer.site { max-width: 72rem; margin: 2rem auto 1rem; padding: 0 1rem; color: var(--muted); font-size: .875rem; }
h1 { font-size: 1.5rem; margin: .5rem 0 1rem; }
h2 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; }
form.filters { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: .75rem;
  display: grid; grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr)); gap: .5rem .75rem; margin-bottom: 1rem; }
form.filters label { display: flex; flex-direction: column; font-size: .875rem; font-weight: 600; }
form.filters input, form.filters select { font: inherit; font-weight: 400; padding: .35rem; border: 1px solid #767676;
  border-radius: 4px; min-height: 2.25rem; }
form.filters .actions { display: flex; gap: .5rem; align-items: end; }
button, .button { font: inherit; padding: .4rem .9rem; border: 1px solid #13233a; background: #13233a; color: #fff;
  border-radius: 4px; cursor: pointer; text-decoration: none; display: inline-block; }
.button.secondary { background: #fff; color: #13233a; }
ol.stories { list-style: none; margin: 0; padding: 0; }
ol.stories li { border-bottom: 1px solid var(--line); padding: .6rem 0; }
.story-title { font-size: 1.05rem; font-weight: 600; overflow-wrap: anywhere; }
.meta { color: var(--muted); font-size: .875rem; }
.tag { display: inline-block; background: var(--panel); border: 1px solid var(--line); border-radius: 3px;
  padding: 0 .35rem; margin: 0 .25rem .15rem 0; font-size: .8rem; color: var(--ink); }
.problems { border: 2px solid var(--accent); padding: .5rem .75rem; border-radius: 6px; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.table-wrap { overflow-x: auto; }
.chart-block { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1rem; align-items: start; }
.chart-block figure { margin: 0; }
.chart-block table { font-size: .8rem; }
.chart-block th, .chart-block td { padding: .1rem .4rem; white-space: nowrap; }
.chart-block thead th { white-space: normal; vertical-align: bottom; }
@media (max-width: 48rem) { .chart-block { grid-template-columns: 1fr; } }
svg.chart { width: 100%; height: auto; background: #fff; border: 1px solid var(--line); border-radius: 6px; }
svg.chart text { font-size: 11px; fill: #333; font-family: system-ui, "DejaVu Sans", sans-serif; }
.state-failing { color: var(--accent); font-weight: 600; }
.pager { margin: 1rem 0; display: flex; gap: 1rem; }
.login { max-width: 24rem; }
.login label { display: flex; flex-direction: column; font-weight: 600; margin-bottom: .75rem; }
.login input { font: inherit; padding: .4rem; border: 1px solid #767676; border-radius: 4px; }
@media (max-width: 30rem) { main { padding: .6rem; } h1 { font-size: 1.3rem; } }
`;

const LOCAL_TIME_JS = `// Shows every <time datetime> in the reader's own time zone; without this script the page shows UTC.
(function () {
  var format = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone || "local time";
  var times = document.querySelectorAll("time[datetime]");
  for (var i = 0; i < times.length; i++) {
    var value = times[i].getAttribute("datetime");
    if (value.indexOf("T") < 0) continue; // a day (a week's start) has no zone to convert
    var date = new Date(value);
    if (isNaN(date.getTime())) continue;
    times[i].title = times[i].textContent;
    times[i].textContent = format.format(date) + " (" + zone + ")";
  }
})();
`;

const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#13233a"/><path d="M3 11 L6 6 L9 9 L13 4" stroke="#f0a000" stroke-width="2" fill="none"/></svg>`;

/** The static files by path, with their content types. */
export const WEB_ASSETS: ReadonlyMap<string, { body: string; contentType: string }> = new Map([
  ["/assets/app.css", { body: CSS, contentType: "text/css; charset=utf-8" }],
  ["/assets/icon.svg", { body: ICON_SVG, contentType: "image/svg+xml" }],
  ["/favicon.ico", { body: ICON_SVG, contentType: "image/svg+xml" }],
  ["/assets/local-time.js", { body: LOCAL_TIME_JS, contentType: "text/javascript; charset=utf-8" }],
]);
