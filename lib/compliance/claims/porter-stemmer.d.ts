/** The Porter stemmer that ships inside wink-nlp's English model (a CommonJS file without types). */
declare module 'wink-eng-lite-web-model/dist/porter-stemmer.js' {
  const stem: (word: string) => string;
  export default stem;
}
