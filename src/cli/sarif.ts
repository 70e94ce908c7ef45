import { createHash } from 'node:crypto';
import { relative, isAbsolute, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Severity, RuleSpec, Finding } from '../engine/index';
import { engine } from './engine';
import { REPOSITORY_URL, docUrl, type FileReport } from './report';
import { PROGRAM } from './args';
import { STDIN_NAME } from './files';

const { rules, docPath, DIRECTIVE_RULES, version } = engine();

type Level = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, Level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

interface ReportingDescriptor {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri?: string;
  defaultConfiguration: { level: Level };
  properties: { tags: string[] };
}

function slug(id: string): string {
  return id.split('/').pop()!;
}

function ruleDescriptor(r: RuleSpec): ReportingDescriptor {
  const url = docUrl(docPath(r.id));
  const title = r.title || r.id;
  const claim = r.claim || title;
  const questions = r.questions ?? [];
  const label = r.kind === 'green' ? 'What to check' : 'Diligence questions';
  const text = questions.length ? `${claim}\n\n${label}:\n${questions.map((q) => `- ${q}`).join('\n')}` : claim;
  const markdown = [`**${title}**`, claim, ...(questions.length ? [`**${label}**`, questions.map((q) => `- ${q}`).join('\n')] : []), `[Documentation](${url})`].join('\n\n');
  return {
    id: r.id,
    name: slug(r.id),
    shortDescription: { text: title },
    fullDescription: { text: claim },
    help: { text, markdown },
    helpUri: url,
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: { tags: [r.kind] },
  };
}

const DIRECTIVE_DESCRIPTIONS: Record<string, string> = {
  [DIRECTIVE_RULES.unknownRule]: 'A redflags-ack directive names no rule or an unknown rule id.',
  [DIRECTIVE_RULES.missingRationale]: 'A redflags-ack directive gives no rationale for accepting the risk.',
  [DIRECTIVE_RULES.unusedAck]: 'A redflags-ack directive silences nothing: the rule does not fire where it applies.',
};

function directiveDescriptor(id: string): ReportingDescriptor {
  const text = DIRECTIVE_DESCRIPTIONS[id] ?? id;
  return {
    id,
    name: slug(id),
    shortDescription: { text },
    fullDescription: { text },
    help: { text, markdown: text },
    defaultConfiguration: { level: 'warning' },
    properties: { tags: ['directive'] },
  };
}

/** A URI for a memo: relative to the working folder (with forward slashes) when inside it, else a file: URL. */
function artifactLocation(filePath: string, cwd: string): { uri: string; uriBaseId?: string } {
  if (filePath === STDIN_NAME) return { uri: 'stdin' };
  const rel = relative(cwd, filePath);
  if (!rel || isAbsolute(rel) || rel === '..' || rel.startsWith(`..${sep}`)) return { uri: pathToFileURL(filePath).href };
  return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

/** The words a finding is on, whitespace-normalised: the basis of its fingerprint. */
function findingText(text: string, f: Finding): string {
  return text.slice(f.range.start.offset, f.range.end.offset).replace(/\s+/g, ' ').trim();
}

/** SARIF 2.1.0, as GitHub code scanning accepts it. */
export function formatSarif(reports: readonly FileReport[], cwd: string): string {
  const descriptors: ReportingDescriptor[] = rules.map(ruleDescriptor);
  for (const id of Object.values(DIRECTIVE_RULES)) descriptors.push(directiveDescriptor(id));
  const index = new Map(descriptors.map((d, i) => [d.id, i]));

  const results = [];
  for (const r of reports) {
    const location = artifactLocation(r.filePath, cwd);
    const occurrences = new Map<string, number>();
    for (const f of r.findings) {
      let ruleIndex = index.get(f.ruleId);
      if (ruleIndex === undefined) {
        descriptors.push(directiveDescriptor(f.ruleId));
        ruleIndex = descriptors.length - 1;
        index.set(f.ruleId, ruleIndex);
      }
      const hash = createHash('sha256').update(`${f.ruleId}\u0000${findingText(r.text, f)}`).digest('hex').slice(0, 32);
      const n = (occurrences.get(hash) ?? 0) + 1;
      occurrences.set(hash, n);
      const result: Record<string, unknown> = {
        ruleId: f.ruleId,
        ruleIndex,
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: location,
              region: {
                startLine: f.range.start.line,
                startColumn: f.range.start.column,
                endLine: f.range.end.line,
                endColumn: f.range.end.column,
              },
            },
          },
        ],
        partialFingerprints: { 'memoRedflagsSentenceHash/v1': `${hash}:${n}` },
        properties: { kind: f.kind, scope: f.scope, passages: f.passages, questions: f.questions },
      };
      if (f.acknowledged) result.suppressions = [{ kind: 'inSource', justification: f.acknowledged.rationale }];
      results.push(result);
    }
  }

  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: PROGRAM,
            version,
            semanticVersion: version,
            informationUri: REPOSITORY_URL,
            rules: descriptors,
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith(sep) ? cwd : cwd + sep).href } },
        columnKind: 'utf16CodeUnits',
        // Memos that could not be checked are not silently clean: the run says which, and that it did not finish.
        invocations: [
          {
            executionSuccessful: !reports.some((r) => r.skipped !== undefined),
            toolExecutionNotifications: reports
              .filter((r) => r.skipped !== undefined)
              .map((r) => ({ level: 'error', message: { text: `not checked: ${r.skipped}` }, locations: [{ physicalLocation: { artifactLocation: artifactLocation(r.filePath, cwd) } }] })),
          },
        ],
        results,
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
