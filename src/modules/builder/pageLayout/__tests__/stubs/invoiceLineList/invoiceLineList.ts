import { LightningElement, api } from 'lwc';

export default class InvoiceLineListStub extends LightningElement {
  @api recordId?: string;
  @api objectApiName?: string;
  @api limit?: number;
}
