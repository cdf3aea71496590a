import type { RichTextDoc } from '../../../../shared/contract';

/** A file read into the one rich-text schema, before it is checked and kept. */
export interface ImportedDocument {
  doc: RichTextDoc;
  warnings: string[];
  /** PDF: where each page starts, as offsets into documentText(doc).text. */
  pageStarts: { page: number; offset: number }[];
  pages: number | null;
}
