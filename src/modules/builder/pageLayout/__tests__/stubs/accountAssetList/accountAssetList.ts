import { LightningElement, api } from 'lwc';

export default class AccountAssetListStub extends LightningElement {
  @api recordId?: string;
  @api objectApiName?: string;
}
