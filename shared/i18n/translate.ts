// One i18next instance per language for code outside React (the core's error messages, PDFs).
// The renderer uses react-i18next over the same resources.
import i18next, { type i18n, type TFunction } from 'i18next';
import type { Language } from '../api/fields';
import { resources } from './resources';

const instances = new Map<Language, i18n>();

export function translator(lang: Language): TFunction {
  let inst = instances.get(lang);
  if (!inst) {
    inst = i18next.createInstance();
    void inst.init({ lng: lang, fallbackLng: 'fi', resources, initAsync: false, showSupportNotice: false, interpolation: { escapeValue: false } });
    instances.set(lang, inst);
  }
  return inst.t.bind(inst);
}
