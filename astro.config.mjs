// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import { speechRemarkPlugins, speechRehypePlugins } from './src/build/markdown/pipeline.ts';
import { siteUrl, basePath, siteUrlWarning } from './src/build/deploy-config.ts';
import frontmatterCheck from './integrations/frontmatter-check.ts';
import cspPerPage from './integrations/csp-per-page.ts';
import searchIndex from './integrations/search-index.ts';
import serviceWorker from './integrations/service-worker.ts';
import downloadHeaders from './integrations/download-headers.ts';
import sitemap from '@astrojs/sitemap';
import { Features } from 'lightningcss';

export default defineConfig({
  site: siteUrl(process.env),
  base: basePath(process.env),
  // A second build (the sub-path test) goes elsewhere, so it never replaces dist/.
  outDir: process.env.OUT_DIR || './dist',
  trailingSlash: 'ignore',
  // Astro 7's default ('jsx') drops a line break between text and a value or an inline
  // element, running words together ("at the7th"); true removes only whitespace that never shows.
  compressHTML: true,
  integrations: [
    {
      // Said once, at the start of the build: a deploy built without SITE_URL cites localhost.
      name: 'site-url-check',
      hooks: {
        'astro:build:start': ({ logger }) => {
          const warning = siteUrlWarning(process.env);
          if (warning) logger.warn(warning);
        },
      },
    },
    frontmatterCheck(),
    cspPerPage(),
    searchIndex(),
    // The citation downloads' media types, into dist/_headers (before the worker hashes every file).
    downloadHeaders(basePath(process.env)),
    // After the index: the worker's version is the hash of every built file, the index included.
    serviceWorker(),
    // The pages a search engine should know; the 404 page is not one.
    sitemap({ filter: (page) => !page.includes('/404') }),
  ],
  vite: {
    css: {
      // Lightning CSS reads the stylesheets (Vite's minifier already was), so the wide-layout
      // breakpoint is written once, as a custom media query in tokens.css. light-dark() is kept
      // as written: its fallback would follow the system scheme, not print's color-scheme: light.
      transformer: 'lightningcss',
      lightningcss: { drafts: { customMedia: true }, exclude: Features.LightDark },
    },
    // The markup contract's names (src/shared/markup.ts) are written into the code that reads
    // them, not shipped as variables each chunk imports from the first view's script.
    build: { rolldownOptions: { optimization: { inlineConst: { mode: 'all', pass: 2 } } } },
    plugins: [
      {
        // No module-preload helper in the first view's script (about 1 KB before compression; Astro
        // sets its own modulePreload, so this says it for the browser's build): the chunks loaded
        // on first use (search, Cite, fragments) fetch their own few small imports.
        name: 'no-module-preload',
        configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
      },
    ],
  },
  build: {
    // One small stylesheet: inlining saves a round trip on the first view.
    inlineStylesheets: 'always',
  },
  markdown: {
    processor: unified({
      // The witness keeps its own punctuation: no smart quotes, no GFM rewrites.
      smartypants: false,
      gfm: false,
      remarkPlugins: speechRemarkPlugins,
      rehypePlugins: speechRehypePlugins,
    }),
    syntaxHighlight: false,
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
