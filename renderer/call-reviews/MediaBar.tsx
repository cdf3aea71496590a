import { type RefObject, useEffect, useRef, useState } from 'react';

export interface LinkedMedia {
  url: string;
  name: string;
  isVideo: boolean;
}

/**
 * The recording chosen for this session. It plays from an object URL (the CSP allows blob: media and
 * nothing remote), works the same in the browser and the desktop app, and is let go on leaving the page.
 */
export function useLinkedMedia() {
  const [media, setMedia] = useState<LinkedMedia | null>(null);
  useEffect(
    () => () => {
      if (media) URL.revokeObjectURL(media.url);
    },
    [media],
  );
  return {
    media,
    link(file: File) {
      setMedia({
        url: URL.createObjectURL(file),
        name: file.name,
        isVideo: file.type.startsWith('video/') || /\.(mp4|m4v|mov|webm|mkv)$/i.test(file.name),
      });
    },
  };
}

/** A button that asks for the recording's file. */
export function LinkRecordingButton({
  expectedName,
  linked,
  onFile,
}: {
  expectedName: string;
  linked: boolean;
  onFile(file: File): void;
}) {
  const inputRef = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className="button"
        title={`Play ${expectedName} beside the transcript`}
        onClick={() => inputRef.current?.click()}
      >
        {linked ? 'Choose another recording…' : `Link the recording (${expectedName})`}
      </button>
      <input
        ref={inputRef}
        type="file"
        className="visually-hidden"
        tabIndex={-1}
        aria-label="Recording to play"
        accept="audio/*,video/*"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}

/** The player above the transcript, with the choice to follow the recording as it plays. */
export function MediaBar({
  media,
  expectedName,
  mediaRef,
  follow,
  onFollowChange,
  onTime,
}: {
  media: LinkedMedia;
  expectedName: string | null;
  mediaRef: RefObject<HTMLMediaElement | null>;
  follow: boolean;
  onFollowChange(follow: boolean): void;
  onTime(ms: number): void;
}) {
  const onTimeUpdate = (event: React.SyntheticEvent<HTMLMediaElement>) =>
    onTime(Math.round(event.currentTarget.currentTime * 1000));
  const setRef = (element: HTMLMediaElement | null) => {
    mediaRef.current = element;
  };
  return (
    <section className="media-bar" aria-label="Recording">
      {media.isVideo ? (
        // biome-ignore lint/a11y/useMediaCaption: the transcript beside the player is its captions, line by line.
        <video ref={setRef} src={media.url} controls preload="metadata" onTimeUpdate={onTimeUpdate} />
      ) : (
        // biome-ignore lint/a11y/useMediaCaption: the transcript beside the player is its captions, line by line.
        <audio ref={setRef} src={media.url} controls preload="metadata" onTimeUpdate={onTimeUpdate} />
      )}
      <div className="media-notes">
        <label className="check">
          <input type="checkbox" checked={follow} onChange={(e) => onFollowChange(e.target.checked)} />
          Follow the recording in the transcript
        </label>
        <p className="muted media-note">
          {expectedName && expectedName !== media.name
            ? `Playing “${media.name}” (the call names “${expectedName}”). `
            : `Playing “${media.name}”. `}
          For this session only: Coachbench keeps the file’s name, not the file, so you choose it again next
          time.
        </p>
      </div>
    </section>
  );
}
