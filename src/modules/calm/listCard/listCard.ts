import { LightningElement, api } from 'lwc';

const SPRITES = '/slds/icons';

/** The card every related list sits in: its error, spinner or message. */
export default class ListCard extends LightningElement {
  @api heading?: string;
  @api iconName = 'standard:default';
  @api error: unknown;
  @api errorTitle = 'We could not load this';
  @api loading = false;
  @api loadingText = 'Loading';
  @api empty = false;
  @api emptyMessage?: string;

  get icon() {
    const [category = 'standard', name = 'default'] = this.iconName.split(':');
    return { category, name };
  }

  get iconHref() {
    const { category, name } = this.icon;
    return `${SPRITES}/${category}-sprite/svg/symbols.svg#${name}`;
  }

  get iconClass() {
    const { category, name } = this.icon;
    const modifier = `${category}-${name.replace(/_/g, '-')}`;
    return `slds-icon_container slds-icon-${modifier}`;
  }

  @api
  focusHeading() {
    (this.refs?.heading as HTMLElement | undefined)?.focus({
      preventScroll: true,
    });
  }
}
