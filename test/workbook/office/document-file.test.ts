/**
 * WorkbookHost.documentFile over Office's getFileAsync(Compressed): the bytes
 * put together from every slice, the file closed whatever happens (Office keeps
 * at most two open), Office's refusals as DocumentFileError; offered only
 * where the host claims the CompressedFile set.
 */
import { openPackage } from "../../../src/workbook/xlsx/package";
import { listSheets } from "../../../src/workbook/xlsx/read-grid";
import { createOfficeHost } from "../../../src/workbook/office";
import { DocumentFileError, readDocumentFile, type AsyncOutcome, type OfficeDocument, type OfficeFile } from "../../../src/workbook/office/document-file";
import { FakeDocument, FakeExcel, fakeWorkbookFrom } from "../../fakes/excel";

function workbook() {
  return fakeWorkbookFrom({ 取組一覧: [["No", "項目名"], [1, "窓口の改善"]], 進捗集計: [["表１"], ["計", 3]] }, { generated: ["進捗集計"] });
}

const ok = <T>(value: T): AsyncOutcome<T> => ({ status: "succeeded", value });
const bad = <T>(message: string): AsyncOutcome<T> => ({ status: "failed", value: undefined as T, error: { message, code: 5001 } });

/** A document whose file has the given slices; `failSlice` fails that slice; counts closes. */
function scripted(slices: number[][], opts: { failSlice?: number; size?: number } = {}) {
  const log = { closed: 0, asked: [] as number[] };
  const file: OfficeFile = {
    size: opts.size ?? slices.reduce((n, s) => n + s.length, 0),
    sliceCount: slices.length,
    getSliceAsync: (i, cb) => {
      log.asked.push(i);
      setTimeout(() => cb(i === opts.failSlice ? bad("slice lost") : ok({ data: slices[i] })), 0);
    },
    closeAsync: (cb) => {
      log.closed++;
      setTimeout(() => cb?.(ok(undefined)), 0);
    },
  };
  const document: OfficeDocument = { getFileAsync: (_t, _o, cb) => setTimeout(() => cb(ok(file)), 0) };
  return { document, log };
}

describe("readDocumentFile", () => {
  it("asks for Office.FileType.Compressed in slices of at most 4 MB and joins every slice in order", async () => {
    let asked: { type: string; size: number } | null = null;
    const { document, log } = scripted([[80, 75], [3], [4, 5]]);
    const spy: OfficeDocument = { getFileAsync: (t, o, cb) => ((asked = { type: t, size: o.sliceSize }), document.getFileAsync(t, o, cb)) };
    expect(Array.from(await readDocumentFile(spy))).toEqual([80, 75, 3, 4, 5]);
    expect(asked).toEqual({ type: "compressed", size: 4 * 1024 * 1024 });
    expect(log.asked).toEqual([0, 1, 2]);
    expect(log.closed).toBe(1);
  });

  it("closes the file when a slice fails, and says which call failed", async () => {
    const { document, log } = scripted([[1], [2], [3]], { failSlice: 1 });
    const e = await readDocumentFile(document).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DocumentFileError);
    expect((e as DocumentFileError).step).toBe("getSliceAsync");
    expect((e as Error).message).toBe("slice lost");
    expect(log.asked).toEqual([0, 1]);
    expect(log.closed).toBe(1);
  });

  it("refuses slices that do not add up to the file's size (and still closes it)", async () => {
    const { document, log } = scripted([[1, 2]], { size: 3 });
    await expect(readDocumentFile(document)).rejects.toMatchObject({ step: "size" });
    expect(log.closed).toBe(1);
  });

  it("passes Office's refusal of the file on", async () => {
    const document: OfficeDocument = { getFileAsync: (_t, _o, cb) => cb(bad("An internal error has occurred.")) };
    await expect(readDocumentFile(document)).rejects.toMatchObject({ step: "getFileAsync", message: "An internal error has occurred." });
  });

  it("reads the fake's saved workbook in many small slices, leaving no file open (a third read would fail otherwise)", async () => {
    const doc = new FakeDocument(workbook(), "yes");
    for (let i = 0; i < 3; i++) {
      const bytes = await readDocumentFile(doc as unknown as OfficeDocument, 512);
      expect(listSheets(openPackage(bytes)).map((x) => [x.name, x.generated])).toEqual([["取組一覧", false], ["進捗集計", true]]);
    }
    expect(doc.log.requested).toBe(3);
    expect(doc.log.slices).toBeGreaterThan(3);
    expect(doc.log.open).toBe(0);
    expect(doc.log.closed).toBe(3);
  });

  it("the fake, like Office, fails a slice size above 4 MB and a third open file", async () => {
    const doc = new FakeDocument(workbook(), "yes");
    await expect(readDocumentFile(doc as unknown as OfficeDocument, 4 * 1024 * 1024 + 1)).rejects.toMatchObject({ step: "getFileAsync" });
    const open = () => new Promise<AsyncOutcome<unknown>>((resolve) => doc.getFileAsync("compressed", { sliceSize: 1024 }, (r) => resolve(r as AsyncOutcome<unknown>)));
    expect((await open()).status).toBe("succeeded");
    expect((await open()).status).toBe("succeeded");
    expect((await open()).status).toBe("failed");
  });
});

describe("createOfficeHost: documentFile", () => {
  function host(compressedFile: "yes" | "no" | "refused") {
    const fake = new FakeExcel(workbook(), { compressedFile });
    return createOfficeHost(fake.excelRun, { isSetSupported: fake.isSetSupported }, undefined, fake.document as unknown as OfficeDocument);
  }

  it("is there where the host claims CompressedFile, and gives the workbook's .xlsx bytes", async () => {
    const h = host("yes");
    expect(h.documentFile).toBeDefined();
    const bytes = await h.documentFile!();
    expect(Array.from(bytes.subarray(0, 2))).toEqual([0x50, 0x4b]);
  });

  it("is absent without the set (the pane then says so), and rejects where the host refuses the file", async () => {
    expect(host("no").documentFile).toBeUndefined();
    await expect(host("refused").documentFile!()).rejects.toBeInstanceOf(DocumentFileError);
  });

  it("is absent without Office.context.document", () => {
    const fake = new FakeExcel(workbook());
    expect(createOfficeHost(fake.excelRun, { isSetSupported: fake.isSetSupported }).documentFile).toBeUndefined();
  });
});
