import { expect, test, type Page } from "@playwright/test";

const box = (page: Page) =>
  page.getByRole("searchbox", { name: "Search the speech and notes" });
const results = (page: Page) => page.locator("#search-results");
const resultLinks = (page: Page) => results(page).getByRole("link");
/** The words the opened paragraph or note shows highlighted (CSS Custom Highlight API). */
const highlightedTexts = (page: Page) =>
  page.evaluate(() => [...(CSS.highlights.get("search-hit") ?? [])].map((r) => (r as Range).toString()));

/** Types a query the way a reader does and waits for the list that answers it. */
async function search(page: Page, query: string) {
  await box(page).fill(query);
  await expect(results(page)).toHaveAttribute("data-query", query);
}

/** The id each result links to, in the order shown. */
function targets(page: Page): Promise<string[]> {
  return resultLinks(page).evaluateAll((links) =>
    links.map((a) => (a as HTMLAnchorElement).hash.slice(1)),
  );
}

// Where each query's first result lands: the relevance table (tests/e2e/search-relevance.table.ts, run by search-relevance.spec.ts).

// One page answers a run of searches, as a reader's does: each step types a query afresh.
test("search results name the paragraph or note, count matches once, show them in excerpts, find a phrase everywhere, say when nothing matched, and announce the count", async ({
  page,
}) => {
  await page.goto("/");

  await test.step("a paragraph: its number, what matched, its count, its excerpt", async () => {
    await search(page, "respect");
    const ids = await targets(page);
    expect(new Set(ids).size).toBe(ids.length);
    const p12 = resultLinks(page).and(page.locator('[href="#p12"]'));
    await expect(p12).toHaveAccessibleName(
      /^Paragraph 12 · whole word, \d+ matches$/,
    );
    const excerpt = page.locator("#excerpt-p12");
    await expect(p12).toHaveAccessibleDescription(await excerpt.innerText());
    await expect(excerpt.locator("mark").first()).toHaveText(/^respect/i);
  });

  await test.step("a note: its number, title and kind", async () => {
    await search(page, "Leonore");
    await expect(resultLinks(page).first()).toHaveAccessibleName(
      /^Note \d+: The Annenberg “estate meeting” \(Sunnylands, June 2013\) · Event · whole word$/,
    );
  });

  await test.step("a phrase in every paragraph that has it, not only the first", async () => {
    await search(page, '"China\'s market"');
    expect((await targets(page)).sort()).toEqual(["p12", "p7"]);
    await expect(page.locator("#excerpt-p12 mark")).toHaveText([
      "China’s market",
    ]);
  });

  await test.step("no match says so; an empty query shows nothing", async () => {
    await search(page, "zebra");
    await expect(
      page.getByRole("status").filter({ hasText: "No matches" }),
    ).toContainText("No matches for “zebra”.");
    await expect(results(page)).toBeHidden();
    await search(page, "   ");
    await expect(resultLinks(page)).toHaveCount(0);
    await expect(page.locator("[data-search-status]")).toHaveText("");
  });

  await test.step("the count is announced in a status region", async () => {
    await search(page, '"suspecting someone"');
    await expect(page.locator("[data-search-status]")).toHaveRole("status");
    await expect(page.locator("[data-search-status]")).toHaveText(
      /^Exact phrase in \d+ paragraphs?( and \d+ notes?)?\.$/,
    );
  });
});

test.describe("search by keyboard", () => {
  test("/ focuses the box, arrows move through results, Enter opens one and highlights the words", async ({
    page,
  }) => {
    await page.goto("/");
    await page.keyboard.press("/");
    await expect(box(page)).toBeFocused();
    await page.keyboard.type("binoculars");
    await expect(results(page)).toHaveAttribute("data-query", "binoculars");
    await page.keyboard.press("ArrowDown");
    await expect(resultLinks(page).first()).toBeFocused();
    await page.keyboard.press("ArrowUp");
    await expect(box(page)).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\?q=binoculars#p10$/);
    await expect(page.locator("#p10")).toBeFocused();
    await expect(page.locator("#p10")).toBeInViewport();
    const highlighted = await highlightedTexts(page);
    expect(highlighted).toEqual(["binoculars"]);

    await page.getByRole("button", { name: "Clear highlights" }).click();
    expect(await page.evaluate(() => CSS.highlights.has("search-hit"))).toBe(
      false,
    );
    await expect(
      page.getByRole("button", { name: "Clear highlights" }),
    ).toBeHidden();
  });

  test("/ typed into the search box is a character, not a shortcut; Escape clears the box", async ({
    page,
  }) => {
    await page.goto("/");
    await box(page).focus();
    await page.keyboard.type("a/b");
    await expect(box(page)).toHaveValue("a/b");
    await page.keyboard.press("Escape");
    await expect(box(page)).toHaveValue("");
    await expect(resultLinks(page)).toHaveCount(0);
    await expect(page).toHaveURL(/\/$/);
  });

  test("Back to results returns to the result that was opened", async ({
    page,
  }) => {
    await page.goto("/");
    await search(page, "respect");
    const second = resultLinks(page).nth(1);
    const id = await second.evaluate((a) =>
      (a as HTMLAnchorElement).hash.slice(1),
    );
    await second.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
    await page.getByRole("button", { name: "Back to results" }).click();
    await expect(second).toBeFocused();
  });
});

test.describe("sharing a search", () => {
  test("?q= opens the page with the search done; typing keeps the address in step without new history entries", async ({
    page,
  }) => {
    await page.goto("/?q=binoculars");
    await expect(box(page)).toHaveValue("binoculars");
    await expect(results(page)).toHaveAttribute("data-query", "binoculars");
    expect((await targets(page))[0]).toBe("p10");
    const length = await page.evaluate(() => history.length);
    await box(page).press("End");
    await box(page).pressSequentially(" glass");
    await expect(page).toHaveURL(/\?q=binoculars\+glass$/);
    expect(await page.evaluate(() => history.length)).toBe(length);
  });

  test("?q= with a paragraph fragment highlights the words in that paragraph", async ({
    page,
  }) => {
    await page.goto("/?q=%22mutually%20respect%22#p12");
    await expect(
      page.getByRole("button", { name: "Clear highlights" }),
    ).toBeVisible();
    const highlighted = await highlightedTexts(page);
    // Word for word: “Mutual respect” at the start of ¶12 is not the phrase; “mutually resect [respect]” is, as the edition reads it.
    expect(highlighted).toEqual([
      "mutually respect",
      "mutually",
      "respect",
      "mutually respect",
      "mutually respect",
    ]);
  });
});

test.describe("search is safe and optional", () => {
  test("nothing of Pagefind loads on the first view; it loads when the box is focused", async ({
    page,
  }) => {
    const fetched: string[] = [];
    page.on("request", (request) => fetched.push(request.url()));
    await page.goto("/", { waitUntil: "networkidle" });
    expect(fetched.filter((url) => url.includes("/pagefind/"))).toEqual([]);
    await box(page).focus();
    await expect
      .poll(() => fetched.some((url) => url.endsWith("/pagefind/pagefind.js")))
      .toBe(true);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("the box gives way to a pointer to the browser’s Find, and the text is all there", async ({
      page,
    }) => {
      await page.goto("/?q=binoculars");
      await expect(box(page)).toBeHidden();
      await expect(page.getByText("Search needs JavaScript.")).toBeVisible();
      await expect(page.locator("#p10")).toContainText("binoculars");
    });
  });
});

test.describe("search that answers what the reader means", () => {
  test.skip(
    ({ isMobile }) => isMobile,
    "what matched and where does not depend on the width: run once",
  );

  /** The visible groups in order, each with the ids its results link to. */
  async function groups(
    page: Page,
  ): Promise<Array<{ label: string; ids: string[]; top: number }>> {
    return results(page).evaluate((root) =>
      [...root.querySelectorAll("h2")].map((heading) => {
        const list = document.getElementById(heading.id)!.nextElementSibling!;
        return {
          label: heading.textContent ?? "",
          ids: [...list.querySelectorAll("a")].map((a) => a.hash.slice(1)),
          top: heading.getBoundingClientRect().top,
        };
      }),
    );
  }

  test("groups results under visible labels, the speech first unless only the notes hold the best matches", async ({
    page,
  }) => {
    await page.goto("/");
    const cases: Array<[query: string, labels: string[]]> = [
      ["Qualcomm", ["In the speech", "In the notes"]],
      ["community of destiny", ["In the speech", "In the notes"]],
      ["Annenberg Retreat", ["In the notes", "In the speech"]],
      ["Leonore", ["In the notes"]],
      ["binoculars", ["In the speech"]],
    ];
    for (const [query, labels] of cases) {
      await search(page, query);
      const shown = await groups(page);
      expect(
        shown.map((g) => g.label),
        query,
      ).toEqual(labels);
      for (const group of shown) {
        const kinds = await page.evaluate(
          (ids) =>
            ids.map((id) =>
              document.getElementById(id)!.matches("aside.note")
                ? "In the notes"
                : "In the speech",
            ),
          group.ids,
        );
        expect(new Set(kinds), `${query}: ${group.label}`).toEqual(
          new Set([group.label]),
        );
      }
      expect(
        shown.map((g) => g.top),
        query,
      ).toEqual([...shown.map((g) => g.top)].sort((a, b) => a - b));
      await expect(
        results(page).getByRole("heading", { name: labels[0] }),
      ).toBeVisible();
    }
  });

  test("each result and the status say what matched, and the status counts what the list shows", async ({
    page,
  }) => {
    await page.goto("/");
    const cases = [
      "community of destiny",
      "Annenberg Retreat",
      "governance",
      "Xi Jinping",
      "主权",
    ];
    for (const query of cases) {
      await search(page, query);
      const names = await resultLinks(page).evaluateAll((links) =>
        links.map((a) => a.textContent ?? ""),
      );
      const tiers = names.map(
        (name) =>
          /· (exact phrase|all words|some words|whole word|partial match|exact match)(,|$)/.exec(
            name,
          )?.[1],
      );
      expect(tiers.every(Boolean), `${query}: ${names.join(" | ")}`).toBe(true);
      const status =
        (await page.locator("[data-search-status]").textContent()) ?? "";
      for (const tier of new Set(tiers)) {
        const n = tiers.filter((t) => t === tier).length;
        const said = new RegExp(
          `${tier} in (\\d+) paragraphs?(?: and (\\d+) notes?)?|${tier} in (\\d+) notes?`,
          "i",
        ).exec(status);
        expect(said, `${query}: “${status}” names ${tier}`).not.toBeNull();
        expect(
          Number(said![1] ?? 0) + Number(said![2] ?? 0) + Number(said![3] ?? 0),
          `${query}: ${tier}`,
        ).toBe(n);
      }
    }
  });

  test("a word the edition does not have gets “Did you mean …?”, a link that runs the search", async ({
    page,
  }) => {
    await page.goto("/");
    // Queries that find something with their other word: no corrected results (search-map.spec.ts), an offer.
    const cases: Array<[typed: string, meant: string]> = [
      ["binoculers laws", "binoculars laws"],
      ["Qualcon profits", "Qualcomm profits"],
    ];
    for (const [typed, meant] of cases) {
      await search(page, typed);
      const offer = page
        .getByRole("search")
        .getByRole("link", { name: meant, exact: true });
      await expect(offer).toBeVisible();
      await expect(offer.locator("xpath=..")).toHaveText(
        `Did you mean ${meant}?`,
      );
      await offer.click();
      await expect(box(page)).toHaveValue(meant);
      await expect(results(page)).toHaveAttribute("data-query", meant);
      await expect(page).toHaveURL(
        new RegExp(`\\?q=${meant.replace(" ", "\\+")}$`),
      );
      await expect(resultLinks(page).first()).toBeVisible();
      await expect(offer).toHaveCount(0);
    }
  });

  test.describe("loading", () => {
    // Service workers are blocked (playwright.config.ts): a request one answered would not be routed
    // by the page, and the index could not be held back.
    test("from the first keystroke the status says it is loading the index, then searching", async ({
      page,
    }) => {
      // The index answers slowly, as on a slow connection: the wait must not be silent.
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route("**/pagefind/**", async (route) => {
        await held;
        await route.continue();
      });
      await page.goto("/");
      const status = page.locator("[data-search-status]");
      await box(page).focus();
      await page.keyboard.type("a");
      await expect(status).toHaveText("Loading the search index…");
      await page.keyboard.type("xe");
      await expect(status).toHaveText("Loading the search index…");
      release();
      await expect(results(page)).toHaveAttribute("data-query", "axe");
      await expect(status).toHaveText(/^Whole word in /);

      // Once loaded, every keystroke says "Searching…" until its results show.
      await page.evaluate(() => {
        const seen: string[] = [];
        (window as unknown as { seen: string[] }).seen = seen;
        const node = document.querySelector("[data-search-status]")!;
        new MutationObserver(() => seen.push(node.textContent ?? "")).observe(
          node,
          { childList: true, characterData: true, subtree: true },
        );
      });
      await page.keyboard.type(" story");
      await expect(results(page)).toHaveAttribute("data-query", "axe story");
      const seen = await page.evaluate(
        () => (window as unknown as { seen: string[] }).seen,
      );
      expect(seen[0]).toBe("Searching…");
      expect(seen.at(-1)).toMatch(/in \d+ (paragraph|note)/);
      expect(seen).not.toContain("");
    });
  });

  test("highlights mark only real matches: the phrase as one run, whole words, exact Chinese, never a lone stop word", async ({
    page,
  }) => {
    const cases: Array<[query: string, target: string, run: string]> = [
      [
        "where there is me there is you",
        "p7",
        "where there is me there is you",
      ],
      ["community of destiny", "p7", "community of destiny"],
      ["win win", "p15", "win win"],
      ["主权", "cyber-sovereignty", "主权"],
    ];
    for (const [query, target, run] of cases) {
      await page.goto("/");
      await search(page, query);
      const words = query.toLowerCase().split(/\s+/);
      const real = (text: string) =>
        text.toLowerCase() === run ||
        (text.length > 2 &&
          !["there", "where", "you"].includes(text.toLowerCase()) &&
          words.some((w) => text.toLowerCase().startsWith(w)));
      const excerpt = await page
        .locator(`#excerpt-${target} mark`)
        .allTextContents();
      expect(excerpt, `${query}: excerpt`).toContain(run);
      expect(
        excerpt.filter((text) => !real(text)),
        `${query}: excerpt marks`,
      ).toEqual([]);

      await results(page).locator(`a[href="#${target}"]`).click();
      await expect(
        page.getByRole("button", { name: "Clear highlights" }),
      ).toBeVisible();
      const highlighted = await highlightedTexts(page);
      expect(highlighted, `${query}: highlights`).toContain(run);
      expect(
        highlighted.filter((text) => !real(text)),
        `${query}: highlights`,
      ).toEqual([]);
      // The run is on screen where the highlight says.
      const box = await page.evaluate(() => {
        const range = [...(CSS.highlights.get("search-hit") ?? [])][0] as Range;
        const r = range.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, height: innerHeight };
      });
      expect(box.top, query).toBeGreaterThanOrEqual(0);
      expect(box.bottom, query).toBeLessThanOrEqual(box.height);
    }
  });
});
