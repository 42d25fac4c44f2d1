// The built-in sites' host names, by adapter, and host matching: all the popup needs to name a tab's site, without
// the adapters' selectors and code (which would otherwise be bundled into it).

/** Each built-in site adapter's host names (its subdomains match too), in the order of the adapters' table. */
export const HOSTS = {
  x: ["x.com", "twitter.com"],
  linkedin: ["linkedin.com"],
  facebook: ["facebook.com"],
  reddit: ["reddit.com"],
  mastodon: ["mastodon.social", "mastodon.online"],
  bluesky: ["bsky.app"],
  youtube: ["youtube.com"],
  threads: ["threads.net", "threads.com"],
  instagram: ["instagram.com"],
} satisfies Record<string, string[]>;

/** Every built-in site's host names. */
export const BUILTIN_HOSTS: string[] = Object.values(HOSTS).flat();

/** Whether `hostname` is `host` itself or one of its subdomains (`old.reddit.com`, `www.linkedin.com`). */
export function hostMatches(hostname: string, host: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, "");
  return name === host || name.endsWith(`.${host}`);
}
