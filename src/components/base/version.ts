/** The package version; `test/define.test.ts` checks it against package.json. */
export const VERSION = '0.1.0';
