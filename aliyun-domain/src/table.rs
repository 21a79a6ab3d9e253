//! Plain-text tables: a header row and aligned columns, two spaces apart.

use std::fmt;

use crate::terminal;

/// How a column's cells are aligned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// Text.
    Left,
    /// Numbers.
    Right,
}

/// A table of text cells, printed with its columns aligned to their widest cell.
///
/// Control, format and invisible characters in cells (a newline in a service message, a terminal
/// escape, a bidi override) print as visible escapes such as `\u{1b}`, so that service data
/// cannot break the layout or drive the terminal. Wide East Asian characters count as two
/// columns and combining marks as none.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Table {
    headers: Vec<String>,
    aligns: Vec<Align>,
    rows: Vec<Vec<String>>,
}

impl Table {
    /// A table with these column headers, all left-aligned.
    pub fn new<S: Into<String>>(headers: impl IntoIterator<Item = S>) -> Table {
        let headers: Vec<String> = headers.into_iter().map(|h| clean(&h.into())).collect();
        Table {
            aligns: vec![Align::Left; headers.len()],
            headers,
            rows: Vec::new(),
        }
    }

    /// Right-aligns column `index` (counted from 0).
    #[must_use]
    pub fn align_right(mut self, index: usize) -> Table {
        if let Some(align) = self.aligns.get_mut(index) {
            *align = Align::Right;
        }
        self
    }

    /// Appends a row; missing cells are empty and extra cells are dropped.
    pub fn push_row<S: Into<String>>(&mut self, cells: impl IntoIterator<Item = S>) {
        let mut row: Vec<String> = cells
            .into_iter()
            .take(self.headers.len())
            .map(|c| clean(&c.into()))
            .collect();
        row.resize(self.headers.len(), String::new());
        self.rows.push(row);
    }

    /// Whether the table has no rows.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// How many rows the table has.
    pub fn len(&self) -> usize {
        self.rows.len()
    }
}

impl fmt::Display for Table {
    /// One line per row, header first, each ending in a newline; no trailing spaces.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let widths: Vec<usize> = (0..self.headers.len())
            .map(|column| {
                std::iter::once(&self.headers[column])
                    .chain(self.rows.iter().map(|row| &row[column]))
                    .map(|cell| display_width(cell))
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        for row in std::iter::once(&self.headers).chain(&self.rows) {
            let mut line = String::new();
            for (column, cell) in row.iter().enumerate() {
                if column > 0 {
                    line.push_str("  ");
                }
                let padding = " ".repeat(widths[column] - display_width(cell));
                match self.aligns[column] {
                    Align::Left => {
                        line.push_str(cell);
                        line.push_str(&padding);
                    }
                    Align::Right => {
                        line.push_str(&padding);
                        line.push_str(cell);
                    }
                }
            }
            writeln!(f, "{}", line.trim_end())?;
        }
        Ok(())
    }
}

/// The cell's text, safe for a terminal.
fn clean(text: &str) -> String {
    terminal::sanitize(text).into_owned()
}

/// Terminal columns taken by `text` as a table prints it: two for wide East Asian characters,
/// none for combining marks, one otherwise, and control characters as their escapes.
pub fn display_width(text: &str) -> usize {
    terminal::display_width(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_align_to_the_widest_cell_without_trailing_spaces() {
        let mut table = Table::new(["DOMAIN", "YEARS", "RESULT"]).align_right(1);
        table.push_row(["example-shop.com", "1", "renewed"]);
        table.push_row(["a.io", "10", ""]);
        assert_eq!(
            table.to_string(),
            "DOMAIN            YEARS  RESULT\n\
             example-shop.com      1  renewed\n\
             a.io                 10\n"
        );
    }

    #[test]
    fn wide_characters_count_twice() {
        let mut table = Table::new(["DOMAIN", "DAYS"]);
        table.push_row(["demo-一.cn", "20"]);
        table.push_row(["abcdefghijk", "5"]);
        let text = table.to_string();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(display_width(lines[1]), display_width(lines[2]) + 1);
        assert_eq!(lines[1], "demo-一.cn   20");
    }

    #[test]
    fn control_characters_and_ragged_rows_are_tamed() {
        let mut table = Table::new(["A", "B"]);
        table.push_row(["x\ny\u{1b}[31m"]);
        table.push_row(["1", "2", "3"]);
        assert_eq!(table.len(), 2);
        assert_eq!(
            table.to_string(),
            "A               B\nx\\ny\\u{1b}[31m\n1               2\n"
        );
    }

    #[test]
    fn an_empty_table_prints_its_header() {
        let table = Table::new(["DOMAIN", "EXPIRATION"]);
        assert!(table.is_empty());
        assert_eq!(table.to_string(), "DOMAIN  EXPIRATION\n");
    }
}
