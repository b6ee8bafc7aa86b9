/**
 * Offline checks of manifest.xml (Microsoft's validator needs its online
 * service; no package ships the XSDs): well-formed XML, the contract's
 * fields, and — after a real production build into a temporary folder —
 * every URL it names rewritten to the production address and served by a
 * file of the build (icons checked as PNGs of the declared size).
 *
 * The build runs once here (about 15 s): checking the webpack config's copy
 * patterns by reading them would test a copy of the config, not the build.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { child, childrenNamed, descendants, parseXml, XmlError, type XmlElement } from "./xml";

const ROOT = path.resolve(__dirname, "../..");
const SOURCE = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const DEV_URL = "https://localhost:3000/";
const PROD_URL = "https://reports.example.lg.jp/shinchoku/";

/** Attribute values and texts that are absolute URLs. */
function urlsIn(root: XmlElement): string[] {
  const out: string[] = [];
  for (const e of descendants(root)) {
    for (const v of Object.values(e.attrs)) if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v) && !/^http:\/\/schemas\.microsoft\.com\/|^http:\/\/www\.w3\.org\//.test(v)) out.push(v);
    const text = e.text.trim();
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) out.push(text);
  }
  return out;
}

/** Width and height from a PNG's IHDR; throws when the bytes are not a PNG. */
function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!b.subarray(0, 8).equals(signature) || b.toString("ascii", 12, 16) !== "IHDR") throw new Error(`${file} is not a PNG`);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe("the XML reader used here", () => {
  // The reader must be able to say no, or "well-formed" below means nothing.
  it.each([
    ["unbalanced tags", "<a><b></a></b>"],
    ["unclosed root", "<a><b/>"],
    ["two roots", "<a/><b/>"],
    ["repeated attribute", '<a x="1" x="2"/>'],
    ["unquoted attribute", "<a x=1/>"],
    ["bare ampersand", "<a>Q&A</a>"],
    ["unknown entity", "<a>&nbsp;</a>"],
    ["double hyphen in a comment", "<!-- a -- b --><a/>"],
    ["undeclared prefix", "<a><bt:Image/></a>"],
    ["late XML declaration", '<a/><?xml version="1.0"?>'],
    ["'<' in an attribute", '<a x="<"/>'],
  ])("rejects %s", (_what, xml) => {
    expect(() => parseXml(xml)).toThrow(XmlError);
  });

  it("reads attributes, entities, nesting and declared prefixes", () => {
    const doc = parseXml('<?xml version="1.0" encoding="UTF-8"?>\n<!-- c --><a xmlns:bt="urn:x" k="&lt;&#x41;&amp;"><bt:b>t&gt;</bt:b></a>');
    expect(doc.attrs.k).toBe("<A&");
    expect(child(doc, "bt:b").text).toBe("t>");
  });
});

describe("manifest.xml", () => {
  const doc = parseXml(SOURCE);

  it("is a task pane add-in for Excel workbooks", () => {
    expect(doc.name).toBe("OfficeApp");
    expect(doc.attrs["xsi:type"]).toBe("TaskPaneApp");
    expect(childrenNamed(child(doc, "Hosts"), "Host").map((h) => h.attrs.Name)).toEqual(["Workbook"]);
    const overrides = child(doc, "VersionOverrides");
    expect(childrenNamed(child(overrides, "Hosts"), "Host").map((h) => h.attrs["xsi:type"])).toEqual(["Workbook"]);
  });

  it("asks for ReadWriteDocument and nothing else", () => {
    expect(childrenNamed(doc, "Permissions").map((p) => p.text.trim())).toEqual(["ReadWriteDocument"]);
  });

  it("defaults to Japanese with English display name and description", () => {
    expect(child(doc, "DefaultLocale").text.trim()).toBe("ja-JP");
    for (const field of ["DisplayName", "Description"]) {
      const e = child(doc, field);
      expect(e.attrs.DefaultValue).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      const en = childrenNamed(e, "Override").filter((o) => o.attrs.Locale === "en-US");
      expect(en).toHaveLength(1);
      expect(en[0].attrs.Value).toMatch(/^[\x20-\x7e—]+$/);
    }
  });

  it("requires ExcelApi 1.7", () => {
    const sets = childrenNamed(child(child(doc, "Requirements"), "Sets"), "Set");
    expect(sets.map((s) => [s.attrs.Name, s.attrs.MinVersion])).toEqual([["ExcelApi", "1.7"]]);
  });

  it("keeps the schema's order of OfficeApp children", () => {
    const order = [
      "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
      "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions",
      "AllowSnapshot", "VersionOverrides",
    ];
    const positions = doc.children.map((c) => order.indexOf(c.name));
    expect(positions).not.toContain(-1);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(child(doc, "Id").text.trim()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  });

  it("uses https for every URL, all on the development server", () => {
    const urls = urlsIn(doc);
    expect(urls.length).toBeGreaterThanOrEqual(7);
    for (const url of urls) expect(url.startsWith(DEV_URL)).toBe(true);
  });

  it("opens the task pane from a Home tab button, every resid defined with its kind", () => {
    const overrides = child(doc, "VersionOverrides");
    const resources = child(overrides, "Resources");
    const ids = (kind: string, item: string) => new Set(childrenNamed(child(resources, kind), item).map((e) => e.attrs.id));
    const images = ids("bt:Images", "bt:Image");
    const urls = ids("bt:Urls", "bt:Url");
    const short = ids("bt:ShortStrings", "bt:String");
    const long = ids("bt:LongStrings", "bt:String");
    const all = descendants(overrides);
    const tab = all.find((e) => e.name === "OfficeTab");
    expect(tab?.attrs.id).toBe("TabHome");
    const action = all.find((e) => e.name === "Action");
    expect(action?.attrs["xsi:type"]).toBe("ShowTaskpane");
    expect(urls.has(child(action as XmlElement, "SourceLocation").attrs.resid)).toBe(true);
    for (const e of all) {
      const resid = e.attrs.resid;
      if (resid === undefined) continue;
      const kind =
        e.name === "bt:Image" ? images : e.name === "SourceLocation" || e.name === "FunctionFile" ? urls : e.name === "Description" ? long : short;
      expect({ element: e.name, resid, defined: kind.has(resid) }).toEqual({ element: e.name, resid, defined: true });
    }
    // Office's limits on resource strings.
    for (const s of childrenNamed(child(resources, "bt:ShortStrings"), "bt:String")) expect(s.attrs.DefaultValue.length).toBeLessThanOrEqual(125);
    for (const s of childrenNamed(child(resources, "bt:LongStrings"), "bt:String")) expect(s.attrs.DefaultValue.length).toBeLessThanOrEqual(250);
  });
});

describe("manifest.xml in a production build", () => {
  let out: string;
  let built: XmlElement;

  beforeAll(async () => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), "shinchoku-manifest-"));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const webpack = require("webpack");
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const makeConfig = require(path.join(ROOT, "webpack.config.js"));
    const config = await makeConfig({ urlProd: PROD_URL, outputPath: out }, { mode: "production" });
    const stats = await new Promise<{ hasErrors(): boolean; toString(o: object): string }>((resolve, reject) =>
      webpack({ ...config, mode: "production" }, (err: Error | null, s: { hasErrors(): boolean; toString(o: object): string }) =>
        err ? reject(err) : resolve(s),
      ),
    );
    if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
    built = parseXml(fs.readFileSync(path.join(out, "manifest.xml"), "utf8"));
  }, 120000);

  afterAll(() => {
    if (out !== undefined) fs.rmSync(out, { recursive: true, force: true });
  });

  it("points every URL at the production address", () => {
    const urls = urlsIn(built);
    expect(urls.length).toBe(urlsIn(parseXml(SOURCE)).length);
    for (const url of urls) expect(url.startsWith(PROD_URL)).toBe(true);
    expect(fs.readFileSync(path.join(out, "manifest.xml"), "utf8")).not.toContain("localhost");
  });

  it("names only files the build holds; icons are PNGs of their declared size", () => {
    for (const e of descendants(built)) {
      for (const value of Object.values(e.attrs)) {
        if (!value.startsWith(PROD_URL)) continue;
        const file = path.join(out, value.slice(PROD_URL.length).split(/[?#]/)[0]);
        expect({ url: value, exists: fs.existsSync(file) }).toEqual({ url: value, exists: true });
        if (file.endsWith(".png")) {
          const declared =
            e.name === "bt:Image" ? Number(/^Icon\.(\d+)x\1$/.exec(e.attrs.id)?.[1]) : e.name === "IconUrl" ? 32 : e.name === "HighResolutionIconUrl" ? 64 : NaN;
          expect(pngSize(file)).toEqual({ width: declared, height: declared });
        }
      }
    }
    const html = fs.readFileSync(path.join(out, "taskpane.html"), "utf8");
    expect(html).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
  });
});
