"""HTTP only: blueprints parse input, call one domain function, and render."""
