"""Plans as plain data and as JSON, YAML and TOML documents."""
