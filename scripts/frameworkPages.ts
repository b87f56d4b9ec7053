/**
 * The documentation page of each built-in framework, written from the framework's data, so
 * that a page can never say what the data does not. `npm run generate` writes them to
 * docs/frameworks/; test/docs checks they are up to date.
 */
import { FRAMEWORK_IDS, FRAMEWORKS, type FrameworkId, LIMITING_RULES } from '../src/index.js';

const ROLES: Record<string, string> = {
  key: 'key judgement: read for overall effectiveness',
  'sub-judgement': 'sub-judgement',
  separate: 'judged apart: not read for overall effectiveness',
};

const BASES: Record<string, string> = {
  'stated-by-ofsted': 'stated by Ofsted',
  'read-from-published-grades': "the library's reading of Ofsted's published grades",
};

/** The Markdown page of one framework. */
export function frameworkPage(id: FrameworkId): string {
  const framework = FRAMEWORKS[id];
  const areas = framework.areas as readonly {
    id: string;
    title: string;
    shortTitle: string;
    role: string;
    required: boolean;
    limits: readonly string[];
    parent?: string;
  }[];
  const limiting = (framework as { limitingRule?: { basis: string; rule: string; evidence: string } }).limitingRule;
  const lines = [
    '---',
    `title: "Framework: ${id}"`,
    '---',
    '',
    `# ${framework.name} (\`${id}\`)`,
    '',
    `<!-- Written by scripts/frameworkPages.ts from FRAMEWORKS['${id}']. Do not edit: run npm run generate. -->`,
    '',
    `- Family: \`${framework.family}\``,
    `- In force: from ${framework.inForce.from}${'until' in framework.inForce ? ` until ${framework.inForce.until}` : ', with no end yet'}`,
    `- Overall effectiveness: ${framework.hasOverallEffectiveness ? 'awarded by Ofsted' : 'not awarded'}`,
    `- Which areas limit overall: ${limiting === undefined ? 'none: there is no overall judgement to limit' : `${limiting.rule} (${BASES[limiting.basis] ?? limiting.basis})`}`,
    '',
    '## Areas, in report order',
    '',
    `| area id | Ofsted's title | short title | role | required | an inadequate grade limits overall under |`,
    '|---|---|---|---|---|---|',
    ...areas.map(
      (area) =>
        `| \`${area.id}\` | ${area.title} | ${area.shortTitle} | ${ROLES[area.role] ?? area.role}${area.parent ? ` of \`${area.parent}\`` : ''} | ${area.required ? 'yes' : 'no'} | ${
          area.limits.length === 0
            ? 'neither rule'
            : LIMITING_RULES.filter((rule) => area.limits.includes(rule))
                .map((rule) => `\`${rule}\``)
                .join(', ')
        } |`,
    ),
    '',
    ...(limiting === undefined ? [] : ['## The limiting rule', '', limiting.evidence, '']),
    '## Sources',
    '',
    ...framework.sources.map(
      (source) => `- ${source.fact} (${source.source}${source.confirmed ? '' : '; UNCONFIRMED'})`,
    ),
    '',
    '## In code',
    '',
    '```ts',
    "import { FRAMEWORKS } from 'ofsted-ilacs';",
    '',
    `const framework = FRAMEWORKS['${id}'];`,
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the page's example is code, written out as text
    'console.log(framework.areas.map((area) => `${area.id}: ${area.title}`));',
    '```',
    '',
  ];
  return lines.join('\n');
}

/** Every page, by file name. */
export function frameworkPages(): Record<string, string> {
  return Object.fromEntries(FRAMEWORK_IDS.map((id) => [`${id}.md`, frameworkPage(id)]));
}
