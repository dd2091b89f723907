"""The local-resources library: importing counties' spreadsheets, exporting open data, finding stale rows."""
