// Menu Assetsmith > Import Pack...: copies a pack's Models/ and Textures/ into
// Assets/<spec.unity.import_subfolder>/, sets the texture import settings, builds URP Lit materials,
// and saves a prefab: LOD0-LOD2 under a LODGroup (60% / 30% / 10%), materials assigned by glTF
// material name, and the spec's collider. GLB files import through glTFast (com.unity.cloud.gltfast).
using System;
using System.Collections.Generic;
using System.IO;
using UnityEditor;
using UnityEngine;
using Object = UnityEngine.Object;

namespace Assetsmith.Import
{
    public static class PackImporter
    {
        static readonly float[] LodHeights = { 0.6f, 0.3f, 0.1f };

        [MenuItem("Assetsmith/Import Pack...")]
        static void ImportFromMenu()
        {
            string folder = EditorUtility.OpenFolderPanel("Import an assetsmith pack", "", "");
            if (string.IsNullOrEmpty(folder))
                return;
            try
            {
                string prefab = ImportPack(folder);
                Selection.activeObject = AssetDatabase.LoadAssetAtPath<GameObject>(prefab);
                EditorGUIUtility.PingObject(Selection.activeObject);
            }
            catch (Exception e)
            {
                EditorUtility.DisplayDialog("assetsmith", "The pack was not imported: " + e.Message, "OK");
            }
        }

        // Imports the pack folder and returns the prefab's asset path. Also callable from scripts
        // (e.g. -executeMethod wrappers in CI).
        public static string ImportPack(string packFolder)
        {
            string manifestPath = Path.Combine(packFolder, "manifest.json");
            if (!File.Exists(manifestPath))
                throw new FileNotFoundException("no manifest.json: is this an assetsmith pack folder?");
            PackManifest manifest = JsonUtility.FromJson<PackManifest>(File.ReadAllText(manifestPath));
            if (manifest == null || manifest.models == null || manifest.assets.Length == 0)
                throw new InvalidDataException("manifest.json has no models or assets");
            PackSpec spec = manifest.assets[0];
            string sub = spec.unity != null && !string.IsNullOrEmpty(spec.unity.import_subfolder)
                ? spec.unity.import_subfolder : "Assetsmith/" + spec.asset_id;
            sub = sub.Replace('\\', '/').Trim('/');
            if (sub.Contains("..") || Path.IsPathRooted(sub))
                throw new InvalidDataException("import_subfolder must stay inside Assets/");
            string dest = "Assets/" + sub;

            string projectRoot = Directory.GetParent(Application.dataPath).FullName;
            foreach (string part in new[] { "Models", "Textures" })
            {
                string from = Path.Combine(packFolder, part);
                if (Directory.Exists(from))
                    CopyTree(from, Path.Combine(projectRoot, dest, part));
            }
            AssetDatabase.Refresh(ImportAssetOptions.ForceSynchronousImport);
            MaterialBuilder.ConfigureTextures(manifest, dest);
            Dictionary<string, Material> materials = MaterialBuilder.Build(manifest, dest);

            var levels = new List<string> { manifest.models.glb };
            levels.AddRange(manifest.models.lods);
            var root = new GameObject(spec.asset_id);
            try
            {
                var lods = new List<LOD>();
                for (int i = 0; i < levels.Count && i < LodHeights.Length; i++)
                {
                    var model = AssetDatabase.LoadAssetAtPath<GameObject>(dest + "/" + levels[i]);
                    if (model == null)
                    {
                        if (i == 0)
                            throw new InvalidOperationException("'" + levels[i] + "' did not import as a model: install glTFast (com.unity.cloud.gltfast)");
                        continue;
                    }
                    GameObject level = Object.Instantiate(model, root.transform, false);
                    level.name = spec.asset_id + "_LOD" + i;
                    AssignMaterials(level, materials);
                    lods.Add(new LOD(LodHeights[i], level.GetComponentsInChildren<Renderer>()));
                }
                LODGroup group = root.AddComponent<LODGroup>();
                group.SetLODs(lods.ToArray());
                group.RecalculateBounds();
                AddCollider(root, packFolder, dest, manifest.models);
                string prefabPath = dest + "/" + spec.asset_id + ".prefab";
                PrefabUtility.SaveAsPrefabAsset(root, prefabPath);
                return prefabPath;
            }
            finally
            {
                Object.DestroyImmediate(root);
            }
        }

        static void CopyTree(string from, string to)
        {
            Directory.CreateDirectory(to);
            foreach (string file in Directory.GetFiles(from))
                File.Copy(file, Path.Combine(to, Path.GetFileName(file)), true);
            foreach (string dir in Directory.GetDirectories(from))
                CopyTree(dir, Path.Combine(to, Path.GetFileName(dir)));
        }

        // glTFast names Unity materials after the glTF materials, which are the pack's texture base names.
        static void AssignMaterials(GameObject level, Dictionary<string, Material> materials)
        {
            foreach (Renderer r in level.GetComponentsInChildren<Renderer>())
            {
                Material[] mats = r.sharedMaterials;
                for (int i = 0; i < mats.Length; i++)
                {
                    if (mats[i] == null)
                        continue;
                    string name = mats[i].name.Replace(" (Instance)", "");
                    if (materials.TryGetValue(name, out Material ours))
                        mats[i] = ours;
                }
                r.sharedMaterials = mats;
            }
        }

        // glTF is right-handed with +Z forward; glTFast mirrors X into Unity's left-handed space.
        static Vector3 ToUnity(float[] v)
        {
            return v != null && v.Length == 3 ? new Vector3(-v[0], v[1], v[2]) : Vector3.zero;
        }

        static void AddCollider(GameObject root, string packFolder, string dest, PackModels models)
        {
            if (string.IsNullOrEmpty(models.collider))
                return;
            string path = Path.Combine(packFolder, models.collider);
            if (!File.Exists(path))
                return;
            PackCollider c = JsonUtility.FromJson<PackCollider>(File.ReadAllText(path));
            switch (c.kind)
            {
                case "box":
                    var box = root.AddComponent<BoxCollider>();
                    box.center = ToUnity(c.center);
                    box.size = new Vector3(c.size[0], c.size[1], c.size[2]);
                    break;
                case "capsule":
                    var capsule = root.AddComponent<CapsuleCollider>();
                    capsule.center = ToUnity(c.center);
                    capsule.radius = c.radius;
                    capsule.height = c.height;
                    capsule.direction = 1; // Y
                    break;
                case "mesh_convex":
                    string hullPath = dest + "/" + models.glb.Substring(0, models.glb.Length - 4) + "_collider.glb";
                    var hull = AssetDatabase.LoadAssetAtPath<GameObject>(hullPath);
                    MeshFilter filter = hull != null ? hull.GetComponentInChildren<MeshFilter>() : null;
                    if (filter == null)
                    {
                        Debug.LogWarning("[assetsmith] no convex hull mesh at " + hullPath + "; the prefab has no collider");
                        break;
                    }
                    var meshCollider = root.AddComponent<MeshCollider>();
                    meshCollider.sharedMesh = filter.sharedMesh;
                    meshCollider.convex = true;
                    break;
            }
        }
    }
}
