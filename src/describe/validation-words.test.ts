import { describe, expect, it } from 'vitest';
import { RULE_CODES } from '../data/dataset/rules';
import { ruleMessage } from './validation-words';

describe('ruleMessage', () => {
  it.each(RULE_CODES)('describes %s in both languages', (rule) => {
    expect(ruleMessage(rule, 'zh').trim()).not.toBe('');
    expect(ruleMessage(rule, 'en').trim()).not.toBe('');
    expect(ruleMessage(rule, 'zh')).not.toBe(ruleMessage(rule, 'en'));
  });
});
