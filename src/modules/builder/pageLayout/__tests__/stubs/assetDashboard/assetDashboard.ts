import { LightningElement, api } from 'lwc';

export default class AssetDashboardStub extends LightningElement {
  @api recordId?: string;
  @api objectApiName?: string;
}
