import { afterEach, describe, expect, it } from 'vitest';
import { riseColour, setRisePreference } from './change-colours';

afterEach(() => setRisePreference('auto'));

describe('change colours', () => {
  it('follow the language by default: red for rises in Chinese, green in English', () => {
    expect(riseColour('auto', 'zh')).toBe('red');
    expect(riseColour('auto', 'en')).toBe('green');
  });
  it('follow the reader’s choice when there is one', () => {
    expect(riseColour('green', 'zh')).toBe('green');
    expect(riseColour('red', 'en')).toBe('red');
  });
  it('remember the choice in this browser', () => {
    setRisePreference('green');
    expect(window.localStorage.getItem('indicator-dashboard:rise-colour')).toBe('green');
    setRisePreference('auto');
    expect(window.localStorage.getItem('indicator-dashboard:rise-colour')).toBeNull();
  });
});
