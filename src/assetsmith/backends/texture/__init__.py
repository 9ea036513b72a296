"""Albedo textures from image models (ComfyUI, local diffusers); normal and ORM are derived."""
