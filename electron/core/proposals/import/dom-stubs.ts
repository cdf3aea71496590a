// pdf.js's display layer builds a DOMMatrix when its module loads (for canvas rendering). In a browser
// or with @napi-rs/canvas it has one; in the import worker's CommonJS bundle it has neither, and loading
// would throw. Coachbench only reads text, which never uses it, so an identity matrix is enough. This
// module must be imported before pdf.js (see pdf.ts).
const scope = globalThis as { DOMMatrix?: unknown };
if (scope.DOMMatrix === undefined) {
  scope.DOMMatrix = class DOMMatrix {
    a = 1;
    b = 0;
    c = 0;
    d = 1;
    e = 0;
    f = 0;
    scaleSelf(): this {
      return this;
    }
    translateSelf(): this {
      return this;
    }
    multiplySelf(): this {
      return this;
    }
    invertSelf(): this {
      return this;
    }
  };
}
export {};
