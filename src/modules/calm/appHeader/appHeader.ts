import { LightningElement, api } from 'lwc';

export default class AppHeader extends LightningElement {
  @api subtitle?: string;
}
