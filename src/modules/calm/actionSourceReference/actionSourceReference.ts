import { LightningElement, api, wire } from 'lwc';
import { getRecord } from 'data/wire';
import type { SObject, WireResult } from 'data/wire';

import { referenceKind, referenceLines } from './references';

/** The order product or work order line item an asset action source names. */
export default class ActionSourceReference extends LightningElement {
  @api recordId?: string;

  @wire(getRecord, { objectApiName: '$objectApiName', recordId: '$recordId' })
  item?: WireResult<SObject>;

  @wire(getRecord, {
    objectApiName: '$parentObjectApiName',
    recordId: '$parentId',
  })
  parent?: WireResult<SObject>;

  @wire(getRecord, { objectApiName: 'Product2', recordId: '$productId' })
  product?: WireResult<SObject>;

  get kind() {
    return referenceKind(this.recordId);
  }

  get objectApiName() {
    return this.kind?.objectApiName;
  }

  get parentObjectApiName() {
    return this.kind?.parentObjectApiName;
  }

  get parentId() {
    return this.item?.data?.[this.kind?.parentField ?? ''] as string;
  }

  get productId() {
    return this.item?.data?.Product2Id as string | undefined;
  }

  get label() {
    return this.kind?.label ?? 'Record';
  }

  get lines() {
    const item = this.item?.data;
    if (!item || !this.kind) return null;
    return referenceLines(
      this.kind,
      item,
      this.parent?.data,
      this.product?.data,
    );
  }

  get details() {
    return (this.lines?.details ?? [])
      .filter(Boolean)
      .map((text, key) => ({ key, text }));
  }

  get error() {
    return this.item?.error ?? this.parent?.error ?? this.product?.error;
  }

  get isUnknown() {
    return !this.kind;
  }
}
