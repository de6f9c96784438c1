import { LightningElement, api } from 'lwc';

export default class LifecycleChartStub extends LightningElement {
  @api recordId?: string;
  @api objectApiName?: string;
  @api metric?: string;
  @api showRangeControl?: boolean;
}
