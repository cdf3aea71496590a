import { useMutation } from '@tanstack/react-query';
import { type ChangeEvent, useRef, useState } from 'react';
import type { FieldIssue, ImportReport } from '../../shared/contract';
import { ApiError } from '../api/client';
import { useApi } from '../app/client-context';
import { Dialog } from '../ui/Dialog';
import { errorMessage } from '../ui/format';
import { ImportPreview } from './ImportPreview';
import { downloadFile, formatBytes, issuePath, MAX_IMPORT_BYTES } from './library-model';

/** Export: asks the core for the library file and hands it to the browser to save. */
export function useExportLibrary() {
  const api = useApi();
  return useMutation({
    mutationFn: () => api.library.export({}),
    onSuccess: ({ fileName, json }) => downloadFile(fileName, json),
  });
}

type ImportState =
  | { step: 'closed' }
  | { step: 'checking'; fileName: string }
  | { step: 'preview'; fileName: string; json: string; report: ImportReport }
  | { step: 'done'; fileName: string; report: ImportReport }
  | { step: 'refused'; fileName: string; message: string; issues: FieldIssue[] };

function refusal(fileName: string, error: unknown): ImportState {
  if (error instanceof ApiError) {
    return { step: 'refused', fileName, message: error.message, issues: error.issues };
  }
  return { step: 'refused', fileName, message: errorMessage(error), issues: [] };
}

export function ImportButton() {
  const api = useApi();
  const fileInput = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<ImportState>({ step: 'closed' });
  const apply = useMutation({
    mutationFn: ({ json }: { json: string; fileName: string }) => api.library.import({ json, dryRun: false }),
    onSuccess: (report, { fileName }) => setState({ step: 'done', fileName, report }),
    onError: (error, { fileName }) => setState(refusal(fileName, error)),
  });

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Clear the input so choosing the same file again (after fixing it) fires a change.
    event.target.value = '';
    if (!file) return;
    apply.reset();
    if (file.size > MAX_IMPORT_BYTES) {
      setState({
        step: 'refused',
        fileName: file.name,
        message: `This file is ${formatBytes(file.size)}; a library file can be at most 10 MB, so it was not read.`,
        issues: [],
      });
      return;
    }
    setState({ step: 'checking', fileName: file.name });
    try {
      const json = await file.text();
      const report = await api.library.import({ json, dryRun: true });
      setState({ step: 'preview', fileName: file.name, json, report });
    } catch (error) {
      setState(refusal(file.name, error));
    }
  }

  const close = () => setState({ step: 'closed' });
  return (
    <>
      <button type="button" className="button" onClick={() => fileInput.current?.click()}>
        Import library…
      </button>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        aria-label="Library file to import"
        tabIndex={-1}
        onChange={choose}
      />
      <Dialog title="Import library" open={state.step !== 'closed'} onClose={close}>
        {state.step === 'closed' ? null : (
          <div className="import-dialog">
            <p className="import-file muted">{state.fileName}</p>
            {state.step === 'checking' ? (
              <p className="muted" aria-busy="true">
                Checking the file…
              </p>
            ) : state.step === 'refused' ? (
              <Refused message={state.message} issues={state.issues} onClose={close} />
            ) : state.step === 'preview' ? (
              <ImportPreview
                report={state.report}
                applying={apply.isPending}
                onCancel={close}
                onConfirm={() => apply.mutate({ json: state.json, fileName: state.fileName })}
              />
            ) : (
              <>
                <p role="status" className="import-done">
                  Library imported: {state.report.added.length} added, {state.report.changed.length} changed,{' '}
                  {state.report.unchanged} unchanged.
                </p>
                <div className="form-actions">
                  <button type="button" className="button button-primary" onClick={close}>
                    Close
                  </button>
                </div>
              </>
            )}
          </div>
        )}
      </Dialog>
    </>
  );
}

function Refused({ message, issues, onClose }: { message: string; issues: FieldIssue[]; onClose(): void }) {
  return (
    <>
      <div className="form-error" role="alert">
        <p className="import-refused">Nothing was imported.</p>
        {issues.length === 0 ? <p>{message}</p> : null}
      </div>
      {issues.length > 0 ? (
        <>
          <p>
            {issues.length === 1 ? 'The file has 1 problem' : `The file has ${issues.length} problems`}. Fix{' '}
            {issues.length === 1 ? 'it' : 'them'} and import the file again.
          </p>
          <ul className="import-problems" aria-label="Problems in the file">
            {issues.map((issue, index) => {
              const where = issuePath(issue.path);
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced whole, never reordered.
                <li key={index}>
                  {where ? <code>{where}</code> : null}
                  {where ? ': ' : null}
                  {issue.message}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={onClose}>
          Close
        </button>
      </div>
    </>
  );
}
