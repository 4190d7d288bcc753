import lighthouse, { desktopConfig } from 'lighthouse';
import { launch } from 'chrome-launcher';
import { chromiumArgs } from '../../tools/chromium.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];
export type FormFactor = 'mobile' | 'desktop';

export interface LighthouseFigures {
  url: string;
  formFactor: FormFactor;
  /** 0–100 per category, rounded as the report shows it. */
  scores: Record<Category, number>;
  /** Largest Contentful Paint, First Contentful Paint and Total Blocking Time in ms; CLS unitless. */
  lcpMs: number;
  fcpMs: number;
  tbtMs: number;
  cls: number;
  /** Audits that scored below 1 and count toward a category, so a missed 100 says why. */
  failing: string[];
}

/**
 * Lighthouse's default run (simulated throttling) on one URL, in a fresh headless Chromium.
 * Mobile is Lighthouse's default profile (a mid-range phone on slow 4G); desktop uses its desktop preset.
 */
export async function runLighthouse(url: string, chromePath: string, formFactor: FormFactor): Promise<LighthouseFigures> {
  const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', ...chromiumArgs()], logLevel: 'silent' });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: [...CATEGORIES] },
      formFactor === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Record<Category, number>;
    const failing = CATEGORIES.flatMap((c) =>
      (lhr.categories[c]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${c}: ${ref.id}`),
    );
    const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    return {
      url,
      formFactor,
      scores,
      lcpMs: numeric('largest-contentful-paint'),
      fcpMs: numeric('first-contentful-paint'),
      tbtMs: numeric('total-blocking-time'),
      cls: numeric('cumulative-layout-shift'),
      failing,
    };
  } finally {
    chrome.kill();
  }
}
