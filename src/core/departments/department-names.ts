/**
 * The departments (担当課) an item names (contract §10, "By department").
 * One cell may name several: 「企画課・財政課」, 「企画課、財政課」, 「企画課
 * 財政課」 on two lines, 「企画課／財政課」. Line breaks, 、 , ， ／ / ; ；
 * always separate; ・ and spaces separate only when every part then ends like
 * a department (課, 室, 局, 部, 係, 所, センター, …): 「子ども・若者課」 is one
 * department, 「企画課・財政課」 two. See docs/decisions.md ("By department").
 */
import { normalize } from "../values/text";

/** Endings of a department's name: a part without one is not split off by ・ or a space. */
const DEPARTMENT_ENDINGS: readonly string[] = [
  "課", "室", "局", "部", "係", "所", "センター", "館", "署", "委員会", "事務局", "担当", "グループ", "チーム", "本部", "division", "department", "office", "section",
];

const ALWAYS = /[\r\n、,，／/;；]+/;
const SOFT = /[・･\s　]+/;

function endsLikeDepartment(part: string): boolean {
  const p = part.toLowerCase();
  return DEPARTMENT_ENDINGS.some((e) => p.endsWith(e));
}

/** Splits one piece by ・ / spaces when every resulting part ends like a department; else keeps it whole. */
function softSplit(piece: string): string[] {
  const parts = piece.split(SOFT).filter((p) => p !== "");
  if (parts.length > 1 && parts.every(endsLikeDepartment)) return parts;
  return [piece.replace(/\s+/g, " ")];
}

/** The departments a 担当課 cell names, in its order, each once (trimmed, NFKC). Blank → []. */
export function departmentsOf(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.normalize("NFKC").split(ALWAYS)) {
    const piece = raw.trim();
    if (piece === "") continue;
    for (const d of softSplit(piece)) if (!out.includes(d)) out.push(d);
  }
  return out;
}

/** The key two department names are compared by: NFKC, no spaces, lower case (「企画 課」 = 「企画課」). */
export function departmentKey(name: string): string {
  return normalize(name).replace(/\s+/g, "").toLowerCase();
}
