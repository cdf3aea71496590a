import { z } from 'zod';
import { richTextProblem } from '../rich-text/schema';

/**
 * A tiptap document as stored, in answers. Checked only for its outline: a document saved by an older
 * version may not fit today's schema, and it must still reach the screen (read-only) rather than fail
 * the whole answer. The renderer runs `richTextProblem` before letting anyone edit it.
 */
export const storedRichTextDocSchema = z
  .object({ type: z.literal('doc'), content: z.array(z.unknown()).optional() })
  .passthrough();
export type RichTextDoc = z.infer<typeof storedRichTextDocSchema>;

/**
 * A document the core is asked to save: exactly what the shared schema (the editor's extension list)
 * allows, at most MAX_RICH_TEXT_DEPTH deep and MAX_RICH_TEXT_CHARS long. The check walks the JSON
 * without recursion before anything else touches it (zod's own object parsing would recurse), and says
 * where the first problem is: `doc.content.3.marks.0.type: "link" is not allowed here`.
 */
export const richTextDocSchema = z
  .custom<RichTextDoc>(() => true)
  .superRefine((doc, ctx) => {
    const problem = richTextProblem(doc);
    if (problem) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
  });
