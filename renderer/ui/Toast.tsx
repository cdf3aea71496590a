import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';

export interface ToastAction {
  label: string;
  /** Runs the action; the toast closes once it has. */
  run(): void | Promise<void>;
}

export interface Toast {
  message: string;
  actions?: ToastAction[];
}

interface ShownToast extends Toast {
  id: number;
  error?: string;
}

const ToastContext = createContext<(toast: Toast) => void>(() => {});

/** Says briefly that something was done, with a way to see it or undo it ("Saved · View · Undo"). */
export function useToast(): (toast: Toast) => void {
  return useContext(ToastContext);
}

/** How long a toast stays when nobody is using it. */
const TOAST_MS = 10_000;

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ShownToast[]>([]);
  const nextId = useRef(1);
  const show = useCallback((toast: Toast) => {
    const id = nextId.current++;
    // One at a time: the newest replaces the last, so stale undo buttons never pile up.
    setToasts([{ ...toast, id }]);
  }, []);
  const close = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), []);
  const value = useMemo(() => show, [show]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <section className="toasts" aria-label="Notifications">
        <div role="status" aria-live="polite">
          {toasts.map((toast) => (
            <ToastView
              key={toast.id}
              toast={toast}
              onClose={() => close(toast.id)}
              onError={(error) =>
                setToasts((all) => all.map((t) => (t.id === toast.id ? { ...t, error } : t)))
              }
            />
          ))}
        </div>
      </section>
    </ToastContext.Provider>
  );
}

function ToastView({
  toast,
  onClose,
  onError,
}: {
  toast: ShownToast;
  onClose(): void;
  onError(message: string): void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const timer = setInterval(() => {
      // Never taken away from under the pointer or the keyboard.
      const node = ref.current;
      if (node && (node.matches(':hover') || node.contains(document.activeElement))) return;
      onClose();
    }, TOAST_MS);
    return () => clearInterval(timer);
  }, [onClose]);
  return (
    <div className="toast" ref={ref}>
      <span className="toast-message">{toast.error ?? toast.message}</span>
      {toast.actions?.map((action) => (
        <button
          key={action.label}
          type="button"
          className="button button-small toast-action"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            try {
              await action.run();
              onClose();
            } catch (error) {
              setBusy(false);
              onError(
                `Could not ${action.label.toLowerCase()}: ${error instanceof Error ? error.message : String(error)}`,
              );
            }
          }}
        >
          {action.label}
        </button>
      ))}
      <button type="button" className="toast-close" aria-label="Dismiss" onClick={onClose}>
        ×
      </button>
    </div>
  );
}
