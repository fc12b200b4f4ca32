/** `/login`: the form that asks for TRACEWIRE_WEB_TOKEN when the archive is opened beyond this machine. */
import { html, type SafeHtml } from "./html.js";
import { layout } from "./layout.js";

/** The whole page; `failed` says the last token given was wrong (never repeating it). */
export function loginPage(failed: boolean, next: string): SafeHtml {
  return layout(
    "Sign in",
    "",
    html`<h1>Sign in to the archive</h1>
<form class="login" method="post" action="/login">
${failed ? html`<p class="problems" role="alert">That token is not the archive's. Ask the operator for TRACEWIRE_WEB_TOKEN.</p>` : ""}
<input type="hidden" name="next" value="${next}">
<label for="token">Access token<input id="token" name="token" type="password" autocomplete="current-password" required></label>
<button type="submit">Sign in</button>
</form>`,
  );
}
