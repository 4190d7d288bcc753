import type { VFile } from 'vfile';

type Frontmatter = Record<string, unknown>;

function frontmatterOf(file: VFile): Frontmatter {
  const astro = (file.data.astro ??= {}) as { frontmatter?: Frontmatter };
  return (astro.frontmatter ??= {});
}

/**
 * Hands data a plugin collected to the pages: Astro returns whatever plugins
 * put in `file.data.astro.frontmatter` as `remarkPluginFrontmatter`.
 */
export function setPageData(file: VFile, values: Frontmatter): void {
  Object.assign(frontmatterOf(file), values);
}

/** Reads what an earlier plugin handed on with `setPageData`. */
export function getPageData<T>(file: VFile, key: string): T | undefined {
  return frontmatterOf(file)[key] as T | undefined;
}
