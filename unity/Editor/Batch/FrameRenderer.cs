// EXR and PNG sequences: the camera renders into a float render texture (linear, MSAA as the job
// asks), the pixels are read back, and depth comes from a second render in which every renderer
// draws with Hidden/Assetsmith/EyeDepth (view-space distance into a float target). This works the
// same under URP and the built-in pipeline, where replacement shaders or the camera depth texture
// would not.
using System.Collections.Generic;
using System.IO;
using Unity.Collections;
using UnityEngine;

namespace Assetsmith.Batch
{
    public static class FrameRenderer
    {
        public const float BackgroundZ = 1e10f; // assetsmith's (and Blender's) depth where nothing was hit

        public static int RenderSequence(UnityJob job, Camera cam)
        {
            bool exr = job.format == "EXR";
            var colorRT = new RenderTexture(job.width, job.height, 24,
                exr ? RenderTextureFormat.ARGBFloat : RenderTextureFormat.ARGB32,
                exr ? RenderTextureReadWrite.Linear : RenderTextureReadWrite.sRGB);
            colorRT.antiAliasing = Mathf.Max(1, job.samples);
            var depthRT = new RenderTexture(job.width, job.height, 24, RenderTextureFormat.RFloat, RenderTextureReadWrite.Linear);
            var colorTex = new Texture2D(job.width, job.height, exr ? TextureFormat.RGBAFloat : TextureFormat.RGBA32, false, exr);
            var depthTex = new Texture2D(job.width, job.height, TextureFormat.RFloat, false, true);
            Shader depthShader = Shader.Find("Hidden/Assetsmith/EyeDepth");
            if (job.depth && exr && depthShader == null)
                throw new IOException("the shader Hidden/Assetsmith/EyeDepth is missing from the assetsmith package");
            var depthMat = depthShader != null ? new Material(depthShader) : null;
            int written = 0;
            try
            {
                for (int i = 0; i < job.frames.Length; i++)
                {
                    int frame = job.frames[i];
                    SceneCameras.Pose(job, cam, frame);
                    string path = FramePath(job.frame_pattern, frame);
                    Directory.CreateDirectory(Path.GetDirectoryName(path));
                    NativeArray<float> rgba = default;
                    NativeArray<float> z = default;
                    bool haveColor = !exr || job.beauty;
                    if (haveColor)
                        Render(cam, colorRT, colorTex, new Color(0f, 0f, 0f, 0f));
                    if (!exr)
                    {
                        File.WriteAllBytes(path, colorTex.EncodeToPNG());
                    }
                    else
                    {
                        if (haveColor)
                            rgba = colorTex.GetRawTextureData<float>();
                        if (job.depth)
                        {
                            RenderEyeDepth(cam, depthRT, depthTex, depthMat);
                            z = depthTex.GetRawTextureData<float>();
                        }
                        ExrWriter.Write(path, job.width, job.height, haveColor ? rgba : (NativeArray<float>?)null,
                            job.depth ? z : (NativeArray<float>?)null, BackgroundZ);
                    }
                    written++;
                    JobLog.Progress(i + 1, job.frames.Length);
                }
            }
            finally
            {
                cam.targetTexture = null;
                RenderTexture.active = null;
                Object.DestroyImmediate(colorRT);
                Object.DestroyImmediate(depthRT);
                Object.DestroyImmediate(colorTex);
                Object.DestroyImmediate(depthTex);
                if (depthMat != null)
                    Object.DestroyImmediate(depthMat);
            }
            return written;
        }

        public static string FramePath(string pattern, int frame)
        {
            int first = pattern.IndexOf('#');
            if (first < 0)
                return pattern;
            int count = 0;
            while (first + count < pattern.Length && pattern[first + count] == '#')
                count++;
            return pattern.Substring(0, first) + frame.ToString().PadLeft(count, '0') + pattern.Substring(first + count);
        }

        static void Render(Camera cam, RenderTexture target, Texture2D readback, Color clear)
        {
            cam.clearFlags = CameraClearFlags.SolidColor;
            cam.backgroundColor = clear;
            cam.targetTexture = target;
            cam.Render();
            RenderTexture previous = RenderTexture.active;
            RenderTexture.active = target;
            readback.ReadPixels(new Rect(0, 0, target.width, target.height), 0, 0, false);
            readback.Apply(false);
            RenderTexture.active = previous;
            cam.targetTexture = null;
        }

        // Swap every renderer's materials for the eye-depth material, render, swap back.
        static void RenderEyeDepth(Camera cam, RenderTexture target, Texture2D readback, Material depthMat)
        {
#if UNITY_2022_2_OR_NEWER
            Renderer[] renderers = Object.FindObjectsByType<Renderer>(FindObjectsSortMode.None);
#else
            Renderer[] renderers = Object.FindObjectsOfType<Renderer>();
#endif
            var saved = new Dictionary<Renderer, Material[]>();
            try
            {
                foreach (Renderer r in renderers)
                {
                    saved[r] = r.sharedMaterials;
                    var swap = new Material[r.sharedMaterials.Length];
                    for (int k = 0; k < swap.Length; k++)
                        swap[k] = depthMat;
                    r.sharedMaterials = swap;
                }
                Render(cam, target, readback, Color.clear); // 0 = nothing hit; the writer maps it to BackgroundZ
            }
            finally
            {
                foreach (KeyValuePair<Renderer, Material[]> kv in saved)
                    kv.Key.sharedMaterials = kv.Value;
            }
        }
    }
}
