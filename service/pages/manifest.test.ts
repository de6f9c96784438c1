import path from 'node:path';

import { loadManifest } from './manifest';
import { parseComponentMetadata } from './metadata';

const FIXTURES = path.join(__dirname, '__fixtures__');

function bundle(body: string, config = '') {
  return `<?xml version="1.0" encoding="UTF-8"?>
<LightningComponentBundle xmlns="http://soap.sforce.com/2006/04/metadata">
  <isExposed>true</isExposed>
  <masterLabel>Sample</masterLabel>
  <targets><target>lightning__RecordPage</target></targets>
  ${body}
  <targetConfigs>
    <targetConfig targets="lightning__RecordPage">${config}</targetConfig>
  </targetConfigs>
</LightningComponentBundle>`;
}

describe('loadManifest', () => {
  it('keeps the exposed record page components, by name', () => {
    const manifest = loadManifest(path.join(FIXTURES, 'modules'));

    expect([...manifest.keys()]).toEqual([
      'demo/anywhere',
      'demo/statusBanner',
    ]);
  });

  it('reads the record page target config with typed defaults', () => {
    const banner = loadManifest(path.join(FIXTURES, 'modules')).get(
      'demo/statusBanner',
    );

    expect(banner).toEqual({
      name: 'demo/statusBanner',
      tag: 'demo-status-banner',
      label: 'Status Banner',
      description: 'A banner with the asset & account status.',
      objects: ['Asset'],
      properties: [
        {
          name: 'tone',
          type: 'String',
          label: 'Tone',
          description: "The banner's colour.",
          default: 'Info',
          datasource: ['Info', 'Warning'],
          min: null,
          max: null,
          required: false,
        },
        expect.objectContaining({ name: 'rows', default: 2, min: 1, max: 3 }),
        expect.objectContaining({ name: 'compact', default: false }),
        expect.objectContaining({
          name: 'heading',
          label: 'heading',
          description: '',
          default: null,
          required: true,
        }),
      ],
    });
  });

  it('fits a component without an objects list on every record page', () => {
    const anywhere = loadManifest(path.join(FIXTURES, 'modules')).get(
      'demo/anywhere',
    );

    expect(anywhere).toMatchObject({ objects: ['Asset', 'Account'] });
  });

  it('fails naming the file whose metadata is invalid', () => {
    expect(() => loadManifest(path.join(FIXTURES, 'broken'))).toThrow(
      'Component metadata service/pages/__fixtures__/broken/demo/badType/badType.js-meta.xml is invalid: property size: type must be String, Integer, Boolean',
    );
  });

  it("reads the repository's four placeable components", () => {
    const manifest = loadManifest();

    expect([...manifest.keys()]).toEqual(
      expect.arrayContaining([
        'calm/accountAssetList',
        'calm/assetDashboard',
        'calm/invoiceLineList',
        'calm/lifecycleChart',
      ]),
    );
  });
});

describe('parseComponentMetadata', () => {
  const parse = (xml: string) => () => parseComponentMetadata(xml, 'c/sample');

  it.each([
    [
      'XML that is not well-formed',
      '<LightningComponentBundle><isExposed>true</isExposed>',
      'Unclosed tag',
    ],
    [
      'another root element',
      '<Bundle/>',
      'the root element is not LightningComponentBundle',
    ],
    [
      'a type the platform lacks',
      bundle('', '<property name="size" type="Decimal"/>'),
      'property size: type must be String, Integer, Boolean',
    ],
    [
      'a property name that is no identifier',
      bundle('', '<property name="1st" type="String"/>'),
      'property name "1st" is not valid',
    ],
    [
      'a datasource on an Integer',
      bundle('', '<property name="n" type="Integer" datasource="1,2"/>'),
      'property n: only a String property takes a datasource',
    ],
    [
      'a max on a String',
      bundle('', '<property name="s" type="String" max="3"/>'),
      'property s: only an Integer property takes min and max',
    ],
    [
      'a fractional min',
      bundle('', '<property name="n" type="Integer" min="1.5"/>'),
      'property n: 1.5 is not a whole number',
    ],
    [
      'a min above the max',
      bundle('', '<property name="n" type="Integer" min="5" max="1"/>'),
      'property n: min is greater than max',
    ],
    [
      'an empty datasource value',
      bundle('', '<property name="s" type="String" datasource="A,,B"/>'),
      'property s: datasource has an empty value',
    ],
    [
      'a default outside the datasource',
      bundle(
        '',
        '<property name="s" type="String" datasource="A,B" default="C"/>',
      ),
      'property s: default C does not fit: s must be one of A, B',
    ],
    [
      'a default above the max',
      bundle('', '<property name="n" type="Integer" max="3" default="9"/>'),
      'property n: default 9 does not fit: n must be at most 3',
    ],
    [
      'a Boolean default that is no boolean',
      bundle('', '<property name="b" type="Boolean" default="yes"/>'),
      'property b: default yes does not fit: b must be true or false',
    ],
    [
      'a required flag that is no boolean',
      bundle('', '<property name="b" type="Boolean" required="yes"/>'),
      'property b: required must be true or false, not yes',
    ],
    [
      'a property declared twice',
      bundle(
        '',
        '<property name="s" type="String"/><property name="s" type="String"/>',
      ),
      'property s is declared twice',
    ],
    [
      'an object without record pages',
      bundle('', '<objects><object>Opportunity</object></objects>'),
      'object Opportunity has no record page; use Asset or Account',
    ],
    [
      'a missing masterLabel',
      bundle('').replace('<masterLabel>Sample</masterLabel>', ''),
      'masterLabel is required on a record page',
    ],
    [
      'an isExposed that is no boolean',
      bundle('').replace('>true</isExposed>', '>yes</isExposed>'),
      'isExposed must be true or false, not yes',
    ],
  ])('rejects %s', (_case, xml, message) => {
    expect(parse(xml)).toThrow(message);
  });

  it('ignores a bundle that is not exposed', () => {
    const xml = bundle('').replace('>true</isExposed>', '>false</isExposed>');

    expect(parseComponentMetadata(xml, 'c/sample')).toBeNull();
  });
});
