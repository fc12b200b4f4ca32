/** The page shell every archive page shares: landmarks, navigation, the style sheet and the local-time script. */
import { html, type SafeHtml } from "./html.js";

const NAV: [string, string][] = [
  ["/", "Stories"],
  ["/trends", "Trends"],
  ["/feeds", "Feeds"],
];

/** A whole HTML document around `body`. */
export function layout(title: string, current: string, body: SafeHtml): SafeHtml {
  return html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · tracewire</title>
<link rel="stylesheet" href="/assets/app.css">
<link rel="icon" href="/assets/icon.svg" type="image/svg+xml">
<script src="/assets/local-time.js" defer></script>
</head>
<body>
<a class="skip" href="#content">Skip to content</a>
<header class="site">
<a class="brand" href="/">tracewire</a>
<nav aria-label="Main"><ul>${NAV.map(
    ([href, label]) =>
      html`<li><a href="${href}"${current === href ? html` aria-current="page"` : ""}>${label}</a></li>`,
  )}</ul></nav>
</header>
<main id="content" tabindex="-1">
${body}
</main>
<footer class="site"><p>Times are shown in your browser's time zone (UTC without JavaScript).</p></footer>
</body>
</html>`;
}
