import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import AppHeader from 'calm/appHeader';

const header = createElement('calm-app-header', { is: AppHeader });
header.subtitle = 'Customer asset lifecycle management';

document.querySelector('#root')?.append(header);
