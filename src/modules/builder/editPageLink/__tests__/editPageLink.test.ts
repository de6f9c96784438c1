import EditPageLink from 'builder/editPageLink';
import { canEditPages } from 'builder/access';

import { flush, mount, textOf } from '../../../../test/component';

jest.mock('builder/access', () => ({
  ...jest.requireActual('builder/access'),
  canEditPages: jest.fn(() => true),
}));

const allowed = canEditPages as jest.Mock;

async function render() {
  const element = mount('builder-edit-page-link', EditPageLink, {
    objectApiName: 'Account',
    recordId: '001000000000001AAA',
  });
  await flush();

  return element;
}

describe('builder-edit-page-link', () => {
  afterEach(() => {
    document.body.replaceChildren();
    allowed.mockReturnValue(true);
  });

  it('links admins to the editor of the object’s record page', async () => {
    const element = await render();

    const link = element.shadowRoot!.querySelector('a')!;
    expect(textOf(link)).toBe('Edit Page');
    expect(link.getAttribute('href')).toBe(
      '/lightning/setup/RecordPages/Account?recordId=001000000000001AAA',
    );
  });

  it('shows nothing to people who may not edit pages', async () => {
    allowed.mockReturnValue(false);

    const element = await render();

    expect(element.shadowRoot!.querySelector('a')).toBeNull();
  });
});
