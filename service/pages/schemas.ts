import { Type, type Static } from '@sinclair/typebox';

import {
  errorResponses,
  PlatformErrors,
  strictObject,
} from '../schemas/common';
import { PAGE_OBJECTS, type PageObject } from './types';

const IntegerOrNull = Type.Union([Type.Integer(), Type.Null()]);

/** An enum rather than a union: a wrong name gives one error, not three. */
export const ObjectApiName = Type.Unsafe<PageObject>({
  type: 'string',
  enum: [...PAGE_OBJECTS],
});

export const PageParams = Type.Object({
  version: Type.String(),
  objectApiName: ObjectApiName,
});

export const PageVersionParams = Type.Object({
  version: Type.String(),
  objectApiName: ObjectApiName,
  pageVersion: Type.String({ description: 'The page version: 1, 2, 3 ...' }),
});

const Properties = Type.Record(Type.String(), Type.Unknown(), {
  description: 'Property values by name: strings, integers or booleans',
});

const PlacedComponent = strictObject({
  component: Type.String({ examples: ['calm/lifecycleChart'] }),
  properties: Type.Optional(Properties),
});

export const PageDefinition = strictObject({
  label: Type.String({ description: '1 to 80 characters' }),
  template: Type.String({ examples: ['headerAndRightSidebar'] }),
  regions: Type.Record(Type.String(), Type.Array(PlacedComponent), {
    description: 'Components by region name, in page order',
  }),
});

/** A page definition as the editor sends it: properties may be left out. */
export type PageInput = Static<typeof PageDefinition>;

const SavedRegions = Type.Record(
  Type.String(),
  Type.Array(Type.Object({ component: Type.String(), properties: Properties })),
);

const createdDate = Type.String({ format: 'date-time' });

export const SavedPage = Type.Object({
  objectApiName: Type.String(),
  version: Type.Integer(),
  label: Type.String(),
  template: Type.String(),
  regions: SavedRegions,
  createdDate,
  isActive: Type.Boolean(),
});

export const PageVersions = Type.Object({
  objectApiName: Type.String(),
  activeVersion: IntegerOrNull,
  versions: Type.Array(
    Type.Object({
      version: Type.Integer(),
      label: Type.String(),
      template: Type.String(),
      createdDate,
      isActive: Type.Boolean(),
    }),
  ),
});

const ResolvedEntry = Type.Object({
  component: Type.String(),
  tag: Type.String(),
  label: Type.String(),
  properties: Properties,
  status: Type.Union([Type.Literal('ok'), Type.Literal('missing')]),
  message: Type.Optional(Type.String()),
});

export const ActivePage = Type.Object({
  objectApiName: Type.String(),
  source: Type.Union([Type.Literal('saved'), Type.Literal('default')]),
  version: IntegerOrNull,
  label: Type.String(),
  template: Type.String(),
  regions: Type.Record(Type.String(), Type.Array(ResolvedEntry)),
});

const ComponentProperty = Type.Object({
  name: Type.String(),
  type: Type.Union(
    ['String', 'Integer', 'Boolean'].map((type) => Type.Literal(type)),
  ),
  label: Type.String(),
  description: Type.String(),
  default: Type.Union([
    Type.String(),
    Type.Integer(),
    Type.Boolean(),
    Type.Null(),
  ]),
  datasource: Type.Union([Type.Array(Type.String()), Type.Null()]),
  min: IntegerOrNull,
  max: IntegerOrNull,
  required: Type.Boolean(),
});

export const Components = Type.Object({
  components: Type.Array(
    Type.Object({
      name: Type.String({ examples: ['calm/lifecycleChart'] }),
      tag: Type.String({ examples: ['calm-lifecycle-chart'] }),
      label: Type.String(),
      description: Type.String(),
      objects: Type.Array(ObjectApiName),
      properties: Type.Array(ComponentProperty),
    }),
  ),
});

const Region = Type.Object({ name: Type.String(), label: Type.String() });

export const Templates = Type.Object({
  templates: Type.Array(
    Type.Object({
      name: Type.String(),
      label: Type.String(),
      regions: Type.Array(Region),
    }),
  ),
});

export const pageErrorResponses = { ...errorResponses, 403: PlatformErrors };
