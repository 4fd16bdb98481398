/** A data table as data, in the layout of the national form; the widgets draw it as <table>. */

/** One cell of a data table. */
export interface TableCell {
  text: string;
  header?: 'col' | 'row' | 'colgroup' | 'rowgroup';
  colspan?: number;
  rowspan?: number;
}

export interface TableSpec {
  caption: string;
  head: TableCell[][];
  body: TableCell[][];
}
