import { registerEnumType } from 'type-graphql';

/** The languages of text the API writes for people (a condition in words, …). */
export enum LanguageEnum {
  VI = 'vi',
  EN = 'en',
}
registerEnumType(LanguageEnum, { name: 'Language', description: 'VI: Vietnamese (the default). EN: English.' });
