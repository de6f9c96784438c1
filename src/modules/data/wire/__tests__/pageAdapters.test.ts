import { getShared } from 'data/api';
import {
  getActiveRecordPage,
  getPageComponents,
  getPageTemplates,
  getRecordPages,
} from 'data/wire';

jest.mock('data/api', () => ({
  getShared: jest.fn(() => new Promise(() => {})),
}));

type AdapterClass = new (emit: (value: unknown) => void) => {
  update(config: Record<string, unknown>): void;
};

function pathRequested(adapter: unknown, config: Record<string, unknown>) {
  (getShared as jest.Mock).mockClear();
  new (adapter as AdapterClass)(() => {}).update(config);
  return (getShared as jest.Mock).mock.calls[0]?.[0] ?? null;
}

describe('record page adapters', () => {
  it('ask for the components one object allows', () => {
    expect(pathRequested(getPageComponents, { objectApiName: 'Asset' })).toBe(
      '/ui-pages/components?objectApiName=Asset',
    );
    expect(pathRequested(getPageComponents, {})).toBeNull();
  });

  it('ask for the templates', () => {
    expect(pathRequested(getPageTemplates, {})).toBe('/ui-pages/templates');
  });

  it('ask for an object’s versions and its active page', () => {
    expect(pathRequested(getRecordPages, { objectApiName: 'Account' })).toBe(
      '/ui-pages/Account',
    );
    expect(pathRequested(getActiveRecordPage, { objectApiName: 'Asset' })).toBe(
      '/ui-pages/Asset/active',
    );
  });
});
