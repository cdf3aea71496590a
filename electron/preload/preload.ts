// Sandboxed preload: bundled to CommonJS, it may only require 'electron'. It exposes two narrow
// functions and never ipcRenderer itself, so the page cannot send on arbitrary channels.
import { contextBridge, type IpcRendererEvent, ipcRenderer } from 'electron';

contextBridge.exposeInMainWorld('coachbench', {
  call: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke('api:call', method, input),
  onEvent: (listener: (event: unknown) => void): (() => void) => {
    const handler = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on('api:event', handler);
    return () => ipcRenderer.removeListener('api:event', handler);
  },
});
