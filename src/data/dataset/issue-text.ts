import type { z } from 'zod/mini';
import { RULE_CODES, type RuleCode, type ValidationIssue } from './rules';

// Validation issues in words a publisher can act on: zod's issues turned into the format's rule
// codes with the path and the offending value, and values shown short enough that one huge value
// cannot flood the list.

export function fromZod(issues: readonly z.core.$ZodIssue[], root: unknown, base: string): ValidationIssue[] {
  return issues.map((issue) => {
    const path = joinPath(base, issue.path);
    const value = valueAt(root, issue.path);
    if (value === undefined) {
      const field = show(String(issue.path.at(-1) ?? ''));
      return { path, rule: 'required', detail: `Required field ${field} is missing`, got: field };
    }
    const got = show(value);
    switch (issue.code) {
      case 'custom':
        return { path, rule: ruleParam(issue.params), detail: `${issue.message}; got ${got}`, got };
      case 'invalid_union':
        // Text is the format's only union.
        return { path, rule: 'text', detail: `${issue.message}; got ${got}`, got };
      case 'invalid_type':
        return {
          path,
          rule: issue.expected === 'object' ? 'not-object' : 'type',
          detail: `Expected ${withArticle(issue.expected)}; got ${got}`,
          got,
          ref: issue.expected,
        };
      case 'invalid_value': {
        const values = issue.values.map((v) => show(v)).join(', ');
        return { path, rule: 'enum', detail: `Expected one of ${values}; got ${got}`, got, ref: values };
      }
      case 'too_small':
        return { path, rule: 'min-items', detail: `Expected at least ${String(issue.minimum)} entry; got ${got}`, got };
      default:
        return { path, rule: 'type', detail: `${issue.message}; got ${got}`, got };
    }
  });
}

/** The rule a schema check attached to its issue (see `rule()` in schema.ts). */
function ruleParam(params: Record<string, unknown> | undefined): RuleCode {
  const code = params?.rule;
  return RULE_CODES.find((c) => c === code) ?? 'type';
}

function withArticle(expected: string): string {
  if (expected === 'null' || expected === 'undefined') return expected;
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function joinPath(base: string, segments: readonly PropertyKey[]): string {
  return segments.reduce<string>((path, segment) => {
    if (typeof segment === 'number') return `${path}[${segment}]`;
    const key = String(segment);
    // Language tags such as zh-Hans are not identifiers; bracket them so the path stays readable.
    if (!/^[A-Za-z_$][\w$]*$/.test(key)) return `${path}[${JSON.stringify(key)}]`;
    return path === '' ? key : `${path}.${key}`;
  }, base);
}

function valueAt(root: unknown, segments: readonly PropertyKey[]): unknown {
  let value = root;
  for (const segment of segments) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const SHOWN_LENGTH = 80;

/** A value as text for a detail line, cut short so that one huge value cannot flood the list. */
export function show(value: unknown): string {
  let text: string;
  if (value === undefined) text = 'nothing';
  else if (typeof value === 'string') text = JSON.stringify(value);
  // JSON.stringify writes NaN and Infinity as null, which would hide the actual fault.
  else if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'symbol') text = String(value);
  else if (typeof value === 'function') text = 'a function';
  else {
    try {
      text = JSON.stringify(value);
    } catch {
      text = Object.prototype.toString.call(value);
    }
  }
  return text.length > SHOWN_LENGTH ? `${text.slice(0, SHOWN_LENGTH - 1)}…` : text;
}
