/**
 * Part names inside the package. Zip entries are stored without the leading
 * `/` OPC part names carry (`xl/workbook.xml` for `/xl/workbook.xml`), and
 * relationship targets are relative to the source part's folder unless they
 * start with `/` (openpyxl writes absolute targets, Excel relative ones).
 */

/** Folder of a part, with its trailing slash: `xl/worksheets/sheet1.xml` → `xl/worksheets/`. */
export function folderOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? "" : path.slice(0, slash + 1);
}

/** The relationships part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; the package's own: `_rels/.rels`. */
export function relsPathOf(path: string): string {
  const folder = folderOf(path);
  return folder + "_rels/" + path.slice(folder.length) + ".rels";
}

/** Resolves a relationship target against its source part; null for a target outside the package. */
export function resolveTarget(sourcePath: string, target: string): string | null {
  let t = target;
  try {
    t = decodeURIComponent(t);
  } catch {
    // not percent-encoded after all: keep it as written
  }
  const hash = t.indexOf("#");
  if (hash >= 0) t = t.slice(0, hash);
  const segments = t.startsWith("/") ? [] : folderOf(sourcePath).split("/").filter((s) => s !== "");
  for (const seg of t.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") {
      if (segments.length === 0) return null;
      segments.pop();
    } else segments.push(seg);
  }
  return segments.length === 0 ? null : segments.join("/");
}

/** Target of `path` written relative to `sourcePath`'s folder (`xl/worksheets/sheet4.xml` from `xl/workbook.xml` → `worksheets/sheet4.xml`). */
export function relativeTarget(sourcePath: string, path: string): string {
  const from = folderOf(sourcePath).split("/").filter((s) => s !== "");
  const to = path.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return "../".repeat(from.length - common) + to.slice(common).join("/");
}
