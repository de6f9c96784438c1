import { LightningElement, api } from 'lwc';

export default class LifecycleChartStub extends LightningElement {
  @api recordId?: string;
  @api metric?: string;
}
