import { createOfficeHost } from "../../../src/workbook/office";
import { FakeExcel, fakeWorkbookFrom, type CellInput } from "../../../test/fakes/excel";
it("stats", async () => {
  const rows: CellInput[][] = [];
  const text = "市民との協働による地域課題の解決に向けた取組を推進する";
  for (let r = 0; r <= 100_000; r++) {
    const row: CellInput[] = new Array(24);
    for (let c = 0; c < 24; c++) row[c] = c % 3 === 0 ? r * 10 + c : c % 3 === 1 ? text.slice(0, 4 + ((r + c) % 20)) : null;
    rows.push(row);
  }
  let t = Date.now();
  const fake = new FakeExcel(fakeWorkbookFrom({ 取組一覧: rows }));
  console.log("build", Date.now() - t); t = Date.now();
  const snap = await createOfficeHost(fake.excelRun, { isSetSupported: fake.isSetSupported }).load("取組一覧");
  console.log("load", Date.now() - t, snap.roundTrips, JSON.stringify(fake.syncs.map(s => [s.requestBytes, s.responseBytes])));
});
