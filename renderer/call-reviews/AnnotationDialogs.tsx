import { Dialog } from '../ui/Dialog';
import { AnnotationForm, EMPTY_ANNOTATION } from './AnnotationForm';
import type { AnnotationActions } from './use-annotation-actions';

/** The dialogs that annotate a passage, edit an annotation, and confirm deleting one. */
export function AnnotationDialogs({ actions, repName }: { actions: AnnotationActions; repName: string }) {
  const { annotating, editing, deleting, deleteError } = actions;
  return (
    <>
      <Dialog title="Annotate the passage" open={annotating !== null} onClose={actions.stopAnnotating}>
        {annotating ? (
          <AnnotationForm
            initial={EMPTY_ANNOTATION}
            quote={annotating.quote}
            submitLabel="Save annotation"
            onSubmit={(draft) => actions.annotate(annotating.anchor, draft)}
            onCancel={actions.stopAnnotating}
          />
        ) : null}
      </Dialog>
      <Dialog title="Edit the annotation" open={editing !== null} onClose={actions.stopEditing}>
        {editing ? (
          <AnnotationForm
            initial={{
              annotationType: editing.annotationType ?? 'strength',
              behaviourId: editing.behaviourId,
              rating: { level: editing.level, verdict: editing.verdict },
              comment: editing.comment ?? '',
              visibility: editing.visibility,
            }}
            quote={editing.evidence ?? ''}
            submitLabel="Save changes"
            onSubmit={(draft) => actions.saveEdit(editing, draft)}
            onCancel={actions.stopEditing}
          />
        ) : null}
      </Dialog>
      <Dialog title="Delete this annotation?" open={deleting !== null} onClose={actions.stopDeleting}>
        {deleting ? (
          <>
            <p>
              The annotation on “{deleting.behaviourName}” goes, and with it the observation it recorded for{' '}
              {repName}. The transcript stays as it is.
            </p>
            {deleteError ? (
              <p className="form-error" role="alert">
                {deleteError}
              </p>
            ) : null}
            <div className="form-actions">
              <button type="button" className="button" onClick={actions.stopDeleting}>
                Cancel
              </button>
              <button
                type="button"
                className="button button-danger"
                onClick={() => void actions.confirmDelete(deleting)}
              >
                Delete annotation
              </button>
            </div>
          </>
        ) : null}
      </Dialog>
    </>
  );
}
