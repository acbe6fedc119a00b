// Importing a plan: an admin (who coordinates Nabodemo kommune, which writes nynorsk) uploads the Høylandet plan as
// a Word document the test makes from the fixture text, reviews it (keyboard merge, one corrected row, a bad edit
// that is refused), commits it, and finds the measures in the portfolio with their goals linked.
// The import goes into Nabodemo kommune so the demo municipality's figures, which other tests check, stay as they are.
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { Document, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from "docx";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { allowBrowserErrors, clickAndSettle, expectNoAxeViolations, loginAs, newPage, settleAfter, useBrowser, visit } from "./helpers";
import { main, switchMunicipality } from "./measures-helpers";

const browser = useBrowser();
const LONG = { timeout: 240_000 };
/** Reading or committing a whole plan can take a while on a busy machine. */
const SLOW = { timeout: 90_000 };
const HOYLANDET = "tests/fixtures/plans/hoylandet-strategi-digitalisering-2023-2027.txt";

/** A Word document from plan text: tab-separated lines become table rows, other lines paragraphs. */
async function docxFromText(text: string): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  let rows: TableRow[] = [];
  const flush = () => {
    if (rows.length > 0) children.push(new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }));
    rows = [];
  };
  for (const line of text.split(/\r?\n/u)) {
    if (line.includes("\t")) {
      rows.push(new TableRow({ children: line.split("\t").map((cell) => new TableCell({ children: [new Paragraph(cell)] })) }));
    } else if (line.trim() !== "") {
      flush();
      children.push(new Paragraph(line));
    }
  }
  flush();
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

async function text(page: Page): Promise<string> {
  return ((await main(page).textContent()) ?? "").replace(/[\s\u00a0\u202f]+/g, " ");
}

describe("importing a plan", () => {
  it("an admin uploads the Høylandet plan as Word, corrects it, commits it and finds the measures with their goals", LONG, async () => {
    const page = await newPage(browser());
    await loginAs(page, "admin", { redirectTo: "/dashboard" });
    await switchMunicipality(page, "Nabodemo kommune");
    await visit(page, "/import");
    const m = main(page);
    expect(await text(page)).toContain("Største filstorleik er 20 MB.");

    // Without a file nothing is read.
    await clickAndSettle(page, m.getByRole("button", { name: "Last opp og les" }));
    await expect.poll(() => text(page)).toContain("Vel ei fil.");

    // The upload shows its progress while the server reads the document.
    const fileName = `hoylandet-${Date.now()}.docx`;
    await m.getByLabel("Dokument").setInputFiles({
      name: fileName,
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      buffer: await docxFromText(await readFile(HOYLANDET, "utf8")),
    });
    await page.route("**/import.data", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await route.continue();
    });
    await settleAfter(
      page,
      async () => {
        await m.getByRole("button", { name: "Last opp og les" }).click();
        await expect.poll(() => m.getByRole("status").textContent()).toContain("Lastar opp og les dokumentet");
      },
      SLOW,
    );
    await page.waitForURL((u) => /^\/import\/[0-9a-f-]{36}$/.test(u.pathname), { timeout: 60_000 });
    await page.unroute("**/import.data");
    await expectNoAxeViolations(page);
    const reviewPath = new URL(page.url()).pathname;
    let body = await text(page);
    expect(body).toContain(`Gjennomgang av ${fileName}`);
    expect(body).toContain("Tiltak (44)");
    expect(body).toContain("Ny strategi frå dokumentet");
    expect(body).toContain("Opplæring av nyansatte, og oppfrisking for ansatte");

    // Correct a goal's title on its own page.
    await clickAndSettle(page, m.getByRole("link", { name: "Rett mål 1", exact: true }));
    await expectNoAxeViolations(page);
    await m.getByLabel("Mål", { exact: true }).fill("Digitalisere på en åpen og inkluderende måte");
    await clickAndSettle(page, m.getByRole("button", { name: "Lagre målet" }));
    await page.waitForURL((u) => u.search.includes("saved=goal"), { timeout: 15_000 });
    await expect.poll(() => text(page)).toContain("Digitalisere på en åpen og inkluderende måte");

    // Keyboard: select two rows with the space bar and merge them with Enter.
    for (const code of ["1.2.2", "1.3.1"]) {
      await m.getByRole("checkbox", { name: new RegExp(`^Vel ${code.replaceAll(".", "\\.")} `) }).focus();
      await page.keyboard.press("Space");
    }
    await m.getByRole("button", { name: "Slå saman valde" }).focus();
    await settleAfter(page, () => page.keyboard.press("Enter"));
    await page.waitForURL((u) => u.search.includes("saved=merge"), { timeout: 15_000 });
    await expectNoAxeViolations(page);
    await expect.poll(() => text(page)).toContain("Tiltak (43)");

    // Correct one row; an empty title is refused and the other values are kept.
    await clickAndSettle(page, m.getByRole("link", { name: "Rett 1.1.1" }));
    await expectNoAxeViolations(page);
    expect(await m.getByLabel("Ansvarleg", { exact: true }).inputValue()).toBe("Arkivansvarlig");
    // Each field says where in the document its value was found: its table cell as written.
    expect(await text(page)).toMatch(/Ansvarleg\s*I dokumentet \(Linje \d+\): «[^»]*Arkivansvarlig[^»]*Måleindikator[^»]*»/u);
    await m.getByLabel("Tittel", { exact: true }).fill("");
    await m.getByLabel("Kostnader").fill("Kr 50-100 000");
    await clickAndSettle(page, m.getByRole("button", { name: "Lagre rada" }));
    await expectNoAxeViolations(page);
    await expect.poll(() => text(page)).toContain("Feltet må fyllast ut.");
    expect(await m.getByLabel("Kostnader").inputValue()).toBe("Kr 50-100 000");
    const title = "Opplæring av nyansatte i arkiv og saksbehandling";
    await m.getByLabel("Tittel", { exact: true }).fill(title);
    await clickAndSettle(page, m.getByRole("button", { name: "Lagre rada" }));
    await page.waitForURL((u) => u.pathname === reviewPath, { timeout: 15_000 });
    await expect.poll(() => text(page)).toContain(title);

    // Commit everything in one go.
    await clickAndSettle(page, m.getByRole("button", { name: "Lagre i planen" }).last(), SLOW);
    await page.waitForURL((u) => u.search.includes("saved=commit"), { timeout: 60_000 });
    await expect.poll(() => text(page)).toContain("Importen er lagra i planen");
    await expectNoAxeViolations(page);
    body = await text(page);
    expect(body).toContain("43 tiltak oppretta, 0 oppdaterte, 0 hoppa over");

    // The measures are in the portfolio, linked to their goals, with the import in their history.
    await visit(page, `/measures?q=${encodeURIComponent("nyansatte arkiv saksbehandling")}`);
    expect(await text(page)).toContain(title);
    await clickAndSettle(page, m.getByRole("link", { name: "1.1.1", exact: true }));
    await expectNoAxeViolations(page);
    body = await text(page);
    expect(body).toContain(title);
    expect(body).toMatch(/Knytt til mål\s*1 Digitalisere på en åpen og inkluderende måte/u);
    expect(body).toContain("100 000");
    await clickAndSettle(page, m.getByRole("link", { name: "Endringshistorikk", exact: true }));
    await expectNoAxeViolations(page);
    expect(await text(page)).toContain(`importert frå ${fileName}`);
  });

  it("an Excel sheet with unusual headers is imported through the column mapping, and the choices are remembered", LONG, async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Tiltak 2027");
    const suffix = Date.now().toString().slice(-6);
    sheet.addRow(["Løpenummer", "Hva skal gjøres", "Hvem", "Kroner"]);
    sheet.addRow([`X${suffix}1`, `Digital timebestilling ${suffix}`, "Fagleiar helse", "150 000"]);
    sheet.addRow([`X${suffix}2`, `Velferdsteknologi i heimen ${suffix}`, "Einingsleiar", "Kr 50-100 000"]);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const upload = async (page: Page, name: string) => {
      await visit(page, "/import");
      await main(page).getByLabel("Dokument").setInputFiles({ name, mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer });
      await clickAndSettle(page, main(page).getByRole("button", { name: "Last opp og les" }), SLOW);
      await page.waitForURL((u) => /^\/import\/[0-9a-f-]{36}\/columns$/.test(u.pathname), { timeout: 30_000 });
      await expectNoAxeViolations(page);
    };

    const page = await newPage(browser());
    await loginAs(page, "admin", { redirectTo: "/dashboard" });
    await switchMunicipality(page, "Nabodemo kommune");
    await upload(page, `tiltak-${suffix}.xlsx`);
    const m = main(page);
    expect(await text(page)).toContain("Kople kolonnar til felt");
    await m.getByLabel("Løpenummer", { exact: true }).selectOption({ label: "Tiltakskode / nr." });
    await m.getByLabel("Hva skal gjøres", { exact: true }).selectOption({ label: "Tittel på tiltaket" });
    await m.getByLabel("Hvem", { exact: true }).selectOption({ label: "Ansvarleg" });
    await m.getByLabel("Kroner", { exact: true }).selectOption({ label: "Kostnad" });
    await clickAndSettle(page, m.getByRole("button", { name: "Bruk vala og les inn på nytt" }), SLOW);
    await page.waitForURL((u) => /^\/import\/[0-9a-f-]{36}$/.test(u.pathname), { timeout: 30_000 });
    await expect.poll(() => text(page)).toContain("Tiltak (2)");
    await expectNoAxeViolations(page);
    const body = await text(page);
    expect(body).toContain(`Digital timebestilling ${suffix}`);
    expect(body).toContain("Ansvarleg: Fagleiar helse");

    await clickAndSettle(page, m.getByRole("button", { name: "Lagre i planen" }).last(), SLOW);
    await expect.poll(() => text(page)).toContain("2 tiltak oppretta");
    await visit(page, `/measures?q=${suffix}`);
    expect(await text(page)).toContain(`Velferdsteknologi i heimen ${suffix}`);

    // The next sheet with the same headers starts from the saved choices.
    await upload(page, `tiltak-${suffix}-2.xlsx`);
    expect(await m.getByLabel("Hvem", { exact: true }).inputValue()).toBe("responsible");
    expect(await m.getByLabel("Kroner", { exact: true }).inputValue()).toBe("cost");
  });

  it("without JavaScript, a coordinator uploads a CSV, merges two rows, sets their sector, discards the draft and deletes it", LONG, async () => {
    const page = await newPage(browser(), { javaScriptEnabled: false });
    await loginAs(page, "coordinator", { redirectTo: "/import" });
    const m = main(page);
    // A file over 20 MB is refused by the server with the limit in the message.
    await m.getByLabel("Dokument").setInputFiles({ name: "stor.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(21 * 1024 * 1024, 32) });
    await clickAndSettle(page, m.getByRole("button", { name: "Last opp og les" }));
    await expectNoAxeViolations(page);
    expect(await text(page)).toContain("Filen er for stor. Største tillatte størrelse er 20 MB.");

    const suffix = Date.now().toString().slice(-6);
    const csv = `Nr;Tiltak;Ansvarlig\r\nZ${suffix}1;Digital skoleskyss ${suffix};Skolekontoret\r\nZ${suffix}2;Skoleskyss-app ${suffix};Skolekontoret\r\n`;
    await m.getByLabel("Dokument").setInputFiles({ name: `skyss-${suffix}.csv`, mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
    await clickAndSettle(page, m.getByRole("button", { name: "Last opp og les" }), SLOW);
    await page.waitForURL((u) => u.pathname.endsWith("/columns"), { timeout: 30_000 });
    await clickAndSettle(page, m.getByRole("link", { name: "Tilbake til gjennomgangen" }));
    await expectNoAxeViolations(page);
    expect(await text(page)).toContain("Tiltak (2)");

    // Merging needs two rows: with one, nothing changes and the choice is kept.
    await m.getByRole("checkbox", { name: new RegExp(`^Velg Z${suffix}1 `) }).check();
    await clickAndSettle(page, m.getByRole("button", { name: "Slå sammen valgte" }));
    await expectNoAxeViolations(page);
    expect(await text(page)).toContain("Velg minst to rader for å slå dem sammen.");
    expect(await m.getByRole("checkbox", { name: new RegExp(`^Velg Z${suffix}1 `) }).isChecked()).toBe(true);
    await m.getByRole("checkbox", { name: new RegExp(`^Velg Z${suffix}2 `) }).check();
    await clickAndSettle(page, m.getByRole("button", { name: "Slå sammen valgte" }));
    expect(await text(page)).toContain("Tiltak (1)");

    await m.getByRole("checkbox", { name: new RegExp(`^Velg Z${suffix}1 `) }).check();
    await m.getByLabel("Ny sektor for valgte").selectOption({ label: "Oppvekst" });
    await clickAndSettle(page, m.getByRole("button", { name: "Bytt sektor" }));
    const row = m.locator("tr", { hasText: `Z${suffix}1` });
    expect(await row.textContent()).toContain("Oppvekst");

    await clickAndSettle(page, m.getByRole("button", { name: "Forkast utkastet" }));
    await expectNoAxeViolations(page);
    expect(await m.locator("tr", { hasText: `skyss-${suffix}.csv` }).textContent()).toContain("Forkastet");

    // The discarded import is deleted after a confirmation.
    await clickAndSettle(page, m.getByRole("link", { name: `skyss-${suffix}.csv` }));
    await clickAndSettle(page, m.getByRole("link", { name: "Slett importen" }));
    await expectNoAxeViolations(page);
    expect(await text(page)).toContain(`Filen «skyss-${suffix}.csv» og utkastet blir slettet.`);
    await clickAndSettle(page, m.getByRole("button", { name: "Slett importen" }));
    await page.waitForURL((u) => u.pathname === "/import");
    await expectNoAxeViolations(page);
    expect(await text(page)).toContain("Importen er slettet.");
    expect(await m.locator("tr", { hasText: `skyss-${suffix}.csv` }).count()).toBe(0);
  });

  it("a coordinator may import but a reader may not, and a file of the wrong type is refused with a message", LONG, async () => {
    const reader = await newPage(browser());
    allowBrowserErrors(reader, /status of 403/);
    await loginAs(reader, "reader", { redirectTo: "/dashboard" });
    const response = await reader.goto(new URL("/import", reader.url()).toString());
    expect(response?.status()).toBe(403);

    const page = await newPage(browser());
    await loginAs(page, "coordinator", { redirectTo: "/import" });
    const m = main(page);
    // With JavaScript a file over 20 MB is refused before it is sent.
    let posted = false;
    page.on("request", (request) => {
      if (request.method() === "POST") posted = true;
    });
    await m.getByLabel("Dokument").setInputFiles({ name: "stor.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(21 * 1024 * 1024, 32) });
    await m.getByRole("button", { name: "Last opp og les" }).click();
    await expect.poll(() => text(page)).toContain("Filen er for stor. Største tillatte størrelse er 20 MB.");
    expect(posted).toBe(false);
    await expectNoAxeViolations(page);

    await m.getByLabel("Dokument").setInputFiles({ name: "plan.docx", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4 not really a pdf") });
    await clickAndSettle(page, m.getByRole("button", { name: "Last opp og les" }));
    await expectNoAxeViolations(page);
    await expect.poll(() => text(page)).toContain("Innholdet i filen passer ikke med filendelsen .docx");
  });
});
