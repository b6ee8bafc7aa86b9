/**
 * Follows Office's theme: Excel's dark themes (Black, Dark Grey) give the
 * task pane a dark body colour through Office.context.officeTheme; the pane
 * then switches its colour tokens (taskpane.css, [data-theme="dark"]).
 */

/** Relative luminance of `#rrggbb` (0 black … 1 white); null when not such a colour. */
export function luminance(hex: string): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (m === null) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Sets data-theme="dark" on the document when Office's body background is dark. */
export function applyOfficeTheme(office: typeof Office, doc: Document): void {
  let background: string | undefined;
  try {
    background = office.context?.officeTheme?.bodyBackgroundColor;
  } catch {
    return; // officeTheme is absent on some hosts; the light theme stays.
  }
  if (typeof background !== "string") return;
  const l = luminance(background);
  if (l !== null && l < 0.2) doc.documentElement.setAttribute("data-theme", "dark");
}
