// Review controls on a finding: confirmed / dismissed / needs work with a note, sent with the bearer
// token and the reviewer's name, both asked once and kept in sessionStorage (gone with the tab).
import { saveReview, type Review, type ReviewState } from "./api.js";
import { h } from "./dom.js";

export const REVIEW_LABELS: Readonly<Record<ReviewState | "unreviewed", string>> = {
  confirmed: "Confirmed", dismissed: "Dismissed", "needs-work": "Needs work", unreviewed: "Unreviewed",
};
const STATES: readonly ReviewState[] = ["confirmed", "dismissed", "needs-work"];
const TOKEN_KEY = "triangulate.token";
const NAME_KEY = "triangulate.reviewer";

function session(key: string): string {
  try {
    return sessionStorage.getItem(key) ?? "";
  } catch {
    return "";
  }
}

/** The token and reviewer name, kept for this tab; one form above the findings. */
export function reviewerForm(auth: boolean): HTMLElement {
  const token = h("input", { type: "password", id: "review-token", autocomplete: "off", value: session(TOKEN_KEY) });
  const name = h("input", { type: "text", id: "review-name", autocomplete: "name", value: session(NAME_KEY) });
  const keep = () => {
    try {
      sessionStorage.setItem(TOKEN_KEY, token.value.trim());
      sessionStorage.setItem(NAME_KEY, name.value.trim());
    } catch {
      // storage off: the values are read from the fields instead
    }
  };
  token.addEventListener("change", keep);
  name.addEventListener("change", keep);
  return h("details", { class: "reviewer", open: !session(NAME_KEY) || (auth && !session(TOKEN_KEY)) },
    h("summary", {}, "Reviewer"),
    h("label", { for: "review-name" }, "Your name"), name,
    auth ? [h("label", { for: "review-token" }, "API token"), token] : null,
    h("p", { class: "muted small" }, "Kept for this browser tab only."));
}

const current = (id: string) => (document.getElementById(id) as HTMLInputElement | null)?.value.trim() ?? "";

/** The review state shown on a finding, and the form that changes it. */
export function reviewControls(storyId: string, findingId: string, review: Review | undefined, onSaved: (r: Review) => void): HTMLElement {
  const state = review?.state ?? "unreviewed";
  const badge = h("span", { class: `review-state rs-${state}` }, REVIEW_LABELS[state]);
  const by = review ? h("span", { class: "muted small" }, ` by ${review.reviewer}, ${review.reviewedAt.slice(0, 16).replace("T", " ")}`) : null;
  const note = h("textarea", { class: "review-note", rows: 2, "aria-label": "Review note", placeholder: "Note (what you checked, where)" });
  note.value = review?.note ?? "";
  const msg = h("p", { class: "review-msg small", role: "status" });
  const buttons = STATES.map((s) => {
    const b = h("button", { type: "button", class: `secondary rs-${s}`, "data-state": s, "aria-pressed": String(state === s) }, REVIEW_LABELS[s]);
    b.addEventListener("click", () => {
      const reviewer = current("review-name") || session(NAME_KEY);
      if (!reviewer) {
        msg.textContent = "Give your name under Reviewer first.";
        return;
      }
      for (const x of buttons) x.disabled = true;
      msg.textContent = "Saving…";
      saveReview(storyId, findingId, { state: s, note: note.value, reviewer }, current("review-token") || session(TOKEN_KEY))
        .then((r) => onSaved({ ...r, findingId }))
        .catch((e: Error) => {
          msg.textContent = /^401/.test(e.message) ? "The server refused the token: enter the API token under Reviewer." : e.message;
          for (const x of buttons) x.disabled = false;
        });
    });
    return b;
  });
  const open = h("details", { class: "review" }, h("summary", {}, badge, by), note, h("div", { class: "review-buttons" }, ...buttons), msg);
  open.dataset["review"] = state;
  return open;
}
