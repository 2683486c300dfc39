/** Components rendered with Astro's Container API, in English and in a translated locale, with bad input. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import Callout from '../../src/components/content/Callout.astro';
import Figure from '../../src/components/content/Figure.astro';
import RepoLink from '../../src/components/content/RepoLink.astro';
import Steps from '../../src/components/content/Steps.astro';
import FallbackNotice from '../../src/components/FallbackNotice.astro';
import LanguageSwitcher from '../../src/components/LanguageSwitcher.astro';
import MetaStrip from '../../src/components/MetaStrip.astro';
import OutcomesTable from '../../src/components/OutcomesTable.astro';
import { switchLangInPath } from '../../src/i18n/routing';
import { site } from '../../src/site.config';

let astro: AstroContainer;
beforeAll(async () => {
  astro = await AstroContainer.create();
});

/** Renders a component and drops the source-location attributes Astro adds in development. */
const container = {
  renderToString: async (...args: Parameters<AstroContainer['renderToString']>) =>
    (await astro.renderToString(...args)).replace(/ data-astro-source-(?:file|loc)="[^"]*"/g, ''),
};

const outcomes = {
  knowledge: [{ id: 'K1', text: 'Explains how cutting speed depends on diameter.' }],
  skills: [
    { id: 'S1', text: 'Calculates spindle speed from cutting data.' },
    { id: 'S2', text: 'Sets the spindle speed on the machine.' },
  ],
  responsibility: [{ id: 'R1', text: 'Checks own calculations before machining.' }],
};

describe('Callout', () => {
  it('labels a safety callout so that it is announced as safety, in the content language', async () => {
    const html = await container.renderToString(Callout, {
      props: { type: 'safety', title: 'Chuck key' },
      slots: { default: '<p>Never leave the key in the chuck.</p>' },
      locals: { lang: 'de', contentLang: 'de' },
    });
    expect(html).toMatch(/<div class="callout callout--safety" role="note" aria-labelledby="(callout-\d+)">/);
    const id = /aria-labelledby="(callout-\d+)"/.exec(html)![1];
    expect(html).toContain(`id="${id}"`);
    expect(html).toContain('Chuck key');
    expect(html).not.toContain('>Safety<');
    expect(html).toContain('Never leave the key in the chuck.');
  });

  it('uses the content language on a fallback page', async () => {
    const html = await container.renderToString(Callout, {
      props: { type: 'tip' },
      slots: { default: 'x' },
      locals: { lang: 'lt', contentLang: 'en' },
    });
    expect(html).toContain('<span>Tip</span>');
  });

  it('stops on an unknown type with the file and the allowed types', async () => {
    await expect(
      container.renderToString(Callout, { props: { type: 'danger' }, locals: { sourceFile: 'src/content/modules/en/x.mdx' } }),
    ).rejects.toThrow(
      'src/content/modules/en/x.mdx: <Callout> has type="danger", which is not a callout type.\n  Fix: use one of: note, tip, warning, safety.',
    );
  });
});

describe('Figure', () => {
  it('renders an SVG from public/ with its size, alt text and caption', async () => {
    const html = await container.renderToString(Figure, {
      props: { src: '/favicon.svg', alt: 'The library logo: a ring with a dot', caption: 'Logo' },
    });
    expect(html).toMatch(/<img src="\/favicon.svg" alt="The library logo: a ring with a dot" width="32" height="32" loading="lazy"/);
    expect(html).toContain('<figcaption>Logo</figcaption>');
  });

  it('requires alt text', async () => {
    await expect(container.renderToString(Figure, { props: { src: '/favicon.svg' }, locals: { sourceFile: 'a.mdx' } })).rejects.toThrow(
      /a.mdx: <Figure src="\/favicon.svg"> has no alt text[\s\S]*Fix: add alt=/,
    );
  });

  it('names a missing image', async () => {
    await expect(container.renderToString(Figure, { props: { src: '/figures/nope.svg', alt: 'Something drawn' } })).rejects.toThrow(
      /points to an image that does not exist[\s\S]*public\/figures\/nope.svg/,
    );
  });
});

describe('RepoLink', () => {
  it('links to a file of the repository on the published branch, and to its pages', async () => {
    const file = await container.renderToString(RepoLink, { props: { file: 'CONTRIBUTING.md' }, slots: { default: 'the guide' } });
    expect(file).toBe(`<a href="${site.repository}/blob/${site.branch}/CONTRIBUTING.md">the guide</a>`);
    const issues = await container.renderToString(RepoLink, { props: { to: 'issues/new/choose' }, slots: { default: 'an issue' } });
    expect(issues).toBe(`<a href="${site.repository}/issues/new/choose">an issue</a>`);
  });

  it('stops on a file that does not exist, an unknown page, or neither', async () => {
    const locals = { sourceFile: 'src/content/pages/en/x.mdx' };
    await expect(container.renderToString(RepoLink, { props: { file: 'CONTRIBUTE.md' }, locals })).rejects.toThrow(
      'src/content/pages/en/x.mdx: <RepoLink> refers to the file "CONTRIBUTE.md", which is not in the repository.\n  Fix: give the path of an existing file from the repository root, e.g. file="CONTRIBUTING.md".',
    );
    await expect(container.renderToString(RepoLink, { props: { to: 'wiki' }, locals })).rejects.toThrow(
      '<RepoLink> has to="wiki", which is not a known page.\n  Fix: use one of: issues, issues/new/choose, pulls.',
    );
    await expect(container.renderToString(RepoLink, { props: {}, locals })).rejects.toThrow(
      '<RepoLink> needs exactly one of file="…" or to="…".',
    );
  });
});

describe('Steps', () => {
  it('wraps the list it is given', async () => {
    const html = await container.renderToString(Steps, { slots: { default: '<ol><li>Stop</li><li>Lock</li></ol>' } });
    expect(html).toBe('<div class="steps"><ol><li>Stop</li><li>Lock</li></ol></div>');
  });
});

describe('OutcomesTable and MetaStrip', () => {
  it('shows the three outcome categories with their ids, headed in the given language', async () => {
    const html = await container.renderToString(OutcomesTable, { props: { outcomes, lang: 'de' } });
    expect(html).toMatch(/<th scope="col">Kenntnisse<\/th>|<th scope="col">Wissen<\/th>/);
    for (const id of ['K1', 'S1', 'S2', 'R1']) expect(html).toContain(`id="outcome-${id}"`);
    expect(html.match(/<th scope="col">/g)).toHaveLength(3);
  });

  it('formats figures the locale way', async () => {
    const data = { code: '4C-04', eqfLevel: 4, ecvetPoints: 2.5, hours: { theory: 20, practice: 30, workBased: 12 } };
    const en = await container.renderToString(MetaStrip, { props: { data, lang: 'en' } });
    const lt = await container.renderToString(MetaStrip, { props: { data, lang: 'lt' } });
    expect(en).toContain('<dd>2.5</dd>');
    expect(en).toContain('62 hours');
    expect(lt).toContain('<dd>2,5</dd>');
    expect(lt).toContain('4C-04');
  });
});

describe('LanguageSwitcher and FallbackNotice', () => {
  it('links the same page in every locale and marks untranslated ones', async () => {
    const html = await container.renderToString(LanguageSwitcher, {
      props: { lang: 'de', translatedIn: ['en', 'de'], pathFor: (l: 'en') => switchLangInPath('/de/modules/x/', l) },
    });
    for (const l of ['en', 'de', 'lt', 'lv', 'et']) expect(html).toContain(`href="/${l}/modules/x/"`);
    expect(html).toMatch(/href="\/de\/modules\/x\/" hreflang="de" lang="de" aria-current="page"/);
    expect(html.match(/class="lang-switcher__note"/g)).toHaveLength(3);
    expect(html).toContain('<summary>');
  });

  it('explains in the page language that the text is not translated and links the source', async () => {
    const html = await container.renderToString(FallbackNotice, { props: { lang: 'lv', sourceHref: 'https://example.org/src.mdx' } });
    expect(html).toContain('data-pagefind-ignore');
    expect(html).toContain('href="https://example.org/src.mdx"');
    expect(html).not.toContain('Not translated yet');
  });
});
