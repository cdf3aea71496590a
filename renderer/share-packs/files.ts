/** Saves a share file through the browser's download (Electron and browser mode alike), as plain UTF-8 JSON. */
export function saveJsonFile(fileName: string, content: string): void {
  // No byte-order mark: the file is JSON that another Coachbench (or any reader) parses as it is.
  const url = URL.createObjectURL(new Blob([content], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
