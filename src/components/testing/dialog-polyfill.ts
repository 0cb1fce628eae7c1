/**
 * jsdom has <dialog> but not showModal/close or the Esc → cancel behaviour; this adds just enough of the
 * browser's behaviour for component tests. Import it from a test file, never from app code.
 */
export function installDialogPolyfill(): void {
  const proto = HTMLDialogElement.prototype as HTMLDialogElement & { __polyfilled?: boolean };
  if (proto.__polyfilled) return;
  proto.__polyfilled = true;
  const onKey = (ev: KeyboardEvent) => {
    const dialog = ev.currentTarget as HTMLDialogElement;
    if (ev.key !== 'Escape') return;
    const cancel = new Event('cancel', { cancelable: true });
    if (dialog.dispatchEvent(cancel)) dialog.close();
  };
  proto.showModal = function showModal(this: HTMLDialogElement) {
    if (this.open) throw new DOMException('already open', 'InvalidStateError');
    this.setAttribute('open', '');
    this.addEventListener('keydown', onKey);
  };
  proto.show = function show(this: HTMLDialogElement) {
    this.showModal();
  };
  proto.close = function close(this: HTMLDialogElement, returnValue?: string) {
    if (!this.open) return;
    if (returnValue !== undefined) this.returnValue = returnValue;
    this.removeAttribute('open');
    this.removeEventListener('keydown', onKey);
    this.dispatchEvent(new Event('close'));
  };
}
