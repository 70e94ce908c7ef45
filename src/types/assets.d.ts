/** Text assets bundled by esbuild's `text` loader. */
declare module '*.txt' {
  const text: string;
  export default text;
}
