"""A tiny Stable Diffusion pipeline with random weights, built entirely in this process.

For tests and the GPU smoke script: a small UNet2DConditionModel, AutoencoderKL and CLIPTextModel
with a character-level CLIP tokenizer whose vocabulary is written to a temporary folder. Nothing
is downloaded (set HF_HUB_OFFLINE=1 to be sure). Its images are noise, but every layer and code
path of a real SD1.5 pipeline runs.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from assetsmith.backends.base import import_extra

_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789,.-'#"
MAX_TOKENS = 77


def _tiny_tokenizer(folder: Path) -> Any:
    transformers = import_extra("transformers", "diffusion", "The tiny diffusion pipeline")
    vocab = {"<|startoftext|>": 0, "<|endoftext|>": 1, "!": 2}
    for c in _CHARS:
        vocab.setdefault(c, len(vocab))
        vocab.setdefault(c + "</w>", len(vocab))
    (folder / "vocab.json").write_text(json.dumps(vocab))
    (folder / "merges.txt").write_text("#version: 0.2\n")  # no merges: one token per character
    return transformers.CLIPTokenizer(
        str(folder / "vocab.json"), str(folder / "merges.txt"), model_max_length=MAX_TOKENS
    )


def build_tiny_pipeline(seed: int = 0) -> Any:
    """A StableDiffusionPipeline (latent 4 channels, VAE factor 2: 64x64 images from 32x32
    latents) with seeded random weights, a DDIM scheduler and no safety checker."""
    torch = import_extra("torch", "diffusion", "The tiny diffusion pipeline")
    diffusers = import_extra("diffusers", "diffusion", "The tiny diffusion pipeline")
    transformers = import_extra("transformers", "diffusion", "The tiny diffusion pipeline")
    with tempfile.TemporaryDirectory() as tmp:
        tokenizer = _tiny_tokenizer(Path(tmp))
    torch.manual_seed(seed)
    unet = diffusers.UNet2DConditionModel(
        block_out_channels=(32, 64),
        layers_per_block=1,
        sample_size=32,
        in_channels=4,
        out_channels=4,
        down_block_types=("DownBlock2D", "CrossAttnDownBlock2D"),
        up_block_types=("CrossAttnUpBlock2D", "UpBlock2D"),
        cross_attention_dim=32,
        norm_num_groups=32,
    )
    vae = diffusers.AutoencoderKL(
        block_out_channels=[32, 64],
        in_channels=3,
        out_channels=3,
        latent_channels=4,
        norm_num_groups=32,
        down_block_types=["DownEncoderBlock2D"] * 2,
        up_block_types=["UpDecoderBlock2D"] * 2,
    )
    text_encoder = transformers.CLIPTextModel(
        transformers.CLIPTextConfig(
            bos_token_id=0,
            eos_token_id=1,
            pad_token_id=1,
            hidden_size=32,
            intermediate_size=37,
            layer_norm_eps=1e-5,
            num_attention_heads=4,
            num_hidden_layers=2,
            vocab_size=len(tokenizer) + 8,
            max_position_embeddings=MAX_TOKENS,
        )
    )
    scheduler = diffusers.DDIMScheduler(
        beta_start=0.00085,
        beta_end=0.012,
        beta_schedule="scaled_linear",
        clip_sample=False,
        set_alpha_to_one=False,
        steps_offset=1,
    )
    pipe = diffusers.StableDiffusionPipeline(
        vae=vae,
        text_encoder=text_encoder,
        tokenizer=tokenizer,
        unet=unet,
        scheduler=scheduler,
        safety_checker=None,
        feature_extractor=None,
        requires_safety_checker=False,
    )
    pipe.set_progress_bar_config(disable=True)
    return pipe
