// The unit tests' language: English, installed before each file as main.tsx loads it before the
// app's first render (every catalogue is a chunk of its own, none in the app itself).
import { en } from '../src/i18n/en.ts';
import { installCatalogue } from '../src/i18n/index.ts';

installCatalogue('en', en);
