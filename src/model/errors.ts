/** Validation errors: each names the JSON path, what is wrong and how to fix it. */

export interface ValidationError {
  /** JSONPath-style location, e.g. $.hosts[3].figures[0].low */
  path: string;
  message: string;
  fix: string;
}

export const MAX_ERRORS = 200;

/**
 * Collects errors, folding follow-on errors of one cause (the same message and fix at many
 * places, e.g. one misspelt source id cited thirty times) into one error that counts them.
 */
export class Collector {
  private readonly groups = new Map<string, { first: ValidationError; more: number }>();
  add(path: string, message: string, fix: string) {
    const key = `${message}\u0000${fix}`;
    const group = this.groups.get(key);
    if (group) group.more++;
    else this.groups.set(key, { first: { path, message, fix }, more: 0 });
  }
  get count() {
    return this.groups.size;
  }
  finish(): ValidationError[] {
    const all = [...this.groups.values()].map(({ first, more }) =>
      more === 0 ? first : { ...first, message: `${first.message} (The same at ${more} more place${more === 1 ? '' : 's'}.)` },
    );
    if (all.length <= MAX_ERRORS) return all;
    return [...all.slice(0, MAX_ERRORS), { path: '$', message: `${all.length - MAX_ERRORS} more errors were not listed.`, fix: 'Fix the errors above and validate again.' }];
  }
}

export function formatErrors(file: string, errors: readonly ValidationError[]): string {
  return errors.map((e) => `${file}: ${e.path}: ${e.message} Fix: ${e.fix}`).join('\n');
}
