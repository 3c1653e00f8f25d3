// One import for a form's components and helpers.

export {
  type FieldError,
  type FormValues,
  fieldErrors,
  many,
  one,
  readForm,
  rowCount,
  type ShownErrors,
  showErrors,
} from '../form-values';
export { BilingualField } from './bilingual-field';
export { ActionButton, Button, CsrfInput } from './button';
export { Checkboxes, type Choice, Radios } from './choices';
export { DateInput } from './date-input';
export { ErrorSummary, type FormError } from './error-summary';
export { FieldGroup, type FieldProps } from './field-group';
export { SuccessBanner } from './notification-banner';
export { Select, type SelectGroup, type SelectOption } from './select';
export { Table, type TableHeader, type TableRow } from './table';
export { Textarea, TextInput } from './text-input';
