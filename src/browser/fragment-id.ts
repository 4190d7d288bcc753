/** The address's fragment as an id; a malformed escape (a lone %) is read as it stands. */
export function fragmentId(hash: string = location.hash): string {
  const raw = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
