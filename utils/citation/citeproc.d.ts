/** The small part of citeproc-js's API that SayWho uses (the package ships no types). */
declare module 'citeproc' {
  namespace CSL {
    interface Sys {
      retrieveLocale(lang: string): string;
      retrieveItem(id: string): unknown;
    }
    class Engine {
      constructor(sys: Sys, style: string, lang?: string, forceLang?: boolean);
      setOutputFormat(format: 'html' | 'text' | 'rtf'): void;
      updateItems(ids: string[]): void;
      makeBibliography(): [unknown, string[]] | false;
      makeCitationCluster(items: { id: string }[]): string;
    }
  }
  const CSL: { Engine: typeof CSL.Engine };
  export default CSL;
}

declare module '*.csl?raw' {
  const text: string;
  export default text;
}

declare module '*.xml?raw' {
  const text: string;
  export default text;
}
