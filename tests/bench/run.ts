import { checkInsSection } from './check-ins.js';
import { graphSection } from './graph-sync.js';
import type { BenchOptions, BenchSection } from './harness.js';
import { indicatorsSection } from './indicators.js';
import { tabsSection } from './tabs.js';

/**
 * `npm run bench [-- <section>...] [--regenerate]`: measures the budgets of DESIGN.md §6 and prints the
 * figures next to their baselines, measured in the same run. Timings never fail the run; errors and wrong
 * results (e.g. a dataset of the wrong size) do.
 *
 * A section is a `BenchSection` in its own file under tests/bench/, listed here in the order it runs.
 */
const SECTIONS: readonly BenchSection[] = [indicatorsSection, checkInsSection, graphSection, tabsSection];

function usage(): string {
  return [
    'usage: npm run bench [-- <section>...] [--regenerate]',
    '',
    'sections (all by default):',
    ...SECTIONS.map((section) => `  ${section.name.padEnd(14)} ${section.summary}`),
    '',
    '  --regenerate   rebuild cached datasets instead of reusing them',
  ].join('\n');
}

function parseArguments(argv: readonly string[]): { sections: BenchSection[]; options: BenchOptions } | string {
  const options: BenchOptions = { regenerate: false };
  const names: string[] = [];
  for (const argument of argv) {
    if (argument === '--regenerate') options.regenerate = true;
    else if (argument === '--help' || argument === '-h') return usage();
    else if (argument.startsWith('-')) return `unknown option ${argument}\n\n${usage()}`;
    else names.push(argument);
  }
  const unknown = names.filter((name) => !SECTIONS.some((section) => section.name === name));
  if (unknown.length > 0) return `unknown section ${unknown.join(', ')}\n\n${usage()}`;
  const sections = names.length === 0 ? [...SECTIONS] : SECTIONS.filter((section) => names.includes(section.name));
  return { sections, options };
}

async function main(): Promise<number> {
  const parsed = parseArguments(process.argv.slice(2));
  if (typeof parsed === 'string') {
    console.log(parsed);
    return parsed.startsWith('usage') ? 0 : 2;
  }
  const log = (line = '') => console.log(line);
  const failed: string[] = [];
  for (const section of parsed.sections) {
    log(`== ${section.name}: ${section.summary}`);
    const started = performance.now();
    try {
      const { failures } = await section.run({ options: parsed.options, log });
      for (const failure of failures) {
        log(`FAILED: ${failure}`);
        failed.push(`${section.name}: ${failure}`);
      }
    } catch (error) {
      log(`FAILED with an error:`);
      console.error(error);
      failed.push(`${section.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
    log(`(${section.name} ran in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
    log();
  }
  if (failed.length > 0) {
    log(`${failed.length} problem(s):`);
    for (const failure of failed) log(`  ${failure}`);
    return 1;
  }
  return 0;
}

process.exitCode = await main();
