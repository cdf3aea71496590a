// pdf.js ships no types for its worker module; the core only hands it to pdf.js (see pdf.ts).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
