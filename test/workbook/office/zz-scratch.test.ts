import { createOfficeHost } from "../../../src/workbook/office";
import { FakeExcel } from "../../fakes/excel";
import { registerFixture, workbookWithRegister } from "./register-fixture";
import { smallReport } from "./report-fixture";
it("counts", async () => {
  const f = registerFixture(8);
  const make = async () => { const fk = new FakeExcel(workbookWithRegister(f)); await createOfficeHost(fk.excelRun, { isSetSupported: fk.isSetSupported }).writeReport(smallReport()); return fk.workbook; };
  const clean = new FakeExcel(await make());
  await createOfficeHost(clean.excelRun, { isSetSupported: clean.isSetSupported }).writeReport(smallReport());
  const n = clean.operationsApplied;
  let fwd = 0;
  for (let k = 1; k <= n; k++) { const fk = new FakeExcel(await make()); fk.failAt(k); try { await createOfficeHost(fk.excelRun, { isSetSupported: fk.isSetSupported }).writeReport(smallReport()); fwd++; console.log("forward at", k, fk.operationLog[fk.operationLog.length - 1]); } catch {} }
  console.log("ops", n, "forward", fwd, clean.syncs.map(s => s.operations));
});
