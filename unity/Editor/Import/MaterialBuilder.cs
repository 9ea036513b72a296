// Texture import settings per map role, and one URP Lit material per glTF material of the pack:
// Base Map = albedo (sRGB), Normal Map = normal (OpenGL +Y, as Unity expects), and one mask map
// (R metallic, G occlusion, B detail mask, A smoothness: HDRP's Mask Map layout) in both the
// Metallic Map slot (URP reads R and A) and the Occlusion Map slot (URP reads G). Packs ship only
// the glTF ORM map (R occlusion, G roughness, B metallic); the mask is a channel shuffle of it, so
// it is made here on import rather than stored in every pack a second time.
// Glowing materials: Emission Map = emissive (sRGB) with an HDR Emission Color of white x the
// pack's strength.
using System;
using System.Collections.Generic;
using System.IO;
using UnityEditor;
using UnityEngine;
using UnityEngine.Rendering;

namespace Assetsmith.Import
{
    public static class MaterialBuilder
    {
        public const string LitShader = "Universal Render Pipeline/Lit";

        public static void ConfigureTextures(PackManifest manifest, string dest)
        {
            AssetDatabase.StartAssetEditing();
            try
            {
                foreach (PackMaterial m in manifest.materials)
                {
                    Configure(dest, m.textures.albedo, srgb: true, normal: false);
                    Configure(dest, m.textures.normal, srgb: false, normal: true);
                    Configure(dest, MakeMask(dest, m.textures.orm), srgb: false, normal: false);
                    Configure(dest, m.textures.orm, srgb: false, normal: false);
                    Configure(dest, m.textures.emissive, srgb: true, normal: false);
                }
            }
            finally
            {
                AssetDatabase.StopAssetEditing();
            }
        }

        static void Configure(string dest, string packPath, bool srgb, bool normal)
        {
            if (string.IsNullOrEmpty(packPath))
                return;
            var importer = AssetImporter.GetAtPath(dest + "/" + packPath) as TextureImporter;
            if (importer == null)
                return;
            importer.textureType = normal ? TextureImporterType.NormalMap : TextureImporterType.Default;
            importer.sRGBTexture = srgb;
            importer.wrapMode = TextureWrapMode.Repeat;
            importer.mipmapEnabled = true;
            importer.SaveAndReimport();
        }

        // "<base>_orm.png" -> "<base>_mask.png", beside it.
        public static string MaskPath(string ormPath)
        {
            const string suffix = "_orm.png";
            if (string.IsNullOrEmpty(ormPath) || !ormPath.EndsWith(suffix, StringComparison.Ordinal))
                return null;
            return ormPath.Substring(0, ormPath.Length - suffix.Length) + "_mask.png";
        }

        // Writes the mask map next to the ORM map: R = metallic (ORM B), G = occlusion (ORM R),
        // B = 1 (no detail mask), A = smoothness = 1 - roughness (ORM G). Returns its pack path.
        public static string MakeMask(string dest, string ormPath)
        {
            string maskPath = MaskPath(ormPath);
            string ormFile = dest + "/" + ormPath;
            if (maskPath == null || !File.Exists(ormFile))
                return null;
            var orm = new Texture2D(2, 2, TextureFormat.RGBA32, false, true);
            if (!orm.LoadImage(File.ReadAllBytes(ormFile)))
                throw new InvalidOperationException("Cannot read the ORM map '" + ormPath + "'.");
            Color32[] px = orm.GetPixels32();
            for (int i = 0; i < px.Length; i++)
            {
                Color32 o = px[i];
                px[i] = new Color32(o.b, o.r, 255, (byte)(255 - o.g));
            }
            var mask = new Texture2D(orm.width, orm.height, TextureFormat.RGBA32, false, true);
            mask.SetPixels32(px);
            mask.Apply();
            File.WriteAllBytes(dest + "/" + maskPath, mask.EncodeToPNG());
            UnityEngine.Object.DestroyImmediate(orm);
            UnityEngine.Object.DestroyImmediate(mask);
            AssetDatabase.ImportAsset(dest + "/" + maskPath);
            return maskPath;
        }

        static Texture2D Load(string dest, string packPath)
        {
            return string.IsNullOrEmpty(packPath) ? null : AssetDatabase.LoadAssetAtPath<Texture2D>(dest + "/" + packPath);
        }

        public static Dictionary<string, Material> Build(PackManifest manifest, string dest)
        {
            Shader lit = Shader.Find(LitShader);
            if (lit == null)
                throw new InvalidOperationException("URP is not installed (shader '" + LitShader + "' not found).");
            string folder = dest + "/Materials";
            Directory.CreateDirectory(folder);
            var built = new Dictionary<string, Material>();
            foreach (PackMaterial m in manifest.materials)
            {
                var mat = new Material(lit) { name = m.name + "_Lit" };
                mat.SetColor("_BaseColor", Color.white);
                Texture2D albedo = Load(dest, m.textures.albedo);
                if (albedo != null)
                    mat.SetTexture("_BaseMap", albedo);
                Texture2D normal = Load(dest, m.textures.normal);
                if (normal != null)
                {
                    mat.SetTexture("_BumpMap", normal);
                    mat.SetFloat("_BumpScale", 1f);
                    mat.EnableKeyword("_NORMALMAP");
                }
                Texture2D mask = Load(dest, MaskPath(m.textures.orm));
                if (mask != null)
                {
                    mat.SetTexture("_MetallicGlossMap", mask);
                    mat.SetFloat("_Smoothness", 1f); // multiplies the map's alpha
                    mat.SetFloat("_SmoothnessTextureChannel", 0f); // Metallic Alpha
                    mat.EnableKeyword("_METALLICSPECGLOSSMAP");
                    mat.SetTexture("_OcclusionMap", mask); // URP Lit samples occlusion from G
                    mat.SetFloat("_OcclusionStrength", 1f);
                    mat.EnableKeyword("_OCCLUSIONMAP");
                }
                Texture2D emissive = Load(dest, m.textures.emissive);
                if (emissive != null)
                    MakeEmissive(mat, emissive, m.emissive_strength);
                var albedoImporter = m.textures.albedo != null
                    ? AssetImporter.GetAtPath(dest + "/" + m.textures.albedo) as TextureImporter : null;
                if (albedoImporter != null && albedoImporter.DoesSourceTextureHaveAlpha())
                    MakeTransparent(mat);
                string path = folder + "/" + mat.name + ".mat";
                AssetDatabase.DeleteAsset(path);
                AssetDatabase.CreateAsset(mat, path);
                built[m.name] = mat;
            }
            AssetDatabase.SaveAssets();
            return built;
        }

        // URP Lit emission (what its inspector's Emission checkbox sets): the map carries colour and
        // pattern, the HDR colour the intensity; realtime GI lets the glow light its surroundings.
        static void MakeEmissive(Material mat, Texture2D map, float strength)
        {
            mat.SetTexture("_EmissionMap", map);
            mat.SetColor("_EmissionColor", Color.white * Mathf.Max(0f, strength));
            mat.EnableKeyword("_EMISSION");
            mat.globalIlluminationFlags = MaterialGlobalIlluminationFlags.RealtimeEmissive;
        }

        // URP Lit, Surface Type Transparent, Blending Mode Alpha (what its inspector sets).
        static void MakeTransparent(Material mat)
        {
            mat.SetFloat("_Surface", 1f);
            mat.SetFloat("_Blend", 0f);
            mat.SetFloat("_SrcBlend", (float)BlendMode.SrcAlpha);
            mat.SetFloat("_DstBlend", (float)BlendMode.OneMinusSrcAlpha);
            mat.SetFloat("_ZWrite", 0f);
            mat.SetOverrideTag("RenderType", "Transparent");
            mat.EnableKeyword("_SURFACE_TYPE_TRANSPARENT");
            mat.renderQueue = (int)RenderQueue.Transparent;
        }
    }
}
