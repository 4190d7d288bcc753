/** The address's fragment as an id; a malformed escape (a lone %) is read as it stands. */
export function fragmentId(): string {
  const raw = location.hash.slice(1);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
