/** Site-wide settings, defined once. Change `url` and `repository` when the site moves. */
export const site = {
  /** Public address of the deployed site (no trailing slash). Used for canonical and hreflang URLs. */
  url: process.env.SITE_URL ?? 'https://4change-oer.github.io',
  /** Path the site is served under ("/" at the domain root). */
  base: process.env.SITE_BASE ?? '/',
  /** The Git repository; edit and translate links point into it. */
  repository: 'https://github.com/4change-oer/library',
  /** Branch the edit links open. */
  branch: 'main',
  /** Project name, used in titles and attribution. */
  name: '4CHANGE',
} as const;
