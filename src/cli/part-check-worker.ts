/**
 * The worker thread of background-check.ts: decodes each part it is sent as
 * the package does (text-decode.ts) and answers with its check (xml-check.ts).
 * Loads only those two modules: it starts when the first large part is read,
 * and should be checking it at once.
 */
import { parentPort } from "worker_threads";
import { decodeText } from "../workbook/xlsx/text-decode";
import { checkXml } from "../workbook/xlsx/xml-check";

/** What the main thread sends: a part's bytes, numbered. */
export interface CheckRequest {
  readonly id: number;
  readonly bytes: Uint8Array;
}

/** The answer: the part's fault, or null when it is sound. */
export interface CheckAnswer {
  readonly id: number;
  readonly fault: ReturnType<typeof checkXml>;
}

parentPort?.on("message", (m: CheckRequest) => {
  const answer: CheckAnswer = { id: m.id, fault: checkXml(decodeText(m.bytes)) };
  parentPort?.postMessage(answer);
});
