/**
 * The builder's side of its live preview (preview.html in a frame of the same
 * origin): what it tells the preview, and what the preview tells it back (it
 * is ready, its height, and that it shows what it was told).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Scheme } from './config.js';

/** What the preview page is told (see preview.ts). */
export interface PreviewMessage {
  type: 'relief-builder-preview';
  tag: string;
  attributes: [string, string | true][];
  css: string;
  locale: string;
  fixedLocale: boolean;
  scheme: Scheme;
  /** What the element is (tag, attributes, language): the preview says when it shows it. */
  key: string;
}

/** The preview page's word that its element shows `key`, rendered and in its language. */
export interface PreviewRendered {
  type: 'relief-builder-rendered';
  key: string;
}

export class PreviewLink implements ReactiveController {
  /** Whether the preview page listens. */
  ready = false;
  /** The preview content's height, in the preview's pixels. */
  height = 600;
  /** The key of what the preview shows now, and who waits for a key. */
  private shownKey?: string;
  private readonly waiters = new Map<string, (() => void)[]>();

  constructor(
    host: ReactiveControllerHost,
    private readonly frame: () => HTMLIFrameElement | null,
    private readonly events: { ready(): void; resized(): void },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('message', this.onMessage);
  }

  hostDisconnected(): void {
    window.removeEventListener('message', this.onMessage);
  }

  /** Tells the preview what to show (once it listens). */
  post(message: PreviewMessage): void {
    const target = this.frame()?.contentWindow;
    if (target && this.ready) target.postMessage(message, location.origin);
  }

  /** Resolves once the preview says it shows `key`. */
  async shown(key: string): Promise<void> {
    if (this.shownKey === key) return;
    await new Promise<void>((resolve) => this.waiters.set(key, [...(this.waiters.get(key) ?? []), resolve]));
  }

  private readonly onMessage = (event: MessageEvent): void => {
    const frame = this.frame();
    if (!frame || event.source !== frame.contentWindow || event.origin !== location.origin) return;
    const message = event.data as { type?: string; height?: unknown; key?: unknown };
    if (message.type === 'relief-builder-ready') {
      this.ready = true;
      this.events.ready();
    } else if (message.type === 'relief-builder-rendered' && typeof message.key === 'string') {
      this.shownKey = message.key;
      for (const resolve of this.waiters.get(message.key) ?? []) resolve();
      this.waiters.delete(message.key);
    } else if (message.type === 'relief-builder-height' && typeof message.height === 'number') {
      this.height = Math.ceil(message.height);
      this.events.resized();
    }
  };
}
