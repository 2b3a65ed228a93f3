import { nextPath } from './use-session';

describe('nextPath', () => {
  it('goes back to a page of this site', () => {
    expect(nextPath('?next=%2Fsota%2Fquestion-answering-on-squad11')).toBe('/sota/question-answering-on-squad11');
    expect(nextPath('?next=/search?q=bert')).toBe('/search?q=bert');
  });

  it('goes to the account page without a next, or for anything that could leave the site', () => {
    for (const search of [
      '',
      '?next=',
      '?next=https://evil.example/',
      '?next=//evil.example/path',
      '?next=/\\evil.example',
      '?next=javascript:alert(1)',
      '?next=sota',
    ]) {
      expect(nextPath(search)).toBe('/account');
    }
  });
});
