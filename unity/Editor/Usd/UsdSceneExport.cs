// Exports the open scene with Unity's USD package (com.unity.formats.usd): every active root
// GameObject once (meshes, materials, transforms), then the camera's transform at each frame, so
// the .usd carries the job's camera animation between startTimeCode and endTimeCode.
#if ASSETSMITH_USD
using System;
using System.Collections.Generic;
using Assetsmith.Batch;
using Unity.Formats.USD;
using UnityEditor;
using UnityEngine;
using UnityEngine.SceneManagement;

namespace Assetsmith.Usd
{
    static class UsdSceneExport
    {
        [InitializeOnLoadMethod]
        static void Register()
        {
            UsdExportBridge.Export = Export;
        }

        static void Export(string outputPath, Camera camera, IList<int> frames, Action<int> poseFrame, float fps)
        {
            if (frames.Count > 0)
                poseFrame(frames[0]);
            USD.NET.Scene usd = ExportHelpers.InitForSave(outputPath);
            if (usd == null)
                throw new System.IO.IOException("cannot create the USD file " + System.IO.Path.GetFileName(outputPath));
            try
            {
                usd.FrameRate = fps;
                if (frames.Count > 0)
                {
                    usd.StartTime = frames[0];
                    usd.EndTime = frames[frames.Count - 1];
                }
                usd.Time = null; // the unvarying data: geometry, materials
                foreach (GameObject root in SceneManager.GetActiveScene().GetRootGameObjects())
                {
                    if (!root.activeInHierarchy || root == camera.gameObject)
                        continue;
                    SceneExporter.Export(root, usd, BasisTransformation.SlowAndSafe,
                        exportUnvarying: false, zeroRootTransform: false, exportMaterials: true);
                }
                foreach (int frame in frames)
                {
                    poseFrame(frame);
                    usd.Time = frame;
                    SceneExporter.Export(camera.gameObject, usd, BasisTransformation.SlowAndSafe,
                        exportUnvarying: false, zeroRootTransform: false);
                }
                usd.Save();
            }
            finally
            {
                usd.Close();
            }
        }
    }
}
#endif
