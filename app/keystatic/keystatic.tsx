'use client';
// The editor's client app. Only this route imports it, so public pages never load its JavaScript.
import { makePage } from '@keystatic/next/ui/app';
import config from '../../keystatic.config';

export default makePage(config);
