import { CUSTOM_ELEMENTS_SCHEMA, Component, signal } from '@angular/core';
import { FormControl, FormGroup, FormsModule, ReactiveFormsModule } from '@angular/forms';
import type { ReliefChangeEvent } from 'relief-widgets';

/** What a form submits, as `name=value&…` (the app would send it to the clinic). */
const formDataText = (form: HTMLFormElement) =>
  [...new FormData(form)].map(([name, value]) => `${name}=${String(value)}`).join('&');

// #region readme
@Component({
  selector: 'app-root',
  imports: [FormsModule, ReactiveFormsModule],
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  templateUrl: './app.html',
})
export class App {
  // (relief-change): the event's detail.value
  readonly pain = signal('');
  readonly checks = signal<string[]>([]);
  onPain(event: ReliefChangeEvent) { this.pain.set(String(event.detail.value)); }
  onChecks(event: ReliefChangeEvent) { this.checks.set([event.detail.value].flat()); }

  // Template-driven: [(ngModel)] with ngDefaultControl
  model = { pain: '', checks: [] as string[] };

  // Reactive: formControlName with ngDefaultControl
  readonly reactive = new FormGroup({
    pain: new FormControl('', { nonNullable: true }),
    checks: new FormControl<string[]>([], { nonNullable: true }),
  });
  // #endregion

  readonly submitted = { events: signal(''), templateDriven: signal(''), reactive: signal('') };
  submit(which: keyof App['submitted'], form: HTMLFormElement) {
    this.submitted[which].set(formDataText(form));
  }
}
