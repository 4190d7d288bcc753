/** Adds a stylesheet that travels with the code that needs it (kept out of the first view); settles once it has loaded. */
export const addStylesheet = (href: string) =>
  new Promise<void>((resolve) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    link.onload = link.onerror = () => resolve();
    document.head.append(link);
  });
